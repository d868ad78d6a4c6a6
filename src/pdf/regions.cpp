#include "regions.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "nianbao/core/utf8.hpp"

namespace nianbao::pdf {

namespace {

bool table_line(const line& l) { return l.cells.size() >= 2 || (l.cells.size() == 1 && l.cells.front().numeric()); }

// Where the lines of each page start furthest left: a section's heading starts there.
std::map<std::size_t, double> left_edges(const std::vector<line>& lines) {
  std::map<std::size_t, double> out;
  for (const line& l : lines) {
    auto [it, added] = out.emplace(l.page, l.where.x0);
    it->second = std::min(it->second, l.where.x0);
  }
  return out;
}

// `二、主动公开政府信息情况`: a section's heading, which no table holds (a table's `三、` standing
// alone is a merged label written down its cell). Some reports number their sections `4、`; so
// are some labels of table 三 (`1、申请人无正当理由…`, its first line alone beside centred
// figures), but those stand in its last label column, right of where the page's lines start.
bool heading_line(const line& l, const std::map<std::size_t, double>& left_edge) {
  // Only the number is matched by a pattern: a pattern over the whole of a long line would recurse
  // as deep as the line is long.
  static const std::regex chinese(R"(^\s*(一|二|三|四|五|六|七|八|九|十)+、)");
  static const std::regex arabic(R"(^\s*[0-9]{1,2}、)");
  if (l.cells.size() != 1) return false;
  const std::string text = l.text();
  // Six characters at least after the number: a table's `三、本年度` wrapped down its cell is none.
  const auto long_enough = [&](const std::smatch& m) {
    return std::count_if(m[0].second, text.cend(), [](char c) { return !utf8::is_continuation(c); }) >= 6;
  };
  std::smatch m;
  if (std::regex_search(text, m, chinese)) return long_enough(m);
  const auto edge = left_edge.find(l.page);
  return edge != left_edge.end() && l.where.x0 <= edge->second + 2 * text_height(l) &&
         std::regex_search(text, m, arabic) && long_enough(m);
}

// A line of one short cell: a table's title, a label wrapped onto a line of its own, a merged
// cell's text between rows; not prose, which fills the line.
bool fragment(const line& l, double page_width, const std::map<std::size_t, double>& left_edge) {
  return l.cells.size() == 1 && !heading_line(l, left_edge) && l.where.x1 - l.where.x0 < 0.45 * page_width;
}

// Where each page starts in the stream of pages, its top counted from the first page's.
std::map<std::size_t, double> page_tops(const std::vector<page_words>& pages) {
  std::map<std::size_t, double> page_top;
  double top = 0;
  for (const page_words& p : pages) {
    page_top[p.number] = top;
    top += p.height;
  }
  return page_top;
}

// The rules of the pages a table's lines stand on, placed in the stream as its lines are.
table_rules rules_under(const std::vector<placed_line>& table, const std::vector<page_words>& pages) {
  std::map<std::size_t, double> page_top = page_tops(pages);
  table_rules out;
  std::set<std::size_t> on;
  for (const placed_line& p : table) on.insert(p.l->page);
  for (const page_words& p : pages) {
    if (!on.contains(p.number)) continue;
    const double at = page_top[p.number];
    for (const across_rule& r : p.rules.across) out.across.push_back({at + r.y, r.x0, r.x1, p.number});
    for (const down_rule& r : p.rules.down) out.down.push_back({r.x, at + r.y0, at + r.y1, p.number});
  }
  return out;
}

// Whether a line stands in a cell its page draws: rules down either side of it, at its height,
// running up to `from` at least (a height of its page above it), when given.
bool in_drawn_cell(const line& l, const std::vector<page_words>& pages, std::optional<double> from = std::nullopt) {
  const auto page = std::find_if(pages.begin(), pages.end(), [&](const page_words& p) { return p.number == l.page; });
  if (page == pages.end()) return false;
  const double middle = (l.where.y0 + l.where.y1) / 2;
  const double top = from.value_or(middle);
  const auto side = [&](bool left) {
    return std::any_of(page->rules.down.begin(), page->rules.down.end(), [&](const down_rule& r) {
      return r.y0 < top && r.y1 > middle && (left ? r.x <= l.where.x0 : r.x >= l.where.x1);
    });
  };
  return side(true) && side(false);
}

std::vector<placed_line> place(const std::vector<line>& lines, const std::vector<page_words>& pages) {
  std::map<std::size_t, double> page_top = page_tops(pages);
  std::vector<placed_line> out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const line& l = lines[k];
    const double at = page_top[l.page];
    out.push_back({&l, at + l.where.y0, at + l.where.y1, k == 0 || lines[k - 1].page != l.page,
                   k + 1 == lines.size() || lines[k + 1].page != l.page});
  }
  return out;
}

double width_of_page(const std::vector<page_words>& pages, std::size_t number) {
  for (const page_words& p : pages)
    if (p.number == number) return p.width;
  return 595;
}

// The next line continues a table: close below (a head's rows stand apart by a few lines), or at
// the top of the next page after the last line of this one.
bool continues(const placed_line& prev, const placed_line& next) {
  if (next.l->page == prev.l->page) {
    return next.top - prev.bottom <= 4.0 * std::max(text_height(*prev.l), text_height(*next.l));
  }
  return next.l->page == prev.l->page + 1 && prev.last_on_page && next.first_on_page;
}

// A line outside the tables: its cells, a space between two.
layout::text_line text_line_of(const line& l) {
  layout::text_line out;
  for (const cell& c : l.cells) {
    if (!out.text.empty()) {
      out.marks.push_back({out.text.size(), c.words.front()->listing, false});
      out.text += ' ';
    }
    const layout::text_line part = text_of(c.words);
    for (const origin_mark& m : part.marks) out.marks.push_back({out.text.size() + m.rendered, m.original, m.verbatim});
    out.text += part.text;
  }
  return out;
}

// Where the lines of prose of each page end furthest right: a line that reaches it was wrapped.
std::map<std::size_t, double> right_edges(const std::vector<line>& lines) {
  std::map<std::size_t, double> out;
  for (const line& l : lines) {
    if (l.cells.size() != 1) continue;
    auto [it, added] = out.emplace(l.page, l.where.x1);
    it->second = std::max(it->second, l.where.x1);
  }
  return out;
}

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// Whether one line ends with a digit and the next starts with one: joined they would be one
// figure (`办理12` | `3）…`), so they are not joined.
bool figures_meet(const std::string& end_of, const std::string& start_of) {
  if (end_of.empty() || start_of.empty()) return false;
  std::size_t last = end_of.size() - 1;
  while (last > 0 && utf8::is_continuation(end_of[last])) --last;
  std::size_t i = last, j = 0;
  return is_digit(utf8::decode(end_of, i)) && is_digit(utf8::decode(start_of, j));
}

// Where the text of each page stands: its lines' furthest left and right, and the page's width.
struct text_edges {
  std::map<std::size_t, double> left, right, width;
};

// The lines outside the tables from `begin` to `end`, a paragraph's wrapped lines joined into one
// as its text has it: a sentence cut at a line's end reads whole (`予` | `以公开及部分公开63条` is
// not 部分公开 63). A line is wrapped onto the next when it is long and reaches the page's right
// edge, and the next stands at the left edge just under it and does not start numbered.
void write_text(const std::vector<placed_line>& stream, std::size_t begin, std::size_t end, const text_edges& edges,
                std::vector<layout::block>& out) {
  for (std::size_t k = begin; k < end; ++k) {
    layout::text_line text = text_line_of(*stream[k].l);
    for (; k + 1 < end; ++k) {
      const line& a = *stream[k].l;
      const line& b = *stream[k + 1].l;
      const double h = text_height(a);
      const bool wrapped =
          a.page == b.page && a.cells.size() == 1 && b.cells.size() == 1 &&
          a.where.x1 - a.where.x0 >= 0.6 * edges.width.at(a.page) && a.where.x1 >= edges.right.at(a.page) - 1.5 * h &&
          b.where.x0 <= edges.left.at(b.page) + 0.5 * h && stream[k + 1].top - stream[k].bottom <= 0.8 * h &&
          !heading_line(b, edges.left) && !starts_numbered(b.text());
      if (!wrapped) break;
      const layout::text_line next = text_line_of(b);
      if (figures_meet(text.text, next.text)) break;
      for (const origin_mark& m : next.marks)
        text.marks.push_back({text.text.size() + m.rendered, m.original, m.verbatim});
      text.text += next.text;
    }
    out.emplace_back(std::move(text));
  }
}

}  // namespace

laid_blocks blocks_of(const std::vector<line>& lines, const std::vector<page_words>& pages) {
  const std::vector<placed_line> stream = place(lines, pages);
  text_edges edges{left_edges(lines), right_edges(lines), {}};
  for (const page_words& p : pages) edges.width[p.number] = p.width;
  const std::map<std::size_t, double>& left_edge = edges.left;
  laid_blocks out;
  std::size_t done = 0;  // lines before this are written
  for (std::size_t i = 0; i < stream.size();) {
    if (!table_line(*stream[i].l)) {
      ++i;
      continue;
    }
    const auto is_fragment = [&](std::size_t k) {
      return fragment(*stream[k].l, width_of_page(pages, stream[k].l->page), left_edge);
    };
    // Inside a table, a line that reads as a section's heading (`四、结转下年度继续办理`, its row's
    // figures on the line above, after a bookmark's mark) is a label when it stands in a cell the
    // page draws; a heading stands outside the table's rules.
    // The cell must have begun above it, beside the line before on its page: a heading in a
    // table's first row (`三、收到和处理政府信息公开申请情况` over table 三) starts a table of its own.
    const auto drawn_label = [&](std::size_t k) {
      const line& l = *stream[k].l;
      if (k == 0 || stream[k - 1].l->page != l.page) return false;
      const line& before = *stream[k - 1].l;
      return l.cells.size() == 1 && heading_line(l, left_edge) &&
             l.where.x1 - l.where.x0 < 0.45 * width_of_page(pages, l.page) &&
             in_drawn_cell(l, pages, (before.where.y0 + before.where.y1) / 2);
    };
    // The last line of a paragraph is as short as a table's title, but stands as close under the
    // paragraph's other lines as they stand to each other.
    const auto ends_paragraph = [&](std::size_t k) {
      if (k == 0 || k <= done) return false;
      const placed_line& above = stream[k - 1];
      return above.l->page == stream[k].l->page && above.l->cells.size() == 1 && !is_fragment(k - 1) &&
             !heading_line(*above.l, left_edge) && stream[k].top - above.bottom <= 0.8 * text_height(*above.l);
    };
    std::size_t begin = i;
    while (begin > done && is_fragment(begin - 1) && !ends_paragraph(begin - 1) &&
           stream[begin - 1].l->page == stream[begin].l->page &&
           stream[begin].top - stream[begin - 1].bottom <= 3.0 * text_height(*stream[begin].l)) {
      --begin;
    }
    std::size_t end = i + 1, last_table = i;
    while (end < stream.size() && continues(stream[end - 1], stream[end]) &&
           (table_line(*stream[end].l) || is_fragment(end) || drawn_label(end))) {
      if (table_line(*stream[end].l)) last_table = end;
      ++end;
    }
    // After the last row, only a label's wrapped end belongs to the table: just under it, or at
    // the head of the next page in a cell drawn there (a row cut by the page break).
    end = last_table + 1;
    while (end < stream.size() && (is_fragment(end) || drawn_label(end)) &&
           (stream[end].l->page == stream[end - 1].l->page
                ? stream[end].top - stream[end - 1].bottom <= 0.5 * text_height(*stream[end - 1].l)
                : continues(stream[end - 1], stream[end]) && in_drawn_cell(*stream[end].l, pages))) {
      ++end;
    }
    write_text(stream, done, begin, edges, out.blocks);
    table_doubts doubts;
    const std::vector<placed_line> table(stream.begin() + static_cast<std::ptrdiff_t>(begin),
                                         stream.begin() + static_cast<std::ptrdiff_t>(end));
    out.blocks.emplace_back(rebuild_table(table, rules_under(table, pages), doubts));
    for (uncertain_cell& u : doubts.cells) out.uncertain.emplace_back(out.blocks.size() - 1, std::move(u));
    out.label_ends.insert(out.label_ends.end(), doubts.label_ends.begin(), doubts.label_ends.end());
    done = i = end;
  }
  write_text(stream, done, stream.size(), edges, out.blocks);
  return out;
}

}  // namespace nianbao::pdf
