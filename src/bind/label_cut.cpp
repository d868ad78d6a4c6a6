#include "label_cut.hpp"

#include <algorithm>

namespace nianbao::bind {

std::optional<label_match> label_with_its_end(const cell_labels& cells, const ast::cell& label, const ast::table& table,
                                              std::size_t at, const label_list& rows) {
  if (at + 1 >= table.rows.size()) return std::nullopt;
  const ast::cell* end = nullptr;
  for (const ast::cell& c : table.rows[at + 1].cells) {
    if (c.value.kind == ast::value_kind::empty) continue;
    if (c.value.kind != ast::value_kind::text || end != nullptr) return std::nullopt;
    end = &c;
  }
  if (end == nullptr || !cells.may_end_label(*end)) return std::nullopt;
  const std::string joined = edition::normalise_label(cell_text(cells.text(), label) + cell_text(cells.text(), *end));
  return match_label_exactly(joined, rows);
}

}  // namespace nianbao::bind
