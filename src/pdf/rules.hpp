// The ruling lines a PDF draws: a table's borders, as strokes (`m l S`, `re S`) or as thin filled
// bars (how Word and WPS draw them). They tell where one cell ends and the next begins, which the
// words alone cannot when rows are set as close as a cell's wrapped lines.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace nianbao::pdf {

// A horizontal rule: its height on the page and its extent, in points from the page's top left
// as drawn (the frame of the word boxes).
struct across_rule {
  double y = 0, x0 = 0, x1 = 0;
  std::size_t page = 0;  // from 1
};

// A vertical rule, in the same frame.
struct down_rule {
  double x = 0, y0 = 0, y1 = 0;
  std::size_t page = 0;  // from 1
};

struct page_rules {
  std::vector<across_rule> across;
  std::vector<down_rule> down;
};

// The rules of every page, one entry a page, in page order; none for a file poppler's core
// cannot open (the words were read, so that does not happen with a file that got this far).
std::vector<page_rules> rules_of(std::string_view bytes);

}  // namespace nianbao::pdf
