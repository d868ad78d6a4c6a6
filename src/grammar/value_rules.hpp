// The forms a value takes in a table cell: counts, signed changes, decimals, money with a unit,
// and the markers that say "not given". Applied to a cell's text without its surrounding spaces.
#pragma once

#include "text_rules.hpp"

namespace nianbao::grammar::value {

struct sign : pegtl::sor<pegtl::one<'+', '-'>, u8::one<U'－', U'−', U'＋'>> {};
struct group_separator : pegtl::sor<pegtl::one<','>, u8::one<U'，'>> {};
struct decimal_point : full_stop_mark {};

// 1,234,567 groups by three; otherwise a plain run of digits.
struct grouped_integer : pegtl::seq<pegtl::rep_min_max<1, 3, any_digit>,
                                    pegtl::plus<group_separator, pegtl::rep<3, any_digit>>, pegtl::not_at<any_digit>> {
};
struct integer_digits : pegtl::sor<grouped_integer, pegtl::plus<any_digit>> {};
struct fraction_digits : pegtl::plus<any_digit> {};
struct number : pegtl::seq<pegtl::opt<sign>, integer_digits, pegtl::opt<decimal_point, fraction_digits>> {};

struct unit : pegtl::sor<TAO_PEGTL_STRING("万元"), TAO_PEGTL_STRING("亿元"), TAO_PEGTL_STRING("元")> {};
struct money : pegtl::seq<number, pegtl::star<inline_space>, unit> {};

struct dash : u8::one<U'-', U'－', U'—', U'–', U'―'> {};
struct not_given : pegtl::sor<pegtl::one<'/'>, u8::one<U'／'>, pegtl::plus<dash>> {};

struct cell_value : pegtl::seq<pegtl::sor<money, number, not_given>, pegtl::eof> {};

}  // namespace nianbao::grammar::value
