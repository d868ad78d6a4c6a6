// `nianbao editions show ID`: an edition as a tree, the way a maintainer reads it.
#include "nianbao/edition.hpp"
#include "nianbao/output.hpp"

namespace nianbao::output {

using edition::name_of;

namespace {

// Where a part comes from, when asked and the edition extends another.
struct source_marks {
  bool shown = false;

  std::string operator()(const edition::origin& o) const {
    if (!shown) return "";
    if (!o.inherited()) return "  {this file}";
    return "  {" + o.inherited_from + (o.changed ? ", changed}" : "}");
  }
};

void write_tree(std::ostream& out, const std::vector<edition::node>& tree, const std::string& indent,
                const source_marks& mark) {
  for (const edition::node& n : tree) {
    out << indent << n.path << "  " << (n.label.empty() ? "(no label)" : n.label);
    for (const std::string& v : n.variants) out << "  | " << v;
    if (n.is_leaf() && n.kind) out << "  [" << name_of(*n.kind) << (n.unit.empty() ? "" : " " + n.unit) << ']';
    out << mark(n.origin) << '\n';
    write_tree(out, n.children, indent + "  ", mark);
  }
}

}  // namespace

void write_edition_tree(std::ostream& out, const edition::definition& ed, bool sources) {
  const source_marks mark{sources && !ed.base.empty()};
  out << ed.id << "  " << ed.name << "  (" << ed.issued_by << ", " << ed.file << ")\n";
  if (!ed.base.empty()) out << "extends " << ed.base << '\n';
  out << "recognised by:";
  for (const std::string& label : ed.recognise) out << ' ' << label;
  if (!ed.sections.empty()) {
    out << "\nsections:";
    for (const std::string& heading : ed.sections) out << ' ' << heading;
  }
  out << '\n';
  for (const edition::table& t : ed.tables) {
    out << "table " << t.id << "  " << t.title << "  (section " << t.section << ")"
        << (t.blank_is_zero ? "  blank means 0" : "")
        << (t.count_form_level != severity::error ? "  counts checked as " + std::string(name_of(t.count_form_level))
                                                  : "")
        << mark(t.origin) << '\n';
    if (!t.corner.empty()) out << "  corner  " << t.corner << '\n';
    for (const edition::block& b : t.blocks) {
      out << "  block " << b.id << "  " << b.label << mark(b.origin) << "\n    columns\n";
      write_tree(out, b.columns, "      ", mark);
      out << "    rows\n";
      write_tree(out, b.rows, "      ", mark);
    }
    if (t.blocks.empty()) {
      out << "  columns\n";
      write_tree(out, t.columns, "    ", mark);
      out << "  rows\n";
      write_tree(out, t.rows, "    ", mark);
    }
  }
  for (const edition::invariant& inv : ed.invariants) {
    out << "invariant " << inv.id << " [" << name_of(inv.level) << (inv.across_years ? ", across years" : "") << "] "
        << inv.message << mark(inv.origin) << '\n';
  }
  if (!ed.facts.empty()) {
    out << "facts read in sections";
    if (ed.fact_sections.empty()) out << " (all)";
    for (const unsigned s : ed.fact_sections) out << ' ' << s;
    out << '\n';
  }
  for (const edition::fact& f : ed.facts) {
    out << "fact " << f.id << " [" << name_of(f.level) << "] " << f.message << "  (" << f.phrases.size()
        << (f.phrases.size() == 1 ? " phrase" : " phrases");
    if (!f.or_cells.empty()) out << ", " << f.or_cells.size() + 1 << " readings";
    out << ")" << mark(f.origin) << "\n";
  }
  for (const edition::crosswalk& walk : ed.crosswalks) {
    out << "follows " << walk.from;
    for (const std::string& t : walk.same_tables) out << (t == walk.same_tables.front() ? ": same " : ", ") << t;
    out << mark(walk.origin) << '\n';
    for (const edition::crosswalk::cell& c : walk.cells) {
      out << "  " << edition::pairing_text(c) << '\n';
    }
  }
}

}  // namespace nianbao::output
