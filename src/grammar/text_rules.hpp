// Characters and line structure shared by the report grammar and the small grammars of cell
// values and title lines. Rules only; actions live in the files that use them.
#pragma once

#include <cstring>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "nianbao/core/value_forms.hpp"

namespace nianbao::grammar {

namespace pegtl = tao::pegtl;
namespace u8 = nianbao::utf8_rules;  // pegtl::utf8's rules, matched as bytes

// The characters and value forms the report shares with the decimal type (core/value_forms.hpp).
using forms::any_digit;
using forms::ascii_digit;
using forms::full_stop_mark;
using forms::inline_space;
using forms::wide_digit;
namespace value = forms::value;

struct tab : pegtl::one<'\t'> {};
struct line_end : pegtl::sor<pegtl::string<'\r', '\n'>, pegtl::one<'\n'>> {};
struct end_of_line : pegtl::sor<line_end, pegtl::eof> {};

// Everything up to the line end, not including it: at least `Minimum` bytes, or no match.
// Hand-written with memchr rather than the generic `until<at<eol>>`, for speed alone: it is the
// hottest terminal of the grammar (every line of running text ends in it).
template <std::size_t Minimum>
struct until_line_end {
  using rule_t = until_line_end;
  using subs_t = pegtl::empty_list;

  template <pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class Action,
            template <typename...> class Control, typename ParseInput, typename... States>
  static bool match(ParseInput& in, States&&... /*unused*/) {
    const char* const begin = in.current();
    const char* const end = in.end();
    const void* const newline = std::memchr(begin, '\n', static_cast<std::size_t>(end - begin));
    const char* stop = newline != nullptr ? static_cast<const char*>(newline) : end;
    if (newline != nullptr && stop > begin && stop[-1] == '\r') --stop;  // "\r\n" is the line end
    if (static_cast<std::size_t>(stop - begin) < Minimum) return false;
    in.bump_in_this_line(static_cast<std::size_t>(stop - begin));
    return true;
  }
};

// The rest of the line, possibly nothing; and the rest of a line that has some text left.
struct rest_of_line : until_line_end<0> {};
struct text_of_line : until_line_end<1> {};

// Extraction artefacts that are markup, not report text: `[bookmark: _GoBack]`, `[image: …]`
// (`[image : ]` where a PDF's narrow cell wrapped it before its colon).
struct artefact_keyword : pegtl::sor<TAO_PEGTL_STRING("bookmark"), TAO_PEGTL_STRING("image"),
                                     TAO_PEGTL_STRING("footnote"), TAO_PEGTL_STRING("comment")> {};
struct artefact : pegtl::seq<pegtl::one<'['>, artefact_keyword, pegtl::star<pegtl::one<' '>>, pegtl::one<':'>,
                             pegtl::star<pegtl::not_one<']', '\n'>>, pegtl::one<']'>> {};

// Chinese and Arabic numerals as reports number their parts.
struct chinese_digit : u8::one<U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十'> {};
struct chinese_number : pegtl::rep_min_max<1, 3, chinese_digit> {};
struct arabic_number : pegtl::seq<pegtl::rep_min_max<1, 3, any_digit>, pegtl::not_at<any_digit>> {};

struct enumeration_comma : u8::one<U'、'> {};  // 、
struct open_paren : pegtl::sor<pegtl::one<'('>, u8::one<U'（'>> {};
struct close_paren : pegtl::sor<pegtl::one<')'>, u8::one<U'）'>> {};

// The markers that number headings, items and table labels.
struct section_mark : pegtl::seq<chinese_number, enumeration_comma> {};              // 一、
struct paren_chinese_mark : pegtl::seq<open_paren, chinese_number, close_paren> {};  // （一）
struct arabic_mark                                                                   // 1、 1.
    : pegtl::seq<arabic_number, pegtl::sor<enumeration_comma, pegtl::seq<full_stop_mark, pegtl::not_at<any_digit>>>> {};
struct paren_arabic_mark : pegtl::seq<open_paren, arabic_number, close_paren> {};  // （1）
struct enumerator_mark : pegtl::seq<chinese_number, u8::one<U'是'>> {};            // 一是
struct bullet_mark : u8::one<U'·', U'•', U'●', U'■', U'◆', U'▪', U'○', U'◇'> {};

}  // namespace nianbao::grammar

namespace tao::pegtl {
// Telling the grammar analysis what the hand-written terminal consumes.
template <typename Name>
struct analyze_traits<Name, nianbao::grammar::until_line_end<0>> : analyze_opt_traits<> {};
template <typename Name>
struct analyze_traits<Name, nianbao::grammar::until_line_end<1>> : analyze_any_traits<> {};
}  // namespace tao::pegtl
