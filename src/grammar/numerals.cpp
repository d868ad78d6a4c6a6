#include "numerals.hpp"

#include <array>

namespace nianbao::grammar {

namespace {

constexpr std::array<std::string_view, 10> chinese_digits = {"一", "二", "三", "四", "五",
                                                             "六", "七", "八", "九", "十"};

// 1 … 10 for the numeral at the start of `text`, 0 for none; `length` is its size in bytes.
unsigned chinese_digit_at(std::string_view text, std::size_t& length) noexcept {
  for (std::size_t d = 0; d < chinese_digits.size(); ++d) {
    if (text.starts_with(chinese_digits[d])) {
      length = chinese_digits[d].size();
      return static_cast<unsigned>(d + 1);
    }
  }
  return 0;
}

}  // namespace

unsigned chinese_numeral_value(std::string_view text) noexcept {
  unsigned total = 0;
  unsigned pending = 0;
  std::size_t length = 0;
  while (const unsigned digit = chinese_digit_at(text, length)) {
    text.remove_prefix(length);
    if (digit == 10) {
      total += (pending == 0 ? 1 : pending) * 10;
      pending = 0;
    } else {
      pending = digit;
    }
  }
  return total + pending;
}

unsigned arabic_numeral_value(std::string_view text) noexcept {
  unsigned value = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= '0' && byte <= '9') {
      value = value * 10 + (byte - '0');
      i += 1;
    } else if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
               static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      value = value * 10 + (static_cast<unsigned char>(text[i + 2]) - 0x90);  // U+FF10 … U+FF19
      i += 3;
    } else {
      break;
    }
  }
  return value;
}

unsigned heading_level(ast::marker_kind kind) noexcept {
  switch (kind) {
    case ast::marker_kind::section:
    case ast::marker_kind::section_arabic:
      return 1;
    case ast::marker_kind::paren_chinese:
      return 2;
    case ast::marker_kind::arabic:
      return 3;
    case ast::marker_kind::paren_arabic:
      return 4;
    case ast::marker_kind::enumerator:
    case ast::marker_kind::bullet:
      return 0;
  }
  return 0;
}

}  // namespace nianbao::grammar
