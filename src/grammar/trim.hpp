// Trimming the spacing noise of extracted text (inline_space in text_rules.hpp) off a span.
#pragma once

#include <cstddef>
#include <string_view>

namespace nianbao::grammar {

// Size in bytes of the space character that ends at `text[end]` (exclusive), or 0.
inline std::size_t space_before(std::string_view text, std::size_t end) noexcept {
  if (end == 0) return 0;
  const char c = text[end - 1];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') return 1;
  if (end >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") return 2;      // U+00A0
  if (end >= 3 && text.substr(end - 3, 3) == "\xE3\x80\x80") return 3;  // U+3000
  return 0;
}

inline std::size_t space_at(std::string_view text, std::size_t begin) noexcept {
  if (begin >= text.size()) return 0;
  const char c = text[begin];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') return 1;
  if (text.substr(begin, 2) == "\xC2\xA0") return 2;
  if (text.substr(begin, 3) == "\xE3\x80\x80") return 3;
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
