// A record as one line of JSON, for engines that read a corpus line by line (jq, Spark).
#include <nlohmann/json.hpp>

#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

using json = nlohmann::ordered_json;

json or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json place_or_null(std::size_t n) { return n == 0 ? json(nullptr) : json(n); }

json finding_json(const corpus::finding_record& f) {
  json j = {{"id", f.id},
            {"severity", f.severity},
            {"line", place_or_null(f.line)},
            {"column", place_or_null(f.column)},
            {"end_line", place_or_null(f.end_line)},
            {"end_column", place_or_null(f.end_column)},
            {"subject", or_null(f.subject)},
            {"message", f.message},
            {"rule", or_null(f.rule)},
            {"status", or_null(f.status)},
            {"expected", or_null(f.expected)},
            {"found", or_null(f.found)}};
  if (!f.other_path.empty()) j["other_path"] = f.other_path;
  return j;
}

json cell_json(const corpus::cell_record& c) {
  json j = {{"coordinate", c.coordinate},
            {"state", c.state},
            {"value", or_null(c.value)},
            {"unit", or_null(c.unit)},
            {"yuan", or_null(c.yuan)}};
  if (c.line != 0) {
    j["line"] = c.line;
    j["column"] = c.column;
  }
  return j;
}

}  // namespace

std::string jsonl_line(const corpus::document_record& record, bool values) {
  json findings = json::array();
  for (const corpus::finding_record& f : record.findings) findings.push_back(finding_json(f));
  json j = {{"schema", "nianbao-corpus"},
            {"version", jsonl_version},
            {"kind", "document"},
            {"path", record.path},
            {"sha256", record.sha256},
            {"agency", record.who.agency ? json(*record.who.agency) : json(nullptr)},
            {"year", record.who.year ? json(*record.who.year) : json(nullptr)},
            {"identity_note", or_null(record.who.note)},
            {"edition", or_null(record.edition)},
            {"status", corpus::name_of(record.state)},
            {"refusal", or_null(record.refusal)},
            {"errors", record.errors},
            {"warnings", record.warnings},
            {"findings", std::move(findings)}};
  if (values) {
    json cells = json::array();
    for (const corpus::cell_record& c : record.cells) cells.push_back(cell_json(c));
    j["values"] = std::move(cells);
  }
  // Invalid UTF-8 cannot reach here (the source stage refuses it); replace rather than throw
  // should a refusal message quote a byte.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string pair_finding_json(const std::string& path, const corpus::finding_record& f) {
  json j = finding_json(f);
  j["other_line"] = place_or_null(f.other_line);
  j["other_column"] = place_or_null(f.other_column);
  return json{{"schema", "nianbao-corpus"},
              {"version", jsonl_version},
              {"kind", "pair_finding"},
              {"path", path},
              {"finding", std::move(j)}}
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string unchanged_json(const corpus::document_record& record) {
  return json{{"file", record.path},
              {"edition", or_null(record.edition)},
              {"unchanged", true},
              {"errors", record.errors},
              {"warnings", record.warnings}}
      .dump(1, ' ', false, json::error_handler_t::replace);
}

}  // namespace nianbao::output
