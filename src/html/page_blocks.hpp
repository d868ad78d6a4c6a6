// What a page shows, before it is written in the text layout: lines of text and tables of cells,
// each stretch of text knowing where in the page it comes from.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "nianbao/source.hpp"
#include "table_grid.hpp"

struct GumboInternalNode;

namespace nianbao::html {

// One line as the page shows it: white space collapsed, entities decoded. `marks` are relative
// to the line's start.
struct text_line {
  std::string text;
  std::vector<origin_mark> marks;
};

struct table_cell {
  std::vector<text_line> lines;
  std::size_t origin = 0;  // the cell's <td>
  cell_shape shape;
};

struct table_row {
  std::vector<table_cell> cells;
  std::size_t origin = 0;  // the <tr>
};

struct table_block {
  std::vector<table_row> rows;
  std::size_t origin = 0;
};

struct page_block {
  std::variant<text_line, table_block> content;
  // The element the block was found in, to tell the report's own container from the page's
  // navigation and footer.
  const GumboInternalNode* element = nullptr;
};

// The blocks of a parsed page, in reading order. `buffer` is the text Gumbo parsed, to turn its
// pointers into offsets.
std::vector<page_block> page_blocks(const GumboInternalNode* root, const char* buffer);

}  // namespace nianbao::html
