// The report's blocks written in the text layout the grammar reads: a line per line, a table as
// TAB-started cells with a blank line after each row, merged cells as Word's text export writes
// them. Every byte written knows where in the page it comes from.
#pragma once

#include <string>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "page_blocks.hpp"
#include "report_body.hpp"

namespace nianbao::html {

struct laid_out_text {
  std::string text;
  std::vector<origin_mark> marks;
  std::vector<finding> findings;  // spans that do not fit their table (HTML-TABLE-SPANS)
};

laid_out_text lay_out(const std::vector<page_block>& blocks, block_range range);

}  // namespace nianbao::html
