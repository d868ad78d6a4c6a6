// A report in the text layout as the blocks a page or a Word file shows: lines, blank lines, and
// tables whose merged cells, which the text layout writes as empty cells, are spans again, as in
// the official layout of the report's edition. What the HTML and Word writers share.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/edition.hpp"
#include "nianbao/source.hpp"

namespace nianbao::render {

// One cell of a table, before it is written.
struct page_cell {
  std::vector<std::string> lines;
  std::size_t rows = 1;
  std::size_t columns = 1;
  bool written = true;  // false: the cell above reaches down over it
};
using page_row = std::vector<page_cell>;

bool is_empty(const std::vector<std::string>& lines);

// The columns of a table's widest row, at least 1.
std::size_t width_of(const std::vector<page_row>& rows);

// Text as markup holds it, in HTML and in XML: & < > and " as references.
std::string escaped(std::string_view s);

struct report_block {
  enum class kind { line, blank, table } what = kind::line;
  std::string text;            // a line
  bool section_head = false;   // the line is a section's heading (一、总体情况)
  std::vector<page_row> rows;  // a table
};

struct report_model {
  std::string title;
  std::vector<report_block> blocks;
};

// The report's blocks in order, or nothing when the text does not parse as a report.
// With `official`, tables the edition lays out are in their official layout, merged cells spanning;
// without, every table's rows are as the text writes them (the last cell spanning the rest).
std::optional<report_model> model_of(const source& text, const std::vector<edition::definition>& editions,
                                     bool official = true);

}  // namespace nianbao::render
