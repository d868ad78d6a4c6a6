// UTF-8 decoding shared by every stage: the source checks, the column arithmetic, label
// normalisation, the HTML front end and the generator.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::utf8 {

inline constexpr char32_t invalid = 0xFFFFFFFF;

// `0xE9`: how messages name a byte that is not text.
inline std::string hex_byte(unsigned char b) {
  static constexpr char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

// Decodes the code point at `text[i]`, advancing `i` past it. Strict (RFC 3629): overlong forms,
// surrogates and values above U+10FFFF are invalid; on an invalid sequence `i` moves by one byte.
inline char32_t decode(std::string_view text, std::size_t& i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t minimum = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1F, minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0F, minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07, minimum = 0x10000;
  } else {
    ++i;
    return invalid;
  }
  if (i + length > text.size()) {
    ++i;
    return invalid;
  }
  for (std::size_t k = 1; k < length; ++k) {
    const unsigned char next = byte(i + k);
    if ((next & 0xC0) != 0x80) {
      ++i;
      return invalid;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return invalid;
  }
  i += length;
  return cp;
}

// A code point's UTF-8 bytes, at compile time too (the grammar's character rules compare them).
struct encoded {
  std::array<char, 4> bytes{};
  std::size_t size = 0;
};

// One that is not a code point gives U+FFFD's.
constexpr encoded encode_bytes(char32_t cp) noexcept {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  const auto byte = [](char32_t b) { return static_cast<char>(static_cast<unsigned char>(b)); };
  if (cp < 0x80) return {{byte(cp)}, 1};
  if (cp < 0x800) return {{byte(0xC0 | (cp >> 6)), byte(0x80 | (cp & 0x3F))}, 2};
  if (cp < 0x10000) return {{byte(0xE0 | (cp >> 12)), byte(0x80 | ((cp >> 6) & 0x3F)), byte(0x80 | (cp & 0x3F))}, 3};
  return {{byte(0xF0 | (cp >> 18)), byte(0x80 | ((cp >> 12) & 0x3F)), byte(0x80 | ((cp >> 6) & 0x3F)),
           byte(0x80 | (cp & 0x3F))},
          4};
}

// A code point as UTF-8 (one that is not a code point gives U+FFFD).
inline std::string encode(char32_t cp) {
  const encoded e = encode_bytes(cp);
  return {e.bytes.data(), e.size};
}

// The spacing noise of Office-to-text extraction inside a line: spaces, TABs, form feeds and
// vertical tabs, stray carriage returns ("\r\r\n" from converting line ends twice), no-break
// spaces (U+00A0), ideographic spaces (U+3000), and the en, em and thinner spaces (U+2000–U+200A)
// of pages that indent with `&emsp;`. The grammar's rule `inline_space` (grammar/text_rules.hpp)
// names the same set in PEGTL's terms; a test holds the two together.
constexpr bool is_inline_space(char32_t cp) noexcept {
  return cp == U' ' || cp == U'\t' || cp == U'\f' || cp == U'\v' || cp == U'\r' || cp == 0xA0 || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200A);
}

// The size in bytes of the inline space that starts at `text[i]`, or 0.
inline std::size_t inline_space_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  std::size_t next = i;
  return is_inline_space(decode(text, next)) ? next - i : 0;
}

inline bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Size in bytes of the inline space that ends at `text[end]` (exclusive), or 0. An inline space
// is one to three bytes long, and only a whole character starting there decodes as one.
inline std::size_t space_before(std::string_view text, std::size_t end) noexcept {
  if (end == 0) return 0;
  const auto last = static_cast<unsigned char>(text[end - 1]);
  if (last < 0x80) return is_inline_space(last) ? 1 : 0;
  // Every line is trimmed, and most end in a character no space ends like: a multi-byte space
  // ends in 80–8A (U+2000–U+200A, U+3000) or A0 (U+00A0), so only those are decoded.
  if (last > 0x8A && last != 0xA0) return 0;
  for (std::size_t n = 2; n <= 3 && n <= end; ++n) {
    if (inline_space_at(text, end - n) == n) return n;
  }
  return 0;
}

// `text` without the inline spaces that end it.
inline std::string_view trim_end(std::string_view text) noexcept {
  while (const std::size_t n = space_before(text, text.size())) text.remove_suffix(n);
  return text;
}

// Where each code point of `text` starts: to cut or change a label between characters.
inline std::vector<std::size_t> code_point_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size();) {
    starts.push_back(i);
    decode(text, i);
  }
  return starts;
}

}  // namespace nianbao::utf8
