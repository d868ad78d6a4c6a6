// The table model of pages and Word files, as far as report tables need it: every cell placed in a
// grid of slots by its row and column spans (the HTML standard's "forming a table"), so that each
// cell's coordinates are known, irregular tables included, and the rows can then be written the
// way the text layout writes merged cells.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "nianbao/layout.hpp"

namespace nianbao::layout {

struct placed_cell {
  std::size_t row = 0;  // the row it is written in, which is where it starts
  std::size_t column = 0;
  std::size_t rows = 1;  // the span it gets, after clipping
  std::size_t columns = 1;
};

enum class span_problem_kind {
  overlap,     // the cell covers a slot another cell already covers, which keeps it
  beyond_end,  // the rowspan reaches past the last row, and stops there
  too_large,   // the spans would make the grid too large; the cell is one slot
};

struct span_problem {
  span_problem_kind kind = span_problem_kind::overlap;
  std::size_t cell = 0;   // index into grid::cells
  std::size_t other = 0;  // for an overlap: the cell that keeps the slot
};

struct grid {
  std::vector<placed_cell> cells;  // in the order written, row by row
  std::vector<span_problem> problems;
  std::size_t row_count = 0;
  std::size_t column_count = 0;

  static constexpr std::uint32_t none = UINT32_MAX;
  // The cell that covers a slot, or `none` for a slot no cell reaches (a short row).
  std::uint32_t owner(std::size_t row, std::size_t column) const noexcept;

  std::vector<std::vector<std::uint32_t>> slots;  // by row; rows end at their last covered slot
};

// Places the cells of `rows` (each row its cells' shapes, as written).
grid place_cells(const std::vector<std::vector<cell_shape>>& rows);

// One cell of a row as the text layout writes it: a cell that starts in the row, or, where a cell
// from a row above reaches down, an empty cell in its place, as Word's text export writes
// vertically merged cells. A cell spanning columns is written once.
struct layout_cell {
  std::size_t cell = 0;  // index into grid::cells
  bool continued = false;
};
std::vector<layout_cell> layout_row(const grid& g, std::size_t row);

}  // namespace nianbao::layout
