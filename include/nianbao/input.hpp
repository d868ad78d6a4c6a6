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
};

struct read_result {
  std::string name;  // what messages call the input
  std::optional<report_input> input;
  std::optional<input_error> error;
};

read_result read_report(std::string name, std::string bytes, const load_options& options = {});
// The same for a file, or stdin for "-".
read_result read_report_file(const std::string& path, const load_options& options = {});

}  // namespace nianbao::input
