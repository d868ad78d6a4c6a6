#include "grid.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "nianbao/core/utf8.hpp"

namespace nianbao::pdf {

namespace {

// A table's heads are a few dozen. Past this many (a page of text cells read as one table) they
// are not compared pair by pair: wrapped heads join and columns are told by figures, as before.
constexpr std::size_t most_heads = 2000;

// A value column: where a table's figures stand, left to right.
struct column {
  double x0, x1;
};

// Whether a line holds a figure: a row's line, not one of heads or labels alone.
bool holds_figures(const line& l) {
  return std::any_of(l.cells.begin(), l.cells.end(), [](const cell& c) { return c.numeric(); });
}

// A figure of a table, and the height of its middle in the stream of pages.
struct placed_figure {
  const cell* c = nullptr;
  double middle = 0;
};

// A value column as its figures make it: where they stand, and they.
struct figure_column {
  column span;
  std::vector<const placed_figure*> figures;
};

// The value columns a box lies over, as a range; nothing when it lies over none.
std::optional<std::pair<std::size_t, std::size_t>> columns_under(const box& b, const std::vector<column>& columns) {
  std::optional<std::pair<std::size_t, std::size_t>> under;
  for (std::size_t k = 0; k < columns.size(); ++k) {
    if (b.x1 < columns[k].x0 || b.x0 > columns[k].x1) continue;
    if (!under) under = std::pair{k, k};
    under->second = k;
  }
  return under;
}

bool overlap(double a0, double a1, double b0, double b1) noexcept { return a0 <= b1 && b0 <= a1; }

// A cell of the rebuilt table before it is written.
struct grid_cell {
  std::vector<const word*> words;
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  std::size_t column = 0;  // label places first, then value columns
  std::size_t row = 0, rows = 1;
  bool text = true;  // not a figure
  // A figure left out and said: where its words were in the listing, and nothing known of it.
  std::optional<std::size_t> left_out;
  // Where it is said among the uncertain cells, when it may be one figure wrapped: the figure's
  // further lines join what is said.
  std::optional<std::size_t> said_as_wrapped;

  void leave_out() {
    if (!words.empty()) left_out = words.front()->listing;
    words.clear();
  }
};

struct grid_row {
  double top = 0, bottom = 0;
  double middle() const noexcept { return (top + bottom) / 2; }
};

class table_builder {
 public:
  table_builder(const std::vector<placed_line>& lines, const table_rules& rules) : lines_(lines) {
    std::vector<double> h;
    for (const placed_line& p : lines_) h.push_back(text_height(*p.l));
    std::nth_element(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(h.size() / 2), h.end());
    h_ = h[h.size() / 2];
    // The rules where the table stands: a page's other drawing (a header's rule) is no border.
    double top = 1e18, bottom = -1e18, left = 1e18, right = -1e18;
    for (const placed_line& p : lines_) {
      top = std::min(top, p.top), bottom = std::max(bottom, p.bottom);
      left = std::min(left, p.l->where.x0), right = std::max(right, p.l->where.x1);
    }
    for (const across_rule& r : rules.across)
      if (r.y >= top - 2 * h_ && r.y <= bottom + 2 * h_ && r.x1 > left && r.x0 < right) across_.push_back(r);
    // The table reaches as far as its rules across do: its text may end well short of its right
    // border (a last column of short figures), which is still its border.
    for (const across_rule& r : across_) left = std::min(left, r.x0), right = std::max(right, r.x1);
    for (const down_rule& r : rules.down)
      if (r.y1 >= top - 2 * h_ && r.y0 <= bottom + 2 * h_ && r.x >= left - 2 * h_ && r.x <= right + 2 * h_)
        down_.push_back(r);
    ruled_ = rows_parted_by_rules();
  }

  layout::table_block build(table_doubts& doubts) {
    std::vector<uncertain_cell>& uncertain = doubts.cells;
    std::vector<placed_figure> figures;
    for (const placed_line& p : lines_)
      for (const cell& c : p.l->cells)
        if (c.numeric()) figures.push_back({&c, top_in_stream(p, c) + c.where.height() / 2});
    values_ = value_columns(figures);
    boundary_ = values_.empty() ? 1e9 : values_.front().x0 - 1.0;
    // Figures centred in their cells stand right of where their column starts, and a head written
    // from its cell's left edge stands left of them: the first column reaches as far left of its
    // figures' middle as the next column's middle lies right of it.
    // Not so far that it takes in a label: one beside figures in their line, or, in a table with
    // such labels, one starting at its left edge (a block's title `第二十条第（五）项`), where no head
    // starts (in a table with no labels, such as 四, its first head does).
    if (values_.size() >= 2) {
      const double first = (values_[0].x0 + values_[0].x1) / 2, second = (values_[1].x0 + values_[1].x1) / 2;
      double left = 1e9, beside = 0, at_left = 0;
      for (const placed_line& p : lines_)
        for (const cell& c : p.l->cells) left = std::min(left, c.where.x0);
      for (const placed_line& p : lines_) {
        const auto& cells = p.l->cells;
        const bool figures = holds_figures(*p.l);
        for (const cell& c : cells) {
          if (c.numeric() || c.where.x1 >= boundary_) continue;
          if (figures) beside = std::max(beside, c.where.x1);
          if (c.where.x0 <= left + 0.5 * h_) at_left = std::max(at_left, c.where.x1);
        }
      }
      const double labels_end = beside > 0 ? std::max(beside, at_left) : 0;
      boundary_ = std::min(boundary_, std::max(first - (second - first) / 2, labels_end + 0.5));
      // Where a rule runs down the left of the first column beside each of its figures, labels
      // end left of it and heads start right of it, however narrow the columns (a label's line
      // `（区分处理的，只` reaching further right than half a narrow column left of its figures).
      if (const auto edge = rule_before_values(figures))
        boundary_ = std::max(boundary_, std::min(*edge, values_.front().x0 - 1.0));
      take_in_short_head_lines(labels_end);
    }
    find_rows();
    std::vector<grid_cell> labels = label_blocks();
    join_across_pages(labels);
    if (ruled()) join_rows_cut_by_page_breaks(labels, doubts.label_ends);
    place_labels(std::move(labels));
    find_parts();
    head_lines_apart_ = tightest_heads();
    rows_apart_ = figures_apart();
    place_values(uncertain);
    return write();
  }

 private:
  // The value columns: figures whose boxes overlap are one column, and so, in a table ruled down
  // its columns, are figures between the same rules: a figure set off by spaces in its cell
  // (`   3   `) stands right of the others of its column.
  std::vector<column> value_columns(const std::vector<placed_figure>& figures) const {
    std::vector<const placed_figure*> order;
    order.reserve(figures.size());
    for (const placed_figure& f : figures) order.push_back(&f);
    std::sort(order.begin(), order.end(),
              [](const placed_figure* a, const placed_figure* b) { return a->c->where.x0 < b->c->where.x0; });
    std::vector<figure_column> groups;
    for (const placed_figure* f : order) {
      const box& b = f->c->where;
      const bool one_rule_apart =
          !groups.empty() && b.x0 > groups.back().span.x1 + 1.0 && between_the_same_rules(groups.back(), *f, figures);
      if (!groups.empty() && (b.x0 <= groups.back().span.x1 + 1.0 || one_rule_apart)) {
        groups.back().span.x1 = std::max(groups.back().span.x1, b.x1);
        groups.back().figures.push_back(f);
      } else {
        groups.push_back({{b.x0, b.x1}, {f}});
      }
    }
    std::vector<column> columns;
    columns.reserve(groups.size());
    for (const figure_column& g : groups) columns.push_back(g.span);
    return columns;
  }

  // The rules down either side of a box at a height of its page, the nearest each side: -1e18 and
  // 1e18 where none runs there.
  std::pair<double, double> rules_beside(std::size_t page, const box& b, double middle) const {
    double left = -1e18, right = 1e18;
    for (const down_rule& d : down_) {
      if (d.page != page || d.y0 > middle || d.y1 < middle) continue;
      if (d.x <= b.x0 + 0.5) left = std::max(left, d.x);
      if (d.x >= b.x1 - 0.5) right = std::min(right, d.x);
    }
    return {left, right};
  }

  // The rule down the left of the first value column: for each of its figures, the nearest rule
  // left of it at its height; the leftmost of those, when every figure has one.
  std::optional<double> rule_before_values(const std::vector<placed_figure>& figures) const {
    std::optional<double> edge;
    for (const placed_figure& f : figures) {
      const box& b = f.c->where;
      if (b.x0 > values_.front().x1) continue;
      const double nearest = rules_beside(f.c->words.front()->page, b, f.middle).first;
      if (nearest < -1e17) return std::nullopt;
      edge = edge ? std::min(*edge, nearest) : nearest;
    }
    return edge;
  }

  // Whether a figure right of a column stands in the column's cells: the rules down either side
  // of each of them, where it stands, part it from every other figure of its line, and none runs
  // between the column and the figure.
  bool between_the_same_rules(const figure_column& g, const placed_figure& f,
                              const std::vector<placed_figure>& figures) const {
    const double gap0 = g.span.x1 - 0.5, gap1 = f.c->where.x0 + 0.5;
    const auto in_own_cell = [&](const placed_figure& e) {
      const std::size_t page = e.c->words.front()->page;
      const bool rule_in_gap = std::any_of(down_.begin(), down_.end(), [&](const down_rule& d) {
        return d.page == page && d.y0 <= e.middle && d.y1 >= e.middle && d.x >= gap0 && d.x <= gap1;
      });
      // Named, not bound by `auto [ ]`: the lambda below reads them, which clang before 16 refuses.
      const std::pair<double, double> beside = rules_beside(page, e.c->where, e.middle);
      const double left = beside.first, right = beside.second;
      if (rule_in_gap || left < -1e17 || right > 1e17) return false;
      return std::none_of(figures.begin(), figures.end(), [&](const placed_figure& o) {
        return &o != &e && o.c->words.front()->page == page && std::abs(o.middle - e.middle) < 0.5 * h_ &&
               o.c->where.x1 > left && o.c->where.x0 < right;
      });
    };
    return in_own_cell(f) &&
           std::all_of(g.figures.begin(), g.figures.end(), [&](const placed_figure* e) { return in_own_cell(*e); });
  }

  // A head broken after a few characters (`上一` over `年项目数量`, `本年处理决` over `定数量`)
  // has lines too short to reach over the first column's edge: a text, on a line without figures,
  // that starts where a head of the table starts, is a head too, unless a label beside figures
  // reaches as far.
  void take_in_short_head_lines(double labels_end) {
    std::vector<const cell*> texts;  // on lines without figures
    for (const placed_line& p : lines_) {
      const auto& cells = p.l->cells;
      if (holds_figures(*p.l)) continue;
      for (const cell& c : cells) texts.push_back(&c);
    }
    if (texts.size() > most_heads) return;
    const double edge = boundary_;
    for (const cell* c : texts) {
      if (c->where.x1 > edge || c->where.x0 <= labels_end + 0.5) continue;
      const bool where_a_head_starts = std::any_of(texts.begin(), texts.end(), [&](const cell* h) {
        return h->where.x1 > edge && std::abs(h->where.x0 - c->where.x0) <= 1.0;
      });
      if (where_a_head_starts) boundary_ = std::min(boundary_, c->where.x0 - 0.5);
    }
  }

  // How far the boxes of two lines one over the other may overlap: a little, where the glyphs'
  // boxes are taller than the lines stand apart (LibreOffice's single spacing).
  double stacked() const noexcept { return 0.2 * h_; }

  // Whether the table's rows are parted by rules: then a cell ends where a rule runs, and not
  // where its lines merely stand apart (rows set as close as a cell's wrapped lines).
  bool ruled() const noexcept { return ruled_; }

  // Half or more of the figure lines have a rule between them and the line above them (or the
  // page's top) on their page, under their first figure (a figure set a line down its cell has
  // none; table 四's one row has its heads' rule above). A border around the table alone, a
  // three-line table's rules, or a page's header and footer rules do not part its rows: such a
  // table is read by the space between lines. The lines of figures wrapped in their cells are not
  // counted: in narrow columns they can outnumber the rows (table 四's one row over four lines).
  bool rows_parted_by_rules() const {
    std::size_t pairs = 0, parted = 0;
    const placed_line* above = nullptr;
    const placed_line* row = nullptr;  // the last line counted
    for (const placed_line& p : lines_) {
      const auto& cells = p.l->cells;
      const auto figure = std::find_if(cells.begin(), cells.end(), [](const cell& c) { return c.numeric(); });
      if (figure != cells.end() && above != nullptr && row != nullptr && wrapped_figures(*row, *above, p)) {
        above = &p;
        continue;
      }
      if (figure != cells.end()) row = &p;
      if (figure != cells.end() && above != nullptr) {
        ++pairs;
        // The first line on a page has the rule above it where the page broke the table (its
        // border drawn again), which only a line that starts a row has.
        const double upper = above->l->page == p.l->page ? (above->top + above->bottom) / 2 : p.top - 2 * h_;
        const double x = (figure->where.x0 + figure->where.x1) / 2;
        if (rule_between(p.l->page, x, upper, (p.top + p.bottom) / 2)) ++parted;
      }
      above = &p;
    }
    return pairs >= 1 && parted * 2 >= pairs;
  }

  // Whether a line holds only the ends of figures wrapped in their cells: figures alone, fewer
  // than half as many as the row's first line holds, each just under a figure of the line above,
  // as close as a cell's lines stand. A row's own line has its label, or most of its figures.
  bool wrapped_figures(const placed_line& first, const placed_line& above, const placed_line& p) const {
    const auto& cells = p.l->cells;
    const auto figures = [](const line& l) {
      return std::count_if(l.cells.begin(), l.cells.end(), [](const cell& c) { return c.numeric(); });
    };
    if (p.l->page != above.l->page || p.top - above.bottom > stacked() || 2 * figures(*p.l) >= figures(*first.l))
      return false;
    return std::all_of(cells.begin(), cells.end(), [&](const cell& c) {
      return c.numeric() && std::any_of(above.l->cells.begin(), above.l->cells.end(), [&](const cell& u) {
               return u.numeric() && overlap(u.where.x0, u.where.x1, c.where.x0, c.where.x1);
             });
    });
  }

  // Whether a rule runs across `x` between two heights of a page.
  bool rule_between(std::size_t page, double x, double upper, double lower) const {
    return std::any_of(across_.begin(), across_.end(), [&](const across_rule& r) {
      return r.page == page && r.y > upper && r.y < lower && x >= r.x0 - 1.0 && x <= r.x1 + 1.0;
    });
  }

  // Whether two texts, one over the other on one page, stand in one cell of a ruled table: no
  // rule between them where they stand, and no further apart than a cell's lines written down it.
  bool one_cell(const word& upper, const word& lower, double x, double upper_bottom, double lower_top) const {
    return upper.page == lower.page && lower_top - upper_bottom <= 2.5 * h_ &&
           !rule_between(lower.page, x, upper_bottom - 0.3 * h_, lower_top + 0.3 * h_);
  }

  // The rules above and below a text, on its page, where it stands: its cell's top and bottom.
  std::optional<std::pair<double, double>> cell_of(const grid_cell& b) const {
    const double x = (b.x0 + b.x1) / 2;
    double above = -1e18, below = 1e18;
    for (const across_rule& r : across_) {
      if (x < r.x0 - 1.0 || x > r.x1 + 1.0) continue;
      if (r.page == b.words.front()->page && r.y <= b.top + 0.3 * h_) above = std::max(above, r.y);
      if (r.page == b.words.back()->page && r.y >= b.bottom - 0.3 * h_) below = std::min(below, r.y);
    }
    if (above < -1e17 || below > 1e17) return std::nullopt;
    return std::pair{above, below};
  }

  // A row for every line with something right of the labels (every line, in a table without
  // figures); the other lines hold labels that belong to these rows, or rows of their own.
  // In a ruled table, a line is of the row above when no rule runs between that row's first line
  // and it under any of its texts: a figure set a line down its cell (after spaces that filled
  // the first), or wrapped.
  void find_rows() {
    std::optional<std::size_t> last;  // the line that made the last row
    for (std::size_t k = 0; k < lines_.size(); ++k) {
      const bool anchor = std::any_of(lines_[k].l->cells.begin(), lines_[k].l->cells.end(),
                                      [&](const cell& c) { return c.where.x1 > boundary_; });
      if (!anchor && !values_.empty()) continue;
      if (ruled() && last && in_row_of(k, *last)) {
        const std::size_t row = row_of_line_[*last];
        row_of_line_[k] = row;
        // A row cut by a page break stands where its first lines stand, beside its labels.
        if (lines_[k].l->page == lines_[*last].l->page)
          rows_[row].bottom = std::max(rows_[row].bottom, lines_[k].bottom);
        continue;
      }
      row_of_line_[k] = rows_.size();
      rows_.push_back({lines_[k].top, lines_[k].bottom});
      last = k;
    }
    anchors_ = rows_.size();
  }

  bool in_row_of(std::size_t k, std::size_t first) const {
    const placed_line& p = lines_[k];
    const placed_line& q = lines_[first];
    const grid_row& row = rows_[row_of_line_.at(first)];
    if (p.l->page != q.l->page) {
      if (k == 0) return false;
      const auto before = row_of_line_.find(k - 1);
      if (before != row_of_line_.end() && before->second == row_of_line_.at(first) &&
          heads_cut_by_page_break(lines_[k - 1], p))
        return true;
      return figures_cut_by_page_break(k, row_of_line_.at(first));
    }
    if (p.top - row.bottom > 2.5 * h_) return false;
    const double upper = (q.top + q.bottom) / 2, lower = (p.top + p.bottom) / 2;
    bool any = false;
    for (const cell& c : p.l->cells) {
      if (c.where.x1 <= boundary_) continue;
      if (rule_between(p.l->page, (c.where.x0 + c.where.x1) / 2, upper, lower)) return false;
      any = true;
    }
    return any;
  }

  // A row of heads cut by a page break (a word processor lets a row break across pages): the next
  // page's first line, without figures or labels, has each of its texts under a head of the page's
  // last line, one under each, that fills its cell to its rule or starts where it starts (`采购` at
  // the foot of a page, `总金额` at the head of the next). Heads of their own under a head over
  // several columns (`商业企业` `科研机构` under `法人或其他组织`) stand several under one.
  bool heads_cut_by_page_break(const placed_line& foot, const placed_line& head) const {
    if (foot.l->page + 1 != head.l->page || !foot.last_on_page || !head.first_on_page || holds_figures(*foot.l) ||
        holds_figures(*head.l))
      return false;
    const double middle = (foot.top + foot.bottom) / 2;
    std::set<const cell*> continued;
    for (const cell& c : head.l->cells) {
      if (c.where.x1 <= boundary_) return false;
      const cell* above = nullptr;
      for (const cell& u : foot.l->cells) {
        if (u.where.x1 <= boundary_ || !overlap(u.where.x0, u.where.x1, c.where.x0, c.where.x1)) continue;
        if (above != nullptr) return false;
        above = &u;
      }
      if (above == nullptr || !continued.insert(above).second) return false;
      if (!reaches_rule(foot.l->page, above->where.x1, middle) && std::abs(above->where.x0 - c.where.x0) > 1.0)
        return false;
    }
    return !continued.empty();
  }

  // A row of figures cut by a page break: the next page's first line holds figures that go on
  // from the row at the foot of the page before. A figure under one of the row's goes on from it
  // when that one fills its cell from rule to rule, wrapped (`８１１` at the foot, `９` at the
  // head: one figure wrapped, or the last of two in one cell); under a figure that does not, it
  // is a row of its own (`行政处罚 24` at the foot, `行政强制 7` at the head). A label there goes
  // on too when it does not start numbered and the label over it at the foot fills its cell
  // (`4.无` | `正当`), and then so do the line's figures under no figure of the row. With no
  // label, a figure under none of the row's goes on when the line is a slice of its own, a rule
  // under it, under a row of figures (a figure set down its cell onto the next page): a row whose
  // label stands lower in its cell has the label beside it. The line's figures are then of the
  // row, and a figure under another is said and read by the arithmetic as one figure wrapped, as
  // on one page.
  bool figures_cut_by_page_break(std::size_t k, std::size_t row) const {
    const placed_line& head = lines_[k];
    const placed_line& foot = lines_[k - 1];
    if (foot.l->page + 1 != head.l->page || !foot.last_on_page || !head.first_on_page || !holds_figures(*head.l))
      return false;
    const auto& cells = head.l->cells;
    bool labelled = false;
    for (const cell& c : cells) {
      if (c.where.x1 > boundary_) continue;
      if (!label_goes_on(c, foot.l->page)) return false;
      labelled = true;
    }
    bool row_of_figures = false, under = false, wrapped = false;
    for (const auto& [line, r] : row_of_line_) {
      if (r != row || lines_[line].l->page != foot.l->page) continue;
      row_of_figures = row_of_figures || holds_figures(*lines_[line].l);
      for (const cell& above : lines_[line].l->cells)
        for (const cell& c : cells) {
          if (!above.numeric() || !c.numeric() || !overlap(above.where.x0, above.where.x1, c.where.x0, c.where.x1))
            continue;
          under = true;
          wrapped = wrapped || figure_fills_its_cell(foot.l->page, above.where, top_in_stream(lines_[line], above)) ||
                    parted_at_separator(above.text(), c.text());
        }
    }
    // Figures under the row's, none of which shows a wrap: the row is whole, and this one its own.
    if (under) return wrapped;
    if (labelled) return true;
    const std::size_t below = k + 1;
    if (!row_of_figures) return false;
    if (below == lines_.size() || lines_[below].l->page != head.l->page) return true;
    const double upper = (head.top + head.bottom) / 2, lower = (lines_[below].top + lines_[below].bottom) / 2;
    return std::all_of(cells.begin(), cells.end(), [&](const cell& c) {
      return !c.numeric() || rule_between(head.l->page, (c.where.x0 + c.where.x1) / 2, upper, lower);
    });
  }

  // Whether a figure over another is parted at a thousands separator (`3` over `，044，`, `2,903,`
  // over `166`), or the upper ends in a group too short (`1,814,9` over `68`): one figure wrapped
  // where its separator let the line break, however short the line.
  static bool parted_at_separator(const std::string& upper, const std::string& lower) {
    const auto separator = [](std::string_view t) {
      return t.starts_with(",") ? std::size_t{1} : t.starts_with("，") ? std::string_view("，").size() : 0;
    };
    if (separator(lower) > 0 || upper.ends_with(",") || upper.ends_with("，")) return true;
    // The digits after the upper's last separator.
    std::size_t digits = 0;
    for (std::size_t i = upper.size(); i-- > 0;) {
      const std::string_view rest = std::string_view(upper).substr(i);
      if (separator(rest) > 0) return digits > 0 && digits < 3;
      if (!utf8::is_continuation(upper[i])) ++digits;
    }
    return false;
  }

  // Whether a figure fills its cell from the rule left of it to the rule right of it, within a
  // character each side: a line of a figure wrapped, however its cell aligns it.
  bool figure_fills_its_cell(std::size_t page, const box& b, double top) const {
    const auto [left, right] = rules_beside(page, b, top + b.height() / 2);
    return left > -1e17 && right < 1e17 && b.x0 - left <= 1.2 * h_ && right - b.x1 <= 1.2 * h_;
  }

  // Whether a label at the head of a page goes on from the label over it at the foot of the page
  // before: it does not start numbered, and the lowest label it stands under there runs to its
  // cell's rule.
  bool label_goes_on(const cell& c, std::size_t page_before) const {
    if (starts_numbered(c.text())) return false;
    const cell* over = nullptr;
    double over_top = 0;
    for (const placed_line& p : lines_) {
      if (p.l->page != page_before) continue;
      for (const cell& u : p.l->cells)
        if (u.where.x1 <= boundary_ && overlap(u.where.x0, u.where.x1, c.where.x0, c.where.x1) &&
            (over == nullptr || top_in_stream(p, u) > over_top))
          over = &u, over_top = top_in_stream(p, u);
    }
    return over != nullptr && reaches_rule(page_before, over->where.x1, over_top + over->where.height() / 2);
  }

  double top_in_stream(const placed_line& p, const cell& c) const { return p.top + (c.where.y0 - p.l->where.y0); }

  // A label's lines are one cell: a label cell joins the one just above it that it lies under,
  // when no further apart than the lines of one wrapped label (the table's tightest such gap).
  std::vector<grid_cell> label_blocks() const {
    std::vector<grid_cell> cells;
    for (const placed_line& p : lines_) {
      for (const cell& c : p.l->cells) {
        if (c.where.x1 > boundary_) continue;
        const double top = top_in_stream(p, c);
        cells.push_back(
            {c.words, c.where.x0, c.where.x1, top, top + c.where.height(), 0, 0, 1, true, std::nullopt, std::nullopt});
      }
    }
    std::stable_sort(cells.begin(), cells.end(), [](const grid_cell& a, const grid_cell& b) { return a.top < b.top; });
    const auto above = [this](const grid_cell& upper, const grid_cell& lower) {
      return upper.top < lower.top && upper.bottom <= lower.top + stacked() &&
             overlap(upper.x0, upper.x1, lower.x0, lower.x1);
    };
    double tightest = 1e9;
    if (!ruled())
      for (std::size_t k = 0; k < cells.size(); ++k)
        for (std::size_t j = 0; j < k; ++j)
          if (above(cells[j], cells[k])) tightest = std::min(tightest, cells[k].top - cells[j].bottom);
    const double joins = std::min(1.2 * h_, tightest + 0.3 * h_);
    const auto joined = [&](const grid_cell& upper, const grid_cell& lower) {
      if (!ruled()) return lower.top - upper.bottom <= joins;
      return one_cell(*upper.words.back(), *lower.words.front(),
                      (std::max(upper.x0, lower.x0) + std::min(upper.x1, lower.x1)) / 2, upper.bottom, lower.top);
    };
    std::vector<grid_cell> blocks;
    for (grid_cell& c : cells) {
      grid_cell* into = nullptr;
      for (grid_cell& b : blocks)
        if (above(b, c) && joined(b, c) && (into == nullptr || b.bottom > into->bottom)) into = &b;
      if (into == nullptr) {
        blocks.push_back(std::move(c));
        continue;
      }
      into->words.insert(into->words.end(), c.words.begin(), c.words.end());
      into->x0 = std::min(into->x0, c.x0);
      into->x1 = std::max(into->x1, c.x1);
      into->bottom = std::max(into->bottom, c.bottom);
    }
    return blocks;
  }

  // The rows a label covers: those beside it, or, in a ruled table, those in its cell (a merged
  // cell's text stands in its middle, beside some of its rows only).
  std::vector<std::size_t> anchors_covered(const grid_cell& b) const {
    double top = b.top - 0.3 * h_, bottom = b.bottom + 0.3 * h_;
    if (ruled() && !b.words.empty())
      if (const auto cell = cell_of(b)) std::tie(top, bottom) = *cell;
    std::vector<std::size_t> covered;
    for (std::size_t r = 0; r < anchors_; ++r)
      if (rows_[r].middle() >= top && rows_[r].middle() <= bottom) covered.push_back(r);
    return covered;
  }

  // Whether another label right of this one stands beside the row: then this one groups rows.
  static bool label_right_of(std::size_t row, const grid_cell& b, const std::vector<grid_cell>& blocks,
                             const table_builder& t) {
    return std::any_of(blocks.begin(), blocks.end(), [&](const grid_cell& o) {
      if (o.x0 <= b.x1 - 0.01 || &o == &b) return false;
      const std::vector<std::size_t> c = t.anchors_covered(o);
      return std::find(c.begin(), c.end(), row) != c.end();
    });
  }

  // A grouping label cut by a page break (`（四）无` at the foot of one page, `法提供` at the head
  // of the next) is one label: the two stand over each other, beside the page's last row and the
  // next page's first, each row labelled further right.
  void join_across_pages(std::vector<grid_cell>& blocks) const {
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      for (std::size_t j = 0; j < blocks.size(); ++j) {
        grid_cell& a = blocks[k];
        const grid_cell& b = blocks[j];
        if (j == k || a.words.empty() || b.words.empty()) continue;
        if (b.words.front()->page != a.words.back()->page + 1 || !overlap(a.x0, a.x1, b.x0, b.x1)) continue;
        if (starts_numbered(b.words.front()->text)) continue;  // a label of its own: `（五）不予处理`
        const std::vector<std::size_t> upper = anchors_covered(a), lower = anchors_covered(b);
        if (upper.empty() || lower.empty() || lower.front() != upper.back() + 1) continue;
        if (!label_right_of(upper.back(), a, blocks, *this) || !label_right_of(lower.front(), b, blocks, *this))
          continue;
        a.words.insert(a.words.end(), b.words.begin(), b.words.end());
        a.bottom = b.bottom;
        blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(j));
        if (j < k) --k;
        j = 0;
      }
    }
  }

  // Whether a rule between columns runs down beside a label, right of it: the label is in a row
  // of the table's cells, not in a title over its width (whose band only the table's right
  // border crosses).
  bool beside_columns(const grid_cell& b) const {
    double right = -1e18;
    for (const down_rule& d : down_) right = std::max(right, d.x);
    const double middle = (b.top + b.bottom) / 2;
    return std::any_of(down_.begin(), down_.end(), [&](const down_rule& d) {
      return d.x > b.x1 + 1.0 && d.x < right - 1.0 && d.y0 < middle && d.y1 > middle;
    });
  }

  // A row cut by a page break (a word processor lets a row break across pages) has its label's
  // last lines at the head of the next page, beside no figure: they are one label with its first
  // lines, the lowest label it stands under at the foot of the page before, when that fills its
  // cell. One that ends short of its rule may be whole (a row left blank at the head of the next
  // page), or broken where the report broke it (`（七）` | `总计`): the label below stays a row of
  // its own, and is said to be a label's possible end, for binding to tell by the edition.
  void join_rows_cut_by_page_breaks(std::vector<grid_cell>& blocks, std::vector<const word*>& label_ends) const {
    std::map<std::size_t, double> first_top;  // page → where the table's first line on it stands
    for (const placed_line& p : lines_) {
      auto [it, added] = first_top.emplace(p.l->page, p.top);
      if (!added) it->second = std::min(it->second, p.top);
    }
    for (std::size_t j = 0; j < blocks.size(); ++j) {
      const grid_cell& b = blocks[j];
      if (b.words.empty()) continue;
      const std::size_t page = b.words.front()->page;
      if (b.top > first_top[page] + 0.5 * h_ || !anchors_covered(b).empty() || !beside_columns(b) ||
          starts_numbered(b.words.front()->text))
        continue;
      grid_cell* into = nullptr;
      for (grid_cell& a : blocks)
        if (&a != &b && !a.words.empty() && a.words.back()->page + 1 == page && overlap(a.x0, a.x1, b.x0, b.x1) &&
            (into == nullptr || a.bottom > into->bottom))
          into = &a;
      if (into == nullptr) continue;
      if (!fills_its_cell(*into)) {
        label_ends.push_back(b.words.front());
        continue;
      }
      into->words.insert(into->words.end(), b.words.begin(), b.words.end());
      into->x1 = std::max(into->x1, b.x1);
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(j));
      --j;
    }
  }

  // Whether a label's last line runs to the rule that ends its cell on the right, within a
  // character: its text was wrapped there and goes on. A label that ends short of it (`行政处罚`)
  // is whole, and a row left blank at the head of the next page is a row of its own.
  bool fills_its_cell(const grid_cell& b) const {
    const word& last = *b.words.back();
    double end = 0;
    for (const word* w : b.words)
      if (w->page == last.page && w->where.y0 >= last.where.y0 - 0.5 * h_) end = std::max(end, w->where.x1);
    return reaches_rule(last.page, end, b.bottom - 0.5 * h_);
  }

  // Whether a text ending at `end` runs to the rule right of it, within a character, at a height
  // of a page.
  bool reaches_rule(std::size_t page, double end, double middle) const {
    double edge = 1e18;
    for (const down_rule& d : down_)
      if (d.page == page && d.x > end - 0.5 && d.y0 < middle && d.y1 > middle) edge = std::min(edge, d.x);
    return edge < 1e17 && edge - end <= 1.2 * h_;
  }

  // A label beside rows covers them; a grouping label standing between rows (a merged cell's
  // text in its middle) goes to the row nearest it; any other label is a row of its own (a
  // table's title, a label with no figures). Then each row's labels take places left to right,
  // after those that reach down from above.
  void place_labels(std::vector<grid_cell> blocks) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // first and last row, before sorting
    for (const grid_cell& b : blocks) {
      const std::vector<std::size_t> covered = anchors_covered(b);
      if (!covered.empty()) {
        spans.emplace_back(covered.front(), covered.back());
        continue;
      }
      const double middle = (b.top + b.bottom) / 2;
      std::optional<std::size_t> nearest;
      for (std::size_t r = 0; r < anchors_; ++r)
        if (!nearest || std::abs(rows_[r].middle() - middle) < std::abs(rows_[*nearest].middle() - middle)) nearest = r;
      if (nearest && std::abs(rows_[*nearest].middle() - middle) < 3 * h_ &&
          label_right_of(*nearest, b, blocks, *this)) {
        spans.emplace_back(*nearest, *nearest);
      } else {
        spans.emplace_back(rows_.size(), rows_.size());
        rows_.push_back({b.top, b.bottom});
      }
    }
    sort_rows();
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const std::size_t first = rank_[spans[k].first], last = rank_[spans[k].second];
      blocks[k].row = std::min(first, last);
      blocks[k].rows = std::max(first, last) - blocks[k].row + 1;
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const grid_cell& a, const grid_cell& b) {
      return a.row != b.row ? a.row < b.row : a.x0 < b.x0;
    });
    // A label goes right of every place taken in its row, by the row's labels left of it and by
    // those reaching down from above: a grouping label whose text stands in the middle of its rows
    // covers places of rows its text is not beside, and a row's own label is nested inside it.
    // Where rules run down between the label columns, they tell its place: the first free one
    // from the column it starts in.
    const std::vector<double> edges = label_column_edges();
    std::vector<std::vector<bool>> taken(rows_.size());
    for (grid_cell& b : blocks) {
      std::vector<bool>& row = taken[b.row];
      std::size_t place = row.size();
      while (place > 0 && !row[place - 1]) --place;
      if (!edges.empty()) {
        const auto left = std::upper_bound(edges.begin(), edges.end(), b.x0 + 1.0) - edges.begin();
        place = left > 0 ? static_cast<std::size_t>(left) - 1 : 0;
        while (place < row.size() && row[place]) ++place;
      }
      b.column = place;
      for (std::size_t r = b.row; r < b.row + b.rows; ++r) {
        if (taken[r].size() <= place) taken[r].resize(place + 1, false);
        taken[r][place] = true;
      }
      labels_ = std::max(labels_, place + 1);
      cells_.push_back(std::move(b));
    }
  }

  // Where rules run down the labels' side of a ruled table, left of its figures: the left edges
  // of its label columns, the table's own left edge first.
  std::vector<double> label_column_edges() const {
    std::vector<double> xs;
    for (const down_rule& d : down_)
      if (d.x < boundary_ - 1.0) xs.push_back(d.x);
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end(), [](double a, double b) { return b - a < 1.5; }), xs.end());
    return xs;
  }

  void sort_rows() {
    std::vector<std::size_t> order(rows_.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rows_[a].top < rows_[b].top; });
    rank_.assign(rows_.size(), 0);
    for (std::size_t k = 0; k < order.size(); ++k) rank_[order[k]] = k;
  }

  // How far apart the figures of one column stand, one row from the next: the middle of the gaps
  // between figures one over the other.
  double figures_apart() const {
    std::vector<double> gaps;
    for (const column& col : values_) {
      std::vector<std::pair<double, double>> spans;  // top and bottom, in the stream
      for (const auto& [line, anchor] : row_of_line_)
        for (const cell& c : lines_[line].l->cells)
          if (c.numeric() && overlap(c.where.x0, c.where.x1, col.x0, col.x1)) {
            const double top = top_in_stream(lines_[line], c);
            spans.emplace_back(top, top + c.where.height());
          }
      std::sort(spans.begin(), spans.end());
      for (std::size_t k = 1; k < spans.size(); ++k) gaps.push_back(spans[k].first - spans[k - 1].second);
    }
    // Too few gaps say nothing of how rows stand (table 四's one row, its figure wrapped).
    if (gaps.size() < 3) return 1e9;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
    return gaps[gaps.size() / 2];
  }

  // How far apart the lines of one wrapped head stand: the least gap between two texts right of
  // the labels, one over the other, on lines without figures. A head under a head over several
  // columns (`商业企业` under `法人或其他组织`), written from the same left edge, stands a row
  // further, and is no part of it.
  double tightest_heads() const {
    std::vector<std::pair<const cell*, double>> heads;  // a head and its top
    for (const placed_line& p : lines_) {
      const auto& cells = p.l->cells;
      if (holds_figures(*p.l)) continue;
      for (const cell& c : cells)
        if (c.where.x1 > boundary_) heads.emplace_back(&c, top_in_stream(p, c));
    }
    double tightest = 1e9;
    if (heads.size() > most_heads) return tightest;
    for (const auto& [upper, upper_top] : heads)
      for (const auto& [lower, lower_top] : heads) {
        const double gap = lower_top - (upper_top + upper->where.height());
        if (gap >= -0.01 && overlap(upper->where.x0, upper->where.x1, lower->where.x0, lower->where.x1))
          tightest = std::min(tightest, std::max(gap, 0.0));
      }
    return tightest;
  }

  // A row that is one label alone (a block's title in table 二) starts a part of the table, and a
  // part's value columns are where its own figures stand: a block whose one figure is centred
  // under a head over three columns has one column there, not a fourth between the three of the
  // blocks around it.
  void find_parts() {
    std::vector<std::size_t> labels_in(rows_.size(), 0);
    for (const grid_cell& c : cells_) labels_in[c.row] += c.rows == 1 ? 1 : 2;
    std::vector<bool> has_values(rows_.size(), false);
    for (const auto& [line, anchor] : row_of_line_) has_values[rank_[anchor]] = true;
    part_of_rank_.assign(rows_.size(), 0);
    std::size_t part = 0;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      if (r > 0 && labels_in[r] == 1 && !has_values[r]) ++part;
      part_of_rank_[r] = part;
    }
    // Each part's figures, and its heads: the texts right of the labels on lines without figures.
    std::vector<std::vector<placed_figure>> own(part + 1);
    std::vector<std::vector<std::pair<const cell*, double>>> heads(part + 1);  // a head and its top
    for (const auto& [line, anchor] : row_of_line_) {
      const placed_line& p = lines_[line];
      const auto& cells = p.l->cells;
      const std::size_t k = part_of_rank_[rank_[anchor]];
      const bool figures = holds_figures(*p.l);
      for (const cell& c : cells) {
        if (c.numeric()) own[k].push_back({&c, top_in_stream(p, c) + c.where.height() / 2});
        if (!figures && c.where.x1 > boundary_) heads[k].emplace_back(&c, top_in_stream(p, c));
      }
    }
    // A part with no heads of its own is no part: it is rows after a row left blank (in table 三,
    // or a block of table 二 whose first row is blank), whose label alone looks like a block's
    // title. Its rows, and their figures, belong to the part before it.
    std::vector<std::size_t> into(part + 1);
    for (std::size_t k = 0; k <= part; ++k) {
      into[k] = k > 0 && heads[k].empty() ? into[k - 1] : k;
      if (into[k] != k) own[into[k]].insert(own[into[k]].end(), own[k].begin(), own[k].end());
    }
    // A part's title is its first row when that is one label alone; a row left blank is not.
    title_.assign(rows_.size(), false);
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const std::size_t k = part_of_rank_[r];
      title_[r] = into[k] == k && (r == 0 || part_of_rank_[r - 1] != k) && labels_in[r] == 1 && !has_values[r];
      part_of_rank_[r] = into[k];
    }
    part_columns_.resize(part + 1);
    for (std::size_t k = 0; k <= part; ++k) {
      if (into[k] != k) continue;
      part_columns_[k] = own[k].empty() ? values_ : value_columns(own[k]);
      columns_by_heads(k, own[k], heads[k]);
    }
  }

  // Where a part's heads say its columns are, when they say there are more than its figures show:
  // a column whose cells are all left blank (most of table 三 in a report of a few applicants, or
  // table 四's one row with a cell blank) has no figure to show it, but has its head. A head with
  // no head under it heads a column, from where it starts to where the next one starts.
  void columns_by_heads(std::size_t part, const std::vector<placed_figure>& figures,
                        const std::vector<std::pair<const cell*, double>>& heads) {
    if (heads.size() > most_heads) return;
    std::vector<double> starts;
    for (const auto& head : heads) {
      const box& b = head.first->where;
      if (b.x0 < boundary_) continue;  // a label's text reaching over the first column is no head
      const double bottom = head.second + b.height();
      const bool under = std::any_of(heads.begin(), heads.end(), [&](const auto& u) {
        return u.first != head.first && u.second >= bottom - 0.01 &&
               overlap(b.x0, b.x1, u.first->where.x0, u.first->where.x1);
      });
      if (!under) starts.push_back(b.x0);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end(), [&](double a, double b) { return b - a < 0.5 * h_; }),
                 starts.end());
    std::vector<column>& columns = part_columns_[part];
    if (starts.size() <= columns.size()) return;
    std::vector<column> by_heads;
    for (std::size_t k = 0; k < starts.size(); ++k)
      by_heads.push_back({starts[k], k + 1 < starts.size() ? starts[k + 1] - 0.01 : 1e9});
    // Every figure under one column, and a figure's column the one its middle stands in.
    for (const placed_figure& f : figures) {
      const box& b = f.c->where;
      const auto under = columns_under(b, by_heads);
      const double middle = (b.x0 + b.x1) / 2;
      if (!under || under->first != under->second || middle < by_heads[under->first].x0) return;
    }
    columns = std::move(by_heads);
  }

  const std::vector<column>& columns_of(std::size_t rank) const { return part_columns_[part_of_rank_[rank]]; }

  void place_values(std::vector<uncertain_cell>& uncertain) {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> taken;  // (row, column) → cell
    std::set<std::size_t> crowded;                                     // parts with two heads over a column
    for (const auto& [line, anchor] : row_of_line_) {
      const placed_line& p = lines_[line];
      const std::size_t row = rank_[anchor];
      for (const cell& c : p.l->cells) {
        if (c.where.x1 <= boundary_) continue;
        const std::vector<column>& columns = columns_of(row);
        auto under = columns_under(c.where, columns);
        if (!under) under = std::pair{column_of_text(c.where, columns), column_of_text(c.where, columns)};
        const std::size_t column = under->first;
        const double top = top_in_stream(p, c);
        if (!c.numeric() && continues_head(c, row, column, top)) continue;
        if (c.numeric() && wraps_a_figure(c, row, column, top, uncertain)) continue;
        const auto [at, fresh] = taken.emplace(std::pair{row, column}, values_cells_.size());
        if (fresh) {
          // A head over several columns is written in its first: which columns it heads is not
          // told by where its words stand alone.
          if (c.numeric()) last_figure_[{part_of_rank_[row], column}] = values_cells_.size();
          values_cells_.push_back({c.words, c.where.x0, c.where.x1, top, top + c.where.height(), column, row, 1,
                                   !c.numeric(), std::nullopt, std::nullopt});
          continue;
        }
        grid_cell& other = values_cells_[at->second];
        if (c.numeric() && other.text) {
          // A figure in a row of heads: the head is kept, the figure left out.
          uncertain.push_back({c.words, "a figure among the heads of its column"});
        } else if (c.numeric() || !other.text) {
          std::vector<const word*> both = other.words;
          both.insert(both.end(), c.words.begin(), c.words.end());
          // What follows a figure (`，281` after `4`) may be its end, if the two read as one figure
          // (binding parses them): when wrapped onto a line of its own or, on one line, with no
          // space written between (where the font changes, poppler breaks a word with none; a
          // space written in a figure is no figure, as in a text). A figure already left out
          // there has no words: a third is no reading of one.
          const word* before = other.words.empty() ? nullptr : other.words.back();
          if (before == nullptr && c.numeric() && goes_on_wrapped(other, c, top, uncertain)) continue;
          const bool wrapped =
              before != nullptr && (c.words.front()->page != before->page || c.where.y0 >= before->where.middle());
          const bool may_be_one = !other.text && before != nullptr && (wrapped || !before->space_after);
          if (may_be_one && wrapped) other.said_as_wrapped = uncertain.size();
          uncertain.push_back({both,
                               "two figures stand under one column in one row (a figure split, or two cells "
                               "run together?)",
                               may_be_one});
          other.leave_out();
          other.bottom = top + c.where.height();
        } else {
          if (c.where.x0 > other.x1 + 0.5 * h_ || other.x0 > c.where.x1 + 0.5 * h_) crowded.insert(part_of_rank_[row]);
          other.words.insert(other.words.end(), c.words.begin(), c.words.end());
        }
      }
    }
    find_heads_over_nothing(crowded);
    // Two heads standing apart over one column, or a head with no figure under it: the part has
    // more columns than its figures and its heads show (a value cell left blank shows nothing on
    // paper), and which column each figure is under cannot be told.
    for (grid_cell& v : values_cells_) {
      if (v.text || v.words.empty() || !crowded.contains(part_of_rank_[v.row])) continue;
      uncertain.push_back({v.words,
                           "the heads above stand over more columns than its figures show (a cell left blank?), "
                           "so which column it is under cannot be told"});
      v.leave_out();
    }
  }

  // A figure just under a figure of its column, as close as a cell's wrapped lines stand and far
  // closer than the rows' figures stand to each other: one cell's figure wrapped (`6195` over
  // `25`), or two figures in one cell (`15 1`). Which cannot be told: both are left out and said.
  bool wraps_a_figure(const cell& c, std::size_t row, std::size_t column, double top,
                      std::vector<uncertain_cell>& uncertain) {
    const double close = std::min(0.6 * h_, 0.5 * rows_apart_);
    // Lines come top to bottom: the column's last figure so far is the one just above.
    const auto last = last_figure_.find({part_of_rank_[row], column});
    if (last == last_figure_.end()) return false;
    grid_cell& v = values_cells_[last->second];
    if (v.bottom > top + stacked()) return false;
    if (v.words.empty()) return !ruled() && goes_on_wrapped(v, c, top, uncertain);
    if (ruled() ? !one_cell(*v.words.back(), *c.words.front(), (c.where.x0 + c.where.x1) / 2, v.bottom, top)
                : top - v.bottom > close)
      return false;
    std::vector<const word*> both = v.words;
    both.insert(both.end(), c.words.begin(), c.words.end());
    v.said_as_wrapped = uncertain.size();
    uncertain.push_back({both, "a figure over another in one cell (one figure wrapped, or two in one cell?)", true});
    v.leave_out();
    v.bottom = top + c.where.height();
    return true;
  }

  // A figure wrapped over three lines or more (`７` `７` `３` `０` down a narrow cell): its first two
  // are said already, as one figure wrapped or two, and each further line just under the last, in
  // the cell (no rule between, or as close as a cell's lines), or at the head of the next page in a
  // row the page break cut, is more of the same.
  bool goes_on_wrapped(grid_cell& v, const cell& c, double top, std::vector<uncertain_cell>& uncertain) const {
    if (!v.said_as_wrapped) return false;
    std::vector<const word*>& words = uncertain[*v.said_as_wrapped].words;
    const word& above = *words.back();
    const std::size_t page = c.words.front()->page;
    const bool in_cell = page == above.page + 1 ? ruled()
                         : ruled() ? one_cell(above, *c.words.front(), (c.where.x0 + c.where.x1) / 2, v.bottom, top)
                                   : page == above.page && top - v.bottom <= std::min(0.6 * h_, 0.5 * rows_apart_);
    if (!in_cell || top < v.bottom - stacked()) return false;
    words.insert(words.end(), c.words.begin(), c.words.end());
    v.bottom = top + c.where.height();
    return true;
  }

  // A row of heads, each from its left edge to the next one's, with no figure's column under one
  // of them but the last (which may head columns further right, or none).
  void find_heads_over_nothing(std::set<std::size_t>& crowded) const {
    std::map<std::size_t, std::vector<double>> heads;  // row → where its heads start
    std::set<std::size_t> with_figures;
    for (const grid_cell& v : values_cells_) {
      if (v.text) {
        heads[v.row].push_back(v.x0);
      } else {
        with_figures.insert(v.row);
      }
    }
    for (auto& row_heads : heads) {
      const std::size_t row = row_heads.first;
      std::vector<double>& starts = row_heads.second;
      if (with_figures.contains(row) || starts.size() < 2) continue;
      std::sort(starts.begin(), starts.end());
      const std::vector<column>& columns = columns_of(row);
      for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
        const bool any = std::any_of(columns.begin(), columns.end(), [&](const column& c) {
          const double middle = (c.x0 + c.x1) / 2;
          return middle >= starts[k] && middle < starts[k + 1];
        });
        if (!any) crowded.insert(part_of_rank_[row]);
      }
    }
  }

  // The column of a text under none of the figures' columns (a head, a word among figures): the
  // first whose figures' middle lies right of where the text starts. A head written from its
  // cell's left edge starts left of the figures centred under it, and one centred over them
  // starts left of their middle too, but right of the middle of the column before.
  static std::size_t column_of_text(const box& b, const std::vector<column>& columns) {
    for (std::size_t k = 0; k < columns.size(); ++k)
      if ((columns[k].x0 + columns[k].x1) / 2 >= b.x0) return k;
    return columns.empty() ? 0 : columns.size() - 1;
  }

  static bool one_column(const box& b, const std::vector<column>& columns) {
    const auto under = columns_under(b, columns);
    return !under || under->first == under->second;
  }

  // A head's text wrapped onto the next line is one cell with what is above it: the column's
  // last cell, a head under no other column, starting where this one starts (`结果` over `维持`)
  // or just above it (`商业企` over `业`).
  bool continues_head(const cell& c, std::size_t row, std::size_t place, double top) {
    const std::vector<column>& columns = columns_of(row);
    if (!one_column(c.where, columns)) return false;
    grid_cell* above = nullptr;
    for (grid_cell& g : values_cells_)
      if (g.column == place && part_of_rank_[g.row] == part_of_rank_[row] && g.bottom <= top + stacked() &&
          (above == nullptr || g.bottom > above->bottom))
        above = &g;
    if (above == nullptr || !above->text || above->words.empty()) return false;
    const word& first = *above->words.front();
    if (!one_column(first.where, columns)) return false;
    const bool aligned = std::abs(first.where.x0 - c.where.x0) <= 1.0;
    // A head cut by a page break is in the row of its first lines (find_rows).
    const bool cut = above->row == row && above->words.back()->page != c.words.front()->page;
    if (!cut &&
        (ruled() ? !one_cell(*above->words.back(), *c.words.front(), (c.where.x0 + c.where.x1) / 2, above->bottom, top)
                 : top - above->bottom > std::min(aligned ? 3.0 * h_ : 1.1 * h_, head_lines_apart_ + 0.3 * h_)))
      return false;
    above->words.insert(above->words.end(), c.words.begin(), c.words.end());
    above->bottom = top + c.where.height();
    return true;
  }

  // Where a part of the table ends: its title (a block's in table 二) starts a part, and a part's
  // rows are as wide as its widest; the places past that are the other parts' columns, not cells
  // of these rows.
  std::vector<std::size_t> part_widths(const std::vector<std::vector<const grid_cell*>>& by_row) const {
    std::vector<std::size_t> widths(by_row.size(), 1);
    std::size_t begin = 0;
    const auto close = [&](std::size_t end) {
      std::size_t w = 1;
      for (std::size_t r = begin; r < end; ++r)
        for (const grid_cell* c : by_row[r])
          if (!c->words.empty()) w = std::max(w, c->column + 1);
      for (std::size_t r = begin; r < end; ++r) widths[r] = w;
    };
    for (std::size_t r = 0; r < by_row.size(); ++r) {
      if (title_[r] && r > begin) {
        close(r);
        begin = r;
      }
    }
    close(by_row.size());
    return widths;
  }

  layout::table_block write() {
    for (grid_cell& v : values_cells_) v.column += labels_;
    std::vector<std::vector<const grid_cell*>> by_row(rows_.size());
    for (const grid_cell& c : cells_) by_row[c.row].push_back(&c);
    for (const grid_cell& c : values_cells_) by_row[c.row].push_back(&c);
    for (auto& row : by_row)
      std::sort(row.begin(), row.end(), [](const grid_cell* a, const grid_cell* b) { return a->column < b->column; });
    const std::vector<std::size_t> widths = part_widths(by_row);
    std::size_t widest = 0;
    for (const std::vector<column>& c : part_columns_) widest = std::max(widest, c.size());
    const std::size_t width = labels_ + widest;
    std::vector<std::vector<bool>> covered(rows_.size(), std::vector<bool>(std::max<std::size_t>(width, 1), false));
    for (const grid_cell& c : cells_)
      for (std::size_t r = c.row + 1; r < c.row + c.rows && r < rows_.size(); ++r) covered[r][c.column] = true;
    // A row left with nothing (a wrapped figure's line, its figure said uncertain) is not written,
    // and a label reaching down over it reaches over one row less.
    std::vector<std::size_t> written_before(rows_.size() + 1, 0);
    for (std::size_t r = 0; r < rows_.size(); ++r)
      written_before[r + 1] = written_before[r] + (by_row[r].empty() ? 0 : 1);
    layout::table_block table;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const std::vector<const grid_cell*>& row = by_row[r];
      if (row.empty()) continue;
      table.rows.push_back(write_row(row, covered[r], title_[r] ? widths[r] : 0, widths[r], written_before));
    }
    table.origin = table.rows.empty() ? 0 : table.rows.front().origin;
    return table;
  }

  layout::table_row write_row(const std::vector<const grid_cell*>& row, const std::vector<bool>& covered,
                              std::size_t spanned, std::size_t width,
                              const std::vector<std::size_t>& written_before) const {
    const std::size_t origin = row.front()->words.empty() ? 0 : row.front()->words.front()->listing;
    const auto empty = [&] {
      layout::table_cell cell;
      cell.origin = origin;
      return cell;
    };
    layout::table_row out;
    std::size_t next = 0;  // the next place to fill
    for (std::size_t k = 0; k < row.size(); ++k) {
      const grid_cell& c = *row[k];
      if (c.column < next) continue;
      for (; next < c.column; ++next)
        if (!covered[next]) out.cells.push_back(empty());
      // A row's last label spans the label places up to its figures, as a merged cell does; a
      // title spans the `spanned` places of its part, a row left blank has its value cells empty.
      std::size_t span = 1;
      if (c.column < labels_) {
        const std::size_t until =
            k + 1 < row.size() ? std::min(row[k + 1]->column, labels_) : std::max(spanned, labels_);
        span = std::max<std::size_t>(1, until - c.column);
      }
      layout::table_cell cell = empty();
      if (!c.words.empty()) {
        cell.lines.push_back(text_of(c.words));
        cell.origin = c.words.front()->listing;
      } else if (c.left_out) {
        // The mark of a value not read (U+FFFD): nothing is known of it, so no rule reads it,
        // where an empty cell would be read as blank (in table 三, as 0).
        cell.lines.push_back({"\uFFFD", {{0, *c.left_out, true}}});
        cell.origin = *c.left_out;
      }
      const std::size_t end = std::min(c.row + c.rows, rows_.size());
      cell.shape = {static_cast<unsigned>(written_before[end] - written_before[c.row]), static_cast<unsigned>(span)};
      out.cells.push_back(std::move(cell));
      next = c.column + span;
    }
    for (; next < width; ++next)
      if (!covered[next]) out.cells.push_back(empty());
    out.origin = out.cells.front().origin;
    return out;
  }

  const std::vector<placed_line>& lines_;
  std::vector<across_rule> across_;                // the rules across its rows
  std::vector<down_rule> down_;                    // and down its columns
  bool ruled_ = false;                             // its rows parted by rules
  double h_ = 1;                                   // the table's typical line height
  double head_lines_apart_ = 1e9;                  // the lines of a wrapped head
  double rows_apart_ = 1e9;                        // the figures of a column, row from row
  std::vector<column> values_;                     // the whole table's
  std::vector<std::vector<column>> part_columns_;  // each part's
  std::vector<std::size_t> part_of_rank_;          // a row's part, by its place once sorted
  std::vector<bool> title_;                        // a row that is its part's title, by its place
  double boundary_ = 0;                            // labels stand left of it
  std::vector<grid_row> rows_;
  std::size_t anchors_ = 0;        // rows_ before this are lines' rows
  std::vector<std::size_t> rank_;  // a row's place once sorted
  std::map<std::size_t, std::size_t> row_of_line_;
  std::size_t labels_ = 0;                                                  // label places
  std::vector<grid_cell> cells_;                                            // labels
  std::vector<grid_cell> values_cells_;                                     // what stands in the value columns
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> last_figure_;  // (part, column) → the lowest figure
};

}  // namespace

double text_height(const line& l) {
  double h = 1e9;
  for (const cell& c : l.cells)
    for (const word* w : c.words) h = std::min(h, height_of(*w));
  return h;
}

layout::table_block rebuild_table(const std::vector<placed_line>& lines, const table_rules& rules,
                                  table_doubts& doubts) {
  return table_builder(lines, rules).build(doubts);
}

layout::text_line text_of(const std::vector<const word*>& words) {
  layout::text_line l;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const word& w = *words[k];
    l.marks.push_back({l.text.size(), w.listing, true});
    l.text += w.text;
    if (k + 1 < words.size() && w.space_after && words[k + 1]->where.y0 < w.where.y1) {
      l.marks.push_back({l.text.size(), w.listing + w.text.size(), false});
      l.text += ' ';
    }
  }
  return l;
}

}  // namespace nianbao::pdf
