// `nianbao editions diff A B`: what changed from one edition to another, by class, as a
// maintainer reads it in a proposal, or as JSON.
#include <array>
#include <nlohmann/json.hpp>

#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

constexpr std::array classes{edition::change_class::breaking, edition::change_class::compatible,
                             edition::change_class::cosmetic};

std::size_t count_of(const std::vector<edition::change>& changes, edition::change_class what) {
  return static_cast<std::size_t>(
      std::count_if(changes.begin(), changes.end(), [&](const edition::change& c) { return c.what == what; }));
}

std::string labelled(const std::string& id, const std::string& label) {
  if (label.empty()) return id;
  return id.empty() ? "“" + label + "”" : id + " “" + label + "”";
}

// `before → after`, each side with its label, or the one side there is.
std::string subject(const edition::change& c) {
  std::string before = labelled(c.before, c.label_before);
  std::string after = labelled(c.after, c.label_after);
  if (c.before.empty() && c.label_before.empty()) return after;
  if (c.after.empty() && c.label_after.empty()) return before;
  if (before == after) return after;
  if (!c.before.empty() && c.before == c.after) return c.after + ": “" + c.label_before + "” → “" + c.label_after + "”";
  return before + " → " + after;
}

}  // namespace

void write_edition_diff(std::ostream& out, const edition::definition& a, const edition::definition& b,
                        const std::vector<edition::change>& changes) {
  out << a.id << " → " << b.id << ": " << changes.size() << (changes.size() == 1 ? " change" : " changes");
  for (const edition::change_class what : classes) out << ", " << count_of(changes, what) << ' ' << name_of(what);
  out << '\n';
  for (const edition::change_class what : classes) {
    if (count_of(changes, what) == 0) continue;
    out << '\n' << name_of(what) << '\n';
    for (const edition::change& c : changes) {
      if (c.what != what) continue;
      const std::string named = subject(c);
      out << "  " << (c.table.empty() ? "" : c.table + " ") << c.part << ' ' << c.action
          << (named.empty() ? "" : ": " + named) << '\n';
      for (const std::string& r : c.related) out << "      " << r << '\n';
      out << "      because " << c.reason << '\n';
    }
  }
}

std::string edition_diff_json(const edition::definition& a, const edition::definition& b,
                              const std::vector<edition::change>& changes) {
  nlohmann::ordered_json doc;
  doc["format"] = "nianbao-edition-diff";
  doc["version"] = edition_diff_json_version;
  doc["from"] = a.id;
  doc["to"] = b.id;
  nlohmann::ordered_json& counts = doc["counts"];
  for (const edition::change_class what : classes) counts[name_of(what)] = count_of(changes, what);
  nlohmann::ordered_json& list = doc["changes"] = nlohmann::ordered_json::array();
  for (const edition::change& c : changes) {
    nlohmann::ordered_json& j = list.emplace_back();
    j["class"] = name_of(c.what);
    j["part"] = c.part;
    j["action"] = c.action;
    const auto optional = [&](const char* key, const std::string& value) {
      if (!value.empty()) j[key] = value;
    };
    optional("table", c.table);
    optional("before", c.before);
    optional("after", c.after);
    optional("label_before", c.label_before);
    optional("label_after", c.label_after);
    if (!c.related.empty()) j["related"] = c.related;
    j["reason"] = c.reason;
    if (c.what == edition::change_class::breaking) {
      j["breaks_reports"] = c.breaks_reports;
      j["breaks_coordinates"] = c.breaks_coordinates;
    }
  }
  return doc.dump(2) + "\n";
}

}  // namespace nianbao::output
