// Reading one value cell at a known coordinate: its exact value, unit and state, and the
// findings about its form (text in a number's place, a negative count, a missing unit …).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cell_labels.hpp"
#include "nianbao/bind.hpp"

namespace nianbao::bind {

// What a column's header cell says beyond its label: `（单位:万元 保留4位小数）`.
struct column_header {
  std::string_view unit;        // from the header, else the edition's label; for money only
  bool unit_in_header = false;  // the header cell states it, not the edition's label
  std::optional<unsigned> max_decimals;
};

column_header read_column_header(const cell_labels& cells, const ast::cell* header, const edition::node& column);

struct coordinate {
  const edition::table& table;
  std::string_view row;
  const edition::node* column;
};

// Fills `v`, a value as default-constructed, in place; `cell` is null when the row has no cell
// for the column.
const bound_value& bind_value(std::string_view text, const ast::cell* cell, const coordinate& at,
                              const column_header& header, bound_value& v, std::vector<finding>& findings);

}  // namespace nianbao::bind
