#include "text_measure.hpp"

#include <algorithm>

#include "nianbao/core/utf8.hpp"

namespace nianbao::render {

namespace {

// A no-break space: word processors keep it with what it stands between (`\u00a0565` is one
// piece, as wide as four characters), so a line does not break at it.
bool no_break(char32_t c) { return c == U'\u00a0' || c == U'\u2007' || c == U'\u202f'; }
bool is_space(char32_t c) { return utf8::is_inline_space(c) && !no_break(c); }

// Punctuation a line does not start with, and punctuation it does not end with.
bool closes(char32_t c) {
  return std::u32string_view(U"，。、；：？！）》」』】”’％,.;:?!)%").find(c) != std::u32string_view::npos;
}
bool opens(char32_t c) { return std::u32string_view(U"（《「『【“‘(").find(c) != std::u32string_view::npos; }

struct piece {
  std::string text;
  double width = 0;
  bool space = false;
};

// The text as the pieces a line may break between.
std::vector<piece> pieces_of(std::string_view text, double size, int latin = song_latin) {
  std::vector<piece> out;
  char32_t last = 0, before_last = 0;
  const auto digit = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::decode(text, i);
    const std::string_view bytes = text.substr(start, i - start);
    const double w = (c < 0x100 ? latin : advance(c)) * size / 1000;
    const bool latin_run = c < 0x80 && last < 0x80 && last != 0 && !is_space(last);
    // A figure is one piece with its separators, full-width ones too (`7，044`, `１２．５`).
    const bool figure = digit(c) && (digit(last) || ((closes(last) || last == U'．') && digit(before_last)));
    // Nor is a figure parted from its decimal point or its unit (`１２．５`, `12.5万元`).
    const bool point_or_unit =
        (digit(last) || last == U'万') && std::u32string_view(U"．万元件个条项").find(c) != std::u32string_view::npos;
    const bool joins =
        !out.empty() && !out.back().space && !is_space(c) &&
        (latin_run || figure || point_or_unit || closes(c) || opens(last) || no_break(c) || no_break(last));
    if (joins) {
      out.back().text += bytes;
      out.back().width += w;
    } else {
      out.push_back({std::string(bytes), w, is_space(c)});
    }
    before_last = last;
    last = c;
  }
  return out;
}

}  // namespace

int advance(char32_t c) noexcept { return c < 0x100 ? song_latin : 1000; }

double text_width(std::string_view text, double size, int latin) {
  double w = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::decode(text, i);
    w += c < 0x100 ? latin : advance(c);
  }
  return w * size / 1000;
}

std::vector<std::string> wrapped(std::string_view text, double size, double width) {
  std::vector<std::string> lines(1);
  double used = 0;
  std::string spaces;  // spaces after the line's last piece: kept only when something follows
  double spaces_width = 0;
  for (const piece& p : pieces_of(text, size)) {
    if (p.space) {
      if (!lines.back().empty()) spaces += p.text, spaces_width += p.width;
      continue;
    }
    if (!lines.back().empty() && used + spaces_width + p.width > width) {
      lines.emplace_back();
      used = 0;
    } else {
      lines.back() += spaces;
      used += spaces_width;
    }
    spaces.clear();
    spaces_width = 0;
    lines.back() += p.text;
    used += p.width;
  }
  return lines;
}

double widest_piece(std::string_view text, double size, int latin) {
  double widest = 0;
  for (const piece& p : pieces_of(text, size, latin))
    if (!p.space) widest = std::max(widest, p.width);
  return widest;
}

}  // namespace nianbao::render
