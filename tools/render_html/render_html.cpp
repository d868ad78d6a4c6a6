#include "render_html.hpp"

#include <iconv.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "nianbao/bind.hpp"
#include "nianbao/core/utf8.hpp"
#include "nianbao/grammar.hpp"

namespace nianbao::tools {

namespace {

std::string escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

// One cell of the page's table, before it is written.
struct page_cell {
  std::vector<std::string> lines;
  std::size_t rows = 1;
  std::size_t columns = 1;
  bool written = true;  // false: the cell above reaches down over it
};
using page_row = std::vector<page_cell>;

std::vector<std::string> cell_lines(std::string_view text, const ast::cell& cell) {
  std::vector<std::string> lines;
  for (std::size_t k = 0; k < cell.lines.size(); ++k) {
    const ast::line& l = cell.lines[k];
    std::size_t begin = k == 0 ? cell.tab.end : l.where.begin;
    lines.emplace_back(text.substr(begin, l.line_end.begin - begin));
  }
  return lines;
}

bool is_empty(const std::vector<std::string>& lines) {
  for (const std::string& l : lines)
    if (l.find_first_not_of(" \t") != std::string::npos) return false;
  return true;
}

using edition::depth;
using edition::labelled;

// A node of a column tree as the header draws it: its depth, its first leaf and leaf count.
struct header_node {
  const edition::node* node;
  std::size_t depth;
  std::size_t first_leaf;
  std::size_t leaves;
};

std::size_t collect(const std::vector<edition::node>& tree, std::size_t d, std::size_t first,
                    std::vector<header_node>& out) {
  for (const edition::node& n : tree) {
    const std::size_t index = out.size();
    out.push_back({&n, d, first, 0});
    const std::size_t leaves = n.is_leaf() ? 1 : collect(n.children, d + 1, first, out);
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

// Splits text into pieces of a few characters, for pages that scatter one run of text over
// several <span>s.
std::vector<std::string> pieces(std::string_view s, std::size_t every) {
  std::vector<std::string> out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    utf8::decode(s, i);
    if (count++ % every == 0) out.emplace_back();
    out.back().append(s.substr(start, i - start));
  }
  return out;
}

bool wide_at(std::string_view s, std::size_t i) {
  const char32_t cp = utf8::decode(s, i);
  return cp != utf8::invalid && display_width(cp) == 2;
}

class page_writer {
 public:
  page_writer(std::string_view text, page_options options) : text_(text), options_(std::move(options)) {}

  void paragraph(std::string_view line) {
    switch (options_.shape) {
      case page_shape::word:
        out_ << "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span\r\n"
             << "style='font-size:16.0pt;font-family:仿宋_GB2312'>" << wrapped(escaped(line))
             << "<span lang=EN-US><o:p></o:p></span></span></p>\r\n\r\n";
        break;
      case page_shape::cms:
        out_ << "<p style=\"text-indent:2em\">" << escaped(line) << "\n";  // never closed, as CMS editors leave it
        break;
      case page_shape::split:
        out_ << "<p>";
        for (const std::string& p : pieces(line, 5))
          out_ << "<span style=\"font-family:宋体\">" << escaped(p) << "</span>";
        out_ << "</p>\n";
        break;
    }
  }

  void blank() {
    if (options_.shape == page_shape::word)
      out_ << "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n\r\n";
  }

  void table(const std::vector<page_row>& rows) {
    const bool word = options_.shape == page_shape::word;
    out_ << (word ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0\r\n"
                    " style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>\r\n"
                  : "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"600\"><tbody>\n");
    std::size_t index = 0;
    for (const page_row& row : rows) {
      out_ << (word ? "<tr style='mso-yfti-irow:" + std::to_string(index++) + "'>\r\n" : std::string("<tr>\n"));
      for (const page_cell& cell : row) {
        if (!cell.written) continue;
        out_ << "<td";
        if (cell.rows > 1) out_ << (word ? " rowspan=" : " rowspan=\"") << cell.rows << (word ? "" : "\"");
        if (cell.columns > 1) out_ << (word ? " colspan=" : " colspan=\"") << cell.columns << (word ? "" : "\"");
        out_ << (word ? " valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" : ">");
        cell_content(cell);
        out_ << (options_.shape == page_shape::cms ? "\n" : "</td>\n");  // CMS pages leave cells unclosed
      }
      out_ << (options_.shape == page_shape::cms ? "" : "</tr>\n");
    }
    out_ << (word ? "</table>\r\n\r\n" : "</tbody></table>\n");
  }

  std::string str() const { return out_.str(); }
  std::ostringstream& out() { return out_; }

 private:
  void cell_content(const page_cell& cell) {
    const auto trimmed = [](std::string_view s) {
      const std::size_t b = s.find_first_not_of(" \t");
      return b == std::string_view::npos ? std::string_view() : s.substr(b, s.find_last_not_of(" \t") + 1 - b);
    };
    if (options_.shape == page_shape::word) {
      if (is_empty(cell.lines)) {
        out_ << "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
        return;
      }
      for (const std::string& l : cell.lines) {
        if (trimmed(l).empty()) continue;
        out_ << "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt'>"
             << escaped(trimmed(l)) << "<span lang=EN-US><o:p></o:p></span></span></p>";
      }
      return;
    }
    if (options_.shape == page_shape::cms) {
      bool first = true;
      for (const std::string& l : cell.lines) {
        if (trimmed(l).empty()) continue;
        out_ << (first ? "" : "<p>") << escaped(trimmed(l));
        first = false;
      }
      return;
    }
    // split: padding entities, a number in two <span>s, lines broken with <br>.
    out_ << "&nbsp;";
    bool first = true;
    for (const std::string& l : cell.lines) {
      if (trimmed(l).empty()) continue;
      if (!first) out_ << "<br>";
      first = false;
      const std::string t = escaped(trimmed(l));
      const std::size_t half = t.size() / 2;
      if (t.find_first_not_of("0123456789.") == std::string::npos && t.size() > 1) {
        out_ << "<span>" << t.substr(0, half) << "</span><span>" << t.substr(half) << "</span>";
      } else {
        for (const std::string& p : pieces(t, 4)) out_ << "<span>" << p << "</span>";
      }
    }
    out_ << "&#160;";
  }

  // Word wraps its HTML source at about 70 columns, and between two Chinese characters where a
  // line has no space: the break must not show on the page.
  std::string wrapped(const std::string& s) const {
    std::string out;
    std::size_t column = 0;
    for (std::size_t i = 0; i < s.size();) {
      const std::size_t start = i;
      const bool wide = wide_at(s, i);
      utf8::decode(s, i);
      if (column >= 34 && wide && i < s.size() && wide_at(s, i)) {
        out.append(s, start, i - start).append("\r\n");
        column = 0;
        continue;
      }
      out.append(s, start, i - start);
      ++column;
    }
    return out;
  }

  std::string_view text_;
  page_options options_;
  std::ostringstream out_;
};

std::string page_head(const page_options& o, std::string_view title) {
  std::ostringstream out;
  switch (o.shape) {
    case page_shape::word:
      out << "<html "
             "xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
          << "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n"
          << "<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=" << o.charset << "\">\r\n"
          << "<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n"
          << "<title>" << escaped(title) << "</title>\r\n"
          << "<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Print</w:View>\r\n </w:WordDocument>\r\n"
          << "</xml><![endif]-->\r\n<style>\r\n<!--\r\np.MsoNormal {margin:0cm; font-size:10.5pt;}\r\n-->\r\n"
          << "</style>\r\n</head>\r\n\r\n<body lang=ZH-CN style='text-justify-trim:punctuation'>\r\n\r\n"
          << "<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n";
      break;
    case page_shape::cms:
      out << "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html>\n<head>\n"
          << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" << o.charset << "\" />\n"
          << "<title>" << escaped(title) << "_政务公开</title>\n"
          << "<script type=\"text/javascript\">var nav = \"<div><table>\"; if (a < b) {}</script>\n"
          << "<link rel=\"stylesheet\" href=\"/css/style.css\">\n</head>\n<body>\n"
          << "<div class=\"header\"><div class=\"logo\">人民政府门户网站</div>\n"
          << "<ul class=\"nav\"><li><a href=\"/\">首页</a><li><a href=\"/zwgk/\">政务公开</a>"
          << "<li><a href=\"/ndbg/\">政府信息公开年报</a><li><a href=\"/hdjl/\">互动交流</a></ul></div>\n"
          << "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a>政务公开</a> &gt; "
             "<a>政府信息公开年报</a></div>\n"
          << "<table width=\"1000\" align=\"center\" class=\"layout\"><tr><td class=\"main\">\n"
          << "<div class=\"article\">\n";
      break;
    case page_shape::split:
      out << "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"" << o.charset << "\">\n<title>"
          << escaped(title) << "</title>\n</head>\n<body>\n<main>\n";
      break;
  }
  return out.str();
}

std::string page_foot(const page_options& o) {
  switch (o.shape) {
    case page_shape::word:
      return "</div>\r\n\r\n</body>\r\n\r\n</html>\r\n";
    case page_shape::cms:
      return "</div>\n<div class=\"tools\">【<a href=\"javascript:window.print()\">打印本页</a>】【<a "
             "href=\"javascript:window.close()\">关闭窗口</a>】</div>\n</td></tr></table>\n"
             "<div class=\"footer\"><p>主办单位：人民政府办公室　网站标识码：3300000001</p>\n"
             "<p>2022年1月1日</p></div>\n</body>\n</html>\n";
    case page_shape::split:
      return "</main>\n<footer>版权所有</footer>\n</body>\n</html>\n";
  }
  return {};
}

// The bytes of the page in its declared charset; characters the charset lacks as references.
std::string encoded(const std::string& page, const std::string& charset) {
  if (charset == "utf-8" || charset == "UTF-8") return page;
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out;
  for (std::size_t i = 0; i < page.size();) {
    const std::size_t start = i;
    const char32_t cp = utf8::decode(page, i);
    char buffer[8];
    char* in = const_cast<char*>(page.data() + start);
    std::size_t in_left = i - start;
    char* o = buffer;
    std::size_t out_left = sizeof buffer;
    if (iconv(cd, &in, &in_left, &o, &out_left) == static_cast<std::size_t>(-1)) {
      out += "&#" + std::to_string(static_cast<unsigned long>(cp)) + ";";
    } else {
      out.append(buffer, sizeof buffer - out_left);
    }
  }
  iconv_close(cd);
  return out;
}

}  // namespace

std::string render_html(const source& text, const std::vector<edition::definition>& editions,
                        const page_options& options) {
  const grammar::parse_result parsed = grammar::parse_report(text);
  if (!parsed.document) return {};
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

  std::string title;
  for (const ast::block& b : doc.title.lines) title += ast::first_line(b).content.in(text.text());
  page_writer page(text.text(), options);
  page.out() << page_head(options, title);
  const auto line = [&](const ast::line& l) { page.paragraph(l.content.in(text.text())); };
  const auto write = [&](const ast::block& b) {
    if (const auto* t = std::get_if<ast::table>(&b)) {
      const edition::table* layout = layout_of(*t);
      page.table(layout ? official_layout(text.text(), *t, *layout) : as_written(text.text(), *t));
    } else if (std::holds_alternative<ast::blank>(b)) {
      page.blank();
    } else {
      line(ast::first_line(b));
    }
  };
  const auto write_all = [&](const std::vector<ast::block>& blocks) {
    std::for_each(blocks.begin(), blocks.end(), write);
  };
  write_all(doc.title.lines);
  write_all(doc.preamble);
  for (const ast::section& s : doc.sections) {
    if (!s.head_in_cell) line(s.head.text);
    write_all(s.body);
  }
  write_all(doc.sign_off.lines);
  write_all(doc.trailing);
  page.out() << page_foot(options);
  return encoded(page.str(), options.charset);
}

}  // namespace nianbao::tools
