// The forms a value takes in a table cell, as PEGTL rules: counts, signed changes, decimals,
// money with a unit, and the marks that say "not given". Shared by the report grammar, which
// classifies each cell by them, and the decimal type, which reads a value by them, so that what
// the grammar calls a number is exactly what can be read as one. Rules only.
#pragma once

#include <tao/pegtl.hpp>

#include "nianbao/core/utf8_rules.hpp"

namespace nianbao::forms {

namespace pegtl = tao::pegtl;
namespace u8 = nianbao::utf8_rules;  // pegtl::utf8's rules, matched as bytes

// The spacing noise of Office-to-text extraction, as utf8::is_inline_space (core/utf8.hpp) says
// why: spaces, TABs inside a line, form feeds and vertical tabs, stray carriage returns, no-break
// spaces, ideographic spaces, and the en, em and thinner spaces.
struct inline_space
    : pegtl::sor<pegtl::one<' ', '\t', '\f', '\v', '\r'>, u8::one<0xA0, 0x3000>, u8::range<0x2000, 0x200A>> {};

struct ascii_digit : pegtl::digit {};
struct wide_digit : u8::range<0xFF10, 0xFF19> {};
struct any_digit : pegtl::sor<ascii_digit, wide_digit> {};
struct full_stop_mark : pegtl::sor<pegtl::one<'.'>, u8::one<U'．'>> {};

namespace value {

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
// U+FFFD is the mark a front end writes for a value it could not read (PDF-UNCERTAIN): nothing
// is known of it, as of one not given.
struct unread : u8::one<U'\uFFFD'> {};
struct not_given : pegtl::sor<pegtl::one<'/'>, u8::one<U'／'>, pegtl::plus<dash>, unread> {};

struct cell_value : pegtl::seq<pegtl::sor<money, number, not_given>, pegtl::eof> {};

}  // namespace value

}  // namespace nianbao::forms
