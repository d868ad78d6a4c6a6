// One table of a PDF rebuilt from where its words stand. Its value columns are where its figures
// stand; its rows are the lines that hold something right of the labels. A label wrapped over
// several lines (or written down its cell a character a line) is one cell, and covers the rows it
// stands beside; a grouping label standing between rows goes to the row nearest it, one cut by a
// page break is joined again; a head wrapped over lines is one cell. A figure that cannot be placed
// in one cell with confidence is left out and said, never guessed.
#pragma once

#include <string>
#include <vector>

#include "lines.hpp"
#include "nianbao/layout.hpp"

namespace nianbao::pdf {

// A line of a table, placed in the stream of pages: y counted from the top of the first page, so
// that a table running over a page break keeps its rows in order.
struct placed_line {
  const line* l = nullptr;
  double top = 0, bottom = 0;
  bool first_on_page = false, last_on_page = false;
};

// The rules drawn where a table stands, in the frame of its lines (y from the top of the first
// page): none where the PDF draws none.
struct table_rules {
  std::vector<across_rule> across;
  std::vector<down_rule> down;
};

struct uncertain_cell {
  std::vector<const word*> words;  // what could not be placed
  std::string why;
  bool may_be_one = false;  // its words may be one figure, wrapped or split: their texts joined
};

// What a table's rebuilding could not tell for sure: figures left out, and labels alone at the
// head of a page that may end the label at the foot of the page before (their first words).
struct table_doubts {
  std::vector<uncertain_cell> cells;
  std::vector<const word*> label_ends;
};

layout::table_block rebuild_table(const std::vector<placed_line>& lines, const table_rules& rules,
                                  table_doubts& doubts);

// A cell's words as a line of the text layout, each word mapped to its place in the listing.
layout::text_line text_of(const std::vector<const word*>& words);

// The smallest height of a line's words: its text's, not a tall figure's.
double text_height(const line& l);

}  // namespace nianbao::pdf
