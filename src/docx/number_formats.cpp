#include "number_formats.hpp"

#include <array>

#include "nianbao/core/utf8.hpp"

namespace nianbao::docx {

namespace {

using digit_names = std::array<std::string_view, 10>;
constexpr digit_names chinese_digits{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr digit_names legal_digits{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

// 1 … 9999 as counted in Chinese: 十一 (not 一十一), 一百零一, 一千零一十.
std::string chinese_counting(unsigned n, const digit_names& digits, const std::array<std::string_view, 3>& units,
                             bool bare_ten) {
  if (n == 0 || n > 9999) return std::to_string(n);
  static constexpr std::array<unsigned, 4> powers{1000, 100, 10, 1};
  std::string out;
  bool zero_pending = false;
  for (std::size_t k = 0; k < powers.size(); ++k) {
    const unsigned d = n / powers[k] % 10;
    if (d == 0) {
      zero_pending = !out.empty();
      continue;
    }
    if (zero_pending) out += digits[0];
    zero_pending = false;
    if (!(bare_ten && k == 2 && d == 1 && out.empty())) out += digits[d];
    if (k < 3) out += units[k];
  }
  return out;
}

std::string cycled(unsigned n, std::initializer_list<std::string_view> signs) {
  if (n == 0 || n > signs.size()) return std::to_string(n);
  return std::string(*(signs.begin() + (n - 1)));
}

// ① … ⑳ and the like: twenty signs from `first` on.
std::string enclosed(unsigned n, char32_t first) {
  if (n == 0 || n > 20) return std::to_string(n);
  return utf8::encode(first + n - 1);
}

// A, …, Z, AA, …, ZZ, AAA …, as far as Word counts them (780); the digits past that.
std::string letters(unsigned n, char first) {
  if (n == 0 || n > 780) return std::to_string(n);
  return std::string((n - 1) / 26 + 1, static_cast<char>(first + (n - 1) % 26));
}

std::string roman(unsigned n, bool upper) {
  if (n == 0 || n >= 4000) return std::to_string(n);
  static constexpr std::array<std::pair<unsigned, std::string_view>, 13> parts{{{1000, "m"},
                                                                                {900, "cm"},
                                                                                {500, "d"},
                                                                                {400, "cd"},
                                                                                {100, "c"},
                                                                                {90, "xc"},
                                                                                {50, "l"},
                                                                                {40, "xl"},
                                                                                {10, "x"},
                                                                                {9, "ix"},
                                                                                {5, "v"},
                                                                                {4, "iv"},
                                                                                {1, "i"}}};
  std::string out;
  for (const auto& [value, sign] : parts) {
    for (; n >= value; n -= value) out += sign;
  }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string full_width(unsigned n) {
  std::string out;
  for (const char c : std::to_string(n)) out += utf8::encode(U'０' + static_cast<char32_t>(c - '0'));
  return out;
}

}  // namespace

std::string format_number(unsigned n, std::string_view format) {
  if (format == "none") return "";
  if (format == "decimalZero") return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") return full_width(n);
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "japaneseCounting" ||
      format == "taiwaneseCounting" || format == "koreanCounting")
    return chinese_counting(n, chinese_digits, {"千", "百", "十"}, true);
  if (format == "chineseLegalSimplified" || format == "ideographLegalTraditional")
    return chinese_counting(n, legal_digits, {"仟", "佰", "拾"}, false);
  if (format == "ideographDigital" || format == "taiwaneseDigital" || format == "japaneseDigitalTenThousand") {
    std::string out;
    for (const char c : std::to_string(n)) out += c == '0' ? std::string("〇") : std::string(chinese_digits[c - '0']);
    return out;
  }
  if (format == "ideographTraditional") return cycled(n, {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"});
  if (format == "ideographZodiac")
    return cycled(n, {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"});
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") return enclosed(n, U'①');
  if (format == "decimalEnclosedFullstop") return enclosed(n, U'⒈');
  if (format == "decimalEnclosedParen") return enclosed(n, U'⑴');
  if (format == "upperLetter") return letters(n, 'A');
  if (format == "lowerLetter") return letters(n, 'a');
  if (format == "upperRoman") return roman(n, true);
  if (format == "lowerRoman") return roman(n, false);
  return std::to_string(n);  // decimal, and the formats of other scripts
}

}  // namespace nianbao::docx
