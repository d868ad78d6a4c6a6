// PEGTL terminals for characters of UTF-8 text, matched as their bytes: `one<U'。', U'：'>` and
// `range<0x2000, 0x200A>` mean what pegtl::utf8's rules of those names mean, on text the source
// stage has already found to be valid UTF-8. PEGTL's own rules decode the character at the
// input before comparing it, for every alternative tried; a report is mostly Chinese text, and
// the grammar tries several such characters at nearly every position (is this a space, a
// separator, a digit?), so decoding once per try was a large part of reading a report. Here a
// character's bytes are compared with the bytes it is known to start with, and a range looks no
// further than the first byte unless that byte can start one of its characters.
#pragma once

#include <array>
#include <cstddef>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace nianbao::utf8_rules {

struct encoded {
  std::array<unsigned char, 4> bytes{};
  std::size_t size = 0;
};

constexpr encoded encode(char32_t c) {
  encoded e;
  if (c < 0x80) {
    e.bytes = {static_cast<unsigned char>(c)};
    e.size = 1;
  } else if (c < 0x800) {
    e.bytes = {static_cast<unsigned char>(0xC0 | (c >> 6)), static_cast<unsigned char>(0x80 | (c & 0x3F))};
    e.size = 2;
  } else if (c < 0x10000) {
    e.bytes = {static_cast<unsigned char>(0xE0 | (c >> 12)), static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)),
               static_cast<unsigned char>(0x80 | (c & 0x3F))};
    e.size = 3;
  } else {
    e.bytes = {static_cast<unsigned char>(0xF0 | (c >> 18)), static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F)),
               static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)), static_cast<unsigned char>(0x80 | (c & 0x3F))};
    e.size = 4;
  }
  return e;
}

// The byte length of the valid UTF-8 character at `p`, of `available` bytes, that lies in
// [Low, High]; 0 when there is none.
template <char32_t Low, char32_t High>
std::size_t in_range(const unsigned char* p, std::size_t available) noexcept {
  constexpr encoded low = encode(Low);
  constexpr encoded high = encode(High);
  if (available == 0 || p[0] < low.bytes[0] || p[0] > high.bytes[0]) return 0;
  if (p[0] < 0x80) return 1;
  const std::size_t size = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
  if (available < size) return 0;
  char32_t c = p[0] & (0x7F >> size);
  for (std::size_t k = 1; k < size; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[k] & 0x3F);
  }
  const bool shortest = encode(c).size == size;  // an overlong form is not the character
  return shortest && c >= Low && c <= High && (c < 0xD800 || c > 0xDFFF) ? size : 0;
}

template <char32_t... Cs>
struct one {
  static_assert(((Cs != U'\n') && ...), "a line end is matched by the line rules, which count lines");
  using rule_t = one;
  using subs_t = tao::pegtl::empty_list;

  template <typename ParseInput>
  static bool match(ParseInput& in) noexcept(noexcept(in.size(4))) {
    const std::size_t available = in.size(4);
    const auto* p = reinterpret_cast<const unsigned char*>(in.current());
    std::size_t matched = 0;
    (void)((matched = is<Cs>(p, available)) || ...);
    if (matched == 0) return false;
    in.bump_in_this_line(matched);
    return true;
  }

 private:
  template <char32_t C>
  static std::size_t is(const unsigned char* p, std::size_t available) noexcept {
    constexpr encoded e = encode(C);
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
  static_assert(encode(Low).size == encode(High).size && High <= 0x10FFFF,
                "a range of characters of one UTF-8 length, within Unicode");
  using rule_t = range;
  using subs_t = tao::pegtl::empty_list;

  template <typename ParseInput>
  static bool match(ParseInput& in) noexcept(noexcept(in.size(4))) {
    const std::size_t matched = in_range<Low, High>(reinterpret_cast<const unsigned char*>(in.current()), in.size(4));
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
