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
  std::size_t bytes = 0;
  std::size_t cells = 0;
  const auto add_tables = [&](const std::vector<ast::block>& blocks) {
    for (const ast::block& b : blocks) {
      const auto* t = std::get_if<ast::table>(&b);
      if (t == nullptr) continue;
      for (const ast::row& r : t->rows) {
        if (r.cells.empty()) continue;
        rows_.push_back({&r.cells.front(), &r.cells.back(), 0});
        cells += r.cells.size();
        for (const ast::cell& c : r.cells) {
          for (const ast::line& l : c.lines) bytes += l.content.size();
        }
      }
    }
  };
  add_tables(doc.preamble);
  for (const ast::section& s : doc.sections) add_tables(s.body);
  // Sized once: a key is never longer than its cell's text.
  keys_.resize(bytes);
  key_ends_.reserve(cells);
  char* end = keys_.data();
  for (row_keys& r : rows_) {
    r.ends = key_ends_.size();
    for (const ast::cell* c = r.first; c <= r.last; ++c) {
      const char* const key = end;
      // A label split over lines is one label, its lines normalised as if joined.
      for (const ast::line& l : c->lines) end = spec::write_normalised_label(end, key, l.content.in(text));
      key_ends_.push_back(static_cast<std::size_t>(end - keys_.data()));
    }
  }
  keys_.resize(static_cast<std::size_t>(end - keys_.data()));
  std::sort(rows_.begin(), rows_.end(), [](const row_keys& a, const row_keys& b) { return before(a.first, b.first); });
}

std::string_view cell_labels::key(const ast::cell& cell) const {
  const auto holds = [&](const row_keys& r) { return !before(&cell, r.first) && !before(r.last, &cell); };
  // The binders read a row's cells one after another: most cells are in the row read last.
  if (last_row_ >= rows_.size() || !holds(rows_[last_row_])) {
    const auto after = std::upper_bound(rows_.begin(), rows_.end(), &cell,
                                        [](const ast::cell* c, const row_keys& r) { return before(c, r.first); });
    if (after == rows_.begin() || !holds(*std::prev(after))) throw std::logic_error("a cell of another document");
    last_row_ = static_cast<std::size_t>(std::prev(after) - rows_.begin());
  }
  const row_keys& row = rows_[last_row_];
  const std::size_t index = row.ends + static_cast<std::size_t>(&cell - row.first);
  const std::size_t begin = index == 0 ? 0 : key_ends_[index - 1];
  return std::string_view(keys_).substr(begin, key_ends_[index] - begin);
}

}  // namespace nianbao::bind
