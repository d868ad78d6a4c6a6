#include <string_view>

#include "nianbao/layout.hpp"
#include "table_grid.hpp"

namespace nianbao::layout {

namespace {

std::string grid_place(const placed_cell& c) {
  return "row " + std::to_string(c.row + 1) + ", column " + std::to_string(c.column + 1);
}

void span_findings(const grid& g, const std::vector<std::size_t>& tabs, const std::string& id,
                   std::vector<finding>& out) {
  for (const span_problem& p : g.problems) {
    finding f;
    f.id = id;
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

}  // namespace

std::size_t end_of(const text_line& l, std::size_t fallback) noexcept {
  if (l.marks.empty()) return fallback;
  const origin_mark& m = l.marks.back();
  return m.verbatim ? m.original + (l.text.size() - m.rendered) : m.original;
}

void writer::mark(origin_mark m) {
  auto& marks = out_.marks;
  if (!marks.empty() && marks.back().rendered == m.rendered) marks.pop_back();  // nothing written under it
  marks.push_back(m);
}

void writer::made(std::string_view s, std::size_t origin) {
  mark({out_.text.size(), origin, false});
  out_.text.append(s);
}

void writer::append(const text_line& l) {
  const std::size_t base = out_.text.size();
  for (const origin_mark& m : l.marks) mark({base + m.rendered, m.original, m.verbatim});
  out_.text.append(l.text);
}

void writer::line(const text_line& l) {
  append(l);
  made("\n", end_of(l, 0));
}

void writer::write(const block& b) {
  if (const auto* l = std::get_if<text_line>(&b)) {
    line(*l);
  } else {
    table(std::get<table_block>(b));
  }
}

void writer::table(const table_block& table) {
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
  std::vector<std::size_t> tabs(cells.size(), size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::vector<layout_cell> row = layout_row(g, r);
    if (row.empty()) continue;
    const std::size_t row_origin = table.rows[r].origin;
    for (const layout_cell& lc : row) {
      const table_cell& cell = *cells[lc.cell];
      if (lc.continued) {
        made("\t\n", row_origin);
        continue;
      }
      tabs[lc.cell] = size();
      made("\t", cell.origin);
      std::size_t at = cell.origin;
      for (std::size_t k = 0; k < cell.lines.size(); ++k) {
        if (k > 0) made("\n", at);
        append(cell.lines[k]);
        at = end_of(cell.lines[k], at);
      }
      made("\n", at);
    }
    made("\n", row_origin);
  }
  span_findings(g, tabs, spans_id_, out_.findings);
}

}  // namespace nianbao::layout
