#include <algorithm>
#include <set>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

namespace {

void tally(const edition::definition& ed, const std::vector<document_record>& records, summary& out) {
  for (const edition::invariant& inv : ed.invariants) {
    summary::invariant_tally t{ed.id, inv.id, inv.message};
    for (const document_record& r : records) {
      if (r.state != status::checked || r.edition != ed.id) continue;
      bool violated = false;
      bool not_assessable = false;
      for (const finding_record& f : r.findings) {
        if (f.id != inv.id) continue;
        violated = violated || f.status == "violated";
        not_assessable = not_assessable || f.status == "not_assessable";
      }
      ++(violated ? t.violated : not_assessable ? t.not_assessable : t.holds);
    }
    out.invariants.push_back(std::move(t));
  }
}

}  // namespace

summary summarise(const std::vector<document_record>& records, const std::vector<edition::definition>& editions) {
  summary out;
  out.documents = records.size();
  for (const document_record& r : records) {
    ++out.by_edition[{r.edition, name_of(r.state)}];
    std::set<std::string_view> ids;
    for (const finding_record& f : r.findings) ids.insert(f.id);
    for (const std::string_view id : ids) ++out.documents_with[std::string(id)];
    out.agencies[r.who.agency.value_or("")].push_back({r.who.year, r.path, r.edition, r.state, r.errors, r.warnings});
  }
  for (auto& [agency, held] : out.agencies) {
    std::stable_sort(held.begin(), held.end(),
                     [](const summary::held& a, const summary::held& b) { return a.year < b.year; });
  }
  // Only editions some document was bound to: the tallies of an edition no document has say nothing.
  for (const edition::definition& ed : editions) {
    const bool held =
        std::any_of(records.begin(), records.end(), [&](const document_record& r) { return r.edition == ed.id; });
    if (held) tally(ed, records, out);
  }
  return out;
}

}  // namespace nianbao::corpus
