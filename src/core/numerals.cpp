#include "nianbao/core/numerals.hpp"

#include <array>

namespace nianbao {

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

std::string chinese_numeral(unsigned n) {
  if (n == 0 || n > 99) return std::to_string(n);
  const auto digit = [](unsigned d) { return std::string(chinese_digits[d - 1]); };
  if (n < 10) return digit(n);
  return (n >= 20 ? digit(n / 10) : std::string()) + "十" + (n % 10 != 0 ? digit(n % 10) : std::string());
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

}  // namespace nianbao
