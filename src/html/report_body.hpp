// Where the report is on its page: from its title (or 一、总体情况) to its sign-off after the last
// section, without the site's navigation, headers and footers around it.
#pragma once

#include <cstddef>
#include <vector>

#include "page_blocks.hpp"

namespace nianbao::html {

struct block_range {
  std::size_t begin = 0;
  std::size_t end = 0;
  // Blocks inside the range that are the page's, not the report's: what stands between the
  // title and the report (a sidebar listing other reports).
  std::size_t skip_begin = 0;
  std::size_t skip_end = 0;
};

// The blocks of the report. A page with no section heading 一、 is taken whole, so that the
// grammar refuses it as it refuses such a text.
block_range report_body(const std::vector<page_block>& blocks);

}  // namespace nianbao::html
