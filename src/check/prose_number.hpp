// Numbers as the prose of a report writes them: 5, ５, 1,234, 1.2万, 三, 十二, 二百零五, 两, 〇.
// Read here, by the check stage, on its own: the generator writes them with its own code.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "nianbao/decimal.hpp"

namespace nianbao::check {

struct prose_number {
  decimal value;
  std::size_t length = 0;  // bytes of text read
};

// The readings of the number at the start of `text`, the longest first: one that ends in 万 or 亿
// is also read without it, since a phrase may go on with 万元 (1.2万元 is 1.2 then 万元, 1.2万条 is
// 12000 then 条). None when `text` does not start with a number; a number never starts right after
// a digit (`before` is the text before it), so that 15 is not read as 5.
std::vector<prose_number> read_prose_number(std::string_view before, std::string_view text);

}  // namespace nianbao::check
