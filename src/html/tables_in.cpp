// HTML tables inside another document (Markdown), read as a page's tables are.
#include <gumbo.h>

#include <memory>

#include "nesting.hpp"
#include "nianbao/html.hpp"
#include "page_blocks.hpp"

namespace nianbao::html {

namespace {

void shift(layout::text_line& line, std::size_t by) {
  for (origin_mark& m : line.marks) m.original += by;
}

void shift(table_block& table, std::size_t by) {
  table.origin += by;
  for (table_row& row : table.rows) {
    row.origin += by;
    for (table_cell& cell : row.cells) {
      cell.origin += by;
      for (text_line& line : cell.lines) shift(line, by);
    }
  }
}

}  // namespace

std::optional<std::vector<layout::table_block>> tables_in(std::string_view markup, std::size_t origin) {
  if (too_deep_at(markup)) return std::nullopt;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  const std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&options, markup.data(), markup.size()),
      [](GumboOutput* out) { gumbo_destroy_output(&kGumboDefaultOptions, out); });
  std::vector<layout::table_block> tables;
  for (page_block& b : page_blocks(parsed->document, markup.data())) {
    if (auto* t = std::get_if<table_block>(&b.content)) {
      shift(*t, origin);
      tables.push_back(std::move(*t));
    }
  }
  return tables;
}

}  // namespace nianbao::html
