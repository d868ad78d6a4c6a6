// What the report grammar tells its consumer: one call per physical line, plus the row and table
// boundaries. The AST builder, a counting consumer (benchmarks) and a do-nothing consumer all
// implement this shape, so the grammar's cost can be measured without the AST's.
#pragma once

#include <optional>

#include "nianbao/ast.hpp"

namespace nianbao::grammar {

// A line of running text as the grammar saw it. `mark` is set for headings and items;
// `title`, `separator` and `body` for headings, `body` alone for items.
struct text_line_event {
  ast::line text;
  std::optional<ast::marker> mark;
  bool is_item = false;
  bool is_date = false;
  ast::span title;
  ast::span separator;
  ast::span body;
};

// The consumer interface, as a concept so that consumers are plain classes with no virtual calls.
template <typename C>
concept line_consumer = requires(C c, ast::line l, ast::span s, text_line_event e) {
  c.on_byte_order_mark(s);
  c.on_blank(std::move(l));
  c.on_text(std::move(e));
  c.on_cell(std::move(l), s);
  c.on_cell_continuation(std::move(l));
  c.on_row_gap(std::move(l));
  c.on_row_end();
  c.on_table_end();
};

}  // namespace nianbao::grammar
