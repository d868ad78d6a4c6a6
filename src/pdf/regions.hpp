// A PDF's lines as the blocks of the text layout: lines of text, and the tables among them. A
// table is a run of lines with cells apart from each other or a figure alone, with the short
// lines between them (wrapped labels, titles), and goes on over a page break; a section's heading
// or a line of prose ends it.
#pragma once

#include <utility>
#include <variant>
#include <vector>

#include "grid.hpp"
#include "lines.hpp"
#include "nianbao/layout.hpp"

namespace nianbao::pdf {

struct laid_blocks {
  std::vector<layout::block> blocks;
  // The figures left out of a table, with the index of its block.
  std::vector<std::pair<std::size_t, uncertain_cell>> uncertain;
  // The labels that may end the label before them (grid.hpp, table_doubts), by their first words.
  std::vector<const word*> label_ends;
};

// `lines` of all pages in order; their words' `listing` offsets must be set.
laid_blocks blocks_of(const std::vector<line>& lines, const std::vector<page_words>& pages);

}  // namespace nianbao::pdf
