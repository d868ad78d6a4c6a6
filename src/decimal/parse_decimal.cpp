// Text to decimal through the grammar's own number and money rules, so that what the parser
// classifies as a number is exactly what can be read as a value here.
#include <tao/pegtl.hpp>

#include "nianbao/core/numerals.hpp"
#include "nianbao/core/value_forms.hpp"
#include "nianbao/decimal.hpp"

namespace nianbao {

namespace {

namespace pegtl = tao::pegtl;
namespace value = forms::value;

struct whole_number : pegtl::seq<value::number, pegtl::eof> {};
struct whole_money : pegtl::seq<value::money, pegtl::eof> {};

// The parts as written. Each rule is tried once per parse (no alternative re-matches a number),
// so a part is never left over from an abandoned attempt.
struct number_parts {
  std::string_view sign;
  std::string_view integer;
  std::string_view fraction;
  std::string_view unit;

  decimal value() const { return decimal::from_parts(is_minus_sign(sign), integer, fraction); }
};

template <typename Rule>
struct part_action : pegtl::nothing<Rule> {};

template <>
struct part_action<value::sign> {
  static void apply(const auto& in, number_parts& parts) { parts.sign = in.string_view(); }
};
template <>
struct part_action<value::integer_digits> {
  static void apply(const auto& in, number_parts& parts) { parts.integer = in.string_view(); }
};
template <>
struct part_action<value::fraction_digits> {
  static void apply(const auto& in, number_parts& parts) { parts.fraction = in.string_view(); }
};
template <>
struct part_action<value::unit> {
  static void apply(const auto& in, number_parts& parts) { parts.unit = in.string_view(); }
};

template <typename Rule>
std::optional<number_parts> read_parts(std::string_view text) {
  number_parts parts;
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "");
  if (!pegtl::parse<Rule, part_action>(in, parts)) return std::nullopt;
  return parts;
}

}  // namespace

std::optional<decimal> parse_decimal(std::string_view text) {
  const auto parts = read_parts<whole_number>(text);
  if (!parts) return std::nullopt;
  return parts->value();
}

std::optional<money> parse_money(std::string_view text) {
  const auto parts = read_parts<whole_money>(text);
  if (!parts) return std::nullopt;
  const auto unit = parse_money_unit(parts->unit);
  if (!unit) return std::nullopt;  // the grammar's units and ours are the same list; kept in step here
  return money{parts->value(), *unit};
}

}  // namespace nianbao
