#include "layout_text.hpp"

namespace nianbao::html {

layout::laid_out_text lay_out(const std::vector<page_block>& blocks, block_range range) {
  layout::writer w("HTML-TABLE-SPANS");
  for (std::size_t k = range.begin; k < range.end; ++k) {
    if (k >= range.skip_begin && k < range.skip_end) continue;
    if (const auto* line = std::get_if<text_line>(&blocks[k].content)) {
      w.line(*line);
    } else {
      w.table(std::get<table_block>(blocks[k].content));
    }
  }
  return w.take();
}

}  // namespace nianbao::html
