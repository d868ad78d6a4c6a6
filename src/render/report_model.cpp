#include "report_model.hpp"

#include <algorithm>
#include <map>

#include "nianbao/bind.hpp"
#include "nianbao/grammar.hpp"

namespace nianbao::render {

namespace {

std::vector<std::string> cell_lines(std::string_view text, const ast::cell& cell) {
  std::vector<std::string> lines;
  for (std::size_t k = 0; k < cell.lines.size(); ++k) {
    const ast::line& l = cell.lines[k];
    std::size_t begin = k == 0 ? cell.tab.end : l.where.begin;
    lines.emplace_back(text.substr(begin, l.line_end.begin - begin));
  }
  return lines;
}

}  // namespace

std::string escaped(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

bool is_empty(const std::vector<std::string>& lines) {
  for (const std::string& l : lines)
    if (l.find_first_not_of(" \t") != std::string::npos) return false;
  return true;
}

std::size_t width_of(const std::vector<page_row>& rows) {
  std::size_t width = 1;
  for (const page_row& row : rows) {
    std::size_t w = 0;
    for (const page_cell& c : row) w += c.columns;
    width = std::max(width, w);
  }
  return width;
}

namespace {

using edition::depth;
using edition::labelled;

// A node of a column tree as the header draws it: its depth, its first leaf and leaf count.
struct header_node {
  const edition::node* node;
  std::size_t depth;
  std::size_t first_leaf;
  std::size_t leaves;
};

// The nodes of `tree` in order, its first leaf the `first`th; returns the leaf after its last.
std::size_t collect(const std::vector<edition::node>& tree, std::size_t d, std::size_t first,
                    std::vector<header_node>& out) {
  for (const edition::node& n : tree) {
    const std::size_t index = out.size();
    out.push_back({&n, d, first, 0});
    const std::size_t leaves = n.is_leaf() ? 1 : collect(n.children, d + 1, first, out) - first;
    out[index].leaves = leaves;
    first += leaves;
  }
  return first;
}

// The official layout's header and label spans, laid over the text's rows; a row that does not
// fit the layout keeps its cells as written, the last one stretched to the table's width.
std::vector<page_row> official_layout(std::string_view text, const ast::table& table, const edition::table& layout) {
  const std::size_t header_rows = depth(layout.columns);
  const std::size_t label_columns = labelled(layout.rows) ? depth(layout.rows) : 0;
  std::vector<header_node> nodes;
  const std::size_t value_columns = collect(layout.columns, 1, 0, nodes);
  const std::size_t width = label_columns + value_columns;

  std::vector<page_row> rows;
  std::vector<std::pair<std::size_t, std::size_t>> open(label_columns, {SIZE_MAX, 0});  // label column → cell above
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& cells = table.rows[r].cells;
    page_row row;
    // The cells from `first` as the text writes them, the last stretched to the table's width.
    const auto as_written = [&](std::size_t first, std::size_t columns) {
      row.resize(std::min(row.size(), first));
      for (std::size_t k = first; k < cells.size(); ++k) row.push_back({cell_lines(text, cells[k])});
      if (row.size() > first) row.back().columns = columns + 1 - std::min(columns, row.size() - first);
      open.assign(label_columns, {SIZE_MAX, 0});
    };
    if (r < header_rows) {
      // The corner: written in the first row, reaching down over the first cell of the others.
      std::size_t k = 0;
      if (label_columns > 0 && !cells.empty()) {
        row.push_back({cell_lines(text, cells[k++]), header_rows, label_columns, r == 0});
        if (r > 0 && !is_empty(row.back().lines)) k = 0, row.clear();
      }
      // Grid order of this header row: what starts in it, and what reaches down from above.
      std::vector<std::pair<const header_node*, bool>> items;  // node, starts in this row
      for (const header_node& n : nodes) {
        if (n.depth == r + 1) items.push_back({&n, true});
        if (n.depth <= r && n.node->is_leaf()) items.push_back({&n, false});
      }
      std::stable_sort(items.begin(), items.end(),
                       [](const auto& a, const auto& b) { return a.first->first_leaf < b.first->first_leaf; });
      bool fits = cells.size() - k == items.size();
      for (std::size_t i = 0; fits && i < items.size(); ++i)
        fits = items[i].second || is_empty(cell_lines(text, cells[k + i]));
      if (!fits) {
        as_written(k, k == 0 ? width : value_columns);
      } else {
        for (const auto& [n, starts] : items) {
          row.push_back({cell_lines(text, cells[k++]), n->node->is_leaf() ? header_rows - r : 1, n->leaves, starts});
        }
      }
    } else if (cells.size() < value_columns || cells.size() - value_columns > label_columns) {
      as_written(0, width);
    } else {
      const std::size_t labels = cells.size() - value_columns;
      std::size_t column = 0;
      for (std::size_t k = 0; k < labels; ++k) {
        page_cell cell{cell_lines(text, cells[k])};
        cell.columns = k + 1 == labels ? label_columns - column : 1;
        const auto [above_row, above_index] = open[column];
        page_cell* above = above_row == SIZE_MAX ? nullptr : &rows[above_row][above_index];
        // Only a cell that reaches down to this row can reach one further.
        if (is_empty(cell.lines) && above != nullptr && above_row + above->rows == r &&
            above->columns == cell.columns) {
          ++above->rows;
          cell.written = false;
        } else {
          for (std::size_t c = column; c < column + cell.columns; ++c) open[c] = {r, row.size()};
        }
        column += cell.columns;
        row.push_back(std::move(cell));
      }
      for (std::size_t k = labels; k < cells.size(); ++k) row.push_back({cell_lines(text, cells[k])});
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<page_row> as_written(std::string_view text, const ast::table& table) {
  std::size_t width = 0;
  for (const ast::row& r : table.rows) width = std::max(width, r.cells.size());
  std::vector<page_row> rows;
  for (const ast::row& r : table.rows) {
    page_row row;
    for (const ast::cell& c : r.cells) row.push_back({cell_lines(text, c)});
    if (!row.empty()) row.back().columns = width + 1 - row.size();
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::optional<report_model> model_of(const source& text, const std::vector<edition::definition>& editions,
                                     bool official) {
  const grammar::parse_result parsed = grammar::parse_report(text);
  if (!parsed.document) return std::nullopt;
  const ast::document& doc = *parsed.document;
  const bind::bound_report bound = bind::bind_report(text.text(), doc, editions);
  // Which table of the edition each table of the text is: by the cells the binder placed.
  std::map<std::size_t, std::string_view> table_at;
  for (const bind::bound_value& v : bound.values)
    if (v.state != bind::value_state::missing) table_at[v.where.begin] = v.table;
  const auto layout_of = [&](const ast::table& t) -> const edition::table* {
    if (bound.choice.edition == nullptr) return nullptr;
    for (const ast::row& r : t.rows)
      for (const ast::cell& c : r.cells)
        if (auto it = table_at.find(c.value.where.begin); it != table_at.end()) {
          const edition::table* layout = bound.choice.edition->find_table(it->second);
          return layout != nullptr && layout->blocks.empty() ? layout : nullptr;
        }
    return nullptr;
  };

  report_model model;
  for (const ast::block& b : doc.title.lines) model.title += ast::first_line(b).content.in(text.text());
  const auto line = [&](const ast::line& l, bool section_head = false) {
    model.blocks.push_back({report_block::kind::line, std::string(l.content.in(text.text())), section_head, {}});
  };
  const auto add = [&](const ast::block& b) {
    if (const auto* t = std::get_if<ast::table>(&b)) {
      const edition::table* layout = layout_of(*t);
      model.blocks.push_back(
          {report_block::kind::table,
           {},
           false,
           layout && official ? official_layout(text.text(), *t, *layout) : as_written(text.text(), *t)});
    } else if (std::holds_alternative<ast::blank>(b)) {
      model.blocks.push_back({report_block::kind::blank, {}, false, {}});
    } else {
      line(ast::first_line(b));
    }
  };
  const auto add_all = [&](const std::vector<ast::block>& blocks) { std::for_each(blocks.begin(), blocks.end(), add); };
  add_all(doc.title.lines);
  add_all(doc.preamble);
  for (const ast::section& s : doc.sections) {
    if (!s.head_in_cell) line(s.head.text, true);
    add_all(s.body);
  }
  add_all(doc.sign_off.lines);
  add_all(doc.trailing);
  return model;
}

}  // namespace nianbao::render
