// What `nianbao survey` prints: a corpus under its editions, or under two compared, as the table
// a maintainer puts in a proposal.
#include "nianbao/output.hpp"
#include "summary_parts.hpp"

namespace nianbao::output {

namespace {

std::size_t conforming_to(const corpus::survey& s, const std::string& edition) {
  const auto it = s.conforming.find(edition);
  return it == s.conforming.end() ? 0 : it->second;
}

std::string ids_text(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

std::string tally_text(const corpus::summary::invariant_tally& t) {
  return std::to_string(t.holds) + " / " + std::to_string(t.violated) + " / " + std::to_string(t.not_assessable);
}

json conforming_json(const corpus::survey& s) {
  json out = json::object();
  for (const auto& [edition, n] : s.conforming) out[edition] = n;
  return out;
}

}  // namespace

void write_survey(std::ostream& out, const corpus::survey& s) { write_counts(out, s.counts, &s.conforming); }

std::string survey_json(const corpus::survey& s) {
  json doc{{"schema", "nianbao-survey"}, {"version", survey_json_version}};
  doc.update(counts_json(s.counts));
  doc["conforming"] = conforming_json(s);
  return doc.dump(1, ' ', false, json::error_handler_t::replace) + '\n';
}

void write_survey_comparison(std::ostream& out, const corpus::survey_comparison& c) {
  const std::size_t documents = c.under_a.counts.documents;
  const std::size_t a = conforming_to(c.under_a, c.a);
  const std::size_t b = conforming_to(c.under_b, c.b);
  out << documents << " document" << (documents == 1 ? "" : "s") << ", bound to " << c.a << " and to " << c.b
      << "\nconforming: " << a << " under " << c.a << ", " << b << " under " << c.b << '\n';
  std::size_t refused = 0;
  for (const auto& [key, n] : c.under_a.counts.by_edition) {
    if (key.second == corpus::name_of(corpus::status::refused)) refused += n;
  }
  if (refused > 0) out << "refused (could not be read): " << refused << '\n';
  std::size_t now = 0;
  for (const auto& d : c.changed) now += d.errors_b == 0 ? 1 : 0;
  out << "\nverdict changed: " << c.changed.size() << " (" << now << " conform to " << c.b << " only, "
      << c.changed.size() - now << " to " << c.a << " only)\n";
  for (const auto& d : c.changed) {
    out << "  " << d.path << ": " << d.errors_a << " → " << d.errors_b
        << (d.errors_a + d.errors_b == 1 ? " error" : " errors");
    if (!d.gained.empty()) out << "  +" << ids_text(d.gained);
    if (!d.lost.empty()) out << "  -" << ids_text(d.lost);
    out << '\n';
  }
  out << "\nfinding ids that shift (documents with it at any severity, notes too, " << c.a << " → " << c.b << "):\n";
  for (const auto& f : c.findings) out << "  " << f.id << ": " << f.a << " → " << f.b << '\n';
  if (c.findings.empty()) out << "  (none)\n";
  out << "\ninvariants that shift (holds / violated / not assessable, " << c.a << " → " << c.b << "):\n";
  for (const auto& r : c.invariants) {
    out << "  " << r.id << ": " << (r.a.edition.empty() ? "(none)" : tally_text(r.a)) << " → "
        << (r.b.edition.empty() ? "(none)" : tally_text(r.b)) << '\n';
  }
  if (c.invariants.empty()) out << "  (none)\n";
}

std::string survey_comparison_json(const corpus::survey_comparison& c) {
  json changed = json::array();
  for (const auto& d : c.changed) {
    changed.push_back(
        {{"path", d.path}, {"errors_a", d.errors_a}, {"errors_b", d.errors_b}, {"gained", d.gained}, {"lost", d.lost}});
  }
  json findings = json::array();
  for (const auto& f : c.findings) findings.push_back({{"id", f.id}, {"a", f.a}, {"b", f.b}});
  json invariants = json::array();
  for (const auto& r : c.invariants) {
    invariants.push_back({{"id", r.id},
                          {"a", r.a.edition.empty() ? json(nullptr) : tally_json(r.a)},
                          {"b", r.b.edition.empty() ? json(nullptr) : tally_json(r.b)}});
  }
  json under_a = counts_json(c.under_a.counts);
  under_a["conforming"] = conforming_json(c.under_a);
  json under_b = counts_json(c.under_b.counts);
  under_b["conforming"] = conforming_json(c.under_b);
  return json{{"schema", "nianbao-survey-comparison"},
              {"version", survey_json_version},
              {"a", c.a},
              {"b", c.b},
              {"verdict_changed", std::move(changed)},
              {"findings", std::move(findings)},
              {"invariants", std::move(invariants)},
              {"under_a", std::move(under_a)},
              {"under_b", std::move(under_b)}}
             .dump(1, ' ', false, json::error_handler_t::replace) +
         '\n';
}

}  // namespace nianbao::output
