#include "document_builder.hpp"

#include "assemble.hpp"
#include "cell_reading.hpp"
#include "outline_level.hpp"

namespace nianbao::grammar {

void document_builder::on_blank(ast::line text) { blocks_.emplace_back(ast::blank{std::move(text)}); }

ast::block text_block(text_line_event event) {
  if (event.mark && event.is_item) return ast::item{std::move(event.text), *event.mark, event.body};
  if (event.mark) {
    const unsigned level = heading_level(event.mark->kind);
    return ast::heading{std::move(event.text), *event.mark, event.title, event.separator, event.body, level};
  }
  return ast::paragraph{std::move(event.text), event.is_date};
}

void document_builder::on_text(text_line_event event) {
  if (event.text.content.empty()) {  // nothing but artefacts
    on_blank(std::move(event.text));
  } else {
    blocks_.push_back(text_block(std::move(event)));
  }
}

void document_builder::on_cell(ast::line text, ast::span tab) {
  // A table's rows are mostly as wide as the one before: room for them at once, not by doubling.
  if (row_.cells.empty()) row_.cells.reserve(table_.rows.empty() ? 4 : table_.rows.back().cells.size());
  ast::cell& cell = row_.cells.emplace_back();
  cell.tab = tab;
  cell.lines.push_back(std::move(text));
}

void document_builder::on_cell_continuation(ast::line text) { row_.cells.back().lines.push_back(std::move(text)); }

void document_builder::on_row_gap(ast::line text) { row_.gap_before.push_back(ast::blank{std::move(text)}); }

void document_builder::on_row_end() {
  for (ast::cell& cell : row_.cells) {
    const ast::line& first = cell.lines.front();
    if (cell.lines.size() == 1) {
      cell.value = read_value(text_, first.content);
    } else {  // text split over lines is a label, never a number
      cell.value = whole_cell_token(ast::value_kind::text, {first.content.begin, cell.lines.back().content.end});
    }
    if (cell.value.kind == ast::value_kind::text) cell.mark = read_label_mark(text_, first.content);
  }
  table_.rows.push_back(std::move(row_));
  row_ = {};
}

void document_builder::on_table_end() {
  blocks_.emplace_back(std::move(table_));
  table_ = {};
}

ast::document document_builder::finish() && { return assemble(text_, bom_, std::move(blocks_)); }

}  // namespace nianbao::grammar
