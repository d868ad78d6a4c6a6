// Case-insensitive ASCII matching, as HTML's tag and attribute names and charset labels need.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nianbao::html {

constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Whether `text` has `word` (lower case) at `at`, in any case.
inline bool matches_at(std::string_view text, std::size_t at, std::string_view word) noexcept {
  if (at > text.size() || text.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (ascii_lower(text[at + k]) != word[k]) return false;
  return true;
}

inline bool contains_in_any_case(std::string_view text, std::string_view word) noexcept {
  if (word.empty()) return true;
  // A first character with no case (`<` of a tag) is found by a plain search, which skips the
  // text between candidates: most texts a front end is asked about hold no `<` at all.
  const char first = word.front();
  const bool caseless = ascii_lower(first) == first && !(first >= 'a' && first <= 'z');
  for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
    if (caseless && (i = text.find(first, i)) == std::string_view::npos) return false;
    if (matches_at(text, i, word)) return true;
  }
  return false;
}

}  // namespace nianbao::html
