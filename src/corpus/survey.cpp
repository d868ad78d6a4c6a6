// `nianbao survey`: a corpus counted under its editions, or under two, compared document by
// document.
#include <algorithm>
#include <set>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

namespace {

bool conforms(const document_record& r) { return r.state == status::checked && r.errors == 0; }

std::set<std::string> error_ids(const document_record& r) {
  std::set<std::string> out;
  for (const finding_record& f : r.findings) {
    if (f.severity == "error") out.insert(f.id);
  }
  return out;
}

std::vector<std::string> missing_from(const std::set<std::string>& these, const std::set<std::string>& those) {
  std::vector<std::string> out;
  std::set_difference(these.begin(), these.end(), those.begin(), those.end(), std::back_inserter(out));
  return out;
}

// The tallies of one edition's invariants, by id.
std::map<std::string, summary::invariant_tally> tallies_of(const summary& s, const std::string& edition) {
  std::map<std::string, summary::invariant_tally> out;
  for (const summary::invariant_tally& t : s.invariants) {
    if (t.edition == edition) out.emplace(t.id, t);
  }
  return out;
}

bool same_counts(const summary::invariant_tally& x, const summary::invariant_tally& y) {
  return x.holds == y.holds && x.violated == y.violated && x.not_assessable == y.not_assessable;
}

}  // namespace

survey survey_of(const std::vector<document_record>& records, const std::vector<edition::definition>& editions) {
  survey out;
  out.counts = summarise(records, editions);
  // Each document is judged alone: the rules across years are a corpus run's (check --db).
  std::erase_if(out.counts.invariants, [&](const summary::invariant_tally& t) {
    for (const edition::definition& ed : editions) {
      if (ed.id != t.edition) continue;
      for (const edition::invariant& inv : ed.invariants) {
        if (inv.id == t.id) return inv.across_years;
      }
    }
    return false;
  });
  for (const document_record& r : records) {
    if (conforms(r)) ++out.conforming[r.edition];
  }
  return out;
}

survey_comparison compare_surveys(const std::vector<document_record>& records_a,
                                  const std::vector<document_record>& records_b,
                                  const std::vector<edition::definition>& editions, const std::string& a,
                                  const std::string& b) {
  survey_comparison out;
  out.a = a;
  out.b = b;
  out.under_a = survey_of(records_a, editions);
  out.under_b = survey_of(records_b, editions);
  for (std::size_t i = 0; i < records_a.size() && i < records_b.size(); ++i) {
    const document_record& x = records_a[i];
    const document_record& y = records_b[i];
    if (conforms(x) == conforms(y)) continue;
    const std::set<std::string> ids_a = error_ids(x);
    const std::set<std::string> ids_b = error_ids(y);
    out.changed.push_back({x.path, x.errors, y.errors, missing_from(ids_b, ids_a), missing_from(ids_a, ids_b)});
  }
  std::set<std::string> ids;
  for (const auto& [id, n] : out.under_a.counts.documents_with) ids.insert(id);
  for (const auto& [id, n] : out.under_b.counts.documents_with) ids.insert(id);
  const auto count = [](const summary& s, const std::string& id) {
    const auto it = s.documents_with.find(id);
    return it == s.documents_with.end() ? std::size_t{0} : it->second;
  };
  for (const std::string& id : ids) {
    const std::size_t x = count(out.under_a.counts, id);
    const std::size_t y = count(out.under_b.counts, id);
    if (x != y) out.findings.push_back({id, x, y});
  }
  const auto rules_a = tallies_of(out.under_a.counts, a);
  const auto rules_b = tallies_of(out.under_b.counts, b);
  std::set<std::string> rule_ids;
  for (const auto& [id, t] : rules_a) rule_ids.insert(id);
  for (const auto& [id, t] : rules_b) rule_ids.insert(id);
  for (const std::string& id : rule_ids) {
    const auto x = rules_a.find(id);
    const auto y = rules_b.find(id);
    const summary::invariant_tally none{};
    const summary::invariant_tally& tx = x == rules_a.end() ? none : x->second;
    const summary::invariant_tally& ty = y == rules_b.end() ? none : y->second;
    if (x != rules_a.end() && y != rules_b.end() && same_counts(tx, ty)) continue;
    out.invariants.push_back({id, tx, ty});
  }
  return out;
}

}  // namespace nianbao::corpus
