// SARIF 2.1.0, the format code-review and CI systems read findings in: one log with one run for
// all the files of a `check`, rules from the finding ids with the reference's own words.
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "finding_help.hpp"
#include "nianbao/output.hpp"
#include "nianbao/version.hpp"

namespace nianbao::output {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view source_root = "%SRCROOT%";
// A source line longer than this is not quoted as a snippet: a CMS page on one line would
// otherwise put the whole page into every result.
constexpr std::size_t longest_snippet = 400;

// Percent-encoded, `/` kept: a path as the path of a URI reference.
std::string uri_path(std::string_view path) {
  static constexpr std::string_view hex = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += ch;
    } else {
      out.append("%").append(1, hex[c >> 4]).append(1, hex[c & 15]);
    }
  }
  return out;
}

// An input's location: absolute paths as file URIs, the rest relative to the working directory.
json artifact_location(std::string_view path) {
  if (path.starts_with('/')) return json{{"uri", "file://" + uri_path(path)}};
  return json{{"uri", uri_path(path)}, {"uriBaseId", source_root}};
}

json physical(std::string_view path, const json& region) {
  json out{{"artifactLocation", artifact_location(path)}};
  if (!region.is_null()) out["region"] = region;
  return out;
}

// The region of a place in the document; null for the document as a whole.
json region_of(const source& src, ast::span where) {
  if (where.empty() && where.begin == 0) return nullptr;
  const location begin = src.locate(where.begin);
  const location end = src.locate(where.end);
  json out{{"startLine", begin.line},
           {"startColumn", begin.column},
           {"endLine", end.line},
           {"endColumn", std::max(end.column, end.line == begin.line ? begin.column : std::size_t{1})}};
  const std::string_view line = src.line_text(begin.line);
  if (line.size() <= longest_snippet) out["snippet"] = {{"text", std::string(line)}};
  return out;
}

json logical(std::string_view name) { return json::array({{{"fullyQualifiedName", name}, {"kind", "element"}}}); }

// Stable across reruns of unchanged files, and across edits elsewhere in a file: the id, the
// file and what the finding is about, never its line (text added above would move it). A
// finding about nothing more precise than its place keeps the text of its line instead.
std::string fingerprint(std::string_view id, std::string_view path, std::string_view about,
                        std::map<std::string, std::size_t>& seen) {
  std::string key;
  for (const std::string_view part : {id, path, about}) key.append(part).push_back('\0');
  key += std::to_string(seen[key]++);  // the n-th finding alike in all three
  return corpus::sha256_hex(key);
}

void note_rule(sarif_results& out, std::string_view id, severity level, std::string_view rule_text) {
  out.rules.try_emplace(std::string(id), sarif_rule{name_of(level), std::string(rule_text)});
}

std::string plain_text(std::string_view markdown) {
  std::string out;
  for (const char c : markdown) {
    if (c != '`') out += c;
  }
  return out;
}

}  // namespace

sarif_results sarif_of(const source& src, const bind::bound_report& bound, const std::string& path) {
  sarif_results out;
  std::map<std::string, std::size_t> seen;
  for (const finding& f : bound.findings) {
    json region = region_of(src, f.where);
    std::string about = f.subject;
    if (about.empty() && !region.is_null()) about = src.line_text(region["startLine"].get<std::size_t>());
    json result{{"ruleId", f.id},
                {"level", name_of(f.level)},
                {"message", {{"text", f.message}}},
                {"locations", json::array({{{"physicalLocation", physical(path, region)}}})}};
    if (!f.subject.empty()) result["locations"][0]["logicalLocations"] = logical(f.subject);
    json related = json::array();
    for (const finding_cell& c : f.cells) {
      json place{{"id", related.size()},
                 {"physicalLocation", physical(path, region_of(src, c.where))},
                 {"logicalLocations", logical(c.coord)},
                 {"message",
                  {{"text", c.coord + (c.value.empty() ? ": not given" : " = " + c.value) +
                                (c.text.empty() ? "" : " (`" + c.text + "`)")}}}};
      related.push_back(std::move(place));
    }
    for (const related_place& r : f.related) {
      related.push_back({{"id", related.size()},
                         {"physicalLocation", physical(path, region_of(src, r.where))},
                         {"message", {{"text", r.note}}}});
    }
    if (!related.empty()) result["relatedLocations"] = std::move(related);
    result["partialFingerprints"] = {{"nianbao/v1", fingerprint(f.id, path, about, seen)}};
    json properties = json::object();
    for (const auto& [name, value] : {std::pair{"expected", &f.expected}, std::pair{"found", &f.found},
                                      std::pair{"status", &f.status}, std::pair{"subject", &f.subject}}) {
      if (!value->empty()) properties[name] = *value;
    }
    if (!properties.empty()) result["properties"] = std::move(properties);
    out.results.push_back(result.dump(-1, ' ', false, json::error_handler_t::replace));
    note_rule(out, f.id, f.level, f.rule);
  }
  return out;
}

sarif_results sarif_refusal(const std::string& path, const input_error& error) {
  sarif_results out;
  json region{{"startLine", error.where.line}, {"startColumn", error.where.column}};
  std::map<std::string, std::size_t> seen;
  json result{{"ruleId", "UNREADABLE"},
              {"level", "error"},
              {"message", {{"text", error.message}}},
              {"locations", json::array({{{"physicalLocation", physical(path, region)}}})},
              {"partialFingerprints", {{"nianbao/v1", fingerprint("UNREADABLE", path, error.message, seen)}}}};
  out.results.push_back(result.dump(-1, ' ', false, json::error_handler_t::replace));
  note_rule(out, "UNREADABLE", severity::error, "");
  return out;
}

sarif_results sarif_pair(const std::string& path, const corpus::finding_record& f) {
  sarif_results out;
  const auto place = [](std::size_t line, std::size_t column) {
    return line == 0 ? json(nullptr) : json{{"startLine", line}, {"startColumn", column}};
  };
  std::map<std::string, std::size_t> seen;
  json result{{"ruleId", f.id},
              {"level", f.severity},
              {"message", {{"text", f.message}}},
              {"locations", json::array({{{"physicalLocation", physical(path, place(f.line, f.column))}}})}};
  if (!f.subject.empty()) result["locations"][0]["logicalLocations"] = logical(f.subject);
  if (!f.other_path.empty()) {
    result["relatedLocations"] = json::array(
        {{{"id", 0},
          {"physicalLocation", physical(f.other_path, place(f.other_line, f.other_column))},
          {"message", {{"text", f.id == "DUPLICATE-REPORT" ? "the other report" : "last year's report"}}}}});
  }
  result["partialFingerprints"] = {{"nianbao/v1", fingerprint(f.id, path, f.subject + '\0' + f.other_path, seen)}};
  out.results.push_back(result.dump(-1, ' ', false, json::error_handler_t::replace));
  const severity level = f.severity == "error"  ? severity::error
                         : f.severity == "note" ? severity::note
                                                : severity::warning;
  note_rule(out, f.id, level, f.rule);
  return out;
}

void write_sarif(std::ostream& out, const std::vector<sarif_results>& parts, const std::string& working_directory) {
  std::map<std::string, sarif_rule> rules;
  for (const sarif_results& part : parts) {
    for (const auto& [id, rule] : part.rules) rules.try_emplace(id, rule);
  }
  std::map<std::string_view, const finding_help*> helps;
  for (const finding_help& h : finding_helps()) helps.emplace(h.id, &h);
  json rule_list = json::array();
  for (const auto& [id, rule] : rules) {
    const auto help = helps.find(id);
    const std::string what = help != helps.end() ? std::string(help->second->what) : std::string();
    const std::string text = !rule.text.empty() ? rule.text : !what.empty() ? plain_text(what) : id;
    json r{{"id", id}, {"shortDescription", {{"text", text}}}};
    if (!what.empty()) r["help"] = {{"text", plain_text(what)}, {"markdown", what}};
    r["defaultConfiguration"] = {{"level", rule.level}};
    rule_list.push_back(std::move(r));
  }
  json driver{{"name", "nianbao"},
              {"version", NIANBAO_VERSION_STRING},
              {"semanticVersion", NIANBAO_VERSION_STRING},
              {"rules", std::move(rule_list)}};
  json run{{"tool", {{"driver", std::move(driver)}}},
           {"originalUriBaseIds", {{source_root, {{"uri", "file://" + uri_path(working_directory) + "/"}}}}},
           {"columnKind", "unicodeCodePoints"}};
  // The results are written as made, each already JSON: the log is assembled around them.
  std::string head = json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}}.dump();
  head.pop_back();
  std::string run_text = run.dump(-1, ' ', false, json::error_handler_t::replace);
  run_text.pop_back();
  out << head << ",\"runs\":[" << run_text << ",\"results\":[";
  bool first = true;
  for (const sarif_results& part : parts) {
    for (const std::string& result : part.results) {
      out << (first ? "\n" : ",\n") << result;
      first = false;
    }
  }
  out << "\n]}]}\n";
}

}  // namespace nianbao::output
