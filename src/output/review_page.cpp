// A report's review page: its tables drawn in the official layout from the edition's trees (the
// header groups merged as the form merges them), each cell as written and marked by what the
// checker found of it, and the findings beside them. One self-contained file: no script, font or
// style from elsewhere, so that it opens from disk, prints, and reads on a phone.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "html_text.hpp"
#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

// An id for a cell's element: its coordinate, which holds no space or quote (edition ids).
struct anchor {
  std::string_view coordinate;
};

sink& operator<<(sink& out, anchor a) { return out << "c-" << html{a.coordinate}; }

using edition::depth;
using edition::labelled;
using edition::leaf_count;

// What the findings say of each cell, by coordinate.
struct cell_marks {
  std::set<std::string> violated;                 // read by a violated invariant
  std::map<std::string, std::string> consistent;  // the likeliest wrong, with its consistent value
};

void mark_violated(const finding& f, cell_marks& out) {
  if (f.status == "violated") {
    for (const finding_cell& c : f.cells) out.violated.insert(c.coord);
  }
  for (const finding& v : f.violations) mark_violated(v, out);
}

cell_marks marks_of(const bind::bound_report& bound) {
  cell_marks out;
  for (const finding& f : bound.findings) {
    mark_violated(f, out);
    // A culprit's cell is its first, with the value the table implies.
    if (f.id == "CELL-INCONSISTENT" && !f.cells.empty()) out.consistent.emplace(f.cells.front().coord, f.expected);
    // Ungrouped (--no-group), the note's cells list every repair, the likeliest first: as many
    // cells as it has notes.
    if (f.id == "LIKELY-WRONG") {
      for (std::size_t i = 0; i < f.related.size() && i < f.cells.size(); ++i)
        out.consistent.emplace(f.cells[i].coord, f.cells[i].value);
    }
  }
  return out;
}

class page_writer {
 public:
  page_writer(sink& out, const source& src, const bind::bound_report& bound) : out_(out), marks_(marks_of(bound)) {
    // The values view the edition's own row and column paths: a node's path is their key.
    for (const bind::bound_value& v : bound.values) values_.emplace(std::pair(v.row.data(), v.column.data()), &v);
    // Located in document order, once: the tables draw them in the edition's, and a page written
    // on one line would be counted from its start for every cell.
    std::vector<const bind::bound_value*> by_place;
    for (const bind::bound_value& v : bound.values) {
      if (v.state != bind::value_state::missing) by_place.push_back(&v);
    }
    std::sort(by_place.begin(), by_place.end(),
              [](const bind::bound_value* a, const bind::bound_value* b) { return a->where.begin < b->where.begin; });
    locator locate(src);
    first_value_ = bound.values.data();
    places_.resize(bound.values.size());
    for (const bind::bound_value* v : by_place)
      places_[static_cast<std::size_t>(v - first_value_)] = locate(v->where.begin);
  }

  void table(const edition::table& t) {
    out_ << "<section aria-labelledby=\"" << html{t.id} << "\">\n<h2 id=\"" << html{t.id} << "\">" << html{t.title}
         << "</h2>\n<div class=\"scroll\"><table>\n";
    if (t.blocks.empty()) {
      grid(t, t.columns, t.rows, t.corner, 0);
    } else {
      std::size_t width = 0;
      for (const edition::block& b : t.blocks) {
        std::size_t leaves = 0;
        for (const edition::node& c : b.columns) leaves += leaf_count(c);
        width = std::max(width, leaves + depth(b.rows));
      }
      for (const edition::block& b : t.blocks) {
        out_ << "<tbody><tr><th scope=\"colgroup\" colspan=\"" << width << "\" class=\"block\">" << html{b.label}
             << "</th></tr>\n";
        grid(t, b.columns, b.rows, "", width);
        out_ << "</tbody>\n";
      }
    }
    out_ << "</table></div>\n</section>\n";
  }

 private:
  // The header rows of a column tree (groups spanning their leaves, leaves reaching down), then a
  // row per leaf row, its label groups spanning their leaf rows. `width`, when given, pads the
  // rows of a block to the widest block's.
  void grid(const edition::table& t, const std::vector<edition::node>& columns, const std::vector<edition::node>& rows,
            const std::string& corner, std::size_t width) {
    const std::size_t header_rows = depth(columns);
    const std::size_t label_columns = labelled(rows) ? depth(rows) : 0;
    std::size_t leaves = 0;
    for (const edition::node& c : columns) leaves += leaf_count(c);
    const std::size_t pad = width > leaves + label_columns ? width - leaves - label_columns : 0;
    for (std::size_t r = 0; r < header_rows; ++r) {
      out_ << "<tr>";
      if (r == 0 && label_columns > 0) {
        out_ << "<td class=\"corner\" rowspan=\"" << header_rows << "\" colspan=\"" << label_columns << "\">"
             << html{corner} << "</td>";
      }
      header_row(columns, 0, r, header_rows);
      if (r == 0 && pad > 0) out_ << "<td rowspan=\"" << header_rows << "\" colspan=\"" << pad << "\"></td>";
      out_ << "</tr>\n";
    }
    const std::vector<const edition::node*> leaf_columns = edition::leaves(columns);
    std::vector<const edition::node*> open;  // row groups whose first leaf row is the next
    body_rows(t, rows, 0, label_columns, leaf_columns, pad, open);
  }

  void header_row(const std::vector<edition::node>& tree, std::size_t level, std::size_t row, std::size_t rows) {
    for (const edition::node& n : tree) {
      if (level == row) {
        out_ << "<th scope=\"" << (n.is_leaf() ? "col" : "colgroup") << "\"";
        if (!n.is_leaf()) out_ << " colspan=\"" << leaf_count(n) << "\"";
        if (n.is_leaf() && rows - level > 1) out_ << " rowspan=\"" << rows - level << "\"";
        out_ << ">" << html{n.label} << "</th>";
      } else if (level < row) {
        header_row(n.children, level + 1, row, rows);
      }
    }
  }

  void body_rows(const edition::table& t, const std::vector<edition::node>& tree, std::size_t level,
                 std::size_t label_columns, const std::vector<const edition::node*>& columns, std::size_t pad,
                 std::vector<const edition::node*>& groups) {
    for (const edition::node& n : tree) {
      if (!n.is_leaf()) {
        groups.push_back(&n);
        body_rows(t, n.children, level + 1, label_columns, columns, pad, groups);
        continue;
      }
      out_ << "<tr>";
      // The groups this row is the first of open here, spanning their leaves.
      for (const edition::node* group : groups)
        out_ << "<th scope=\"rowgroup\" rowspan=\"" << leaf_count(*group) << "\">" << html{group->label} << "</th>";
      groups.clear();
      if (label_columns > 0) {
        out_ << "<th scope=\"row\"";
        if (label_columns - level > 1) out_ << " colspan=\"" << label_columns - level << "\"";
        out_ << ">" << html{n.label} << "</th>";
      }
      for (const edition::node* column : columns) value_cell(t, n, *column);
      if (pad > 0) out_ << "<td colspan=\"" << pad << "\"></td>";
      out_ << "</tr>\n";
    }
  }

  // The cell's element: its coordinate as id (edition ids need no escaping), its state and marks
  // as classes, and what a reviewer asks of it in its title.
  void value_cell(const edition::table& t, const edition::node& row, const edition::node& column) {
    const auto found = values_.find(std::pair(row.path.data(), column.path.data()));
    const bind::bound_value* v = found == values_.end() ? nullptr : found->second;
    coordinate_.assign(t.id).append("/").append(row.path).append("/").append(column.path);
    const bind::value_state state = v == nullptr ? bind::value_state::missing : v->state;
    const bool violated = !marks_.violated.empty() && marks_.violated.contains(coordinate_);
    const auto consistent = marks_.consistent.empty() ? marks_.consistent.end() : marks_.consistent.find(coordinate_);
    out_ << "<td id=\"c-" << coordinate_ << "\" class=\"v " << bind::name_of(state) << (violated ? " violated" : "")
         << (consistent != marks_.consistent.end() ? " likely-wrong" : "") << "\" tabindex=\"0\" title=\""
         << coordinate_ << " · " << bind::name_of(state);
    if (v != nullptr && v->value) {
      out_ << " · " << v->value->to_string();
      if (!v->unit.empty()) out_ << " " << html{v->unit};
    }
    if (v != nullptr && v->yuan && !v->unit.empty() && v->unit != "元") out_ << " = " << v->yuan->to_string() << " 元";
    if (v != nullptr && state != bind::value_state::missing) {
      const location& at = places_[static_cast<std::size_t>(v - first_value_)];
      out_ << " · line " << at.line << ", column " << at.column;
    }
    out_ << "\">";
    switch (state) {
      case bind::value_state::blank:
        out_ << "<span class=\"mark\">空</span>";
        break;
      case bind::value_state::missing:
        out_ << "<span class=\"mark\">缺</span>";
        break;
      default:
        out_ << html{v->raw};
    }
    if (violated) out_ << "<span class=\"flag\" aria-label=\"in a rule that does not hold\">!</span>";
    if (consistent != marks_.consistent.end()) {
      out_ << "<span class=\"consistent\" data-consistent=\"" << html{consistent->second} << "\">→ "
           << html{consistent->second} << "</span>";
    }
    out_ << "</td>";
  }

  sink& out_;
  cell_marks marks_;
  const bind::bound_value* first_value_ = nullptr;
  std::vector<location> places_;  // of each value, as bound.values
  std::string coordinate_;        // of the cell being written, kept to reuse its buffer
  struct pair_hash {
    std::size_t operator()(const std::pair<const char*, const char*>& p) const noexcept {
      return std::hash<const char*>{}(p.first) * 31 + std::hash<const char*>{}(p.second);
    }
  };
  std::unordered_map<std::pair<const char*, const char*>, const bind::bound_value*, pair_hash> values_;
};

constexpr std::string_view style = R"css(
.layout{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
.tables{flex:3 1 40em;min-width:0}
.findings{flex:1 1 22em;min-width:0}
th.block{text-align:left;background:#e4e4e4}
td.corner{font-size:.8em;color:#444}
td.v{text-align:right;white-space:nowrap;position:relative}
td.blank .mark,td.missing .mark{color:#777;font-style:italic}
td.not_given{color:#555;background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)}
td.missing{background:#f7f7f7}
td.not_numeric{background:#fff4d6}
td.violated{outline:3px solid #c00;outline-offset:-3px}
td.likely-wrong{background:#ffd7d7;font-weight:bold}
td .flag{color:#c00;font-weight:bold;margin-left:.2em}
td .consistent{display:block;color:#060;font-size:.85em}
td.v:focus{outline:3px solid #06c}
td.v:focus::after{content:attr(title);position:absolute;left:0;top:100%;z-index:1;background:#ffe;border:1px solid #888;padding:.2em;white-space:pre;font-size:.8em;color:#000;text-align:left;font-weight:normal}
ol.findings-list{padding-left:1.2em}
ol.findings-list li{margin-bottom:.8em}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8em}
li.error .sev{color:#c00} li.warning .sev{color:#a60} li.note .sev{color:#06c}
blockquote{margin:.2em 0;padding:.1em .4em;border-left:3px solid #ccc;font-family:monospace;white-space:pre-wrap;word-break:break-all}
@media print{.layout{display:block} td.v:focus::after{display:none} a{color:inherit}}
)css";

}  // namespace

void write_review_page(std::ostream& stream, const source& src, const bind::bound_report& bound,
                       const std::string& file) {
  sink out;
  out.text.reserve(std::size_t{64} << 10);
  std::size_t errors = 0, warnings = 0;
  for (const finding& f : bound.findings) {
    errors += f.level == severity::error ? 1 : 0;
    warnings += f.level == severity::warning ? 1 : 0;
  }
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << html{file}
      << " · nianbao</title>\n<style>" << base_style << style << "</style>\n</head>\n<body>\n<header>\n<h1>"
      << html{file} << "</h1>\n<p>";
  if (bound.choice.edition != nullptr) out << "edition " << html{bound.choice.edition->id} << ", ";
  out << errors << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning" : " warnings")
      << "</p>\n<p class=\"legend\">Cells: <b>!</b> outlined: in a rule that does not hold; filled with "
         "<b>→ value</b>: the likeliest wrong, with the value that makes the table add up; 空 blank; 缺 missing; "
         "striped: not given (<code>/</code>, <code>-</code>). Focus or hover a cell for its coordinate, exact "
         "value, unit and place.</p>\n</header>\n<div class=\"layout\">\n<main class=\"tables\">\n";
  page_writer page(out, src, bound);
  if (bound.choice.edition != nullptr) {
    for (const edition::table& t : bound.choice.edition->tables) page.table(t);
  } else {
    out << "<p>No edition fits the tables: nothing to draw (see the findings).</p>\n";
  }
  out << "</main>\n<aside class=\"findings\" aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n"
      << "<ol class=\"findings-list\">\n";
  locator locate(src);  // the findings come in document order
  for (const finding& f : bound.findings) {
    out << "<li class=\"" << name_of(f.level) << "\"><span class=\"sev\">" << name_of(f.level) << "</span> ";
    if (!(f.where.empty() && f.where.begin == 0)) {
      const location at = locate(f.where.begin);
      out << "<span class=\"place\">" << at.line << ":" << at.column << "</span> ";
      out << html{f.message} << " <code>[" << html{f.id} << "]</code>";
      const std::string_view line = src.line_text(at.line);
      if (line.size() <= 400) out << "<blockquote>" << html{line} << "</blockquote>";
    } else {
      out << html{f.message} << " <code>[" << html{f.id} << "]</code>";
    }
    std::set<std::string> linked;
    for (const finding_cell& c : f.cells) {
      if (!linked.insert(c.coord).second) continue;
      out << (linked.size() == 1 ? "<div class=\"cells\">cells: " : ", ") << "<a href=\"#" << anchor{c.coord} << "\">"
          << html{c.coord} << "</a>";
    }
    if (!linked.empty()) out << "</div>";
    out << "</li>\n";
  }
  out << "</ol>\n</aside>\n</div>\n</body>\n</html>\n";
  stream << out.text;
}

}  // namespace nianbao::output
