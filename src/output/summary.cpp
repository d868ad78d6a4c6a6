// What `nianbao summary` prints of a store.
#include <nlohmann/json.hpp>

#include "nianbao/output.hpp"
#include "summary_parts.hpp"

namespace nianbao::output {

namespace {

// `ok`, `2 errors, 1 warning`, `refused`, `no edition`: a document's verdict in a word or three.
std::string verdict(const corpus::summary::held& h) {
  if (h.state == corpus::status::refused) return "refused";
  if (h.state == corpus::status::no_edition) return "no edition";
  if (h.errors == 0 && h.warnings == 0) return "ok";
  const auto count = [](std::size_t n, const char* what) {
    return std::to_string(n) + ' ' + what + (n == 1 ? "" : "s");
  };
  return count(h.errors, "error") + ", " + count(h.warnings, "warning");
}

json with_others_json(const std::vector<corpus::summary::with_other>& pairs) {
  json out = json::array();
  for (const corpus::summary::with_other& w : pairs) {
    out.push_back({{"id", w.id}, {"severity", w.severity}, {"subjects", w.subjects}, {"other", w.other_path}});
  }
  return out;
}

}  // namespace

void write_counts(std::ostream& out, const corpus::summary& s, const std::map<std::string, std::size_t>* conforming) {
  out << s.documents << " document" << (s.documents == 1 ? "" : "s") << '\n';
  out << "\nby edition and status:\n";
  for (const auto& [key, n] : s.by_edition) {
    out << "  " << (key.first.empty() ? "(none)" : key.first) << ' ' << key.second << ": " << n;
    if (conforming != nullptr && key.second == corpus::name_of(corpus::status::checked)) {
      const auto it = conforming->find(key.first);
      out << " (conforming " << (it == conforming->end() ? 0 : it->second) << ')';
    }
    out << '\n';
  }
  out << "\ndocuments with each finding:\n";
  for (const auto& [id, n] : s.documents_with) out << "  " << id << ": " << n << '\n';
  out << "\ninvariants (documents where it holds / is violated / cannot be assessed):\n";
  for (const corpus::summary::invariant_tally& t : s.invariants) {
    out << "  " << t.edition << ' ' << t.id << ": " << t.holds << " / " << t.violated << " / " << t.not_assessable
        << "  " << t.message << '\n';
  }
}

json counts_json(const corpus::summary& s) {
  json editions = json::array();
  for (const auto& [key, n] : s.by_edition) {
    editions.push_back(
        {{"edition", key.first.empty() ? json(nullptr) : json(key.first)}, {"status", key.second}, {"documents", n}});
  }
  json findings = json::object();
  for (const auto& [id, n] : s.documents_with) findings[id] = n;
  json invariants = json::array();
  for (const corpus::summary::invariant_tally& t : s.invariants) invariants.push_back(tally_json(t));
  return json{{"documents", s.documents},
              {"by_edition", std::move(editions)},
              {"documents_with_finding", std::move(findings)},
              {"invariants", std::move(invariants)}};
}

json tally_json(const corpus::summary::invariant_tally& t) {
  return {{"edition", t.edition},   {"id", t.id},
          {"message", t.message},   {"holds", t.holds},
          {"violated", t.violated}, {"not_assessable", t.not_assessable}};
}

void write_summary(std::ostream& out, const corpus::summary& s) {
  write_counts(out, s, nullptr);
  out << "\nagencies:\n";
  for (const auto& [agency, held] : s.agencies) {
    out << "  " << (agency.empty() ? "(no agency named)" : agency) << '\n';
    for (const corpus::summary::held& h : held) {
      out << "    " << (h.year ? std::to_string(*h.year) : "(no year)") << "  " << verdict(h) << "  " << h.path << '\n';
      for (const corpus::summary::with_other& w : h.pairs) {
        out << "          " << w.severity << ' ' << w.id;
        for (std::size_t i = 0; i < w.subjects.size(); ++i) out << (i == 0 ? " [" : ", ") << w.subjects[i];
        out << (w.subjects.empty() ? "" : "]") << " with " << w.other_path << '\n';
      }
    }
  }
}

std::string summary_json(const corpus::summary& s) {
  json agencies = json::array();
  for (const auto& [agency, held] : s.agencies) {
    json documents = json::array();
    for (const corpus::summary::held& h : held) {
      documents.push_back({{"year", h.year ? json(*h.year) : json(nullptr)},
                           {"path", h.path},
                           {"edition", h.edition.empty() ? json(nullptr) : json(h.edition)},
                           {"status", corpus::name_of(h.state)},
                           {"errors", h.errors},
                           {"warnings", h.warnings},
                           {"with_others", with_others_json(h.pairs)}});
    }
    agencies.push_back(
        {{"agency", agency.empty() ? json(nullptr) : json(agency)}, {"documents", std::move(documents)}});
  }
  json doc{{"schema", "nianbao-summary"}, {"version", summary_json_version}};
  doc.update(counts_json(s));
  doc["agencies"] = std::move(agencies);
  return doc.dump(1, ' ', false, json::error_handler_t::replace);
}

}  // namespace nianbao::output
