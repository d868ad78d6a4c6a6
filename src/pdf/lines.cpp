#include "lines.hpp"

#include "nianbao/core/utf8.hpp"

#include <algorithm>
#include <numeric>
#include <regex>

namespace nianbao::pdf {

namespace {

box union_of(const box& a, const box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

// Two words on one line: the middle of each within the other's height.
bool same_line(const box& line, const box& w) noexcept {
  return (w.middle() >= line.y0 && w.middle() <= line.y1) || (line.middle() >= w.y0 && line.middle() <= w.y1);
}

// Words closer than this run on in one cell: poppler splits a line into words where the font
// changes (a figure inside Chinese text) with a fraction of a character between them, or at a
// space; a table's cells have their padding and rules between them.
bool runs_on(const word& a, const word& b) noexcept {
  const double gap = b.where.x0 - a.where.x1;
  const double h = std::min(height_of(a), height_of(b));
  return gap < 0.4 * h || (a.space_after && gap < 0.6 * h);
}

// `-3-`, `— 3 —`, `3`, `第3页`, `3/6`, `- 3 -`: a page number.
bool page_number(const std::string& text) {
  static const std::regex pattern(R"(^\s*(第\s*)?[-—–·\s]*[0-9]+\s*(/\s*[0-9]+)?[-—–·\s]*(页)?\s*$)");
  return std::regex_match(text, pattern);
}

}  // namespace

double height_of(const word& w) noexcept { return std::max(w.where.height(), 1.0); }

std::string cell::text() const {
  std::string s;
  for (std::size_t k = 0; k < words.size(); ++k) {
    s += words[k]->text;
    if (k + 1 < words.size() && words[k]->space_after) s += ' ';
  }
  return s;
}

namespace {

bool only_spaces_from(std::string_view text, std::size_t i) {
  while (i < text.size())
    if (!utf8::is_inline_space(utf8::decode(text, i))) return false;
  return true;
}

}  // namespace

bool cell::numeric() const {
  // A figure, or a mark a value cell holds when its figure is not given (`-`, `/`, `—`, or U+FFFD,
  // a glyph the PDF gives no text for: it stands in its column as a figure does). A figure ends
  // with a digit (`1.` is a label's number, its text on the next line), or with a thousands
  // separator where it wraps (`2,903,` over `166`), and its end wrapped onto a line of its own may
  // start at one (`5` over `，278`), or be one alone (`8` `，` `2` `8` `2` down a narrow cell).
  // Full-width digits and separators (`３`, `５，２２９`) are figures too.
  static const std::regex figure(
      R"(^([-+]?[0-9]([0-9,.]*[0-9])?(,|\s*(万元|元|件|个|条|项))?|[,.][0-9]+([0-9,.]*[0-9])?|,|-|/|—|－|——|\xEF\xBF\xBD)$)");
  std::string t;
  const std::string written = text();
  // No figure is this long; a pattern over a long text would recurse as deep as it is long.
  if (written.size() > 64) return false;
  for (std::size_t i = 0; i < written.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::decode(written, i);
    // Spaces a cell sets its figure off with (`\u2003 0`, poppler keeps them in the word) are not
    // its text; a space inside a figure is (t keeps it, and the pattern refuses it).
    if (utf8::is_inline_space(c) && (t.empty() || only_spaces_from(written, i))) continue;
    if (c >= U'０' && c <= U'９') {
      t += static_cast<char>('0' + (c - U'０'));
    } else if (c == U'，' || c == U'．') {
      t += c == U'，' ? ',' : '.';
    } else {
      t.append(written, start, i - start);
    }
  }
  return std::regex_match(t, figure);
}

std::string line::text() const {
  std::string s;
  for (const cell& c : cells) s += (s.empty() ? "" : " ") + c.text();
  return s;
}

std::vector<line> lines_of(const page_words& page) {
  std::vector<const word*> order;
  for (const word& w : page.words) order.push_back(&w);
  std::stable_sort(order.begin(), order.end(),
                   [](const word* a, const word* b) { return a->where.middle() < b->where.middle(); });
  std::vector<std::vector<const word*>> groups;
  std::vector<box> spans;
  for (const word* w : order) {
    if (!groups.empty() && same_line(spans.back(), w->where)) {
      groups.back().push_back(w);
      spans.back() = union_of(spans.back(), w->where);
    } else {
      groups.push_back({w});
      spans.push_back(w->where);
    }
  }
  std::vector<line> lines;
  for (std::vector<const word*>& g : groups) {
    std::stable_sort(g.begin(), g.end(), [](const word* a, const word* b) { return a->where.x0 < b->where.x0; });
    line l;
    l.page = page.number;
    l.where = g.front()->where;
    for (const word* w : g) {
      l.where = union_of(l.where, w->where);
      if (l.cells.empty() || !runs_on(*l.cells.back().words.back(), *w)) {
        l.cells.push_back({{w}, w->where});
      } else {
        l.cells.back().words.push_back(w);
        l.cells.back().where = union_of(l.cells.back().where, w->where);
      }
    }
    lines.push_back(std::move(l));
  }
  // A page number stands alone in the top or bottom margin, apart from the page's text by half
  // its height at least: a figure there as close to the line above as a cell's lines stand is
  // the last of a table's figures, wrapped or set a line down its cell at the foot of the page.
  // Only the text outside the margins counts: a footer's other lines (the agency's name under
  // the number) stand as close.
  const auto in_margin = [&](const line& l) {
    return l.where.y1 < page.height * 0.08 || l.where.y0 > page.height * 0.88;
  };
  const auto page_number_line = [&](const line& l) {
    if (!in_margin(l) || !page_number(l.text())) return false;
    const double apart = 0.5 * l.where.height();
    return std::none_of(lines.begin(), lines.end(), [&](const line& o) {
      return !in_margin(o) && o.where.y0 < l.where.y1 + apart && o.where.y1 > l.where.y0 - apart;
    });
  };
  std::vector<bool> dropped(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) dropped[k] = page_number_line(lines[k]);
  std::vector<line> kept;
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (!dropped[k]) kept.push_back(std::move(lines[k]));
  return kept;
}

bool starts_numbered(const std::string& text) {
  static const std::regex numbered(
      R"(^\s*(（[^）]{1,3}）|\([^)]{1,3}\)|[0-9]{1,2}[.、．)）]|(一|二|三|四|五|六|七|八|九|十)+、))");
  std::size_t i = 0;
  while (const std::size_t n = utf8::inline_space_at(text, i)) i += n;
  const char32_t first = i < text.size() ? utf8::decode(text, i) : 0;
  return (first >= U'①' && first <= U'⑳') || std::regex_search(text, numbered);
}

}  // namespace nianbao::pdf
