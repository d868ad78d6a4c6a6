// A row's label that a front end read cut in two, its end in a row of its own below it (a PDF's
// label whose end stands at the head of the next page): the two are one label where, joined, they
// are a row of the edition, and the row below holds nothing else.
#pragma once

#include <optional>

#include "cell_labels.hpp"
#include "label_match.hpp"

namespace nianbao::bind {

// `label` is a row's label that matches none of `rows`; `next` is the row after it in its table,
// if any. The row label that the two make joined, when the front end said `next`'s label may end
// the one before it (cell_labels::may_end_label), `next` holds no other text and no value, and the
// two joined are one of `rows` exactly.
std::optional<label_match> label_with_its_end(const cell_labels& cells, const ast::cell& label, const ast::row* next,
                                              const label_list& rows);

}  // namespace nianbao::bind
