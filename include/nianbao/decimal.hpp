// Exact decimal values for the numbers and amounts of money that reports contain. The checks
// compare sums written by hand with the cells they add up, so a value must be exactly what was
// written: binary fractions would turn 0.1 + 0.2 = 0.3 into a false finding, and 64-bit integers
// overflow on amounts in 元 of a large budget written in 亿元.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

using big_integer = boost::multiprecision::cpp_int;
using big_rational = boost::multiprecision::cpp_rational;

// value = coefficient × 10^-scale. The scale is kept as written (0.50 has scale 2) so that a
// value can be printed back the way the report wrote it; comparison is by value.
class decimal {
 public:
  decimal() = default;  // 0
  decimal(big_integer coefficient, unsigned scale);
  static decimal from_integer(long long value);
  // From the grammar's parts of a number as written: the integer digits (ASCII or full-width
  // U+FF10..FF19, possibly with the thousands separators ',' or '，', which are skipped) and the
  // fraction digits (possibly empty, same digit forms). Throws std::invalid_argument for any other
  // character or for no integer digit at all: the grammar never hands over such parts.
  static decimal from_parts(bool negative, std::string_view integer_digits, std::string_view fraction_digits);

  const big_integer& coefficient() const noexcept { return coefficient_; }
  unsigned scale() const noexcept { return scale_; }
  int sign() const noexcept { return coefficient_.sign(); }  // -1, 0, 1
  bool is_integer() const;                                   // no non-zero fractional part

  // The same value with the fewest decimals (0.50 -> 0.5, 12.00 -> 12).
  decimal normalized() const;
  // The same value written with exactly `scale` decimals; throws std::domain_error when that
  // would drop a non-zero digit (rounding is never done silently).
  decimal with_scale(unsigned scale) const;

  decimal operator-() const;
  friend decimal operator+(const decimal& a, const decimal& b);  // exact; scale = max of the scales
  friend decimal operator-(const decimal& a, const decimal& b);
  friend decimal operator*(const decimal& a, const decimal& b);  // exact; the scales add
  decimal& operator+=(const decimal& other);
  decimal& operator-=(const decimal& other);

  // Exact ×10^k. A positive k first uses up decimals (127.047 × 10^4 is 1270470, scale 0);
  // a negative k raises the scale. Throws std::out_of_range if the scale would not fit.
  decimal times_power_of_ten(int k) const;

  friend std::strong_ordering operator<=>(const decimal& a, const decimal& b);  // by value: 1.0 == 1
  friend bool operator==(const decimal& a, const decimal& b);

  std::string to_string() const;            // with its scale: "127.047", "-8", "0.50", "1270470"
  std::string to_canonical_string() const;  // trailing fractional zeros dropped: "0.5", "1270470"

 private:
  decimal& accumulate(const decimal& other, bool subtract);
  big_integer coefficient_;
  unsigned scale_ = 0;
};

std::ostream& operator<<(std::ostream& out, const decimal& value);  // as to_string()

// The same value as a fraction, for the exact elimination of the localisation and the generator.
big_rational to_rational(const decimal& value);

// Parses a whole string in the forms report cells use: an optional sign (+ - － − ＋), ASCII or
// full-width digits, thousands separators (',' '，') in groups of three, a decimal point ('.' '．')
// followed by at least one digit. No surrounding spaces. std::nullopt for anything else
// ("1 0", "1,23", "", "/", "12件").
std::optional<decimal> parse_decimal(std::string_view text);

enum class money_unit { yuan, wan_yuan, yi_yuan };  // 元, 万元 (10^4 元), 亿元 (10^8 元)

std::optional<money_unit> parse_money_unit(std::string_view text);  // exactly "元", "万元" or "亿元"
std::string_view unit_text(money_unit unit) noexcept;
std::ostream& operator<<(std::ostream& out, money_unit unit);  // as unit_text()
decimal in_yuan(const decimal& amount, money_unit unit);       // 127.047 万元 -> 1270470 (exact)

struct money {
  decimal amount;                      // as written
  money_unit unit = money_unit::yuan;  // as written
  decimal yuan() const { return in_yuan(amount, unit); }
};

// "627446.05元", "127.047万元", "251000 元": a number as parse_decimal reads it, then a unit, with
// spacing (spaces, U+00A0, U+3000, the extraction noise the grammar knows) allowed between them.
std::optional<money> parse_money(std::string_view text);

}  // namespace nianbao
