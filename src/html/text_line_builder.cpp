#include "text_line_builder.hpp"

#include "nianbao/core/utf8.hpp"

namespace nianbao::html {

namespace {

bool collapsible(char32_t cp) noexcept {
  // U+00A0 too: `&nbsp;` fills empty cells and indents paragraphs, and the text layout trims it.
  // `&ensp;` and `&emsp;` (U+2002, U+2003) are kept: the grammar reads them as spacing.
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == 0xA0;
}

bool is_entity_name(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
}

}  // namespace

void text_line_builder::put(std::string_view bytes, std::size_t original, bool verbatim) {
  auto& marks = line_.marks;
  const std::size_t here = line_.text.size();
  const bool continues = verbatim && !marks.empty() && marks.back().verbatim &&
                         marks.back().original + (here - marks.back().rendered) == original;
  if (!continues) marks.push_back({here, original, verbatim});
  line_.text.append(bytes);
}

text_line_builder::character text_line_builder::next(std::string_view decoded, std::size_t& i, std::string_view raw,
                                                     std::size_t& j, std::size_t raw_offset) {
  const std::size_t start = i;
  const char32_t cp = utf8::decode(decoded, i);
  const std::string_view bytes = decoded.substr(start, i - start);
  // Align with the source: the same bytes (copied), a character reference, or a line end the
  // parser normalised.
  character c{cp, bytes, raw_offset + std::min(j, raw.size()), false};
  if (raw.substr(j, bytes.size()) == bytes) {
    c.verbatim = true;
    j += bytes.size();
  } else if (j < raw.size() && raw[j] == '&') {
    std::size_t k = j + 1;
    while (k < raw.size() && is_entity_name(raw[k])) ++k;
    if (k < raw.size() && raw[k] == ';') ++k;
    j = k;
  } else if (j < raw.size() && raw[j] == '\r') {
    j += raw.substr(j, 2) == "\r\n" ? 2 : 1;
  } else if (j < raw.size()) {
    utf8::decode(raw, j);
  }
  // Gumbo leaves a byte of no character in its text for some character references far out of
  // range (`&#1601111…1binar;`): the text layout gets the replacement character, as a browser
  // shows, so that it stays UTF-8 for the grammar and for JSON.
  if (cp == utf8::invalid) c = {0xFFFD, "\xEF\xBF\xBD", c.original, false};
  return c;
}

void text_line_builder::add(std::string_view decoded, std::string_view raw, std::size_t raw_offset) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < decoded.size();) {
    const character c = next(decoded, i, raw, j, raw_offset);
    if (collapsible(c.code_point)) {
      if (!pending_space_) space_origin_ = c.original;
      pending_space_ = true;
      pending_break_ = pending_break_ || c.code_point == U'\n' || c.code_point == U'\r';
      continue;
    }
    const bool wide = c.code_point != utf8::invalid && display_width(c.code_point) == 2;
    if (pending_space_ && !line_.text.empty() && !(pending_break_ && last_wide_ && wide))
      put(" ", space_origin_, false);
    pending_space_ = pending_break_ = false;
    put(c.bytes, c.original, c.verbatim);
    last_wide_ = wide;
  }
}

void text_line_builder::add_preformatted(std::string_view decoded, std::string_view raw, std::size_t raw_offset,
                                         std::vector<text_line>& finished) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < decoded.size();) {
    const character c = next(decoded, i, raw, j, raw_offset);
    if (c.code_point == U'\n') {
      finished.push_back(take());
    } else if (c.code_point != U'\r') {
      put(c.bytes, c.original, c.verbatim);
    }
  }
}

text_line text_line_builder::take() {
  text_line out = std::move(line_);
  line_ = {};
  pending_space_ = pending_break_ = last_wide_ = false;
  return out;
}

}  // namespace nianbao::html
