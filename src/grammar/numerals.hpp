// Values of the numerals that number headings and items: 一 … 九十九, 1 … 999, full-width digits.
#pragma once

#include <string_view>

#include "nianbao/ast.hpp"

namespace nianbao::grammar {

// The value of the Chinese numeral at the start of `text` (一 = 1, 十 = 10, 十二 = 12, 二十 = 20);
// 0 if there is none.
unsigned chinese_numeral_value(std::string_view text) noexcept;

// The value of the ASCII or full-width digits at the start of `text`; 0 if there are none.
unsigned arabic_numeral_value(std::string_view text) noexcept;

// The outline level a marker gives a heading: 1 for 一、, 2 for （一）, 3 for 1、, 4 for （1）;
// 0 for the markers of items (一是, bullets).
unsigned heading_level(ast::marker_kind kind) noexcept;

}  // namespace nianbao::grammar
