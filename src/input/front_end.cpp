// The front end for each format, picked by content.
#include "front_end.hpp"

#include "nianbao/docx.hpp"
#include "nianbao/html.hpp"
#include "nianbao/markdown.hpp"
#include "nianbao/pdf.hpp"

namespace nianbao::input {

front_end_result read_front_end(const std::string& name, std::string bytes, const load_options& options) {
  front_end_result result;
  if ((result.error = check_size(bytes.size(), options))) return result;
  std::vector<finding>& findings = result.findings;
  std::optional<source>& text = result.text;
  const input_format format = result.format = pdf::looks_like_pdf(bytes)             ? input_format::pdf
                                              : docx::looks_like_zip(bytes)          ? input_format::docx
                                              : markdown::looks_like_markdown(bytes) ? input_format::markdown
                                              : html::looks_like_html(bytes)         ? input_format::html
                                                                                     : input_format::text;
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
    result.readings = std::move(file.readings);
    result.label_ends = std::move(file.label_ends);
  } else if (format == input_format::markdown) {
    markdown::markdown_result file = markdown::read_markdown(name, bytes, options);
    result.error = std::move(file.error);
    text = std::move(file.text);
    findings = std::move(file.findings);
    result.tables_scrambled = file.tables_scrambled;
  } else {
    load_result loaded = make_source(name, std::move(bytes), options);
    result.error = std::move(loaded.error);
    text = std::move(loaded.text);
  }
  return result;
}

}  // namespace nianbao::input
