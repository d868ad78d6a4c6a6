// A report in the official form, from the edition: its sections in order, each edition table in
// the section it belongs to, laid out as Office-to-text extraction lays out the official tables.
#include <functional>

#include "model.hpp"
#include "nianbao/core/numerals.hpp"
#include "prose.hpp"

namespace nianbao::generate {

namespace {

cell_model text_cell(std::string text, const edition::node* labels = nullptr) {
  return cell_model{{std::move(text)}, std::nullopt, labels};
}

std::size_t depth_of(const std::vector<edition::node>& tree) {
  std::size_t deepest = 0;
  for (const edition::node& n : tree) deepest = std::max(deepest, 1 + depth_of(n.children));
  return deepest;
}

// Header row `level` of a column tree: a node's label in the row of its depth, and an empty
// cell under a leaf that ended higher up (where its merged cell was).
void header_cells(const std::vector<edition::node>& tree, std::size_t depth, std::size_t level, row_model& row) {
  for (const edition::node& n : tree) {
    if (depth == level) {
      row.cells.push_back(text_cell(n.label, &n));
    } else if (depth < level && n.is_leaf()) {
      row.cells.push_back(text_cell(""));
    } else if (depth < level) {
      header_cells(n.children, depth + 1, level, row);
    }
  }
}

struct leaf_row {
  const edition::node* leaf;
  std::vector<const edition::node*> opened;  // the groups whose first leaf this is, outermost first
  std::size_t depth;
};

void leaf_rows(const std::vector<edition::node>& tree, std::vector<const edition::node*>& pending, std::size_t depth,
               std::vector<leaf_row>& out) {
  for (const edition::node& n : tree) {
    if (n.is_leaf()) {
      out.push_back({&n, pending, depth});
      pending.clear();
      continue;
    }
    pending.push_back(&n);
    leaf_rows(n.children, pending, depth + 1, out);
  }
}

table_model grid_table(const edition::table& t, const std::vector<std::size_t>& cells_of_table) {
  table_model out{&t, {}};
  std::vector<leaf_row> rows;
  std::vector<const edition::node*> pending;
  leaf_rows(t.rows, pending, 0, rows);
  const bool labelled = !(rows.size() == 1 && rows.front().leaf->label.empty());
  const std::size_t levels = depth_of(t.columns);
  for (std::size_t level = 0; level < levels; ++level) {
    row_model header;
    if (labelled) header.cells.push_back(text_cell(level == 0 ? t.corner : ""));
    header_cells(t.columns, 0, level, header);
    out.rows.push_back(std::move(header));
  }
  std::size_t next_value = 0;
  const std::size_t columns = edition::leaves(t.columns).size();
  for (const leaf_row& r : rows) {
    row_model row;
    row.node = r.leaf;
    // One cell per enclosing group: its label where its first leaf is, empty (merged) below.
    const std::size_t groups = r.depth;
    for (std::size_t g = 0; g < groups; ++g) {
      const std::size_t opened_from = groups - r.opened.size();
      row.cells.push_back(g >= opened_from ? text_cell(r.opened[g - opened_from]->label, r.opened[g - opened_from])
                                           : text_cell(""));
    }
    if (labelled) row.cells.push_back(text_cell(r.leaf->label, r.leaf));
    for (std::size_t c = 0; c < columns; ++c) {
      row.cells.push_back(cell_model{{}, cells_of_table[next_value++], nullptr});
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

table_model block_table(const edition::table& t, const std::vector<std::size_t>& cells_of_table) {
  table_model out{&t, {}};
  std::size_t next_value = 0;
  for (const edition::block& b : t.blocks) {
    row_model title;
    title.title = true;
    title.cells.push_back(text_cell(b.label));
    out.rows.push_back(std::move(title));
    row_model header;
    header.cells.push_back(text_cell(std::string(edition::block_header_label)));
    for (const edition::node& column : b.columns) header.cells.push_back(text_cell(column.label, &column));
    out.rows.push_back(std::move(header));
    for (const edition::node& r : b.rows) {
      row_model row;
      row.node = &r;
      row.cells.push_back(text_cell(r.label, &r));
      for (std::size_t c = 0; c < b.columns.size(); ++c) {
        row.cells.push_back(cell_model{{}, cells_of_table[next_value++], nullptr});
      }
      out.rows.push_back(std::move(row));
    }
  }
  return out;
}

}  // namespace

value_text write_value(const cell_slot& cell, const decimal& value, random_engine& random) {
  value_text v;
  v.read = {value, bind::value_state::given};
  v.oracle.coord = cell.coord;
  v.oracle.value = value;
  switch (cell.kind) {
    case edition::value_kind::money: {
      v.oracle.yuan = value;
      const std::string& declared = cell.column->unit;  // 万元 in the label: the cell is a bare number
      const bool in_wan = declared == "万元" || (declared.empty() && uniform<int>(random, 0, 2) == 0);
      const decimal written = in_wan ? value.times_power_of_ten(-4) : value;
      v.oracle.value = written;
      v.oracle.unit = in_wan ? "万元" : "元";
      v.text = written.to_string() + (declared.empty() ? v.oracle.unit : "");
      break;
    }
    case edition::value_kind::text:
      v.text = "无";
      v.read = {std::nullopt, bind::value_state::not_numeric};
      v.oracle.value.reset();
      break;
    default:
      v.text = value.to_string();
  }
  return v;
}

document_model build_document(const generator::plan& p, const std::vector<decimal>& values, random_engine& random,
                              const options& opts) {
  document_model doc;
  const prose about = draw_prose(*p.edition, random, opts);
  doc.agency = about.agency;
  doc.year = about.year;
  doc.title = about.title;
  doc.closing = about.closing;
  doc.values.reserve(p.cells.size());
  for (std::size_t c = 0; c < p.cells.size(); ++c) doc.values.push_back(write_value(p.cells[c], values[c], random));

  const edition::definition& ed = *p.edition;
  for (unsigned n = 1; n <= ed.sections.size(); ++n) {
    section_model s;
    s.number = n;
    s.mark = chinese_numeral(n) + "、";
    s.heading = ed.sections[n - 1];
    bool has_table = false;
    for (const edition::table& t : ed.tables) {
      if (t.section != n) continue;
      has_table = true;
      std::vector<std::size_t> cells;
      for (std::size_t c = 0; c < p.cells.size(); ++c) {
        if (p.cells[c].table == &t) cells.push_back(c);
      }
      s.body.emplace_back(t.blocks.empty() ? grid_table(t, cells) : block_table(t, cells));
    }
    if (!has_table) {
      for (std::string& line : section_lines(n, about, random)) s.body.emplace_back(std::move(line));
    }
    doc.sections.push_back(std::move(s));
  }
  return doc;
}

std::vector<row_place> rows_of(document_model& doc) {
  std::vector<row_place> out;
  for (section_model& s : doc.sections) {
    for (body_item& item : s.body) {
      if (auto* t = std::get_if<table_model>(&item)) {
        for (std::size_t r = 0; r < t->rows.size(); ++r) out.push_back({t, r});
      }
    }
  }
  return out;
}

std::string render(const document_model& doc) {
  std::string out;
  out.reserve(8192);  // a report is a few KB
  const char* const eol = doc.crlf ? "\r\n" : "\n";
  if (doc.bom) out += "\xEF\xBB\xBF";
  const auto line = [&](std::string_view text) {
    out.append(text);
    out += eol;
  };
  for (const std::string& t : doc.title) line(t);
  line("");
  for (const section_model& s : doc.sections) {
    bool heading_pending = s.heading_in_cell;
    if (!s.heading_in_cell) line(s.mark + s.heading);
    for (const body_item& item : s.body) {
      if (const auto* text = std::get_if<std::string>(&item)) {
        line(*text);
        continue;
      }
      const table_model& t = std::get<table_model>(item);
      for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (r > 0) line("");
        for (const cell_model& c : t.rows[r].cells) {
          out += '\t';
          if (heading_pending) {  // the heading as the first line of the table's first cell
            line(s.mark + s.heading);
            heading_pending = false;
          }
          if (c.value) {
            line(doc.values[*c.value].text);
            continue;
          }
          for (const std::string& l : c.lines) line(l);
          if (c.lines.empty()) line("");
        }
      }
      line("");
    }
  }
  if (!doc.truncated) {
    for (const std::string& c : doc.closing) line(c);
  }
  return out;
}

}  // namespace nianbao::generate
