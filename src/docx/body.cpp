#include "body.hpp"

#include <algorithm>
#include <map>

#include "nianbao/core/utf8.hpp"
#include "xml.hpp"

namespace nianbao::docx {

namespace {

// Tables in cells and text boxes in tables: no report nests deeper, and the walk is recursive.
constexpr int max_depth = 32;

// Elements that only wrap content (content controls, tracked insertions, custom XML, links, simple
// fields): their content is read as if they were not there.
bool is_wrapper(std::string_view name) {
  return name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins" || name == "moveTo" ||
         name == "smartTag" || name == "hyperlink" || name == "fldSimple" || name == "dir" || name == "bdo";
}

// Markup compatibility: the first choice stands for the others, which hold the same content.
pugi::xml_node first_element(const pugi::xml_node& node) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element) return c;
  return {};
}

// A paragraph's text as Word shows it: its number, its runs, line breaks; no hidden or deleted
// text, no field codes.
struct paragraph_text {
  std::vector<std::string> lines{1};
  std::vector<pugi::xml_node> text_boxes;
  bool too_deep = false;  // nested past max_depth: refused, not read in part

  void add(std::string_view s) { lines.back() += s; }
  // Whether `depth` is past max_depth, noting it.
  bool past(int depth) {
    if (depth > max_depth) too_deep = true;
    return depth > max_depth;
  }
  void collect(const pugi::xml_node& node, int depth);
  void run(const pugi::xml_node& r, int depth);
  void find_text_boxes(const pugi::xml_node& node, int depth);
};

void paragraph_text::find_text_boxes(const pugi::xml_node& node, int depth) {
  if (past(depth)) return;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c) == "txbxContent") {
      text_boxes.push_back(c);
    } else {
      find_text_boxes(local_name(c) == "AlternateContent" ? first_element(c) : c, depth + 1);
    }
  }
}

void paragraph_text::run(const pugi::xml_node& r, int depth) {
  if (past(depth)) return;
  if (switched_on(child(child(r, "rPr"), "vanish"))) return;
  for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (name == "t") {
      add(c.child_value());
    } else if (name == "tab" || name == "ptab") {
      add(" ");
    } else if (name == "br" || name == "cr") {
      lines.emplace_back();
    } else if (name == "noBreakHyphen") {
      add("-");
    } else if (name == "AlternateContent") {
      run(first_element(c), depth + 1);
    } else if (name == "drawing" || name == "pict" || name == "object" || name == "Choice" || name == "Fallback") {
      // Text boxes anchored in the run: read after the paragraph, as blocks of their own.
      find_text_boxes(c, depth + 1);
    }
  }
}

void paragraph_text::collect(const pugi::xml_node& node, int depth) {
  if (past(depth)) return;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (name == "r") {
      run(c, depth);
    } else if (is_wrapper(name)) {
      collect(c, depth + 1);
    } else if (name == "AlternateContent") {
      collect(first_element(c), depth + 1);
    }
  }
}

// White space as one space, and no spacing at either end (no-break and ideographic spaces too, as
// a page's are): Word's text has the spacing of its layout.
std::string tidy(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  std::size_t begin = 0;
  while (const std::size_t n = utf8::inline_space_at(out, begin)) begin += n;
  std::string_view kept = utf8::trim_end(std::string_view(out).substr(begin));
  return std::string(kept);
}

class body_reader {
 public:
  explicit body_reader(numbering& numbers) : numbers_(numbers) {}

  void blocks(const pugi::xml_node& container, const std::string& scope, int depth);
  body_text take() { return std::move(out_); }

 private:
  struct raw_cell {
    std::size_t column = 0;  // in the table's grid
    unsigned columns = 1;
    enum { alone, starts, continues } merge = alone;
    layout::table_cell cell;
  };

  layout::text_line listed(const std::string& place, const std::string& text);
  std::vector<std::string> paragraph(const pugi::xml_node& p, std::vector<pugi::xml_node>& boxes);
  void cell_lines(const pugi::xml_node& container, const std::string& place, std::vector<layout::text_line>& lines,
                  int depth);
  void table(const pugi::xml_node& tbl, int depth);
  void elements(const pugi::xml_node& node, std::string_view name, std::vector<pugi::xml_node>& out, int depth);
  bool too_deep(int depth);

  numbering& numbers_;
  body_text out_;
  std::size_t paragraphs_ = 0;
  std::size_t tables_ = 0;
  std::size_t text_boxes_ = 0;
};

bool body_reader::too_deep(int depth) {
  if (depth < max_depth) return false;
  if (!out_.problem)
    out_.problem = "the document nests its content (tables, text boxes, content controls, alternatives) more than " +
                   std::to_string(max_depth) + " deep";
  return true;
}

layout::text_line body_reader::listed(const std::string& place, const std::string& text) {
  out_.listing += place;
  out_.listing += ": ";
  const std::size_t at = out_.listing.size();
  out_.listing += text;
  out_.listing += '\n';
  return {text, {{0, at, true}}};
}

std::vector<std::string> body_reader::paragraph(const pugi::xml_node& p, std::vector<pugi::xml_node>& boxes) {
  paragraph_text text;
  text.add(numbers_.label(child(p, "pPr")));
  text.collect(p, 0);
  if (text.too_deep) too_deep(max_depth);
  std::vector<std::string> lines;
  for (const std::string& l : text.lines)
    if (std::string t = tidy(l); !t.empty()) lines.push_back(std::move(t));
  boxes.insert(boxes.end(), text.text_boxes.begin(), text.text_boxes.end());
  return lines;
}

// Elements named `name` among the children of `node`, looking through wrappers.
void body_reader::elements(const pugi::xml_node& node, std::string_view name, std::vector<pugi::xml_node>& out,
                           int depth) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c) == name) {
      out.push_back(c);
    } else if (is_wrapper(local_name(c)) && !too_deep(depth + 1)) {
      elements(c, name, out, depth + 1);
    }
  }
}

void body_reader::blocks(const pugi::xml_node& container, const std::string& scope, int depth) {
  if (too_deep(depth)) return;
  for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (name == "p") {
      std::vector<pugi::xml_node> boxes;
      const std::vector<std::string> lines = paragraph(c, boxes);
      if (!lines.empty()) {
        const std::string place = scope.empty() ? "paragraph " + std::to_string(++paragraphs_) : scope;
        for (const std::string& l : lines) out_.blocks.emplace_back(listed(place, l));
      }
      for (const pugi::xml_node& box : boxes) blocks(box, "text box " + std::to_string(++text_boxes_), depth + 1);
    } else if (name == "tbl") {
      table(c, depth + 1);
    } else if (name == "AlternateContent") {
      blocks(first_element(c), scope, depth + 1);
    } else if (is_wrapper(name)) {
      blocks(c, scope, depth + 1);
    }
  }
}

// A cell's paragraphs as its lines (a cell of a data table holds no table: see table()).
void body_reader::cell_lines(const pugi::xml_node& container, const std::string& place,
                             std::vector<layout::text_line>& lines, int depth) {
  if (too_deep(depth)) return;
  for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = local_name(c);
    if (name == "p") {
      std::vector<pugi::xml_node> boxes;
      for (const std::string& l : paragraph(c, boxes)) lines.push_back(listed(place, l));
      for (const pugi::xml_node& box : boxes) cell_lines(box, place, lines, depth + 1);
    } else if (is_wrapper(name)) {
      cell_lines(c, place, lines, depth + 1);
    }
  }
}

void body_reader::table(const pugi::xml_node& tbl, int depth) {
  if (too_deep(depth)) return;
  const std::string name = "table " + std::to_string(++tables_);
  std::vector<pugi::xml_node> rows;
  elements(tbl, "tr", rows, depth);
  // A table that holds another table, or that has a single column, lays the document out, as on
  // a web page: its cells are read as text, and the tables in them as tables.
  std::vector<std::vector<pugi::xml_node>> cells(rows.size());
  bool wide = false;
  bool nested = false;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    elements(rows[r], "tc", cells[r], depth);
    wide = wide || cells[r].size() > 1;
    for (const pugi::xml_node& tc : cells[r]) {
      std::vector<pugi::xml_node> inner;
      elements(tc, "tbl", inner, depth);
      nested = nested || !inner.empty();
    }
  }
  if (!wide || nested) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t k = 0; k < cells[r].size(); ++k)
        blocks(cells[r][k], name + ", row " + std::to_string(r + 1) + ", cell " + std::to_string(k + 1), depth + 1);
    }
    return;
  }
  std::vector<std::vector<raw_cell>> grid;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    auto& row = grid.emplace_back();
    std::size_t column = number_attribute(child(child(rows[r], "trPr"), "gridBefore")).value_or(0);
    if (column > 0) {
      // Grid columns the row leaves out before its first cell (w:gridBefore): an empty cell, listed
      // so that a finding about it has a line to show.
      const std::string place = name + ", row " + std::to_string(r + 1) + ", before the first cell";
      const std::size_t start = out_.listing.size();
      listed(place, "");
      row.push_back({0, static_cast<unsigned>(column), raw_cell::alone, {{}, start + place.size() + 2, {}}});
    }
    for (std::size_t k = 0; k < cells[r].size(); ++k) {
      const pugi::xml_node properties = child(cells[r][k], "tcPr");
      raw_cell cell;
      cell.column = column;
      cell.columns = std::max(1u, number_attribute(child(properties, "gridSpan")).value_or(1));
      if (const pugi::xml_node merge = child(properties, "vMerge"))
        cell.merge = attribute(merge).value_or("continue") == "restart" ? raw_cell::starts : raw_cell::continues;
      const std::string place = name + ", row " + std::to_string(r + 1) + ", cell " + std::to_string(k + 1);
      const std::size_t start = out_.listing.size();
      cell_lines(cells[r][k], place, cell.cell.lines, depth + 1);
      if (cell.cell.lines.empty()) listed(place, "");  // an empty cell has its line too, to point at
      cell.cell.origin = start + place.size() + 2;
      column += cell.columns;
      row.push_back(std::move(cell));
    }
  }
  // Vertical merges as spans: a cell that starts one reaches down over the cells that continue it
  // in the same grid column, which are not written again.
  layout::table_block block;
  using place_in_block = std::pair<std::size_t, std::size_t>;  // row, cell
  std::map<std::size_t, place_in_block> open;                  // by grid column: the cell reaching down
  for (std::size_t r = 0; r < grid.size(); ++r) {
    layout::table_row& row = block.rows.emplace_back();
    std::map<std::size_t, place_in_block> still_open;
    for (raw_cell& c : grid[r]) {
      if (c.merge == raw_cell::continues) {
        if (const auto o = open.find(c.column); o != open.end()) {
          ++block.rows[o->second.first].cells[o->second.second].shape.rows;
          still_open.insert(*o);
          continue;
        }
      }
      c.cell.shape.columns = c.columns;
      if (c.merge == raw_cell::starts) still_open[c.column] = {r, row.cells.size()};
      row.cells.push_back(std::move(c.cell));
    }
    row.origin = row.cells.empty() ? out_.listing.size() : row.cells.front().origin;
    open = std::move(still_open);
  }
  block.origin = block.rows.empty() ? out_.listing.size() : block.rows.front().origin;
  out_.blocks.emplace_back(std::move(block));
}

}  // namespace

body_text read_body(const pugi::xml_node& body, numbering& numbers) {
  body_reader reader(numbers);
  reader.blocks(body, "", 0);
  return reader.take();
}

}  // namespace nianbao::docx
