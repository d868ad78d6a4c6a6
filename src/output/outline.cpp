#include <string_view>

#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

struct outline_writer {
  std::ostream& out;
  const source& src;

  std::string_view text(ast::span s) const { return s.in(src.text()); }

  void at(ast::span s) const {
    const location where = src.locate(s.begin);
    out << " @" << where.line << ':' << where.column;
  }

  void heading(const ast::heading& h, std::string_view indent) const {
    out << indent << "heading " << h.level << ' ' << text(h.mark.where) << ' ' << text(h.title);
    at(h.text.content);
    out << '\n';
  }

  void table(const ast::table& t, std::string_view indent) const {
    out << indent << "table rows=" << t.rows.size() << " cells=";
    for (std::size_t i = 0; i < t.rows.size(); ++i) out << (i == 0 ? "" : ",") << t.rows[i].cells.size();
    at(t.rows.front().cells.front().tab);
    out << '\n';
  }

  void blocks(const std::vector<ast::block>& body) const {
    for (const ast::block& b : body) {
      if (const auto* h = std::get_if<ast::heading>(&b)) heading(*h, "  ");
      if (const auto* t = std::get_if<ast::table>(&b)) table(*t, "  ");
    }
  }
};

}  // namespace

void write_outline(std::ostream& out, const source& src, const ast::document& doc) {
  const outline_writer w{out, src};
  if (!doc.bom.empty()) out << "byte-order mark\n";
  if (!doc.title.lines.empty()) {
    out << "title agency=" << w.text(doc.title.agency) << " year=" << w.text(doc.title.year)
        << " title=" << w.text(doc.title.title);
    w.at(ast::first_line(doc.title.lines.front()).where);
    out << '\n';
  }
  w.blocks(doc.preamble);
  for (const ast::section& s : doc.sections) {
    out << "section " << s.head.mark.number << ' ' << w.text(s.head.mark.where) << ' ' << w.text(s.head.title);
    w.at(s.head.text.content);
    if (s.head_in_cell) out << " [in a table cell]";
    if (s.head.mark.kind == ast::marker_kind::section_arabic) out << " [deviation: Arabic numeral for a section]";
    out << '\n';
    w.blocks(s.body);
  }
  if (!doc.sign_off.lines.empty()) {
    out << "sign-off agency=" << w.text(doc.sign_off.agency) << " date=" << w.text(doc.sign_off.date);
    w.at(ast::first_line(doc.sign_off.lines.front()).where);
    out << '\n';
  }
}

}  // namespace nianbao::output
