// Binding the tables of one section to an edition's table: a grid (三, 四) or blocks (二).
#pragma once

#include <optional>
#include <vector>

#include "cell_labels.hpp"
#include "nianbao/bind.hpp"
#include "shapes.hpp"

namespace nianbao::bind {

// The values are appended to the report's own list, in the edition's order, where they stay:
// moving hundreds of values with their exact numbers from one list to another cost a tenth of
// the binding.
struct table_binding {
  std::vector<finding> findings;
  std::optional<ast::span> stated_note;  // the cell holding the layout's corner note
};

// `tables` are the AST tables of the section the edition's table belongs to (a table may be
// printed in pieces); `where` is the section heading, for findings about the table as a whole.
table_binding bind_grid(const cell_labels& cells, const table_shape& shape,
                        const std::vector<const ast::table*>& tables, ast::span where,
                        std::vector<bound_value>& values);
// choose_edition over labels already normalised for the binders.
edition_choice choose_edition(const cell_labels& cells, const std::vector<spec::edition>& editions);

table_binding bind_blocks(const cell_labels& cells, const table_shape& shape,
                          const std::vector<const ast::table*>& tables, ast::span where,
                          std::vector<bound_value>& values);

}  // namespace nianbao::bind
