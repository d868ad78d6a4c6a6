// The grammar stage's entry points: report text in, AST out.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "nianbao/ast.hpp"
#include "nianbao/source.hpp"

namespace nianbao::grammar {

struct parse_result {
  std::optional<ast::document> document;
  std::optional<input_error> error;
};

// Parses a report in the text layout (cells are TAB-started lines, rows end at blank lines).
// Any text parses; it is refused only when it shows no report structure at all: no section
// heading (一、…).
parse_result parse_report(const source& text);

// The text's lines as the grammar reads them, without assembling a document: each line of
// running text as its block (paragraph, heading or item, numbered as in a document), each table
// as one empty table block, blank lines left out. Cheap enough to look over a whole large file
// before any of it is parsed (where a file of several reports splits). False when the grammar
// refuses the text.
bool for_each_line_block(const source& text, const std::function<void(const ast::block&)>& each);

// The grammar with a consumer that only counts what it sees: to measure the grammar without the
// AST, and to fuzz it.
struct line_counts {
  std::size_t text_lines = 0;
  std::size_t blank_lines = 0;
  std::size_t cells = 0;
  std::size_t rows = 0;
  std::size_t tables = 0;
};
line_counts scan_report(const source& text);

}  // namespace nianbao::grammar
