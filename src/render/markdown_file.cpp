// A report as Markdown: the title as a `#` heading, sections as `##` headings, other lines as
// they are, and tables as GFM pipe tables. A pipe table has no merged cells, and a merged cell's
// covered places written as empty cells would add cells before a row's values where the text has
// none (a label's span before a cell pushed in): the rows are written as the text layout has them,
// only the head padded to the widest row, so that the Markdown reads as its text does and the
// text's oracle holds for it. Heads do not stand over their columns, as in the text layout.
#include <algorithm>
#include <sstream>

#include "nianbao/render.hpp"
#include "report_model.hpp"

namespace nianbao::render {

namespace {

// Text as Markdown holds it: what would be read as markup is escaped with a backslash.
std::string escaped_markdown(std::string_view s, bool line_start) {
  std::string out;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    const bool markup = c == '\\' || c == '|' || c == '*' || c == '_' || c == '<' || c == '&' || c == '`';
    const bool opens_block = k == 0 && line_start && (c == '#' || c == '>' || c == '-' || c == '+' || c == '=');
    if (markup || opens_block) out += '\\';
    out += c;
  }
  return out;
}

void table(std::ostringstream& out, const std::vector<page_row>& rows) {
  std::size_t width = 1;  // the most cells a row has
  for (const page_row& row : rows) width = std::max(width, row.size());
  bool head = true;
  for (const page_row& row : rows) {
    out << '|';
    for (const page_cell& cell : row) {
      std::string text;
      for (std::size_t k = 0; cell.written && k < cell.lines.size(); ++k) {
        text += (k > 0 ? "<br>" : "") + escaped_markdown(cell.lines[k], false);
      }
      out << ' ' << text << " |";
    }
    // Only the head is padded: it must be as wide as the widest row, which GFM would cut.
    for (std::size_t k = row.size(); head && k < width; ++k) out << "  |";
    out << '\n';
    if (head) {
      out << '|';
      for (std::size_t c = 0; c < width; ++c) out << "---|";
      out << '\n';
      head = false;
    }
  }
}

}  // namespace

std::string render_markdown(const source& text, const std::vector<edition::definition>& editions) {
  const std::optional<report_model> model = model_of(text, editions, false);
  if (!model) return {};
  std::ostringstream out;
  bool title = true;
  for (const report_block& b : model->blocks) {
    switch (b.what) {
      case report_block::kind::line:
        out << (b.section_head ? "## " : title ? "# " : "") << escaped_markdown(b.text, true) << '\n';
        title = false;
        break;
      case report_block::kind::blank:
        out << '\n';
        break;
      case report_block::kind::table:
        out << '\n';
        table(out, b.rows);
        out << '\n';
        break;
    }
  }
  return out.str();
}

}  // namespace nianbao::render
