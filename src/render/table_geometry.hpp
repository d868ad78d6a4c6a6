// The widths of a table's columns as a word processor sets them to fit the page: each column as
// wide as its widest cell where the page allows, else narrowed in proportion to what it would
// lose, never below its widest figure or character, so that labels wrap and figures do not. The
// PDF writer's tables so look like those agencies publish rather than a grid of equal columns.
#pragma once

#include <vector>

#include "report_model.hpp"
#include "text_measure.hpp"

namespace nianbao::render {

struct table_geometry {
  double size = 0;              // the text's size, in points: smaller than asked when the table is wide
  double padding = 0;           // between a cell's rule and its text, in points
  std::vector<double> columns;  // the columns' widths, in points, `width` together (more when nothing fits)
};

// The table's columns for a text `width` points wide, its text `size` points high at most, its
// Latin letters and digits `latin` thousandths of the size wide.
table_geometry table_columns(const std::vector<page_row>& rows, double size, double width, int latin = song_latin);

// The grid column each cell of `row` starts at.
std::vector<std::size_t> first_columns(const page_row& row);

// How wide the cell starting at grid column `first` and spanning `span` columns is.
double span_width(const table_geometry& g, std::size_t first, std::size_t span);

}  // namespace nianbao::render
