// Tables of one grid (三, 四): rows found by their label, value cells taken from the right of the
// label in column order, since merged label cells vanish or turn empty in extraction.
#include <algorithm>
#include <set>

#include "bind_value.hpp"
#include "findings.hpp"
#include "label_cut.hpp"
#include "label_match.hpp"
#include "nianbao/core/utf8.hpp"
#include "tables.hpp"

namespace nianbao::bind {

namespace {

// How many cells a row's values are pushed right by: its surplus over the layout's columns when
// that many cells lead, empty, before the values and the last cell holds one; else 0.
std::size_t shifted_by(const ast::row& row, std::size_t values_from, std::size_t columns) {
  if (row.cells.size() <= values_from + columns) return 0;
  const std::size_t surplus = row.cells.size() - values_from - columns;
  for (std::size_t i = values_from; i < values_from + surplus; ++i) {
    if (row.cells[i].value.kind != ast::value_kind::empty) return 0;
  }
  return row.cells.back().value.kind == ast::value_kind::empty ? 0 : surplus;
}

// Text made only of digits, spaces and number punctuation (`1 0`, `12,3 4`) is a number broken
// in extraction, not a label: it stays a value cell (NOT-NUMERIC) instead of hiding the label.
// Read line by line: joining the cell's text would allocate for every label of every row.
// The normalised key rules out nearly every label first: a broken number's key holds only ASCII
// digits and number punctuation.
bool broken_number(const cell_labels& cells, const ast::cell& cell) {
  const std::string_view key = cells.key(cell);
  if (std::any_of(key.begin(), key.end(),
                  [](char c) { return (c < '0' || c > '9') && c != '.' && c != ',' && c != '-'; }))
    return false;
  const std::string_view text = cells.text();
  bool digit = false;
  for (const ast::line& l : cell.lines) {
    const std::string_view line = l.content.in(text);
    for (std::size_t i = 0; i < line.size();) {
      const char32_t cp = utf8::decode(line, i);
      const bool is_digit = (cp >= U'0' && cp <= U'9') || (cp >= 0xFF10 && cp <= 0xFF19);
      digit = digit || is_digit;
      if (!is_digit && !utf8::is_inline_space(cp) && cp != U'.' && cp != U',' && cp != U'-') {
        return false;
      }
    }
  }
  return digit;
}

// The rightmost text cell that is not a broken number.
std::optional<std::size_t> label_cell_of(const cell_labels& cells, const ast::row& row) {
  for (std::size_t i = row.cells.size(); i-- > 0;) {
    const ast::cell& c = row.cells[i];
    if (c.value.kind == ast::value_kind::text && !broken_number(cells, c)) return i;
  }
  return std::nullopt;
}

// In a table whose values row has no label (table 四), a row of more numbers than words is that
// row, a word among its numbers (`无`) a value that is no number, not a label.
bool mostly_values(const cell_labels& cells, const ast::row& row) {
  std::size_t values = 0, words = 0;
  for (const ast::cell& c : row.cells) {
    if (c.value.kind == ast::value_kind::text) {
      words += broken_number(cells, c) ? 0 : 1;
    } else if (c.value.kind != ast::value_kind::empty) {
      ++values;
    }
  }
  return values > words;
}

std::size_t index_of(const std::vector<const edition::node*>& nodes, const edition::node* n) {
  return static_cast<std::size_t>(std::find(nodes.begin(), nodes.end(), n) - nodes.begin());
}

// A row before the first bound row that holds a column's label as written is the header: it is
// not searched for near misses of row labels, for speed: that search tries every row label.
bool plainly_header(const cell_labels& cells, const ast::row& row, const label_list& column_nodes) {
  return std::any_of(row.cells.begin(), row.cells.end(), [&](const ast::cell& c) {
    return c.value.kind == ast::value_kind::text && match_label_exactly(cells.key(c), column_nodes).has_value();
  });
}

// The row bound to a leaf, and where its values begin.
struct bound_row {
  const ast::row* row = nullptr;
  std::size_t first_value_cell = 0;
};

// The label of the first of a group's leaves that is bound: a finding about the group's own label
// cell, which stands beside its rows, points there.
std::optional<ast::span> first_row_of(const edition::node& group, const std::vector<const edition::node*>& leaves,
                                      const std::vector<bound_row>& bound) {
  const std::string prefix = group.path + ".";
  for (std::size_t r = 0; r < leaves.size(); ++r) {
    const auto [row, first_value_cell] = bound[r];
    if (row != nullptr && first_value_cell > 0 && leaves[r]->path.starts_with(prefix)) {
      return row->cells[first_value_cell - 1].value.where;
    }
  }
  return std::nullopt;
}

}  // namespace

void bind_grid(const cell_labels& cells, const table_shape& shape, const std::vector<const ast::table*>& tables,
               ast::span where, bound_report& out) {
  const std::string_view text = cells.text();
  const edition::table& layout = *shape.layout;
  const std::vector<const edition::node*>& rows = shape.rows.nodes();
  const std::vector<const edition::node*>& columns = shape.columns.nodes();
  const std::vector<const edition::node*>& row_groups = shape.row_groups.nodes();
  const bool unlabelled = rows.size() == 1 && rows.front()->label.empty();  // 四: one row of numbers
  std::vector<bound_row> bound(rows.size());  // by leaf index; the groups seen, by group index
  bool any_bound = false;
  std::vector<bool> groups_seen(row_groups.size());
  std::vector<std::string_view> header_labels;
  header_labels.reserve(2 * columns.size());  // a header names the columns and their groups, once or twice
  blank_cells blanks;

  const std::string& corner = shape.corner_key;
  bool corner_seen = false;
  const ast::row* blank_row = nullptr;  // the widest row of empty cells, in a table of one unlabelled row
  for (const ast::table* t : tables) {
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      const ast::row& row = t->rows[r];
      if (!corner.empty() && !row.cells.empty() && !corner_seen && cells.key(row.cells.front()) == corner) {
        out.stated_notes.emplace_back(layout.id, row.cells.front().value.where);
        corner_seen = true;
      }
      const auto label_at = label_cell_of(cells, row);
      const edition::node* node = nullptr;
      std::size_t values_from = 0;
      if (!any_bound && !unlabelled && label_at && plainly_header(cells, row, shape.column_nodes) &&
          !match_label_exactly(cells.key(row.cells[*label_at]), shape.rows)) {
        add_header_labels(cells, row, header_labels);
        continue;
      }
      if (unlabelled) {
        if (label_at && !mostly_values(cells, row)) {
          add_header_labels(cells, row, header_labels);
          continue;
        }
        // A row of empty cells is the table's row of numbers left blank only when no other row
        // gives them; otherwise it is a spacer.
        if (spacer_row(row)) {
          if (blank_row == nullptr || row.cells.size() > blank_row->cells.size()) blank_row = &row;
          continue;
        }
        node = rows.front();
      } else {
        if (!label_at) {
          if (!spacer_row(row)) {
            add_finding(out.findings, "ROW-UNLABELLED", severity::error, "a row of values with no label",
                        row.cells.front().value.where);
          }
          continue;
        }
        for (std::size_t i = 0; i < *label_at; ++i) {
          if (const auto group = match_label(cells.key(row.cells[i]), shape.row_groups)) {
            note_label_form(text, layout.id, row.cells[i], *group, out.findings);
            groups_seen[index_of(row_groups, group->node)] = true;
          }
        }
        const ast::cell& label = row.cells[*label_at];
        const std::string_view written = cells.key(label);
        auto match = match_label(written, shape.rows);
        const auto joined = match ? std::nullopt : label_with_its_end(cells, label, *t, r, shape.rows);
        if (joined) {
          match = joined;
          ++r;  // the label's end, read as a row of its own
        }
        if (!match) {
          if (const auto group = match_label(written, shape.row_groups)) {
            groups_seen[index_of(row_groups, group->node)] = true;
          } else if (!any_bound) {
            add_header_labels(cells, row, header_labels);
          } else {
            add_finding(out.findings, "ROW-UNKNOWN", severity::warning,
                        "row `" + cell_text(text, label) + "` is not in the " + layout.title + " table",
                        label.value.where);
          }
          continue;
        }
        if (!joined) note_label_form(text, layout.id, label, *match, out.findings);
        node = match->node;
        values_from = *label_at + 1;
      }
      const std::size_t leaf = index_of(rows, node);
      if (bound[leaf].row != nullptr) {
        add_finding(out.findings, "ROW-DUPLICATE", severity::error, "row `" + node->label + "` appears twice",
                    row.cells[values_from == 0 ? 0 : values_from - 1].value.where, layout.id + "/" + node->path);
        continue;
      }
      bound[leaf] = {&row, values_from};
      any_bound = true;
      check_row_width(row, values_from, columns.size(), *node, layout.id, out.findings);
    }
  }

  if (unlabelled && bound.front().row == nullptr && blank_row != nullptr) {
    bound.front() = {blank_row, 0};
    check_row_width(*blank_row, 0, columns.size(), *rows.front(), layout.id, out.findings);
  }

  // A table that is not there at all is one finding (TABLE-MISSING), not one per row and column.
  const bool present = !tables.empty();
  std::set<std::string> reported;
  const std::vector<bool> named = columns_named(header_labels, shape.columns);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const edition::node* column = columns[c];
    if (present && !named[c] && reported.insert(column->label).second) {
      add_finding(out.findings, "COLUMN-LABEL-MISSING", severity::warning,
                  "no header cell reads `" + column->label + "` in the " + layout.title + " table", where);
    }
  }
  for (std::size_t g = 0; g < row_groups.size(); ++g) {
    const edition::node* group = row_groups[g];
    if (present && !groups_seen[g]) {
      add_finding(out.findings, "GROUP-LABEL-MISSING", severity::warning,
                  "the label cell `" + group->label + "` is missing from the " + layout.title + " table",
                  first_row_of(*group, rows, bound).value_or(where), layout.id + "/" + group->path);
    }
  }
  // A grid's headers state no unit or decimals of their own: the edition's label says them.
  std::vector<column_header> headers;
  headers.reserve(columns.size());
  for (const edition::node* column : columns) headers.push_back(read_column_header(cells, nullptr, *column));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const edition::node* row_node = rows[r];
    const auto [row, first_value_cell] = bound[r];
    if (present && row == nullptr) {
      const std::string row_name = row_node->label.empty() ? "the row of values" : "row `" + row_node->label + "`";
      add_finding(out.findings, "ROW-MISSING", severity::error,
                  row_name + " of the " + layout.title + " table is missing", where, layout.id + "/" + row_node->path);
    }
    const std::size_t first_value = out.values.size();
    // A shifted row's blanks are counted as read right-aligned: its leading empty cells are the
    // slip (ROW-SHIFTED or COLUMNS-EXTRA says so), not blanks where numbers belong.
    const std::size_t leading = row == nullptr ? 0 : shifted_by(*row, first_value_cell, columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const ast::cell* cell = nullptr;
      if (row != nullptr && first_value_cell + c < row->cells.size()) cell = &row->cells[first_value_cell + c];
      const bound_value& v = bind_value(text, cell, {layout, row_node->path, columns[c]}, headers[c],
                                        out.values.emplace_back(), out.findings);
      if (leading == 0) blanks.note(v, row_node->label);
    }
    if (leading == 0) continue;
    bound_report::row_reading right{layout.id + "/" + row_node->path, first_value, leading, {}, {}};
    right.values.reserve(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      blanks.note(bind_value(text, &row->cells[first_value_cell + leading + c], {layout, row_node->path, columns[c]},
                             headers[c], right.values.emplace_back(), right.findings),
                  row_node->label);
    }
    out.shifted_rows.push_back(std::move(right));
  }
  blanks.report(layout, out.findings);
}

}  // namespace nianbao::bind
