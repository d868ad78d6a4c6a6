// A 128-bit sketch of the characters a text holds (a Bloom filter of one hash): a clause of prose
// whose sketch lacks a bit of a phrase's words cannot hold them, which passes over most clauses
// for most phrases without a search. A bit set is only a maybe: the words are then searched.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "nianbao/edition.hpp"

namespace nianbao::check {

struct sketch {
  std::uint64_t low = 0, high = 0;

  sketch& operator|=(const sketch& other) noexcept {
    low |= other.low;
    high |= other.high;
    return *this;
  }
  sketch& operator&=(const sketch& other) noexcept {
    low &= other.low;
    high &= other.high;
    return *this;
  }
};

// The character at `text[i]` as its UTF-8 bytes in one integer (`。` is 0xE38082), moving `i` past
// it: what sketches hash, so that the prose is not decoded on every character. A sequence cut
// short by the end of the text ends it.
inline std::uint32_t next_character_bytes(std::string_view text, std::size_t& i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[k])); };
  const std::uint32_t lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if (lead >= 0xE0 && lead < 0xF0 && i + 3 <= text.size()) {  // Chinese, nearly every character of a report
    const std::uint32_t bytes = lead << 16 | byte(i + 1) << 8 | byte(i + 2);
    i += 3;
    return bytes;
  }
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (i + length > text.size()) length = text.size() - i;
  std::uint32_t bytes = 0;
  for (std::size_t k = 0; k < length; ++k) bytes = bytes << 8 | static_cast<unsigned char>(text[i + k]);
  i += length;
  return bytes;
}

inline sketch char_bit(std::uint32_t bytes) noexcept {
  const unsigned bit = bytes * 2654435761U >> 25 & 127U;  // Knuth's multiplicative hash, top 7 bits
  return bit < 64 ? sketch{std::uint64_t{1} << bit, 0} : sketch{0, std::uint64_t{1} << (bit - 64)};
}

inline sketch char_mask(std::string_view text) noexcept {
  sketch mask;
  for (std::size_t i = 0; i < text.size();) mask |= char_bit(next_character_bytes(text, i));
  return mask;
}

// Whether a text with sketch `text` may hold every character of sketch `words`.
inline bool may_hold(const sketch& text, const sketch& words) noexcept {
  return (text.low & words.low) == words.low && (text.high & words.high) == words.high;
}

// The characters every match of `parts` holds: its words', and those every alternative shares.
inline sketch required_mask(const std::vector<edition::phrase_part>& parts) {
  sketch mask;
  for (const edition::phrase_part& part : parts) {
    if (part.what == edition::phrase_part::kind::text) mask |= char_mask(part.text);
    if (part.what == edition::phrase_part::kind::choice) {
      sketch shared{~std::uint64_t{0}, ~std::uint64_t{0}};
      for (const auto& option : part.options) shared &= required_mask(option);
      mask |= shared;
    }
  }
  return mask;
}

// Words any of which keeps a clause or sentence from being read, with their sketches.
struct word_list {
  std::vector<std::string_view> words;  // views the edition's
  std::vector<sketch> masks;

  word_list() = default;
  explicit word_list(const std::vector<std::string>& of) {
    for (const std::string& w : of) {
      words.emplace_back(w);
      masks.push_back(char_mask(w));
    }
  }

  bool any_in(std::string_view text, const sketch& text_mask) const {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (may_hold(text_mask, masks[i]) && text.find(words[i]) != std::string_view::npos) return true;
    }
    return false;
  }
};

}  // namespace nianbao::check
