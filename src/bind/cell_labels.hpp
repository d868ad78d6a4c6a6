// The document's table cells as the binders compare them: each cell's label normalised once per
// document, since the edition choice, the row, group and header matching and the column headers
// of every value all look at the same cells.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/bind.hpp"

namespace nianbao::bind {

class cell_labels {
 public:
  // Normalises every cell of every table of `doc` at once, into one buffer, so that no cell's key
  // is allocated on its own nor needs a hash node to find it.
  cell_labels(std::string_view text, const ast::document& doc);
  // With the labels a front end said may end the label before them (label_end).
  cell_labels(std::string_view text, const ast::document& doc, std::span<const label_end> label_ends);

  std::string_view text() const noexcept { return text_; }

  // The keys of the text cells, the labels, in document order: what the edition is chosen by.
  const std::vector<std::string_view>& label_keys() const noexcept { return labels_; }

  // normalise_label(cell_text(cell)) for a text cell of the document's tables; for a number or a
  // not-given mark, its text as written (no label is one, so the hundreds of values are left as
  // they are). Valid as long as this object and the text. Throws
  // std::logic_error for a cell of another document.
  std::string_view key(const ast::cell& cell) const;

  // Whether the front end said this text cell may end the label of the row before it.
  bool may_end_label(const ast::cell& cell) const;

 private:
  struct row_keys {
    const ast::cell* first;  // the row's cells, contiguous
    const ast::cell* last;
    std::size_t keys;  // in keys_, the first cell's key
  };
  std::string_view text_;
  std::string buffer_;                    // the normalised labels, one after another
  std::vector<std::string_view> keys_;    // each cell's key, in document order
  std::vector<std::string_view> labels_;  // the text cells' keys, in document order
  std::vector<row_keys> rows_;            // in document order
  std::vector<std::size_t> by_address_;   // rows_ sorted by address, so that a cell is found by its row
  mutable std::size_t last_row_ = 0;      // in rows_, where the last cell was found
  std::vector<std::size_t> label_ends_;   // where they start in the text, in order
};

}  // namespace nianbao::bind
