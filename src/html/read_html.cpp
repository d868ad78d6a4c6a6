// The HTML front end's stages in order: charset, nesting guard, source checks, Gumbo, the page's
// blocks, the report's part of them, the text layout.
#include <gumbo.h>

#include <algorithm>
#include <memory>

#include "ascii.hpp"
#include "charset.hpp"
#include "layout_text.hpp"
#include "nesting.hpp"
#include "nianbao/core/utf8.hpp"
#include "nianbao/html.hpp"
#include "page_blocks.hpp"
#include "report_body.hpp"

namespace nianbao::html {

namespace {

// Where a page's undecodable byte is, counted as an editor that decodes the page shows it: the
// line, and the characters before the byte on it (which do decode).
location place_of(std::string_view bytes, std::size_t at, const std::string& encoding) {
  location where;
  where.offset = at;
  const std::size_t line_start = at == 0 ? 0 : bytes.rfind('\n', at - 1) + 1;  // npos + 1 is 0
  where.line = 1 + static_cast<std::size_t>(
                       std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
  const auto before = html::decoded_as(bytes.substr(line_start, at - line_start), encoding);
  const std::string_view prefix = before ? std::string_view(*before) : bytes.substr(line_start, at - line_start);
  const source line("", std::string(prefix));
  const location end = line.locate(prefix.size());
  where.column = end.column;
  where.display_column = end.display_column;
  return where;
}

input_error undecodable(std::string_view bytes, const html::decoded_page& page) {
  const std::size_t at = *page.undecodable_at;
  std::string message = "the page's bytes are not text in any charset it could be in: byte " +
                        utf8::hex_byte(static_cast<unsigned char>(bytes[at])) + " does not decode as " + page.encoding;
  if (page.declared) message += " (the page declares `" + page.declared->label + "`)";
  if (page.encoding != "UTF-8") message += ", nor does the page read as UTF-8";
  if (page.encoding != "GB18030") message += ", nor as GB18030";
  return input_error{message, place_of(bytes, at, page.encoding)};
}

struct gumbo_output_deleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

bool looks_like_html(std::string_view bytes) noexcept {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    // UTF-16: markup shows as `<` next to a zero byte.
    return bytes.size() >= 4 &&
           (bytes.substr(2, 2) == std::string_view("<\0", 2) || bytes.substr(2, 2) == std::string_view("\0<", 2));
  }
  const std::size_t first = bytes.find_first_not_of(" \t\r\n\f");
  if (first != std::string_view::npos && bytes[first] == '<' && first + 1 < bytes.size()) {
    const char next = bytes[first + 1];
    if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '!' || next == '?') return true;
  }
  const std::string_view head = bytes.substr(0, 4096);
  return html::contains_in_any_case(head, "<html") || html::contains_in_any_case(head, "<body") ||
         html::contains_in_any_case(head, "<table");
}

html_result read_html(const std::string& name, std::string_view bytes) {
  const html::decoded_page page = html::decode_page(bytes);
  if (page.undecodable_at) return {std::nullopt, {}, undecodable(bytes, page)};
  if (const auto deep = html::too_deep_at(page.utf8)) {
    const source decoded(name, page.utf8);
    return {std::nullopt,
            {},
            input_error{"the page nests its elements more than " + std::to_string(html::max_nesting) +
                            " deep here; no report page does, and the HTML parser slows with the square of the depth",
                        decoded.locate(*deep)}};
  }
  load_result checked = make_source(name, page.utf8, load_options{page.utf8.size() + 1});
  if (checked.error) return {std::nullopt, {}, std::move(checked.error)};
  const source& original = *checked.text;

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // the parse errors of real pages are many and say nothing of the report
  const std::unique_ptr<GumboOutput, gumbo_output_deleter> parsed(
      gumbo_parse_with_options(&options, original.text().data(), original.size()));
  const std::vector<html::page_block> blocks = html::page_blocks(parsed->document, original.text().data());
  layout::laid_out_text laid = html::lay_out(blocks, html::report_body(blocks));

  html_result result;
  if (page.complaint) {
    finding f;
    f.id = "HTML-CHARSET";
    f.level = page.declaration_wrong ? severity::warning : severity::note;
    f.message = *page.complaint;
    // The <meta> is not part of the report's text; a mark past its end stands for it.
    if (const auto meta = html::declared_charset(original.text())) {
      const std::size_t place = laid.text.size() + 1;
      laid.marks.push_back({place, meta->offset, false});
      f.where = {place, place + 1};
    }
    result.findings.push_back(std::move(f));
  }
  for (finding& f : laid.findings) result.findings.push_back(std::move(f));
  result.text = source(std::move(laid.text), std::move(*checked.text), std::move(laid.marks));
  return result;
}

}  // namespace nianbao::html
