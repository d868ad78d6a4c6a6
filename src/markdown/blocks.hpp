// A Markdown document as the blocks it shows: lines of text (headings without their `#`s), pipe
// tables, and HTML tables written inside the Markdown, each knowing where in the file it is.
#pragma once

#include <cstddef>
#include <string_view>
#include <variant>
#include <vector>

#include "nianbao/layout.hpp"

namespace nianbao::markdown {

// A GFM pipe table: its header row first, then its body rows; the delimiter row under the header
// is not a row. Each cell is as the file has it between its pipes, markup taken off.
struct pipe_table {
  std::vector<layout::table_row> rows;
  std::vector<std::size_t> line_starts;  // where each row's line starts, header first
};

// `<table>` … `</table>` inside the Markdown, which converters write for tables pipes cannot
// hold (merged cells).
struct html_table {
  std::string_view markup;
  std::size_t origin = 0;
};

using block = std::variant<layout::text_line, pipe_table, html_table>;

std::vector<block> blocks_of(std::string_view text);

// True when the line is a pipe table's delimiter row: cells of dashes with optional alignment
// colons, at least one pipe (`|---|:--:|`, `--- | ---`).
bool delimiter_row(std::string_view line) noexcept;

}  // namespace nianbao::markdown
