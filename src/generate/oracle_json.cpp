#include <nlohmann/json.hpp>

#include "nianbao/generate.hpp"

namespace nianbao::generate {

namespace {

nlohmann::json findings_json(const std::vector<expected_finding>& findings) {
  using nlohmann::json;
  json out = json::array();
  for (const expected_finding& e : findings) {
    out.push_back({{"id", e.id},
                   {"severity", name_of(e.level)},
                   {"subject", e.subject.empty() ? json(nullptr) : json(e.subject)}});
  }
  return out;
}

nlohmann::json oracle_object(const document& doc, std::string_view file_name, std::string_view follows) {
  using nlohmann::json;
  json noise = json::array();
  for (const noise_kind kind : doc.noise) noise.push_back(name_of(kind));
  json faults = json::array();
  for (const injected_fault& f : doc.faults) {
    faults.push_back({{"kind", name_of(f.kind)}, {"coord", f.coord}, {"detail", f.detail}});
  }
  json values = json::array();
  for (const written_value& v : doc.values) {
    values.push_back({{"coord", v.coord},
                      {"value", v.value ? json(v.value->to_string()) : json(nullptr)},
                      {"unit", v.unit.empty() ? json(nullptr) : json(v.unit)},
                      {"yuan", v.yuan ? json(v.yuan->to_canonical_string()) : json(nullptr)}});
  }
  json facts = json::array();
  for (const stated_fact& f : doc.facts) {
    facts.push_back({{"fact", f.fact},
                     {"subject", f.subject},
                     {"offset", f.offset},
                     {"stated", f.stated.to_canonical_string()},
                     {"table", f.table.to_canonical_string()},
                     {"agrees", f.agrees}});
  }
  json out{{"schema", "nianbao-oracle"},
           {"version", oracle_json_version},
           {"file", file_name},
           {"edition", doc.edition},
           {"seed", doc.seed},
           {"agency", doc.agency},
           {"year", doc.year},
           {"noise", std::move(noise)},
           {"faults", std::move(faults)},
           {"expected", findings_json(doc.expected)},
           {"values", std::move(values)},
           {"facts", std::move(facts)}};
  if (!follows.empty()) {
    json restated = json::array();
    for (const restatement& r : doc.restated)
      restated.push_back({{"rule", r.rule}, {"coord", r.coord}, {"detail", r.detail}});
    out["follows"] = follows;
    out["restated"] = std::move(restated);
    out["across_years"] = findings_json(doc.across_years);
  }
  return out;
}

}  // namespace

std::string oracle_json(const document& doc, std::string_view file_name, std::string_view follows) {
  return oracle_object(doc, file_name, follows).dump(1) + "\n";
}

std::string document_jsonl(const document& doc, std::string_view file_name) {
  return nlohmann::json{{"name", file_name}, {"text", doc.text}, {"oracle", oracle_object(doc, file_name, {})}}.dump() +
         "\n";
}

}  // namespace nianbao::generate
