// A document cut off (a download stopped, a page saved half loaded, an extraction that gave up)
// reads as a dozen errors: each row of the table it stopped in, each section after, each table of
// those. They are all true, and all one fact: the report ends too early. Said once, with the
// others under it.
#include "truncation.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <variant>

#include "nianbao/core/numerals.hpp"

namespace nianbao::bind {

namespace {

bool only_blank(const std::vector<ast::block>& blocks) {
  return std::all_of(blocks.begin(), blocks.end(),
                     [](const ast::block& b) { return std::holds_alternative<ast::blank>(b); });
}

// Whether the document's last content is a table: the last block of its last section, with
// nothing but blank lines after it (no sign-off, no text). What a space is, the grammar said.
bool ends_in_a_table(const ast::document& doc) {
  if (doc.sections.empty() || !only_blank(doc.sign_off.lines) || !only_blank(doc.trailing)) return false;
  const std::vector<ast::block>& body = doc.sections.back().body;
  const auto last = std::find_if(body.rbegin(), body.rend(),
                                 [](const ast::block& b) { return !std::holds_alternative<ast::blank>(b); });
  return last != body.rend() && std::holds_alternative<ast::table>(*last);
}

}  // namespace

void group_truncation(std::string_view text, const ast::document& doc, const edition::definition& edition,
                      std::vector<finding>& findings) {
  if (!ends_in_a_table(doc)) return;
  // The sections missing at the end (the report ends after section N) and the tables of the
  // edition's that the cut took: a grid table whose last rows are all missing, in section N.
  std::set<unsigned> later_sections;
  for (const finding& f : findings) {
    if (f.id != "SECTION-MISSING" || f.where.begin != text.size()) continue;
    const std::string_view number = std::string_view(f.subject).substr(std::string_view("section ").size());
    unsigned n = 0;
    if (std::from_chars(number.data(), number.data() + number.size(), n).ec == std::errc()) later_sections.insert(n);
  }
  if (later_sections.empty()) return;
  const unsigned last_present = *later_sections.begin() - 1;
  const edition::table* cut = nullptr;
  std::size_t rows_missing = 0;
  std::size_t blocks_missing = 0;
  for (const edition::table& t : edition.tables) {
    if (t.section != last_present) continue;
    cut = &t;  // the report ends after it, at least
    if (!t.blocks.empty()) {
      // A table of blocks cut: its last blocks missing, and only those.
      std::set<std::string> missing;
      for (const finding& f : findings) {
        if (f.id == "BLOCK-MISSING" && f.subject.starts_with(t.id + "/"))
          missing.insert(f.subject.substr(t.id.size() + 1));
      }
      std::size_t suffix = 0;
      while (suffix < t.blocks.size() && missing.contains(t.blocks[t.blocks.size() - 1 - suffix].id)) ++suffix;
      if (suffix != missing.size()) return;
      blocks_missing = suffix;
      continue;
    }
    const std::vector<const edition::node*> rows = edition::leaves(t.rows);
    std::set<std::string> missing;
    for (const finding& f : findings) {
      if (f.id == "ROW-MISSING" && f.subject.starts_with(t.id + "/")) missing.insert(f.subject.substr(t.id.size() + 1));
    }
    // The missing rows are the table's last ones (all of them, where the cut came after its head).
    std::size_t suffix = 0;
    while (suffix < rows.size() && missing.contains(rows[rows.size() - 1 - suffix]->path)) ++suffix;
    if (suffix != missing.size()) return;  // rows missing elsewhere too: not only a cut
    rows_missing = suffix;
  }
  if (cut == nullptr) return;
  // A group label missing because all the rows it heads were cut goes with them, and the last
  // row kept, cut short, with its cells missing.
  const std::vector<const edition::node*> rows = edition::leaves(cut->rows);
  const std::set<const edition::node*> cut_rows(rows.end() - static_cast<std::ptrdiff_t>(rows_missing), rows.end());
  const std::string last_kept =
      rows_missing < rows.size() ? cut->id + "/" + rows[rows.size() - rows_missing - 1]->path : std::string();
  bool short_row = false;  // the last row kept lacks cells: the cut fell inside it
  const auto group_cut = [&](std::string_view path) {
    const edition::node* group = edition::find_node(cut->rows, path);
    if (group == nullptr) return false;
    const std::vector<const edition::node*> under = edition::leaves(group->children);
    return std::all_of(under.begin(), under.end(), [&](const edition::node* n) { return cut_rows.contains(n); });
  };
  const auto taken = [&](const finding& f) {
    if (f.id == "ROW-MISSING") return f.subject.starts_with(cut->id + "/");
    if (f.id == "COLUMNS-MISSING") return !last_kept.empty() && f.subject == last_kept;
    if (f.id == "BLOCK-MISSING") return blocks_missing > 0 && f.subject.starts_with(cut->id + "/");
    if (f.id == "GROUP-LABEL-MISSING")
      return f.subject.starts_with(cut->id + "/") && group_cut(std::string_view(f.subject).substr(cut->id.size() + 1));
    if (f.id == "SECTION-MISSING") return f.where.begin == text.size();
    if (f.id != "TABLE-MISSING") return false;
    const edition::table* t = edition.find_table(f.subject);
    return t != nullptr && later_sections.contains(t->section);
  };
  finding truncated;
  truncated.id = "TRUNCATED";
  truncated.level = severity::error;
  truncated.where = ast::span{text.size(), text.size()};
  truncated.subject = cut->id;
  std::size_t tables = 0;
  std::vector<finding> kept;
  for (finding& f : findings) {
    if (!taken(f)) {
      kept.push_back(std::move(f));
      continue;
    }
    tables += f.id == "TABLE-MISSING" ? 1 : 0;
    short_row = short_row || f.id == "COLUMNS-MISSING";
    truncated.related.push_back({f.where, f.message + " [" + f.id + "]"});
    truncated.violations.push_back(std::move(f));
  }
  findings = std::move(kept);
  const auto sections = static_cast<unsigned>(later_sections.size());
  const std::string after = std::to_string(sections) + (sections == 1 ? " section" : " sections") + " after it" +
                            (tables > 0 ? " and " + std::to_string(tables) + (tables == 1 ? " table" : " tables") : "");
  const std::string where = cut->title + " table (section " + chinese_numeral(last_present) + ")";
  const std::size_t parts = rows_missing + blocks_missing;
  const char* part = blocks_missing > 0 ? (parts == 1 ? " block, " : " blocks, ") : (parts == 1 ? " row, " : " rows, ");
  truncated.message =
      parts > 0 ? "the report ends inside the " + where + ": its last " + std::to_string(parts) + part + after +
                      " are missing; the document seems cut off"
      : short_row ? "the report ends inside the last row of the " + where + ": its last cells and " + after +
                        " are missing; the document seems cut off"
                  : "the report ends after the " + where + ": " + after + " are missing; the document seems cut off";
  findings.push_back(std::move(truncated));
}

}  // namespace nianbao::bind
