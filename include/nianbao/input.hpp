// A report as the user gives it, whatever its form, to its AST: the front end is picked by
// content (a text in the text layout, an HTML page, a Word file, Markdown, or a PDF), so that
// `nianbao check page.html` and `nianbao check report.txt` take the same path from the grammar on.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/ast.hpp"
#include "nianbao/core/finding.hpp"
#include "nianbao/source.hpp"

namespace nianbao::input {

enum class input_format { text, html, docx, markdown, pdf };

struct report_input {
  source text;  // what the grammar read; for a page, its report in the text layout
  ast::document document;
  input_format format = input_format::text;
  std::vector<finding> findings;  // what the front end found (HTML-CHARSET, DOCX-PART …)
  // The front end found tables it cannot read as they were made (MD-SCRAMBLED): the document is
  // not bound, since values that cannot be placed would only give false findings.
  bool tables_scrambled = false;
  // Cells the front end could not read for sure, and what each may read as (a PDF's wrapped figure).
  std::vector<cell_reading> readings;
  // Row labels that may end the label before them (a PDF's label cut by a page break).
  std::vector<label_end> label_ends;
  // In a file holding several reports, which one this is (from 1), and where it starts in the file
  // (its first line); 0 for a file of one report.
  std::size_t report = 0;
  std::size_t first_line = 0;
};

// A report after the first in a file holding several (pages concatenated into one file): its
// title, and the 一、 under it that starts the numbering again, which no single report does.
struct later_report {
  ast::span title;
  ast::span restart;
};
std::vector<later_report> later_reports(std::string_view text, const ast::document& doc);
// The same found in the lines as the grammar reads them, before any of the text is parsed into a
// document: what a large file is split by, its AST never made whole.
std::vector<later_report> later_reports(const source& text);

struct read_result {
  std::string name;  // what messages call the input
  std::optional<report_input> input;
  std::optional<input_error> error;
};

// Reads an input as one report, whatever it holds (`nianbao parse`).
read_result read_report(std::string name, std::string bytes, const load_options& options = {});
// The same for a file, or stdin for "-".
read_result read_report_file(const std::string& path, const load_options& options = {});

// Reads an input and calls `each` with each report it holds, in file order: the one, or, for a
// text holding several (pages concatenated), each read on its own and located in the file
// (findings at their own lines), with a REPORT-IN-FILE note. A page, or a file rendered from
// one, is not split. Each report's AST is made only when its turn comes, so a large file holds
// one at a time. When the input cannot be read it says why, having given the reports before the
// place it could not read (none, unless a report of several is what it could not read).
struct read_status {
  std::string name;  // what messages call the input
  std::optional<input_error> error;
};
read_status read_reports(std::string name, std::string bytes, const load_options& options,
                         const std::function<void(const report_input&)>& each);

}  // namespace nianbao::input
