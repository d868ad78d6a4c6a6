// Numerals both ways: the values of those that number headings and items (一 … 九十九, 1 … 999,
// full-width digits), and the Chinese numeral of a number, as sections and findings write it.
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

// The value of the Chinese numeral at the start of `text` (一 = 1, 十 = 10, 十二 = 12, 二十 = 20);
// 0 if there is none.
unsigned chinese_numeral_value(std::string_view text) noexcept;

// The value of the ASCII or full-width digits at the start of `text`; 0 if there are none.
unsigned arabic_numeral_value(std::string_view text) noexcept;

// 一 … 九十九 for 1 … 99; the Arabic digits for 0 and past 99.
std::string chinese_numeral(unsigned n);

// Whether a number's sign is a minus: `-`, the full-width `－` or the minus sign `−`.
constexpr bool is_minus_sign(std::string_view sign) noexcept { return sign == "-" || sign == "－" || sign == "−"; }

}  // namespace nianbao
