#include "prose_number.hpp"

#include <array>
#include <optional>

#include "nianbao/core/utf8.hpp"

namespace nianbao::check {

namespace {

bool is_digit(char32_t c) noexcept { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// 0 … 9 for a Chinese digit (零 〇 一 … 九 and 两), -1 for any other character.
int chinese_digit(char32_t c) noexcept {
  static constexpr std::array<char32_t, 10> digits = {U'零', U'一', U'二', U'三', U'四',
                                                      U'五', U'六', U'七', U'八', U'九'};
  if (c == U'〇') return 0;
  if (c == U'两') return 2;
  for (std::size_t d = 0; d < digits.size(); ++d) {
    if (digits[d] == c) return static_cast<int>(d);
  }
  return -1;
}

// 10, 100, 1000 for 十 百 千; 0 for any other character.
unsigned small_unit(char32_t c) noexcept { return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0; }

// 4 for 万, 8 for 亿 (powers of ten); 0 for any other character.
int large_unit(char32_t c) noexcept { return c == U'万' ? 4 : c == U'亿' ? 8 : 0; }

bool is_numeral(char32_t c) noexcept {
  return is_digit(c) || chinese_digit(c) >= 0 || small_unit(c) != 0 || large_unit(c) != 0;
}

char32_t last_character(std::string_view text) {
  std::size_t start = text.size();
  while (start > 0 && utf8::is_continuation(text[start - 1])) --start;
  if (start == 0) return utf8::invalid;
  --start;
  return utf8::decode(text, start);
}

// Arabic digits, with thousands separators (`,` before groups of three) and a decimal point.
std::size_t arabic_length(std::string_view text) {
  std::size_t i = 0;
  const auto digits_at = [&](std::size_t at) {
    std::size_t n = 0;
    std::size_t next = at;
    while (next < text.size()) {
      std::size_t probe = next;
      if (!is_digit(utf8::decode(text, probe))) break;
      next = probe;
      ++n;
    }
    return std::pair{n, next};
  };
  auto [n, end] = digits_at(0);
  if (n == 0) return 0;
  i = end;
  while (i < text.size() && text[i] == ',') {
    const auto [group, after] = digits_at(i + 1);
    if (group != 3) break;
    i = after;
  }
  for (const std::string_view point : {std::string_view("."), std::string_view("．")}) {
    if (text.substr(i).starts_with(point)) {
      const auto [fraction, after] = digits_at(i + point.size());
      if (fraction > 0) i = after;
      break;
    }
  }
  return i;
}

// The value of a run of Chinese numerals: 十二 12, 二百零五 205, 三万五千 35000, 二〇二一 2021.
std::optional<decimal> chinese_value(const std::vector<char32_t>& run) {
  bool has_unit = false;
  for (const char32_t c : run) has_unit = has_unit || small_unit(c) != 0 || large_unit(c) != 0;
  if (!has_unit) {  // digit by digit, as years are written
    big_integer value = 0;
    for (const char32_t c : run) value = value * 10 + chinese_digit(c);
    return decimal(value, 0);
  }
  big_integer total = 0;  // the part already multiplied by 亿 or 万
  big_integer small = 0;  // below 万
  int digit = -1;
  for (const char32_t c : run) {
    if (const int d = chinese_digit(c); d >= 0) {
      digit = d;
    } else if (const unsigned unit = small_unit(c); unit != 0) {
      small += static_cast<unsigned>(digit < 0 ? (unit == 10 ? 1 : 0) : digit) * unit;
      if (digit < 0 && unit != 10) return std::nullopt;  // 百 or 千 with no digit before it
      digit = -1;
    } else {
      const int power = large_unit(c);
      big_integer part = small + (digit < 0 ? 0 : digit);
      if (part == 0 && total == 0) return std::nullopt;
      if (part == 0) part = 1;  // 万亿
      total = (total + part) * boost::multiprecision::pow(big_integer(10), static_cast<unsigned>(power));
      small = 0;
      digit = -1;
    }
  }
  return decimal(total + small + (digit < 0 ? 0 : digit), 0);
}

}  // namespace

std::vector<prose_number> read_prose_number(std::string_view before, std::string_view text) {
  std::vector<prose_number> readings;
  if (text.empty() || is_numeral(last_character(before))) return readings;
  std::size_t probe = 0;
  const char32_t first = utf8::decode(text, probe);
  if (is_digit(first)) {
    const std::size_t length = arabic_length(text);
    const std::optional<decimal> value = parse_decimal(text.substr(0, length));
    if (!value) return readings;
    std::size_t after = length;
    if (after < text.size()) {
      const char32_t next = utf8::decode(text, after);
      if (const int power = large_unit(next); power != 0) readings.push_back({value->times_power_of_ten(power), after});
    }
    readings.push_back({*value, length});
    return readings;
  }
  if (chinese_digit(first) < 0 && first != U'十') return readings;  // 万 百 千 alone are words
  std::vector<char32_t> run;
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    const char32_t c = utf8::decode(text, next);
    if (chinese_digit(c) < 0 && small_unit(c) == 0 && large_unit(c) == 0) break;
    run.push_back(c);
    ends.push_back(next);
    i = next;
  }
  if (const auto value = chinese_value(run)) readings.push_back({*value, ends.back()});
  if (run.size() > 1 && large_unit(run.back()) != 0) {
    run.pop_back();
    ends.pop_back();
    if (const auto value = chinese_value(run)) readings.push_back({*value, ends.back()});
  }
  return readings;
}

}  // namespace nianbao::check
