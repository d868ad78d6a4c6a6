// PEGTL terminals for characters of UTF-8 text, matched as their bytes: `one<U'。', U'：'>` and
// `range<0x2000, 0x200A>` mean what pegtl::utf8's rules of those names mean, on text the source
// stage has already found to be valid UTF-8. PEGTL's own rules decode the character at the
// input before comparing it, for every alternative tried; a report is mostly Chinese text, and
// the grammar tries several such characters at nearly every position (is this a space, a
// separator, a digit?), so decoding once per try was a large part of reading a report. Here a
// character's bytes are compared with the bytes it is known to start with, and a range looks no
// further than the first byte unless that byte can start one of its characters.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "nianbao/core/utf8.hpp"

namespace nianbao::utf8_rules {

// The byte length of the valid UTF-8 character at `p`, of `available` bytes, that lies in
// [Low, High]; 0 when there is none. Only a byte that can lead one of them is decoded.
template <char32_t Low, char32_t High>
std::size_t in_range(const char* p, std::size_t available) noexcept {
  constexpr char low = utf8::encode_bytes(Low).bytes[0];
  constexpr char high = utf8::encode_bytes(High).bytes[0];
  const auto lead = [](char b) { return static_cast<unsigned char>(b); };
  if (available == 0 || lead(p[0]) < lead(low) || lead(p[0]) > lead(high)) return 0;
  std::size_t size = 0;
  const char32_t c = utf8::decode(std::string_view(p, std::min<std::size_t>(available, 4)), size);
  return c != utf8::invalid && c >= Low && c <= High ? size : 0;
}

template <char32_t... Cs>
struct one {
  static_assert(((Cs != U'\n') && ...), "a line end is matched by the line rules, which count lines");
  using rule_t = one;
  using subs_t = tao::pegtl::empty_list;

  template <typename ParseInput>
  static bool match(ParseInput& in) noexcept(noexcept(in.size(4))) {
    const std::size_t available = in.size(4);
    const char* p = in.current();
    std::size_t matched = 0;
    (void)((matched = is<Cs>(p, available)) || ...);
    if (matched == 0) return false;
    in.bump_in_this_line(matched);
    return true;
  }

 private:
  template <char32_t C>
  static std::size_t is(const char* p, std::size_t available) noexcept {
    constexpr utf8::encoded e = utf8::encode_bytes(C);
    if (available < e.size || p[0] != e.bytes[0]) return 0;
    for (std::size_t k = 1; k < e.size; ++k)
      if (p[k] != e.bytes[k]) return 0;
    return e.size;
  }
};

template <char32_t Low, char32_t High>
struct range {
  static_assert(Low <= High && (U'\n' < Low || U'\n' > High), "a line end is matched by the line rules");
  // So that only a lead byte can start one (a continuation byte never lies between two leads of
  // one length), and no value past Unicode's is taken for a character.
  static_assert(utf8::encode_bytes(Low).size == utf8::encode_bytes(High).size && High <= 0x10FFFF,
                "a range of characters of one UTF-8 length, within Unicode");
  using rule_t = range;
  using subs_t = tao::pegtl::empty_list;

  template <typename ParseInput>
  static bool match(ParseInput& in) noexcept(noexcept(in.size(4))) {
    const std::size_t matched = in_range<Low, High>(in.current(), in.size(4));
    if (matched == 0) return false;
    in.bump_in_this_line(matched);
    return true;
  }
};

}  // namespace nianbao::utf8_rules

namespace tao::pegtl {
// Both consume one character when they match.
template <typename Name, char32_t... Cs>
struct analyze_traits<Name, nianbao::utf8_rules::one<Cs...>> : analyze_any_traits<> {};
template <typename Name, char32_t Low, char32_t High>
struct analyze_traits<Name, nianbao::utf8_rules::range<Low, High>> : analyze_any_traits<> {};
}  // namespace tao::pegtl
