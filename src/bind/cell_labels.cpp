#include <algorithm>
#include <functional>
#include <stdexcept>

#include "cell_labels.hpp"
#include "document_tables.hpp"

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
  // The rows first, so that their list is made once rather than grown.
  std::size_t rows = 0;
  for_each_table(doc, [&](const ast::table& t) { rows += t.rows.size(); });
  rows_.reserve(rows);
  std::size_t bytes = 0;
  std::size_t cells = 0;
  std::size_t labels = 0;
  for_each_table(doc, [&](const ast::table& t) {
    for (const ast::row& r : t.rows) {
      if (r.cells.empty()) continue;
      rows_.push_back({&r.cells.front(), &r.cells.back(), 0});
      cells += r.cells.size();
      for (const ast::cell& c : r.cells) {
        if (c.value.kind != ast::value_kind::text) continue;
        ++labels;
        for (const ast::line& l : c.lines) bytes += l.content.size();
      }
    }
  });
  // Sized once, so that the keys already made stay where they are: a key is never longer than
  // its cell's text.
  buffer_.resize(bytes);
  keys_.reserve(cells);
  labels_.reserve(labels);
  char* end = buffer_.data();
  for (row_keys& r : rows_) {
    r.keys = keys_.size();
    for (const ast::cell* c = r.first; c <= r.last; ++c) {
      if (c->value.kind != ast::value_kind::text) {
        keys_.push_back(c->value.where.in(text));
        continue;
      }
      char* const key = end;
      // A label split over lines is one label, its lines normalised as if joined.
      for (const ast::line& l : c->lines) end = edition::write_normalised_label(end, key, l.content.in(text));
      keys_.emplace_back(key, static_cast<std::size_t>(end - key));
      labels_.push_back(keys_.back());
    }
  }
  by_address_.resize(rows_.size());
  for (std::size_t i = 0; i < rows_.size(); ++i) by_address_[i] = i;
  std::sort(by_address_.begin(), by_address_.end(),
            [&](std::size_t a, std::size_t b) { return before(rows_[a].first, rows_[b].first); });
}

cell_labels::cell_labels(std::string_view text, const ast::document& doc, std::span<const label_end> label_ends)
    : cell_labels(text, doc) {
  for (const label_end& e : label_ends) label_ends_.push_back(e.at);
  std::sort(label_ends_.begin(), label_ends_.end());
}

bool cell_labels::may_end_label(const ast::cell& cell) const {
  return cell.value.kind == ast::value_kind::text &&
         std::binary_search(label_ends_.begin(), label_ends_.end(), cell.value.where.begin);
}

std::string_view cell_labels::key(const ast::cell& cell) const {
  const auto holds = [&](const row_keys& r) { return !before(&cell, r.first) && !before(r.last, &cell); };
  // The binders read a row's cells one after another, and the rows in order: most cells are in
  // the row read last or the one after it.
  if (last_row_ >= rows_.size() || !holds(rows_[last_row_])) {
    if (last_row_ + 1 < rows_.size() && holds(rows_[last_row_ + 1])) {
      ++last_row_;
    } else {
      const auto after = std::upper_bound(by_address_.begin(), by_address_.end(), &cell,
                                          [&](const ast::cell* c, std::size_t r) { return before(c, rows_[r].first); });
      if (after == by_address_.begin() || !holds(rows_[*std::prev(after)])) {
        throw std::logic_error("a cell of another document");
      }
      last_row_ = *std::prev(after);
    }
  }
  const row_keys& row = rows_[last_row_];
  return keys_[row.keys + static_cast<std::size_t>(&cell - row.first)];
}

}  // namespace nianbao::bind
