#include <nlohmann/json.hpp>

#include "nianbao/generate.hpp"

namespace nianbao::generate {

std::string oracle_json(const document& doc, std::string_view file_name) {
  using nlohmann::json;
  json noise = json::array();
  for (const noise_kind kind : doc.noise) noise.push_back(name_of(kind));
  json faults = json::array();
  for (const injected_fault& f : doc.faults) {
    faults.push_back({{"kind", name_of(f.kind)}, {"coord", f.coord}, {"detail", f.detail}});
  }
  json expected = json::array();
  for (const expected_finding& e : doc.expected) {
    expected.push_back({{"id", e.id},
                        {"severity", name_of(e.level)},
                        {"subject", e.subject.empty() ? json(nullptr) : json(e.subject)}});
  }
  json values = json::array();
  for (const written_value& v : doc.values) {
    values.push_back({{"coord", v.coord},
                      {"value", v.value ? json(v.value->to_string()) : json(nullptr)},
                      {"unit", v.unit.empty() ? json(nullptr) : json(v.unit)},
                      {"yuan", v.yuan ? json(v.yuan->to_canonical_string()) : json(nullptr)}});
  }
  return json{{"schema", "nianbao-oracle"},
              {"version", oracle_json_version},
              {"file", file_name},
              {"edition", doc.edition},
              {"seed", doc.seed},
              {"noise", std::move(noise)},
              {"faults", std::move(faults)},
              {"expected", std::move(expected)},
              {"values", std::move(values)}}
             .dump(1) +
         "\n";
}

}  // namespace nianbao::generate
