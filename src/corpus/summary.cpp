#include <algorithm>
#include <map>
#include <set>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

namespace {

// A rule across years is tallied over the documents that have last year's report beside them
// (`follows`), the others over every checked document of the edition.
void tally(const edition::definition& ed, const std::vector<document_record>& records, const std::vector<bool>& follows,
           summary& out) {
  for (const edition::invariant& inv : ed.invariants) {
    summary::invariant_tally t{ed.id, inv.id, inv.message};
    for (std::size_t i = 0; i < records.size(); ++i) {
      const document_record& r = records[i];
      if (r.state != status::checked || r.edition != ed.id || (inv.across_years && !follows[i])) continue;
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
    // The verdict counts the findings about pairs too: a report that breaks the carry-over is not ok.
    summary::held h{r.who.year, r.path, r.edition, r.state, 0, 0, {}};
    std::map<std::pair<std::string_view, std::string_view>, summary::with_other> pairs;  // (id, other)
    for (const finding_record& f : r.findings) {
      h.errors += f.severity == "error";
      h.warnings += f.severity == "warning";
      if (f.other_path.empty() || (f.severity != "error" && f.severity != "warning")) continue;
      summary::with_other& w = pairs[{f.id, f.other_path}];
      w.id = f.id;
      w.severity = f.severity;
      w.other_path = f.other_path;
      if (!f.subject.empty()) w.subjects.push_back(f.subject);
    }
    for (auto& [key, w] : pairs) h.pairs.push_back(std::move(w));
    out.agencies[r.who.agency.value_or("")].push_back(std::move(h));
  }
  for (auto& [agency, held] : out.agencies) {
    std::stable_sort(held.begin(), held.end(),
                     [](const summary::held& a, const summary::held& b) { return a.year < b.year; });
  }
  std::vector<const document_record*> views;
  views.reserve(records.size());
  for (const document_record& r : records) views.push_back(&r);
  std::vector<bool> follows(records.size(), false);
  for (const auto& [later, earlier] : consecutive_years(views)) follows[later] = true;
  // Only editions some document was bound to: the tallies of an edition no document has say nothing.
  for (const edition::definition& ed : editions) {
    const bool held =
        std::any_of(records.begin(), records.end(), [&](const document_record& r) { return r.edition == ed.id; });
    if (held) tally(ed, records, follows, out);
  }
  return out;
}

}  // namespace nianbao::corpus
