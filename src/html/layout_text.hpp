// The report's blocks of a page written in the text layout the grammar reads (nianbao/layout.hpp):
// the blocks between the page's navigation and its footer, tables with spans that do not fit
// reported as HTML-TABLE-SPANS.
#pragma once

#include <vector>

#include "nianbao/layout.hpp"
#include "page_blocks.hpp"
#include "report_body.hpp"

namespace nianbao::html {

layout::laid_out_text lay_out(const std::vector<page_block>& blocks, block_range range);

}  // namespace nianbao::html
