// Binding the tables of one section to an edition's table: a grid (三, 四) or blocks (二).
#pragma once

#include <algorithm>
#include <vector>

#include "cell_labels.hpp"
#include "nianbao/bind.hpp"
#include "shapes.hpp"

namespace nianbao::bind {

// A row with nothing in any cell: the spacer rows word processors add under or between a table's
// rows (Word's borderless row of `&nbsp;` cells, a row left over from a deleted line). It holds
// no label and no value, so it is no row of the report: binding it would make a duplicate of
// table 四's unlabelled row or an unknown row of table 二.
inline bool spacer_row(const ast::row& row) noexcept {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const ast::cell& c) { return c.value.kind == ast::value_kind::empty; });
}

// Each binder appends to the report itself, so no value is moved from one list to another: the
// table's values, in the edition's order, its findings and its stated note. The findings are put
// in document order once, when every table is bound.
//
// `tables` are the AST tables of the section the edition's table belongs to (a table may be
// printed in pieces); `where` is the section heading, for findings about the table as a whole.
void bind_grid(const cell_labels& cells, const table_shape& shape, const std::vector<const ast::table*>& tables,
               ast::span where, bound_report& out);

void bind_blocks(const cell_labels& cells, const table_shape& shape, const std::vector<const ast::table*>& tables,
                 ast::span where, bound_report& out);

}  // namespace nianbao::bind
