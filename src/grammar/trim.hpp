// Trimming the spacing noise of extracted text (utf8::is_inline_space) off a span.
#pragma once

#include <cstddef>
#include <string_view>

#include "nianbao/core/utf8.hpp"

namespace nianbao::grammar {

// Size in bytes of the space character that ends at `text[end]` (exclusive), or 0. An inline
// space is one to three bytes long, and only a whole character starting there decodes as one.
inline std::size_t space_before(std::string_view text, std::size_t end) noexcept {
  if (end == 0) return 0;
  const auto last = static_cast<unsigned char>(text[end - 1]);
  if (last < 0x80) return utf8::is_inline_space(last) ? 1 : 0;
  // Every line is trimmed, and most end in a character no space ends like: a multi-byte space
  // ends in 80–8A (U+2000–U+200A, U+3000) or A0 (U+00A0), so only those are decoded.
  if (last > 0x8A && last != 0xA0) return 0;
  for (std::size_t n = 2; n <= 3 && n <= end; ++n) {
    if (utf8::inline_space_at(text, end - n) == n) return n;
  }
  return 0;
}

// The end of [begin, end) once trailing spaces are dropped.
inline std::size_t trim_end(const char* base, std::size_t begin, std::size_t end) noexcept {
  const std::string_view text(base, end);
  while (end > begin) {
    const std::size_t n = space_before(text, end);
    if (n == 0 || end - n < begin) break;
    end -= n;
  }
  return end;
}

}  // namespace nianbao::grammar
