// The Markdown front end: a report as converters of PDF and Word files write it (`#` headings,
// GFM pipe tables, HTML tables inside the Markdown) read into the same text layout and AST as a
// text report, with every byte mapped back to the file, so that findings point at its
// line:column. Converters often scramble a report's tables (a row's cells spread over several
// tables, heads made up or lost); such a table is said to be scrambled (MD-SCRAMBLED), and a
// document with one is not bound: no finding is made of values that cannot be placed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "nianbao/source.hpp"

namespace nianbao::markdown {

// True when the bytes read as Markdown rather than the text layout or a page: a pipe table's
// delimiter row under a row of cells, or an ATX heading (`## 一、总体情况`), and no line that
// starts with a TAB (the text layout's table cells) or markup at the start.
bool looks_like_markdown(std::string_view bytes) noexcept;

struct markdown_result {
  std::optional<source> text;     // the report in the text layout; places locate in the file
  std::vector<finding> findings;  // MD-SCRAMBLED for each table a converter scrambled
  bool tables_scrambled = false;  // then the document's tables are not bound
  std::optional<input_error> error;
};

// Refused, with a position: what the text layout refuses (invalid UTF-8, binary data).
markdown_result read_markdown(const std::string& name, std::string_view bytes, const load_options& options = {});

}  // namespace nianbao::markdown
