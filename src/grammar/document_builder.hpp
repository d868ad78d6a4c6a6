// The consumer of line events that builds the AST: lines become blocks, cell lines become tables,
// and at the end the blocks are arranged into title, sections and sign-off (assemble.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "line_events.hpp"
#include "nianbao/ast.hpp"

namespace nianbao::grammar {

// The block a line of running text is: an item, a heading or a paragraph (its text not empty).
ast::block text_block(text_line_event event);

class document_builder {
 public:
  explicit document_builder(std::string_view text) : text_(text) {}

  void on_byte_order_mark(ast::span where) { bom_ = where; }
  void on_blank(ast::line text);
  void on_text(text_line_event event);
  void on_cell(ast::line text, ast::span tab);
  void on_cell_continuation(ast::line text);
  void on_row_gap(ast::line text);
  void on_row_end();
  void on_table_end();

  ast::document finish() &&;

 private:
  std::string_view text_;
  ast::span bom_;
  std::vector<ast::block> blocks_;
  ast::table table_;
  ast::row row_;
};

}  // namespace nianbao::grammar
