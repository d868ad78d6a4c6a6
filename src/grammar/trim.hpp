// Trimming the spacing noise of extracted text (inline_space in text_rules.hpp) off a span.
#pragma once

#include <cstddef>
#include <string_view>

namespace nianbao::grammar {

// U+2000–U+200A (en, em and thinner spaces): E2 80 80 to E2 80 8A.
inline bool is_general_space(std::string_view three) noexcept {
  return three.size() == 3 && three[0] == '\xE2' && three[1] == '\x80' &&
         static_cast<unsigned char>(three[2]) >= 0x80 && static_cast<unsigned char>(three[2]) <= 0x8A;
}

// Size in bytes of the space character that ends at `text[end]` (exclusive), or 0.
inline std::size_t space_before(std::string_view text, std::size_t end) noexcept {
  if (end == 0) return 0;
  const char c = text[end - 1];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') return 1;
  if (end >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") return 2;      // U+00A0
  if (end >= 3 && text.substr(end - 3, 3) == "\xE3\x80\x80") return 3;  // U+3000
  if (end >= 3 && is_general_space(text.substr(end - 3, 3))) return 3;
  return 0;
}

inline std::size_t space_at(std::string_view text, std::size_t begin) noexcept {
  if (begin >= text.size()) return 0;
  const char c = text[begin];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') return 1;
  if (text.substr(begin, 2) == "\xC2\xA0") return 2;
  if (text.substr(begin, 3) == "\xE3\x80\x80") return 3;
  if (is_general_space(text.substr(begin, 3))) return 3;
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
