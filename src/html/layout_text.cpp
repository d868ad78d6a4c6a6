#include "layout_text.hpp"

#include <string_view>

namespace nianbao::html {

namespace {

class text_writer {
 public:
  explicit text_writer(laid_out_text& out) : out_(out) {}

  std::size_t size() const noexcept { return out_.text.size(); }

  // Text made for the layout (a TAB, a line end) standing for the page's `origin`.
  void made(std::string_view s, std::size_t origin) {
    mark({out_.text.size(), origin, false});
    out_.text.append(s);
  }

  void line(const text_line& l) {
    const std::size_t base = out_.text.size();
    for (const origin_mark& m : l.marks) mark({base + m.rendered, m.original, m.verbatim});
    out_.text.append(l.text);
  }

 private:
  void mark(origin_mark m) {
    auto& marks = out_.marks;
    if (!marks.empty() && marks.back().rendered == m.rendered) marks.pop_back();  // nothing written under it
    marks.push_back(m);
  }

  laid_out_text& out_;
};

// The page offset a line ends at: after its last character.
std::size_t end_of(const text_line& l, std::size_t fallback) {
  if (l.marks.empty()) return fallback;
  const origin_mark& m = l.marks.back();
  return m.verbatim ? m.original + (l.text.size() - m.rendered) : m.original;
}

std::string grid_place(const placed_cell& c) {
  return "row " + std::to_string(c.row + 1) + ", column " + std::to_string(c.column + 1);
}

void span_findings(const grid& g, const std::vector<std::size_t>& tabs, std::vector<finding>& out) {
  for (const span_problem& p : g.problems) {
    finding f;
    f.id = "HTML-TABLE-SPANS";
    f.level = severity::warning;
    f.where = {tabs[p.cell], tabs[p.cell] + 1};
    const placed_cell& cell = g.cells[p.cell];
    switch (p.kind) {
      case span_problem_kind::overlap:
        f.message = "the spans of the cell at " + grid_place(cell) + " cover a place the cell at " +
                    grid_place(g.cells[p.other]) + " already covers; that cell keeps it";
        f.related.push_back({{tabs[p.other], tabs[p.other] + 1}, "the cell that keeps the place"});
        break;
      case span_problem_kind::beyond_end:
        f.message = "the rowspan of the cell at " + grid_place(cell) + " reaches past the table's last row";
        break;
      case span_problem_kind::too_large:
        f.message =
            "the spans of the cell at " + grid_place(cell) + " would make the table too large; it is read as one cell";
        break;
    }
    out.push_back(std::move(f));
  }
}

void write_table(text_writer& w, const table_block& table, std::vector<finding>& findings) {
  std::vector<std::vector<cell_shape>> shapes;
  std::vector<const table_cell*> cells;
  for (const table_row& row : table.rows) {
    auto& s = shapes.emplace_back();
    for (const table_cell& c : row.cells) {
      s.push_back(c.shape);
      cells.push_back(&c);
    }
  }
  const grid g = place_cells(shapes);
  std::vector<std::size_t> tabs(cells.size(), w.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::vector<layout_cell> row = layout_row(g, r);
    if (row.empty()) continue;
    const std::size_t row_origin = table.rows[r].origin;
    for (const layout_cell& lc : row) {
      const table_cell& cell = *cells[lc.cell];
      if (lc.continued) {
        w.made("\t\n", row_origin);
        continue;
      }
      tabs[lc.cell] = w.size();
      w.made("\t", cell.origin);
      std::size_t at = cell.origin;
      for (std::size_t k = 0; k < cell.lines.size(); ++k) {
        if (k > 0) w.made("\n", at);
        w.line(cell.lines[k]);
        at = end_of(cell.lines[k], at);
      }
      w.made("\n", at);
    }
    w.made("\n", row_origin);
  }
  span_findings(g, tabs, findings);
}

}  // namespace

laid_out_text lay_out(const std::vector<page_block>& blocks, block_range range) {
  laid_out_text out;
  text_writer w(out);
  for (std::size_t k = range.begin; k < range.end; ++k) {
    if (k >= range.skip_begin && k < range.skip_end) continue;
    if (const auto* line = std::get_if<text_line>(&blocks[k].content)) {
      w.line(*line);
      w.made("\n", end_of(*line, 0));
    } else {
      write_table(w, std::get<table_block>(blocks[k].content), out.findings);
    }
  }
  return out;
}

}  // namespace nianbao::html
