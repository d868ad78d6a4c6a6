#include "html/text_line_builder.hpp"

#include "source/utf8.hpp"

namespace nianbao::html {

namespace {

bool collapsible(char32_t cp) noexcept {
  // U+00A0 too: `&nbsp;` fills empty cells and indents paragraphs, and the text layout trims it.
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

void text_line_builder::add(std::string_view decoded, std::string_view raw, std::size_t raw_offset) {
  std::size_t j = 0;  // where in `raw` the next decoded character was written
  for (std::size_t i = 0; i < decoded.size();) {
    const std::size_t start = i;
    const char32_t cp = utf8::decode(decoded, i);
    const std::string_view bytes = decoded.substr(start, i - start);
    // Align with the source: the same bytes (copied), a character reference, or a line end
    // the parser normalised.
    std::size_t original = raw_offset + std::min(j, raw.size());
    bool verbatim = false;
    if (raw.substr(j, bytes.size()) == bytes) {
      verbatim = true;
      j += bytes.size();
    } else if (j < raw.size() && raw[j] == '&') {
      std::size_t k = j + 1;
      while (k < raw.size() && is_entity_name(raw[k])) ++k;
      if (k < raw.size() && raw[k] == ';') ++k;
      j = k;
    } else if (j < raw.size() && raw[j] == '\r') {
      j += raw.substr(j, 2) == "\r\n" ? 2 : 1;
    } else if (j < raw.size()) {
      std::size_t k = j;
      utf8::decode(raw, k);
      j = k;
    }
    if (collapsible(cp)) {
      if (!pending_space_) space_origin_ = original;
      pending_space_ = true;
      pending_break_ = pending_break_ || cp == U'\n' || cp == U'\r';
      continue;
    }
    const bool wide = cp != utf8::invalid && display_width(cp) == 2;
    if (pending_space_ && !line_.text.empty() && !(pending_break_ && last_wide_ && wide))
      put(" ", space_origin_, false);
    pending_space_ = pending_break_ = false;
    put(bytes, original, verbatim);
    last_wide_ = wide;
  }
}

text_line text_line_builder::take() {
  text_line out = std::move(line_);
  line_ = {};
  pending_space_ = pending_break_ = last_wide_ = false;
  return out;
}

}  // namespace nianbao::html
