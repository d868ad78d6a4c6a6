#include "table_grid.hpp"

#include <algorithm>

namespace nianbao::layout {

namespace {

// The HTML standard's own limits on spans.
constexpr std::size_t max_colspan = 1000;
constexpr std::size_t max_rowspan = 65534;
// Report tables have a few hundred slots; a page that asks for more than this is refused its
// spans rather than allowed to fill the memory.
constexpr std::size_t slot_budget = std::size_t{1} << 22;

// The slots rows `first` … `first + count - 1` gain when each reaches at least to `end`: what a
// cell there costs the grid's memory (a plain cell after its row's last one costs its width).
std::size_t growth(const std::vector<std::vector<std::uint32_t>>& slots, std::size_t first, std::size_t count,
                   std::size_t end) {
  std::size_t more = 0;
  for (std::size_t y = first; y < first + count; ++y) more += end > slots[y].size() ? end - slots[y].size() : 0;
  return more;
}

}  // namespace

std::uint32_t grid::owner(std::size_t row, std::size_t column) const noexcept {
  if (row >= slots.size() || column >= slots[row].size()) return none;
  return slots[row][column];
}

grid place_cells(const std::vector<std::vector<cell_shape>>& rows) {
  grid g;
  g.row_count = rows.size();
  g.slots.resize(rows.size());
  std::size_t budget = slot_budget;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::size_t c = 0;
    for (const cell_shape& shape : rows[r]) {
      auto& here = g.slots[r];
      while (c < here.size() && here[c] != grid::none) ++c;
      const auto index = static_cast<std::uint32_t>(g.cells.size());
      placed_cell cell{r, c, shape.rows == 0 ? rows.size() - r : std::min<std::size_t>(shape.rows, max_rowspan),
                       std::clamp<std::size_t>(shape.columns, 1, max_colspan)};
      if (r + cell.rows > rows.size()) {
        g.problems.push_back({span_problem_kind::beyond_end, index, 0});
        cell.rows = rows.size() - r;
      }
      // A cell's own slots are a bound below its cost: past the budget, nothing more is counted.
      std::size_t cost = cell.rows * cell.columns;
      if (cost <= budget) cost = growth(g.slots, r, cell.rows, c + cell.columns);
      if (cost > budget) {
        g.problems.push_back({span_problem_kind::too_large, index, 0});
        cell.rows = cell.columns = 1;
        cost = growth(g.slots, r, 1, c + 1);
      }
      budget -= std::min(budget, cost);
      for (std::size_t y = r; y < r + cell.rows; ++y) {
        auto& row_slots = g.slots[y];
        if (row_slots.size() < c + cell.columns) row_slots.resize(c + cell.columns, grid::none);
        for (std::size_t x = c; x < c + cell.columns; ++x) {
          if (row_slots[x] == grid::none) {
            row_slots[x] = index;
          } else if (g.problems.empty() || g.problems.back().cell != index ||
                     g.problems.back().kind != span_problem_kind::overlap) {
            g.problems.push_back({span_problem_kind::overlap, index, row_slots[x]});
          }
        }
      }
      g.column_count = std::max(g.column_count, c + cell.columns);
      g.cells.push_back(cell);
      c += cell.columns;
    }
  }
  return g;
}

std::vector<layout_cell> layout_row(const grid& g, std::size_t row) {
  std::vector<layout_cell> out;
  if (row >= g.slots.size()) return out;
  const auto& slots = g.slots[row];
  for (std::size_t c = 0; c < slots.size(); ++c) {
    if (slots[c] == grid::none) continue;
    const placed_cell& cell = g.cells[slots[c]];
    if (cell.column != c) continue;  // a slot further along a cell spanning columns
    out.push_back({slots[c], cell.row != row});
  }
  return out;
}

}  // namespace nianbao::layout
