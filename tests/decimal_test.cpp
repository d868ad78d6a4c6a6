#define BOOST_TEST_MODULE decimal
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <climits>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "nianbao/decimal.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

decimal d(std::string_view text) {
  const auto value = parse_decimal(text);
  BOOST_TEST_REQUIRE(value.has_value(), "not a decimal: " << text);
  return *value;
}

big_integer power_of_ten(unsigned exponent) { return boost::multiprecision::pow(big_integer(10), exponent); }

}  // namespace

// --- parsing numbers ---------------------------------------------------------------------------

struct number_case {
  const char* text;
  const char* written;    // to_string(): the value with its scale
  const char* canonical;  // to_canonical_string()
  unsigned scale;
  int sign;
};
std::ostream& operator<<(std::ostream& out, const number_case& c) { return out << c.text; }

BOOST_DATA_TEST_CASE(number_forms,
                     bdata::make(std::vector<number_case>{
                         {"0", "0", "0", 0, 0},
                         {"237", "237", "237", 0, 1},
                         {"-8", "-8", "-8", 0, -1},
                         {"+3", "3", "3", 0, 1},
                         {"－５", "-5", "-5", 0, -1},
                         {"−7", "-7", "-7", 0, -1},
                         {"＋4", "4", "4", 0, 1},
                         {"１２", "12", "12", 0, 1},
                         {"１２．５０", "12.50", "12.5", 2, 1},
                         {"1,234,567", "1234567", "1234567", 0, 1},
                         {"1，234", "1234", "1234", 0, 1},
                         {"１，２３４", "1234", "1234", 0, 1},
                         {"12,345.678", "12345.678", "12345.678", 3, 1},
                         {"96171.6", "96171.6", "96171.6", 1, 1},
                         {"0.50", "0.50", "0.5", 2, 1},
                         {"0.05", "0.05", "0.05", 2, 1},
                         {"-0.007", "-0.007", "-0.007", 3, -1},
                         {"12.00", "12.00", "12", 2, 1},
                         {"-0", "0", "0", 0, 0},
                         {"-0.00", "0.00", "0", 2, 0},
                         {"007", "7", "7", 0, 1},
                         {"127.047", "127.047", "127.047", 3, 1},
                         {"1234567", "1234567", "1234567", 0, 1},
                     }),
                     c) {
  const decimal value = d(c.text);
  BOOST_TEST(value.to_string() == c.written);
  BOOST_TEST(value.to_canonical_string() == c.canonical);
  BOOST_TEST(value.scale() == c.scale);
  BOOST_TEST(value.sign() == c.sign);
  BOOST_TEST(d(value.to_string()) == value);  // what to_string writes reads back
}

BOOST_DATA_TEST_CASE(not_numbers,
                     bdata::make(std::vector<std::string>{
                         "",        "1 0",  "1,23",      "12件", "/",      "-",     "--",      "1.2.3",  "1.",
                         ".5",      "+",    "++1",       "+-1",  "1,2345", "12,34", ",123",    "1,,234", "1,234,56",
                         " 1",      "1 ",   "　1",       "1e5",  "0x10",   "一",    "元",      "12元",   "1..2",
                         "1．2．3", "1.-2", "1,234.5,6", "abc",  "1_000",  "٣",     "\xEF\xBC"}),
                     text) {
  BOOST_TEST(!parse_decimal(text).has_value());
}

BOOST_AUTO_TEST_CASE(from_parts_reads_the_grammars_parts) {
  BOOST_TEST(decimal::from_parts(false, "1,234", "50").to_string() == "1234.50");
  BOOST_TEST(decimal::from_parts(true, "１，２３４", "５").to_string() == "-1234.5");
  BOOST_TEST(decimal::from_parts(false, "0", "").to_string() == "0");
  BOOST_CHECK_THROW(decimal::from_parts(false, "", "5"), std::invalid_argument);
  BOOST_CHECK_THROW(decimal::from_parts(false, "12a", ""), std::invalid_argument);
  BOOST_CHECK_THROW(decimal::from_parts(false, "1", "2,3"), std::invalid_argument);
  BOOST_CHECK_THROW(decimal::from_parts(false, "1", "\xEF\xBC"), std::invalid_argument);
  // Both sides of the 18-digit limit of the 64-bit shortcut, and the negative zero it must not make.
  BOOST_TEST(decimal::from_parts(false, "999999999999999999", "").to_string() == "999999999999999999");
  BOOST_TEST(decimal::from_parts(true, "9999999999999999", "99").to_string() == "-9999999999999999.99");
  BOOST_TEST(decimal::from_parts(false, "1000000000000000000", "").to_string() == "1000000000000000000");
  BOOST_TEST(decimal::from_parts(false, "99999999999999999", "99").to_string() == "99999999999999999.99");
  BOOST_TEST(decimal::from_parts(true, "0", "00").to_string() == "0.00");
  BOOST_TEST(decimal::from_parts(true, "0", "00").sign() == 0);
}

BOOST_AUTO_TEST_CASE(construction) {
  BOOST_TEST(decimal().to_string() == "0");
  BOOST_TEST(decimal().sign() == 0);
  BOOST_TEST(decimal(big_integer(-5), 3).to_string() == "-0.005");
  BOOST_TEST(decimal(big_integer(12345), 2).to_string() == "123.45");
  BOOST_TEST(decimal(big_integer(0), 3).to_string() == "0.000");
  BOOST_TEST(decimal::from_integer(LLONG_MIN).to_string() == "-9223372036854775808");
  BOOST_TEST(decimal::from_integer(LLONG_MAX).to_string() == "9223372036854775807");
  BOOST_TEST(d("12.50").coefficient() == 1250);
}

// --- large values ------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(large_values_are_exact) {
  const decimal e18 = d("1000000000000000000");
  BOOST_TEST(e18.coefficient() == power_of_ten(18));
  std::string grouped = "1";
  std::string wide = "１";
  for (int i = 0; i < 10; ++i) grouped += ",000";
  for (int i = 0; i < 30; ++i) wide += "０";
  const decimal e30 = d(grouped);
  BOOST_TEST(e30.coefficient() == power_of_ten(30));
  BOOST_TEST(e30.to_string() == "1000000000000000000000000000000");
  BOOST_TEST(d(wide) == e30);

  // 10^18 元 written in 亿元 and in 万元.
  BOOST_TEST(in_yuan(d("10000000000"), money_unit::yi_yuan) == e18);
  BOOST_TEST(in_yuan(d("100000000000000"), money_unit::wan_yuan) == e18);

  // Sums past 2^64.
  const decimal max = decimal::from_integer(LLONG_MAX);
  BOOST_TEST((max + max + max).to_string() == "27670116110564327421");
  BOOST_TEST((d("18446744073709551615") + d("1")).to_string() == "18446744073709551616");
  BOOST_TEST((d("-9223372036854775808") - d("1")).to_string() == "-9223372036854775809");
  BOOST_TEST((e18 * e18).to_string() == "1" + std::string(36, '0'));
  BOOST_TEST((e30 + d("0.000000000000000000000000000001")).to_string() ==
             "1000000000000000000000000000000.000000000000000000000000000001");

  // More digits than one 64-bit chunk of the reader holds, with the chunk boundary inside.
  const std::string long_digits = "123456789012345678901234567890123456789";
  BOOST_TEST(d(long_digits).to_string() == long_digits);
  BOOST_TEST(d("0." + long_digits).to_string() == "0." + long_digits);
  BOOST_TEST(d("0." + long_digits).scale() == long_digits.size());
}

// --- arithmetic and comparison -----------------------------------------------------------------

struct sum_case {
  const char* a;
  const char* b;
  const char* sum;         // with scale max(a, b)
  const char* difference;  // a - b
  const char* product;     // with the scales added
};
std::ostream& operator<<(std::ostream& out, const sum_case& c) { return out << c.a << " and " << c.b; }

BOOST_DATA_TEST_CASE(arithmetic_across_scales,
                     bdata::make(std::vector<sum_case>{
                         {"0.1", "0.2", "0.3", "-0.1", "0.02"},
                         {"1", "0.50", "1.50", "0.50", "0.50"},
                         {"127.047", "0.953", "128.000", "126.094", "121.075791"},
                         {"-8", "3", "-5", "-11", "-24"},
                         {"-1.5", "-2.25", "-3.75", "0.75", "3.375"},
                         {"96171.6", "0", "96171.6", "96171.6", "0.0"},
                         {"0.001", "-0.001", "0.000", "0.002", "-0.000001"},
                     }),
                     c) {
  const decimal a = d(c.a);
  const decimal b = d(c.b);
  BOOST_TEST((a + b).to_string() == c.sum);
  BOOST_TEST((b + a).to_string() == c.sum);
  BOOST_TEST((a - b).to_string() == c.difference);
  BOOST_TEST((a * b).to_string() == c.product);
  BOOST_TEST((b * a).to_string() == c.product);
  BOOST_TEST((a + b) - b == a);
  decimal accumulated = a;
  accumulated += b;
  BOOST_TEST(accumulated == a + b);
  accumulated -= b;
  BOOST_TEST(accumulated == a);
}

// In-place sums of one scale take a machine-word path below 2^62; at and past it, and across
// signs, they must agree with the general addition.
BOOST_AUTO_TEST_CASE(in_place_sums_agree_at_the_machine_word_limit) {
  const std::vector<std::string> magnitudes = {"0",
                                               "1",
                                               "4611686018427387903",    // 2^62 − 1
                                               "4611686018427387904",    // 2^62
                                               "9223372036854775807",    // 2^63 − 1
                                               "9223372036854775808",    // 2^63
                                               "18446744073709551616"};  // 2^64
  for (const std::string& m : magnitudes) {
    for (const std::string& n : magnitudes) {
      for (const char* sign_a : {"", "-"}) {
        for (const char* sign_b : {"", "-"}) {
          for (const char* fraction : {"", ".5"}) {
            const decimal a = d(sign_a + m + fraction);
            const decimal b = d(sign_b + n + fraction);
            decimal sum = a;
            sum += b;
            BOOST_TEST(sum.to_string() == (a + b).to_string(), a << " + " << b);
            decimal difference = a;
            difference -= b;
            BOOST_TEST(difference.to_string() == (a - b).to_string(), a << " - " << b);
          }
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(point_one_plus_point_two_is_point_three) {
  BOOST_TEST(d("0.1") + d("0.2") == d("0.3"));
  decimal sum;
  for (int i = 0; i < 10; ++i) sum += d("0.1");
  BOOST_TEST(sum == d("1"));
  BOOST_TEST(sum.to_string() == "1.0");
}

BOOST_AUTO_TEST_CASE(negation) {
  BOOST_TEST((-d("0.50")).to_string() == "-0.50");
  BOOST_TEST((-d("-8")).to_string() == "8");
  BOOST_TEST((-decimal()).to_string() == "0");
  BOOST_TEST((-decimal()).sign() == 0);
}

// Every pair of a list given in increasing order compares as its positions do.
struct ordering_case {
  const char* name;
  std::vector<std::string> values;
};
std::ostream& operator<<(std::ostream& out, const ordering_case& c) { return out << c.name; }

BOOST_DATA_TEST_CASE(ordering,
                     bdata::make(std::vector<ordering_case>{
                         {"mixed",
                          {"-100", "-99.99", "-8", "-0.5", "-0.05", "0", "0.001", "0.1", "1", "1.01", "237",
                           "1000000000000000000000"}},
                         {"negatives", {"-10000000000000000000000", "-10", "-9", "-1.5", "-1"}},
                         {"scales", {"-0.20", "-0.1", "0.10", "0.2", "1.999", "2"}},
                     }),
                     c) {
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    for (std::size_t j = 0; j < c.values.size(); ++j) {
      const decimal a = d(c.values[i]);
      const decimal b = d(c.values[j]);
      BOOST_TEST_CONTEXT(c.values[i] << " <=> " << c.values[j]) {
        BOOST_TEST(((a <=> b) == (i <=> j)));
        BOOST_TEST((a == b) == (i == j));
        BOOST_TEST((a < b) == (i < j));
        BOOST_TEST((a >= b) == (i >= j));
      }
    }
  }
}

struct equal_case {
  const char* a;
  const char* b;
};
std::ostream& operator<<(std::ostream& out, const equal_case& c) { return out << c.a << " == " << c.b; }

BOOST_DATA_TEST_CASE(equal_across_scales,
                     bdata::make(std::vector<equal_case>{
                         {"1.0", "1"},
                         {"1", "1.000"},
                         {"0.50", "0.5"},
                         {"-0", "0.00"},
                         {"-2.50", "-2.5"},
                         {"1,234", "1234.0"},
                         {"１２", "12"},
                     }),
                     c) {
  BOOST_TEST(d(c.a) == d(c.b));
  BOOST_TEST(((d(c.a) <=> d(c.b)) == std::strong_ordering::equal));
  BOOST_TEST(!(d(c.a) != d(c.b)));
  BOOST_TEST(d(c.a).to_canonical_string() == d(c.b).to_canonical_string());
}

BOOST_AUTO_TEST_CASE(integers_and_scales) {
  BOOST_TEST(d("12").is_integer());
  BOOST_TEST(d("12.00").is_integer());
  BOOST_TEST(d("-3.0").is_integer());
  BOOST_TEST(d("0.000").is_integer());
  BOOST_TEST(!d("12.5").is_integer());
  BOOST_TEST(!d("-0.01").is_integer());

  BOOST_TEST(d("0.50").normalized().to_string() == "0.5");
  BOOST_TEST(d("0.00").normalized().scale() == 0u);
  BOOST_TEST(d("1200").normalized().to_string() == "1200");  // integer zeros are not decimals
  BOOST_TEST(d("0.5").with_scale(3).to_string() == "0.500");
  BOOST_TEST(d("12.500").with_scale(1).to_string() == "12.5");
  BOOST_CHECK_THROW(d("12.500").with_scale(0), std::domain_error);
}

struct power_case {
  const char* value;
  int k;
  const char* result;
};
std::ostream& operator<<(std::ostream& out, const power_case& c) { return out << c.value << " x 10^" << c.k; }

BOOST_DATA_TEST_CASE(times_power_of_ten,
                     bdata::make(std::vector<power_case>{
                         {"127.047", 4, "1270470"},
                         {"127.047", 3, "127047"},
                         {"127.047", 2, "12704.7"},
                         {"627446.05", 0, "627446.05"},
                         {"1", 8, "100000000"},
                         {"-8", 1, "-80"},
                         {"0.50", 1, "5.0"},
                         {"1270470", -4, "127.0470"},
                         {"5", -3, "0.005"},
                         {"-0.5", -2, "-0.005"},
                         {"0", -2, "0.00"},
                         {"0.00", 5, "0"},
                     }),
                     c) {
  const decimal value = d(c.value);
  const decimal result = value.times_power_of_ten(c.k);
  BOOST_TEST(result.to_string() == c.result);
  BOOST_TEST(result.times_power_of_ten(-c.k) == value);  // exact both ways
}

BOOST_AUTO_TEST_CASE(times_power_of_ten_limits) {
  BOOST_TEST(d("1").times_power_of_ten(30).coefficient() == power_of_ten(30));
  BOOST_TEST(d("1").times_power_of_ten(-30).scale() == 30u);
  BOOST_TEST(d("1").times_power_of_ten(-30).times_power_of_ten(30) == d("1"));
  BOOST_CHECK_THROW(decimal(big_integer(1), UINT_MAX).times_power_of_ten(-1), std::out_of_range);
  BOOST_CHECK_THROW(d("1").times_power_of_ten(INT_MIN).times_power_of_ten(INT_MIN), std::out_of_range);
}

// --- money -------------------------------------------------------------------------------------

struct money_case {
  const char* text;
  const char* amount;  // as written
  money_unit unit;
  const char* yuan;  // to_canonical_string() of the amount in 元
};
std::ostream& operator<<(std::ostream& out, const money_case& c) { return out << c.text; }

BOOST_DATA_TEST_CASE(money_forms,
                     bdata::make(std::vector<money_case>{
                         {"627446.05元", "627446.05", money_unit::yuan, "627446.05"},
                         {"127.047万元", "127.047", money_unit::wan_yuan, "1270470"},
                         {"1亿元", "1", money_unit::yi_yuan, "100000000"},
                         {"251000 元", "251000", money_unit::yuan, "251000"},
                         {"3.5\u00A0万元", "3.5", money_unit::wan_yuan, "35000"},
                         {"２．５\u3000亿元", "2.5", money_unit::yi_yuan, "250000000"},
                         {"1,200  元", "1200", money_unit::yuan, "1200"},
                         {"0元", "0", money_unit::yuan, "0"},
                         {"0.00万元", "0.00", money_unit::wan_yuan, "0"},
                         {"-12.5万元", "-12.5", money_unit::wan_yuan, "-125000"},
                         {"0.00012345亿元", "0.00012345", money_unit::yi_yuan, "12345"},
                         {"0.123456789亿元", "0.123456789", money_unit::yi_yuan, "12345678.9"},
                     }),
                     c) {
  const auto m = parse_money(c.text);
  BOOST_TEST_REQUIRE(m.has_value());
  BOOST_TEST(m->amount.to_string() == c.amount);
  BOOST_TEST(m->unit == c.unit);
  BOOST_TEST(m->yuan().to_canonical_string() == c.yuan);
  BOOST_TEST(m->yuan() == in_yuan(m->amount, m->unit));
}

BOOST_AUTO_TEST_CASE(in_yuan_keeps_every_digit) {
  const decimal wan = in_yuan(d("127.047"), money_unit::wan_yuan);
  BOOST_TEST(wan.to_string() == "1270470");
  BOOST_TEST(wan.to_canonical_string() == "1270470");
  BOOST_TEST(wan == decimal::from_integer(1270470));
  BOOST_TEST(in_yuan(d("627446.05"), money_unit::yuan).to_string() == "627446.05");
  BOOST_TEST(in_yuan(d("1"), money_unit::yi_yuan).to_string() == "100000000");
  BOOST_TEST(in_yuan(d("1"), money_unit::yi_yuan) == in_yuan(d("10000"), money_unit::wan_yuan));
  // 0.12345 万元 is 1234.5 元: a fraction of a 元 survives.
  BOOST_TEST(in_yuan(d("0.12345"), money_unit::wan_yuan).to_string() == "1234.5");
}

BOOST_DATA_TEST_CASE(not_money,
                     bdata::make(std::vector<std::string>{"元", "12", "12美元", "", "万元", "12 万", "12元整", "12 元 ",
                                                          " 12元", "12 万 元", "1,23元", "/元", "12圆", "12亿",
                                                          "--12元", "12元元"}),
                     text) {
  BOOST_TEST(!parse_money(text).has_value());
}

BOOST_AUTO_TEST_CASE(money_units) {
  BOOST_TEST((parse_money_unit("元") == money_unit::yuan));
  BOOST_TEST((parse_money_unit("万元") == money_unit::wan_yuan));
  BOOST_TEST((parse_money_unit("亿元") == money_unit::yi_yuan));
  BOOST_TEST(!parse_money_unit("千元").has_value());
  BOOST_TEST(!parse_money_unit("元 ").has_value());
  BOOST_TEST(!parse_money_unit("").has_value());
  for (const money_unit unit : {money_unit::yuan, money_unit::wan_yuan, money_unit::yi_yuan}) {
    BOOST_TEST((parse_money_unit(unit_text(unit)) == unit));
  }
}

BOOST_AUTO_TEST_CASE(to_rational_is_exact) {
  BOOST_TEST(to_rational(*parse_decimal("127.047")) == big_rational(127047, 1000));
  BOOST_TEST(to_rational(*parse_decimal("-0.50")) == big_rational(-1, 2));
  BOOST_TEST(to_rational(*parse_decimal("1270470")) == big_rational(1270470));
}
