#include <charconv>
#include <climits>
#include <cstdint>
#include <limits>
#include <ostream>
#include <stdexcept>
#include <utility>

#include "nianbao/decimal.hpp"

namespace nianbao {

namespace {

// By 64-bit steps rather than boost::multiprecision::pow, whose expression templates clang-tidy's
// analyser reports as dangling.
big_integer power_of_ten(unsigned exponent) {
  constexpr unsigned long long ten_to_the_19 = 10'000'000'000'000'000'000ULL;
  big_integer result = 1;
  for (; exponent >= 19; exponent -= 19) result *= ten_to_the_19;
  unsigned long long rest = 1;
  for (; exponent > 0; --exponent) rest *= 10;
  result *= rest;
  return result;
}

// Both coefficients brought to the larger scale, so that they can be added or compared directly.
struct aligned {
  big_integer a;
  big_integer b;
  unsigned scale;
};

aligned align(const decimal& a, const decimal& b) {
  if (a.scale() == b.scale()) return {a.coefficient(), b.coefficient(), a.scale()};
  if (a.scale() < b.scale()) return {a.coefficient() * power_of_ten(b.scale() - a.scale()), b.coefficient(), b.scale()};
  return {a.coefficient(), b.coefficient() * power_of_ten(a.scale() - b.scale()), a.scale()};
}

// Appends the decimal digits of `digits` to `coefficient`, returning how many there were. ASCII
// and full-width digits count; the thousands separators are skipped. Digits are gathered in
// 64-bit chunks because each step on the big integer costs a pass over all of it.
std::size_t append_digits(big_integer& coefficient, std::string_view digits, bool separators_allowed) {
  constexpr unsigned chunk_digits = 18;  // 10^18 - 1 fits in 64 bits
  unsigned long long chunk = 0;
  unsigned in_chunk = 0;
  std::size_t count = 0;
  auto flush = [&] {
    if (in_chunk == 0) return;
    unsigned long long shift = 1;
    for (unsigned i = 0; i < in_chunk; ++i) shift *= 10;
    coefficient *= shift;
    coefficient += chunk;
    chunk = 0;
    in_chunk = 0;
  };
  auto add = [&](unsigned digit) {
    chunk = chunk * 10 + digit;
    ++count;
    if (++in_chunk == chunk_digits) flush();
  };
  for (std::size_t i = 0; i < digits.size();) {
    const auto byte = static_cast<unsigned char>(digits[i]);
    if (byte >= '0' && byte <= '9') {
      add(byte - '0');
      i += 1;
    } else if (separators_allowed && byte == ',') {
      i += 1;
    } else if (byte == 0xEF && i + 2 < digits.size() && static_cast<unsigned char>(digits[i + 1]) == 0xBC) {
      // U+FF10..FF19 (full-width digits) are EF BC 90..99; U+FF0C (，) is EF BC 8C.
      const auto last = static_cast<unsigned char>(digits[i + 2]);
      if (last >= 0x90 && last <= 0x99) {
        add(last - 0x90u);
      } else if (!(separators_allowed && last == 0x8C)) {
        throw std::invalid_argument("not a digit in a number's parts: " + std::string(digits));
      }
      i += 3;
    } else {
      throw std::invalid_argument("not a digit in a number's parts: " + std::string(digits));
    }
  }
  flush();
  return count;
}

// Plain ASCII digits, at most 18 in all, as one 64-bit integer: what nearly every cell holds.
std::optional<unsigned long long> small_coefficient(std::string_view integer_digits, std::string_view fraction_digits) {
  constexpr std::size_t max_digits = 18;
  if (integer_digits.empty() || integer_digits.size() + fraction_digits.size() > max_digits) return std::nullopt;
  unsigned long long value = 0;
  const auto append = [&](std::string_view digits) {
    for (const char c : digits) {
      if (c < '0' || c > '9') return false;
      value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return true;
  };
  if (!append(integer_digits) || !append(fraction_digits)) return std::nullopt;
  return value;
}

// Any number the grammar reads, digit by digit into a big integer. Kept out of from_parts, so
// that the small numbers of nearly every cell do not pay for its big temporaries' stack frame.
[[gnu::noinline]] decimal from_long_parts(bool negative, std::string_view integer_digits,
                                          std::string_view fraction_digits) {
  big_integer coefficient;
  if (append_digits(coefficient, integer_digits, true) == 0) {
    throw std::invalid_argument("a number needs at least one integer digit: " + std::string(integer_digits));
  }
  const std::size_t scale = append_digits(coefficient, fraction_digits, false);
  if (scale > UINT_MAX) throw std::out_of_range("too many decimals");
  if (negative) coefficient = -coefficient;
  return decimal(std::move(coefficient), static_cast<unsigned>(scale));
}

}  // namespace

decimal::decimal(big_integer coefficient, unsigned scale) : coefficient_(std::move(coefficient)), scale_(scale) {}

decimal decimal::from_integer(long long value) {
  decimal result;
  result.coefficient_ = value;
  return result;
}

decimal decimal::from_parts(bool negative, std::string_view integer_digits, std::string_view fraction_digits) {
  if (const auto small = small_coefficient(integer_digits, fraction_digits)) {
    // Made in place and returned by name: moving a big integer copies its digits.
    decimal result;
    const auto magnitude = static_cast<long long>(*small);  // below 10^18
    result.coefficient_ = negative ? -magnitude : magnitude;
    result.scale_ = static_cast<unsigned>(fraction_digits.size());
    return result;
  }
  return from_long_parts(negative, integer_digits, fraction_digits);
}

bool decimal::is_integer() const { return scale_ == 0 || coefficient_ % power_of_ten(scale_) == 0; }

decimal decimal::normalized() const {
  if (coefficient_ == 0) return decimal();
  decimal result = *this;
  while (result.scale_ > 0 && result.coefficient_ % 10 == 0) {
    result.coefficient_ /= 10;
    --result.scale_;
  }
  return result;
}

decimal decimal::with_scale(unsigned scale) const {
  if (scale >= scale_) return decimal(coefficient_ * power_of_ten(scale - scale_), scale);
  const big_integer divisor = power_of_ten(scale_ - scale);
  if (coefficient_ % divisor != 0) {
    throw std::domain_error(to_string() + " has non-zero digits beyond " + std::to_string(scale) + " decimals");
  }
  return decimal(coefficient_ / divisor, scale);
}

decimal decimal::operator-() const { return decimal(-coefficient_, scale_); }

decimal operator+(const decimal& a, const decimal& b) {
  aligned x = align(a, b);
  return decimal(std::move(x.a) + x.b, x.scale);
}

decimal operator-(const decimal& a, const decimal& b) {
  aligned x = align(a, b);
  return decimal(std::move(x.a) - x.b, x.scale);
}

decimal operator*(const decimal& a, const decimal& b) {
  const unsigned long long scale = static_cast<unsigned long long>(a.scale_) + b.scale_;
  if (scale > UINT_MAX) throw std::out_of_range("the product has too many decimals");
  return decimal(a.coefficient_ * b.coefficient_, static_cast<unsigned>(scale));
}

// In place, so that no addition copies both coefficients: a sum over a table's column adds
// hundreds of cells.
decimal& decimal::accumulate(const decimal& other, bool subtract) {
  // Counts and amounts of one scale that fit in a machine word, nearly every sum in a report, are
  // added as machine integers, for speed: the general addition loops over limbs.
  const auto& a = coefficient_.backend();
  const auto& b = other.coefficient_.backend();
  constexpr std::uint64_t small = std::uint64_t{1} << 62;  // so that neither sum nor difference overflows
  if (other.scale_ == scale_ && a.size() == 1 && b.size() == 1 && *a.limbs() < small && *b.limbs() < small) {
    const auto x = static_cast<std::int64_t>(*a.limbs());
    const auto y = static_cast<std::int64_t>(*b.limbs());
    const std::int64_t signed_x = a.sign() ? -x : x;
    const std::int64_t signed_y = (b.sign() != subtract) ? -y : y;
    coefficient_ = signed_x + signed_y;
    return *this;
  }
  if (other.scale_ > scale_) {
    coefficient_ *= power_of_ten(other.scale_ - scale_);
    scale_ = other.scale_;
  }
  if (other.scale_ == scale_) {
    subtract ? coefficient_ -= other.coefficient_ : coefficient_ += other.coefficient_;
  } else {
    const big_integer scaled = other.coefficient_ * power_of_ten(scale_ - other.scale_);
    subtract ? coefficient_ -= scaled : coefficient_ += scaled;
  }
  return *this;
}

decimal& decimal::operator+=(const decimal& other) { return accumulate(other, false); }
decimal& decimal::operator-=(const decimal& other) { return accumulate(other, true); }

decimal decimal::times_power_of_ten(int k) const {
  if (k >= 0) {
    const auto up = static_cast<unsigned>(k);
    if (up <= scale_) return decimal(coefficient_, scale_ - up);
    return decimal(coefficient_ * power_of_ten(up - scale_), 0);
  }
  // -(long long)k is exact even for INT_MIN.
  const unsigned long long scale = scale_ + static_cast<unsigned long long>(-static_cast<long long>(k));
  if (scale > UINT_MAX) throw std::out_of_range("times_power_of_ten: too many decimals");
  return decimal(coefficient_, static_cast<unsigned>(scale));
}

std::strong_ordering operator<=>(const decimal& a, const decimal& b) {
  // Signs decide most comparisons without scaling either coefficient.
  if (const int sa = a.sign(), sb = b.sign(); sa != sb) return sa <=> sb;
  // Nor does an equal scale, the usual case: aligning would copy both.
  if (a.scale_ == b.scale_) return a.coefficient_.compare(b.coefficient_) <=> 0;
  const aligned x = align(a, b);
  return x.a.compare(x.b) <=> 0;
}

bool operator==(const decimal& a, const decimal& b) { return std::is_eq(a <=> b); }

namespace {

// cpp_int's str() goes through a stream; most values fit in 64 bits and print with to_chars.
std::string magnitude_digits(const big_integer& value) {
  const big_integer magnitude = abs(value);
  if (magnitude <= std::numeric_limits<unsigned long long>::max()) {
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, magnitude.convert_to<unsigned long long>()).ptr;
    return std::string(buffer, end);
  }
  return magnitude.str();
}

}  // namespace

std::string decimal::to_string() const {
  std::string digits = magnitude_digits(coefficient_);
  if (scale_ > 0) {
    if (digits.size() <= scale_) digits.insert(0, scale_ + 1 - digits.size(), '0');
    digits.insert(digits.size() - scale_, 1, '.');
  }
  if (coefficient_ < 0) digits.insert(0, 1, '-');
  return digits;
}

std::string decimal::to_canonical_string() const { return normalized().to_string(); }

std::ostream& operator<<(std::ostream& out, const decimal& value) { return out << value.to_string(); }

big_rational to_rational(const decimal& value) {
  // A whole number, most values, needs no common divisor found.
  if (value.scale() == 0) return big_rational(value.coefficient());
  return big_rational(value.coefficient(), power_of_ten(value.scale()));
}

std::optional<money_unit> parse_money_unit(std::string_view text) {
  if (text == "元") return money_unit::yuan;
  if (text == "万元") return money_unit::wan_yuan;
  if (text == "亿元") return money_unit::yi_yuan;
  return std::nullopt;
}

std::string_view unit_text(money_unit unit) noexcept {
  switch (unit) {
    case money_unit::yuan:
      return "元";
    case money_unit::wan_yuan:
      return "万元";
    case money_unit::yi_yuan:
      return "亿元";
  }
  return "?";
}

std::ostream& operator<<(std::ostream& out, money_unit unit) { return out << unit_text(unit); }

decimal in_yuan(const decimal& amount, money_unit unit) {
  switch (unit) {
    case money_unit::yuan:
      return amount;
    case money_unit::wan_yuan:
      return amount.times_power_of_ten(4);
    case money_unit::yi_yuan:
      return amount.times_power_of_ten(8);
  }
  throw std::invalid_argument("in_yuan: not a money unit");
}

}  // namespace nianbao
