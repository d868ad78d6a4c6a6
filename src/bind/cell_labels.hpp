// The document's table cells as the binders compare them: each cell's label normalised once per
// document, since the edition choice, the row, group and header matching and the column headers
// of every value all look at the same cells.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "nianbao/bind.hpp"

namespace nianbao::bind {

class cell_labels {
 public:
  explicit cell_labels(std::string_view text) : text_(text) { keys_.reserve(expected_cells); }

  std::string_view text() const noexcept { return text_; }

  // normalise_label(cell_text(cell)); the reference lives as long as this object.
  const std::string& key(const ast::cell& cell);

 private:
  static constexpr std::size_t expected_cells = 512;  // a report's tables have a few hundred
  std::string_view text_;
  std::unordered_map<const ast::cell*, std::string> keys_;
};

}  // namespace nianbao::bind
