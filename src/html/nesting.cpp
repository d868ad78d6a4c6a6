#include "nesting.hpp"

#include <array>
#include <string>

#include "ascii.hpp"

namespace nianbao::html {

namespace {

bool is_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements that never hold others, and those a parser closes by itself when the next one
// starts (so that `<p>a<p>b` is two paragraphs, not one inside the other): neither deepens.
bool never_nests(const std::string& name) {
  static constexpr std::array<std::string_view, 22> names{
      "area",   "base",  "br",  "col", "embed", "hr", "img", "input", "link",   "meta", "param",
      "source", "track", "wbr", "p",   "li",    "td", "th",  "tr",    "option", "dt",   "dd"};
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

std::size_t find_end_tag(std::string_view page, const std::string& name, std::size_t from) {
  for (std::size_t at = page.find("</", from); at != std::string_view::npos; at = page.find("</", at + 2)) {
    if (matches_at(page, at + 2, name)) return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<std::size_t> too_deep_at(std::string_view page) {
  std::size_t depth = 0;
  for (std::size_t i = page.find('<'); i != std::string_view::npos; i = page.find('<', i + 1)) {
    if (page.compare(i, 4, "<!--") == 0) {
      i = page.find("-->", i + 4);
      if (i == std::string_view::npos) break;
      continue;
    }
    const bool closing = i + 1 < page.size() && page[i + 1] == '/';
    std::size_t k = i + (closing ? 2 : 1);
    if (k >= page.size() || !is_letter(page[k])) continue;
    std::string name;
    for (; k < page.size() && (is_letter(page[k]) || (page[k] >= '0' && page[k] <= '9')) && name.size() < 16; ++k)
      name += ascii_lower(page[k]);
    const std::size_t end = page.find('>', k);
    if (end == std::string_view::npos) break;
    if (never_nests(name)) continue;
    if (closing) {
      depth -= depth > 0;
    } else if (page[end - 1] != '/') {
      if (name == "script" || name == "style") {
        // Their text is not markup, up to their own end tag, which the loop then steps over.
        i = find_end_tag(page, name, end);
        if (i == std::string_view::npos) break;
        continue;
      }
      if (++depth > max_nesting) return i;
    }
  }
  return std::nullopt;
}

}  // namespace nianbao::html
