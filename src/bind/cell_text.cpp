#include <algorithm>
#include <functional>
#include <stdexcept>

#include "cell_labels.hpp"

namespace nianbao::bind {

std::string cell_text(std::string_view text, const ast::cell& cell) {
  std::string joined;
  for (const ast::line& l : cell.lines) joined += l.content.in(text);
  return joined;
}

namespace {

bool before(const void* a, const void* b) { return std::less<const void*>()(a, b); }

}  // namespace

cell_labels::cell_labels(std::string_view text, const ast::document& doc) : text_(text) {
  const auto add_tables = [&](const std::vector<ast::block>& blocks) {
    for (const ast::block& b : blocks) {
      const auto* t = std::get_if<ast::table>(&b);
      if (t == nullptr) continue;
      for (const ast::row& r : t->rows) {
        if (r.cells.empty()) continue;
        rows_.push_back({&r.cells.front(), &r.cells.back(), key_ends_.size()});
        for (const ast::cell& c : r.cells) {
          const std::size_t begin = keys_.size();
          // A label split over lines is one label, its lines normalised as if joined.
          for (const ast::line& l : c.lines) spec::append_normalised_label(keys_, begin, l.content.in(text));
          key_ends_.push_back(keys_.size());
        }
      }
    }
  };
  keys_.reserve(text.size() / 2);
  add_tables(doc.preamble);
  for (const ast::section& s : doc.sections) add_tables(s.body);
  std::sort(rows_.begin(), rows_.end(), [](const row_keys& a, const row_keys& b) { return before(a.first, b.first); });
}

std::string_view cell_labels::key(const ast::cell& cell) const {
  // The last row that starts at or before the cell.
  const auto after = std::upper_bound(rows_.begin(), rows_.end(), &cell,
                                      [](const ast::cell* c, const row_keys& r) { return before(c, r.first); });
  if (after == rows_.begin() || before(std::prev(after)->last, &cell)) {
    throw std::logic_error("a cell of another document");
  }
  const row_keys& row = *std::prev(after);
  const std::size_t index = row.ends + static_cast<std::size_t>(&cell - row.first);
  const std::size_t begin = index == 0 ? 0 : key_ends_[index - 1];
  return std::string_view(keys_).substr(begin, key_ends_[index] - begin);
}

}  // namespace nianbao::bind
