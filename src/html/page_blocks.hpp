// What a page shows, before it is written in the text layout: lines of text and tables of cells
// (nianbao/layout.hpp), each stretch of text knowing where in the page it comes from.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "nianbao/layout.hpp"

struct GumboInternalNode;

namespace nianbao::html {

using layout::table_block;
using layout::table_cell;
using layout::table_row;
using layout::text_line;

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
