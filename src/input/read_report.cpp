#include "nianbao/docx.hpp"
#include "nianbao/grammar.hpp"
#include "nianbao/html.hpp"
#include "nianbao/input.hpp"
#include "nianbao/markdown.hpp"
#include "nianbao/pdf.hpp"

namespace nianbao::input {

read_result read_report(std::string name, std::string bytes, const load_options& options) {
  read_result result{name, std::nullopt, std::nullopt};
  if ((result.error = check_size(bytes.size(), options))) return result;
  std::vector<finding> findings;
  std::optional<source> text;
  const input_format format = pdf::looks_like_pdf(bytes)             ? input_format::pdf
                              : docx::looks_like_zip(bytes)          ? input_format::docx
                              : markdown::looks_like_markdown(bytes) ? input_format::markdown
                              : html::looks_like_html(bytes)         ? input_format::html
                                                                     : input_format::text;
  bool scrambled = false;
  if (format == input_format::docx) {
    docx::docx_result file = docx::read_docx(name, bytes, options);
    result.error = std::move(file.error);
    text = std::move(file.text);
    findings = std::move(file.findings);
  } else if (format == input_format::html) {
    html::html_result page = html::read_html(name, bytes);
    result.error = std::move(page.error);
    text = std::move(page.text);
    findings = std::move(page.findings);
  } else if (format == input_format::pdf) {
    pdf::pdf_result file = pdf::read_pdf(name, bytes);
    result.error = std::move(file.error);
    text = std::move(file.text);
    findings = std::move(file.findings);
  } else if (format == input_format::markdown) {
    markdown::markdown_result file = markdown::read_markdown(name, bytes, options);
    result.error = std::move(file.error);
    text = std::move(file.text);
    findings = std::move(file.findings);
    scrambled = file.tables_scrambled;
  } else {
    load_result loaded = make_source(std::move(name), std::move(bytes), options);
    result.error = std::move(loaded.error);
    text = std::move(loaded.text);
  }
  if (result.error) return result;
  grammar::parse_result parsed = grammar::parse_report(*text);
  if (parsed.error) {
    result.error = std::move(parsed.error);
    return result;
  }
  result.input = report_input{std::move(*text), std::move(*parsed.document), format, std::move(findings), scrambled};
  return result;
}

read_result read_report_file(const std::string& path, const load_options& options) {
  bytes_result read = read_bytes(path, options);
  if (read.error) return {std::move(read.name), std::nullopt, std::move(read.error)};
  return read_report(std::move(read.name), std::move(read.bytes), options);
}

}  // namespace nianbao::input
