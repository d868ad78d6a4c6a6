#include "findings.hpp"

#include <algorithm>

namespace nianbao::bind {

finding& add_finding(std::vector<finding>& findings, std::string id, severity level, std::string message,
                     ast::span where, std::string subject) {
  finding& f = findings.emplace_back();
  f.id = std::move(id);
  f.level = level;
  f.message = std::move(message);
  f.where = where;
  f.subject = std::move(subject);
  return f;
}

// Built by appending: GCC 12 warns falsely (-Wrestrict) on "…" + std::string.
std::string quoted(std::string_view text) {
  std::string out(1, '`');
  out.append(text);
  out += '`';
  return out;
}

void note_label_form(std::string_view text, std::string_view table, const ast::cell& cell, const label_match& match,
                     std::vector<finding>& findings) {
  if (match.how == match_kind::exact) return;
  const std::string written = cell_text(text, cell);
  const bool variant = match.how == match_kind::variant;
  finding& f = add_finding(findings, variant ? "LABEL-VARIANT" : "LABEL-TYPO", severity::warning,
                           std::string(variant ? "label variant" : "label differs from the official form") + ": " +
                               bind::quoted(written) + " for " + bind::quoted(match.node->label),
                           cell.value.where, std::string(table) + "/" + match.node->path);
  f.expected = match.node->label;
  f.found = written;
}

void check_row_width(const ast::row& row, std::size_t values_from, std::size_t columns, const edition::node& row_node,
                     std::string_view table, std::vector<finding>& findings) {
  // A table's one unlabelled row (四) is named by its table.
  const std::string named =
      row_node.label.empty() ? "the row of table " + std::string(table) : "row " + bind::quoted(row_node.label);
  const std::string subject = std::string(table) + "/" + row_node.path;
  const std::size_t given = row.cells.size() - std::min(values_from, row.cells.size());
  const ast::span where = row.cells[values_from == 0 ? 0 : values_from - 1].value.where;
  if (given < columns) {
    finding& f =
        add_finding(findings, "COLUMNS-MISSING", severity::error,
                    named + " has " + std::to_string(given) + " value cells; the layout has " + std::to_string(columns),
                    where, subject);
    f.expected = std::to_string(columns);
    f.found = std::to_string(given);
    return;
  }
  if (given == columns) return;
  bool extra_values = false;
  for (std::size_t i = values_from + columns; i < row.cells.size(); ++i) {
    extra_values = extra_values || row.cells[i].value.kind != ast::value_kind::empty;
  }
  const ast::span extra = row.cells[values_from + columns].value.where;
  finding& f = add_finding(
      findings, extra_values ? "COLUMNS-EXTRA" : "EXTRA-EMPTY-COLUMNS",
      extra_values ? severity::error : severity::warning,
      named + " has " + std::to_string(given - columns) +
          (extra_values ? " cells more than the layout's columns" : " empty cells more than the layout's columns"),
      extra, subject);
  f.expected = std::to_string(columns);
  f.found = std::to_string(given);
}

void add_header_labels(const cell_labels& cells, const ast::row& row, std::vector<std::string_view>& labels) {
  for (const ast::cell& c : row.cells) {
    if (c.value.kind == ast::value_kind::text) labels.push_back(cells.key(c));
  }
}

std::vector<bool> columns_named(const std::vector<std::string_view>& header_labels, const label_list& columns) {
  std::vector<bool> named(columns.nodes().size());
  for (const std::string_view label : header_labels) {
    columns.for_each_named(label, [&](std::size_t c) { named[c] = true; });
  }
  std::vector<std::u32string> decoded;  // each label's code points, once, if a near miss is sought
  for (std::size_t c = 0; c < named.size(); ++c) {
    // Near misses only where no label names the column as written: the search is the costly part.
    if (named[c]) continue;
    if (decoded.empty()) {
      for (const std::string_view label : header_labels) {
        const code_point_buffer points = code_points_of(label);
        decoded.emplace_back(points.begin(), points.end());
      }
    }
    named[c] = std::any_of(decoded.begin(), decoded.end(),
                           [&](const std::u32string& label) { return columns.near(label, c); });
  }
  return named;
}

void blank_cells::note_blank(const bound_value& v, const std::string& row_label) {
  ++count_;
  if (std::find(rows_.begin(), rows_.end(), &row_label) != rows_.end()) return;
  rows_.push_back(&row_label);
  // Table 四's one row has no label of its own.
  first_in_row_.push_back(related_place{v.where, row_label.empty() ? "blank in the row" : "blank in row " + row_label});
}

void blank_cells::report(const edition::table& layout, std::vector<finding>& findings) const {
  if (count_ == 0) return;
  add_finding(findings, "BLANK-CELLS", severity::warning,
              std::to_string(count_) + (count_ == 1 ? " blank cell in " : " blank cells in ") +
                  std::to_string(rows_.size()) + (rows_.size() == 1 ? " row" : " rows") + " of the " + layout.title +
                  " table, where numbers belong" +
                  (layout.blank_is_zero ? " (a blank among given numbers counts as 0, as this edition declares)" : ""),
              first_in_row_.front().where)
      .related = first_in_row_;
}

}  // namespace nianbao::bind
