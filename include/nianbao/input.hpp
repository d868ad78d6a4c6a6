// A report as the user gives it, whatever its form, to its AST: the front end is picked by
// content (a text in the text layout, an HTML page, a Word file, Markdown, or a PDF), so that
// `nianbao check page.html` and `nianbao check report.txt` take the same path from the grammar on.
#pragma once

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

// A text holding several reports as one input per report, each read on its own and located in
// the file (findings at their own lines); each carries a REPORT-IN-FILE note. Any other input,
// and a page or a file rendered from one (whose reports are not split), as it is.
std::vector<report_input> split_reports(report_input whole);

struct read_result {
  std::string name;  // what messages call the input
  std::optional<report_input> input;
  std::optional<input_error> error;
};

read_result read_report(std::string name, std::string bytes, const load_options& options = {});
// The same for a file, or stdin for "-".
read_result read_report_file(const std::string& path, const load_options& options = {});

}  // namespace nianbao::input
