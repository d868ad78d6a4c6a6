// SARIF 2.1.0, the format code-review and CI systems read findings in: one log with one run for
// all the files of a `check`, rules from the finding ids with the reference's own words.
#include <filesystem>
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

// A path as one file is always named: `./a/../b.txt` is `b.txt`, and an absolute path under the
// working directory is relative to it, so that one file has one URI and one set of fingerprints.
std::string artifact_path(const std::string& path) {
  std::filesystem::path p = std::filesystem::path(path).lexically_normal();
  if (p.is_absolute()) {
    std::error_code ec;
    const std::filesystem::path relative = p.lexically_relative(std::filesystem::current_path(ec));
    if (!ec && !relative.empty() && *relative.begin() != "..") p = relative;
  }
  return p.generic_string();
}

// An input's location: absolute paths as file URIs, the rest relative to the working directory.
json artifact_location(const std::string& path) {
  if (path.starts_with('/')) return json{{"uri", "file://" + uri_path(path)}};
  return json{{"uri", uri_path(path)}, {"uriBaseId", source_root}};
}

// A place: its region, and its line as the context a viewer shows. A finding about the document
// as a whole is put at its first line, since code-review systems place every result on a line.
struct place {
  json region;
  json context;
};

json physical(const std::string& path, const place& at) {
  json out{{"artifactLocation", artifact_location(path)}, {"region", at.region}};
  if (!at.context.is_null()) out["contextRegion"] = at.context;
  return out;
}

place whole_document() { return {json{{"startLine", 1}}, nullptr}; }

place place_of(const source& src, ast::span where) {
  if (where.empty() && where.begin == 0) return whole_document();
  const location begin = src.locate(where.begin);
  const location end = src.locate(where.end);
  place out{json{{"startLine", begin.line},
                 {"startColumn", begin.column},
                 {"endLine", end.line},
                 {"endColumn", std::max(end.column, end.line == begin.line ? begin.column : std::size_t{1})}},
            nullptr};
  const std::string_view line = src.line_text(begin.line);
  if (end.line == begin.line && line.size() <= longest_snippet)
    out.context = {{"startLine", begin.line}, {"endLine", begin.line}, {"snippet", {{"text", std::string(line)}}}};
  return out;
}

json logical(std::string_view name) { return json::array({{{"fullyQualifiedName", name}}}); }

// What a related cell says: the value read, or for the likeliest wrong the value that repairs
// the table, with what was written; in the text output's words.
std::string cell_message(const finding& f, const finding_cell& c) {
  const std::string written = c.text.empty() ? "blank" : "`" + c.text + "`";
  if (f.id == "LIKELY-WRONG") return c.coord + ": consistent value " + c.value + " (written " + written + ")";
  if (c.value.empty()) return c.coord + ": not given (" + written + ")";
  if (c.text.empty()) return c.coord + ": blank, counted as 0";
  return c.coord + " = " + c.value + " (" + written + ")";
}

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

// A rule's default level is that of its findings, not of the notes an invariant gives where it
// could not be assessed: a note is kept only until a finding of another level is seen.
void note_rule(std::map<std::string, sarif_rule>& rules, const std::string& id, const sarif_rule& rule) {
  const auto [at, inserted] = rules.try_emplace(id, rule);
  if (!inserted && at->second.level == "note" && rule.level != "note") at->second.level = rule.level;
  if (at->second.text.empty()) at->second.text = rule.text;
}

void note_rule(sarif_results& out, std::string_view id, severity level, std::string_view rule_text) {
  note_rule(out.rules, std::string(id), sarif_rule{name_of(level), std::string(rule_text)});
}

std::string plain_text(std::string_view markdown) {
  std::string out;
  for (const char c : markdown) {
    if (c != '`') out += c;
  }
  return out;
}

}  // namespace

namespace {

// The properties a finding has in the JSON output too.
json properties_of(std::initializer_list<std::pair<const char*, const std::string*>> fields) {
  json out = json::object();
  for (const auto& [name, value] : fields) {
    if (!value->empty()) out[name] = *value;
  }
  return out;
}

}  // namespace

sarif_results sarif_of(const source& src, const bind::bound_report& bound, const std::string& given,
                       std::string_view report) {
  const std::string path = artifact_path(given);
  // The reports of one file (pages concatenated) are one artifact; their findings keep apart.
  const std::string scope = path + std::string(report);
  sarif_results out;
  std::map<std::string, std::size_t> seen;
  for (const finding& f : bound.findings) {
    const place at = place_of(src, f.where);
    std::string about = f.subject;
    if (about.empty() && at.region.contains("startColumn"))
      about = src.line_text(at.region["startLine"].get<std::size_t>());
    json result{{"ruleId", f.id},
                {"level", name_of(f.level)},
                {"message", {{"text", f.message}}},
                {"locations", json::array({{{"physicalLocation", physical(path, at)}}})}};
    if (!f.subject.empty()) result["locations"][0]["logicalLocations"] = logical(f.subject);
    json related = json::array();
    for (const finding_cell& c : f.cells) {
      related.push_back({{"id", related.size()},
                         {"physicalLocation", physical(path, place_of(src, c.where))},
                         {"logicalLocations", logical(c.coord)},
                         {"message", {{"text", cell_message(f, c)}}}});
    }
    for (const related_place& r : f.related) {
      related.push_back({{"id", related.size()},
                         {"physicalLocation", physical(path, place_of(src, r.where))},
                         {"message", {{"text", r.note}}}});
    }
    if (!related.empty()) result["relatedLocations"] = std::move(related);
    result["partialFingerprints"] = {{"nianbao/v1", fingerprint(f.id, scope, about, seen)}};
    json properties =
        properties_of({{"expected", &f.expected}, {"found", &f.found}, {"status", &f.status}, {"subject", &f.subject}});
    if (!properties.empty()) result["properties"] = std::move(properties);
    out.results.push_back(result.dump(-1, ' ', false, json::error_handler_t::replace));
    note_rule(out, f.id, f.level, f.rule);
  }
  return out;
}

sarif_results sarif_refusal(const std::string& given, const input_error& error) {
  const std::string path = artifact_path(given);
  sarif_results out;
  const place at{json{{"startLine", std::max<std::size_t>(error.where.line, 1)},
                      {"startColumn", std::max<std::size_t>(error.where.column, 1)}},
                 nullptr};
  std::map<std::string, std::size_t> seen;
  json result{{"ruleId", "UNREADABLE"},
              {"level", "error"},
              {"message", {{"text", error.message}}},
              {"locations", json::array({{{"physicalLocation", physical(path, at)}}})},
              {"partialFingerprints", {{"nianbao/v1", fingerprint("UNREADABLE", path, error.message, seen)}}}};
  out.results.push_back(result.dump(-1, ' ', false, json::error_handler_t::replace));
  note_rule(out, "UNREADABLE", severity::error, "");
  return out;
}

sarif_results sarif_pair(const std::string& given, const corpus::finding_record& f) {
  const std::string path = artifact_path(given);
  sarif_results out;
  const auto at = [](std::size_t line, std::size_t column) {
    return line == 0 ? whole_document() : place{json{{"startLine", line}, {"startColumn", column}}, nullptr};
  };
  std::map<std::string, std::size_t> seen;
  json result{{"ruleId", f.id},
              {"level", f.severity},
              {"message", {{"text", f.message}}},
              {"locations", json::array({{{"physicalLocation", physical(path, at(f.line, f.column))}}})}};
  if (!f.subject.empty()) result["locations"][0]["logicalLocations"] = logical(f.subject);
  if (!f.other_path.empty()) {
    result["relatedLocations"] = json::array(
        {{{"id", 0},
          {"physicalLocation", physical(artifact_path(f.other_path), at(f.other_line, f.other_column))},
          {"message", {{"text", f.id == "DUPLICATE-REPORT" ? "the other report" : "last year's report"}}}}});
  }
  // Two findings about one pair differ in their subject or, for the notes of rules not assessed,
  // in their rule's message.
  const std::string about = f.subject + '\0' + artifact_path(f.other_path) + '\0' + f.rule;
  result["partialFingerprints"] = {{"nianbao/v1", fingerprint(f.id, path, about, seen)}};
  json properties =
      properties_of({{"expected", &f.expected}, {"found", &f.found}, {"status", &f.status}, {"subject", &f.subject}});
  if (!properties.empty()) result["properties"] = std::move(properties);
  out.results.push_back(result.dump(-1, ' ', false, json::error_handler_t::replace));
  const severity level = f.severity == "error"  ? severity::error
                         : f.severity == "note" ? severity::note
                                                : severity::warning;
  note_rule(out, f.id, level, f.rule);
  return out;
}

void write_sarif(std::ostream& out, const std::vector<sarif_results>& parts, const std::string& working_directory,
                 const std::vector<tool_problem>& problems) {
  std::map<std::string, sarif_rule> rules;
  for (const sarif_results& part : parts) {
    for (const auto& [id, rule] : part.rules) note_rule(rules, id, rule);
  }
  std::map<std::string_view, const finding_help*> helps;
  std::map<std::string_view, std::string> described_together;  // a row's text → its ids
  for (const finding_help& h : finding_helps()) {
    helps.emplace(h.id, &h);  // the first row of an id
    std::string& ids = described_together[h.what];
    ids += (ids.empty() ? "" : ", ") + std::string(h.id);
  }
  json rule_list = json::array();
  for (const auto& [id, rule] : rules) {
    const auto help = helps.find(id);
    const finding_help* h = help != helps.end() ? help->second : nullptr;
    // A row of the docs for several ids describes them together: the help says so.
    std::string what = h == nullptr ? rule.text : plain_text(h->what);
    if (h != nullptr && described_together[h->what] != id)
      what = std::string(described_together[h->what]).append(", in this order: ").append(what);
    const std::string text = !rule.text.empty() ? rule.text : !what.empty() ? what : id;
    json r{{"id", id}, {"shortDescription", {{"text", text}}}};
    if (!what.empty()) {
      r["fullDescription"] = {{"text", what}};
      r["help"] = {{"text", what}};
      if (h != nullptr) r["help"]["markdown"] = std::string(h->what);
    }
    // The docs' severity where it is one; else that of the findings.
    const bool one_level =
        h != nullptr && (h->severity == "error" || h->severity == "warning" || h->severity == "note");
    r["defaultConfiguration"] = {{"level", one_level ? std::string(h->severity) : rule.level}};
    rule_list.push_back(std::move(r));
  }
  json driver{{"name", "nianbao"},
              {"version", NIANBAO_VERSION_STRING},
              {"semanticVersion", NIANBAO_VERSION_STRING},
              {"rules", std::move(rule_list)}};
  json run{{"tool", {{"driver", std::move(driver)}}},
           {"originalUriBaseIds", {{source_root, {{"uri", "file://" + uri_path(working_directory) + "/"}}}}},
           {"columnKind", "unicodeCodePoints"}};
  json notifications = json::array();
  for (const tool_problem& p : problems) {
    json where = {{"startLine", std::max<std::size_t>(p.error.where.line, 1)}};
    if (p.error.where.column > 0) where["startColumn"] = p.error.where.column;
    notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", p.error.message}}},
         {"locations",
          json::array({{{"physicalLocation",
                         {{"artifactLocation", artifact_location(artifact_path(p.file))}, {"region", where}}}}})}});
  }
  run["invocations"] = json::array({{{"executionSuccessful", problems.empty()}}});
  if (!problems.empty()) run["invocations"][0]["toolExecutionNotifications"] = std::move(notifications);
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
