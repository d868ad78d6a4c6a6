// A row's label that a front end read cut in two, its end in a row of its own below it (a PDF's
// label whose end stands at the head of the next page): the two are one label where, joined, they
// are a row of the edition, and the row below holds nothing else.
#pragma once

#include <optional>

#include "cell_labels.hpp"
#include "label_match.hpp"

namespace nianbao::bind {

// `label` is the label of row `at` of `table`, and matches none of `rows`. The row label that it
// makes joined with the next row's, when the front end said that one may end it
// (cell_labels::may_end_label), the next row holds no other text and no value, and the two joined
// are one of `rows` exactly; the caller then skips the next row.
std::optional<label_match> label_with_its_end(const cell_labels& cells, const ast::cell& label, const ast::table& table,
                                              std::size_t at, const label_list& rows);

}  // namespace nianbao::bind
