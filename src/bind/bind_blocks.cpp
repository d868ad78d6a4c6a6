// Table 二, a table of blocks: a `第二十条第（X）项` title row, a `信息内容` header row naming the
// columns, then rows of data, each found by its label; values follow the header's column order.
#include <algorithm>

#include "bind_value.hpp"
#include "findings.hpp"
#include "label_cut.hpp"
#include "label_match.hpp"
#include "tables.hpp"

namespace nianbao::bind {

namespace {

using matcher = std::optional<label_match> (*)(std::string_view, const label_list&);

// The block a title row announces. The title may share its cell with the section heading
// (`二、主动公开政府信息情况` / `第二十条第（一）项`), so the cell's last line is tried too.
std::optional<label_match> block_title(const cell_labels& cells, const ast::row& row, const label_list& blocks,
                                       matcher match) {
  for (const ast::cell& c : row.cells) {
    if (c.value.kind != ast::value_kind::text) continue;
    if (auto m = match(cells.key(c), blocks)) return m;
    if (c.lines.size() > 1) {
      if (auto m = match(normalise_label(c.lines.back().content.in(cells.text())), blocks)) return m;
    }
  }
  return std::nullopt;
}

// A value cell's column, as the block's header row names it.
struct header_column {
  const edition::node* node;  // null for a header that names none
  const ast::cell* cell;      // the header cell
};

// What the document shows of one block; `shape` is null for a block not seen.
struct block_state {
  const block_shape* shape = nullptr;
  std::vector<header_column> header;  // one per value cell, in the row's order
  std::vector<const ast::row*> rows;  // by the block's row, the row bound to it
};

std::vector<header_column>::const_iterator column_in(const std::vector<header_column>& header,
                                                     const edition::node& column) {
  return std::find_if(header.begin(), header.end(), [&](const header_column& h) { return h.node == &column; });
}

// A header cell left empty, beyond the block's columns: said once per column, with the values
// written under it, which no column takes.
void note_empty_header_columns(const cell_labels& cells, std::string_view table, const edition::block& b,
                               const block_state& state, std::vector<finding>& findings) {
  const std::string_view text = cells.text();
  for (std::size_t i = 0; i < state.header.size(); ++i) {
    const ast::cell& h = *state.header[i].cell;
    if (state.header[i].node != nullptr || !cells.key(h).empty()) continue;
    std::string values;
    std::vector<related_place> places;
    for (std::size_t r = 0; r < b.rows.size(); ++r) {
      const ast::row* row = state.rows[r];
      if (row == nullptr || i + 1 >= row->cells.size()) continue;
      const ast::cell& c = row->cells[i + 1];
      if (c.value.kind == ast::value_kind::empty) continue;
      values += (values.empty() ? "`" : ", `") + cell_text(text, c) + "` (" + b.rows[r].label + ")";
      places.push_back({c.value.where, "in row " + b.rows[r].label + ", under no column"});
    }
    std::string message = "block " + b.label + " has an extra column with an empty header";
    if (!values.empty()) message += "; no column takes what is written under it: " + values;
    add_finding(findings, "EXTRA-EMPTY-COLUMNS", severity::warning, std::move(message), h.tab,
                std::string(table) + "/" + b.id)
        .related = std::move(places);
  }
}

// The place of `node` among the block's rows, which the label lists point into.
std::size_t row_index(const edition::block& b, const edition::node* node) {
  return static_cast<std::size_t>(node - b.rows.data());
}

}  // namespace

void bind_blocks(const cell_labels& cells, const table_shape& shape, const std::vector<const ast::table*>& tables,
                 ast::span where, bound_report& out) {
  const std::string_view text = cells.text();
  const edition::table& layout = *shape.layout;
  const label_list& block_nodes = shape.block_titles;
  std::vector<block_state> seen(shape.blocks.size());  // in the order of the layout's blocks
  block_state* current = nullptr;
  const std::string& header_label = shape.header_key;

  for (const ast::table* t : tables) {
    for (std::size_t r = 0; r < t->rows.size(); ++r) {
      const ast::row& row = t->rows[r];
      if (spacer_row(row)) continue;  // a row of no cells is one too
      const ast::cell& first = row.cells.front();
      const std::string_view first_key = cells.key(first);
      auto title = block_title(cells, row, block_nodes, match_label_exactly);
      // A near miss of a title is sought only in a row that is plainly none of the current
      // block's, for speed: it measures the row against every title.
      const bool plainly_in_block =
          current != nullptr &&
          (first_key == header_label || match_label_exactly(first_key, current->shape->rows).has_value());
      if (!title && !plainly_in_block) title = block_title(cells, row, block_nodes, match_label);
      if (title) {
        const auto b = std::find_if(shape.blocks.begin(), shape.blocks.end(),
                                    [&](const block_shape& each) { return &each.layout->title == title->node; });
        note_label_form(text, layout.id, row.cells.front(), *title, out.findings);
        current = &seen[static_cast<std::size_t>(b - shape.blocks.begin())];
        if (current->shape == nullptr) current->rows.resize(b->layout->rows.size());
        current->shape = &*b;
        continue;
      }
      if (current == nullptr) continue;
      const edition::block& b = *current->shape->layout;
      if (first_key == header_label) {
        const label_list& candidates = current->shape->columns;
        current->header.clear();
        current->header.reserve(row.cells.size() - 1);
        for (std::size_t i = 1; i < row.cells.size(); ++i) {
          const ast::cell& h = row.cells[i];
          const std::string_view written = cells.key(h);
          const auto match = written.empty() ? std::nullopt : match_label(written, candidates);
          if (match) note_label_form(text, layout.id, h, *match, out.findings);
          if (!written.empty() && !match) {
            add_finding(out.findings, "COLUMN-UNKNOWN", severity::warning,
                        "column `" + cell_text(text, h) + "` is not in block " + b.label, h.value.where);
          }
          current->header.push_back({match ? match->node : nullptr, &h});
        }
        continue;
      }
      auto match = match_label(first_key, current->shape->rows);
      const auto joined = match ? std::nullopt : label_with_its_end(cells, first, *t, r, current->shape->rows);
      if (joined) {
        match = joined;
        ++r;  // the label's end, read as a row of its own
      }
      if (!match) {
        add_finding(out.findings, "ROW-UNKNOWN", severity::warning,
                    "row `" + cell_text(text, first) + "` is not in block " + b.label, first.value.where);
        continue;
      }
      if (!joined) note_label_form(text, layout.id, first, *match, out.findings);
      const ast::row*& bound = current->rows[row_index(b, match->node)];
      if (bound != nullptr) {
        add_finding(out.findings, "ROW-DUPLICATE", severity::error, "row `" + match->node->label + "` appears twice",
                    first.value.where, layout.id + "/" + match->node->path);
        continue;
      }
      bound = &row;
      if (!current->header.empty())
        check_row_width(row, 1, current->header.size(), *match->node, layout.id, out.findings);
    }
  }

  for (std::size_t k = 0; k < layout.blocks.size(); ++k) {
    const edition::block& b = layout.blocks[k];
    const block_state* state = seen[k].shape == nullptr ? nullptr : &seen[k];
    if (state == nullptr && !tables.empty()) {
      add_finding(out.findings, "BLOCK-MISSING", severity::error,
                  "block " + b.label + " of the " + layout.title + " table is missing", where, layout.id + "/" + b.id);
    }
    if (state != nullptr && state->header.empty()) {
      add_finding(out.findings, "HEADER-MISSING", severity::error,
                  "block " + b.label + " has no 信息内容 header row naming its columns", where, layout.id + "/" + b.id);
    }
    if (state != nullptr && !state->header.empty()) {
      note_empty_header_columns(cells, layout.id, b, *state, out.findings);
      for (const edition::node& column : b.columns) {
        if (column_in(state->header, column) == state->header.end()) {
          add_finding(out.findings, "COLUMN-MISSING", severity::error,
                      "block " + b.label + " has no column `" + column.label + "`", where,
                      layout.id + "/" + column.path);
        }
      }
    }
    blank_cells blanks;
    for (const edition::node& r : b.rows) {
      const ast::row* row = state == nullptr ? nullptr : state->rows[row_index(b, &r)];
      if (row == nullptr && state != nullptr) {
        add_finding(out.findings, "ROW-MISSING", severity::error,
                    "row `" + r.label + "` of block " + b.label + " is missing", where, layout.id + "/" + r.path);
      }
      for (const edition::node& column : b.columns) {
        const ast::cell* cell = nullptr;
        const ast::cell* header = nullptr;
        if (row != nullptr) {
          const auto at = column_in(state->header, column);
          const auto index = static_cast<std::size_t>(at - state->header.begin());
          if (at != state->header.end() && index + 1 < row->cells.size()) cell = &row->cells[index + 1];
          if (at != state->header.end()) header = at->cell;
        }
        const bound_value& v =
            bind_value(text, cell, {layout, r.path, &column}, read_column_header(cells, header, column),
                       out.values.emplace_back(), out.findings);
        blanks.note(v, r.label);
      }
    }
    blanks.report(layout, out.findings);
  }
}

}  // namespace nianbao::bind
