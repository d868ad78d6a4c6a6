// What `nianbao extract` prints: every bound value with its coordinate and exact value.
#include <nlohmann/json.hpp>

#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

using json = nlohmann::ordered_json;

std::string edition_of(const bind::bound_report& bound) {
  return bound.choice.edition != nullptr ? bound.choice.edition->id : std::string();
}

// The words a fact was read from, and the verdict's reason where it could not be judged.
std::string_view phrase_text(const source& src, const check::fact_reading& r) { return r.phrase.in(src.text()); }

void write_fact(std::ostream& out, const source& src, const check::fact_reading& r) {
  const location at = src.locate(r.place().begin);
  out << "fact " << r.fact->id << "  @" << at.line << ':' << at.column << "  `" << phrase_text(src, r) << "`  says "
      << r.stated.to_canonical_string() << "  table";
  for (const bind::bound_value* v : r.cells) out << ' ' << v->coordinate();
  if (r.table) out << " = " << r.table->to_canonical_string();
  out << "  " << check::name_of(r.verdict);
  if (r.reading != 0) out << " (with reading " << r.reading + 1 << " of the figure)";
  if (!r.why.empty()) out << " (" << r.why << ')';
  out << '\n';
}

json fact_json(const source& src, const check::fact_reading& r) {
  const location at = src.locate(r.place().begin);
  json cells = json::array();
  for (const bind::bound_value* v : r.cells) {
    json c = {{"coord", v->coordinate()}, {"text", v->raw}};
    if (v->state != bind::value_state::missing) {
      const location cat = src.locate(v->where.begin);
      c["line"] = cat.line;
      c["column"] = cat.column;
    }
    cells.push_back(std::move(c));
  }
  return {{"fact", r.fact->id},
          {"text", phrase_text(src, r)},
          {"line", at.line},
          {"column", at.column},
          {"stated", r.stated.to_canonical_string()},
          {"cells", std::move(cells)},
          {"table", r.table ? json(r.table->to_canonical_string()) : json(nullptr)},
          {"verdict", check::name_of(r.verdict)},
          {"reading", r.reading},
          {"why", r.why.empty() ? json(nullptr) : json(r.why)}};
}

}  // namespace

void write_extract(std::ostream& out, const source& src, const bind::bound_report& bound,
                   const std::vector<check::fact_reading>* facts) {
  out << "# " << src.name() << ": edition " << (bound.choice.edition ? bound.choice.edition->id : "none") << '\n';
  for (const bind::bound_value& v : bound.values) {
    out << v.table << ' ' << v.row << ' ' << v.column << "  " << bind::name_of(v.state);
    if (v.value) out << ' ' << v.value->to_string();
    if (v.value && !v.unit.empty()) out << ' ' << v.unit;
    if (v.yuan && v.unit != "元") out << " = " << v.yuan->to_canonical_string() << " 元";
    if (!v.raw.empty()) out << "  `" << v.raw << '`';
    if (v.state != bind::value_state::missing) {
      const location at = src.locate(v.where.begin);
      out << "  @" << at.line << ':' << at.column;
    }
    out << '\n';
  }
  if (facts == nullptr) return;
  for (const check::fact_reading& r : *facts) write_fact(out, src, r);
}

namespace {

// An entry's start: its file, and for one of several reports in it, which and from which line.
json file_entry(const source& src, std::size_t report_in_file) {
  json out{{"file", src.name()}};
  if (report_in_file != 0) {
    out["report"] = report_in_file;
    out["first_line"] = src.locate(0).line;
  }
  return out;
}

}  // namespace

std::string extract_json(const source& src, const bind::bound_report& bound,
                         const std::vector<check::fact_reading>* facts, std::size_t report_in_file) {
  json values = json::array();
  for (const bind::bound_value& v : bound.values) {
    json j = {{"coord", {{"table", v.table}, {"row", v.row}, {"column", v.column}}},
              {"state", bind::name_of(v.state)},
              {"text", v.raw},
              {"value", v.value ? json(v.value->to_string()) : json(nullptr)},
              {"unit", v.unit.empty() ? json(nullptr) : json(v.unit)},
              {"yuan", v.yuan ? json(v.yuan->to_canonical_string()) : json(nullptr)}};
    if (v.state != bind::value_state::missing) {
      const location at = src.locate(v.where.begin);
      j["line"] = at.line;
      j["column"] = at.column;
    }
    values.push_back(std::move(j));
  }
  const std::string edition = edition_of(bound);
  json out = file_entry(src, report_in_file);
  out["edition"] = edition.empty() ? json(nullptr) : json(edition);
  out["values"] = std::move(values);
  if (facts != nullptr) {
    json read = json::array();
    for (const check::fact_reading& r : *facts) read.push_back(fact_json(src, r));
    out["facts"] = std::move(read);
  }
  return out.dump(1, ' ', false, json::error_handler_t::replace);
}

namespace {

// A finding as an object; one that stands for several (CELL-INCONSISTENT) has them nested, whole,
// as `violations`.
json finding_json(const source& src, const finding& f) {
  const location at = src.locate(f.where.begin);
  const location end = src.locate(f.where.end);  // the place's end: an editor can underline it whole
  json related = json::array();
  for (const related_place& r : f.related) {
    const location rat = src.locate(r.where.begin);
    related.push_back({{"note", r.note}, {"line", rat.line}, {"column", rat.column}});
  }
  json cells = json::array();
  for (const finding_cell& c : f.cells) {
    json cell = {{"coord", c.coord},
                 {"text", c.text},
                 {"value", c.value.empty() ? json(nullptr) : json(c.value)},
                 {"unit", c.unit.empty() ? json(nullptr) : json(c.unit)}};
    if (!c.where.empty()) {
      const location cat = src.locate(c.where.begin);
      cell["line"] = cat.line;
      cell["column"] = cat.column;
    }
    cells.push_back(std::move(cell));
  }
  json out{{"id", f.id},
           {"rule", f.rule.empty() ? json(nullptr) : json(f.rule)},
           {"severity", name_of(f.level)},
           {"message", f.message},
           {"line", at.line},
           {"column", at.column},
           {"end_line", end.line},
           {"end_column", end.column},
           {"related", std::move(related)},
           {"cells", std::move(cells)},
           {"expected", f.expected.empty() ? json(nullptr) : json(f.expected)},
           {"found", f.found.empty() ? json(nullptr) : json(f.found)},
           {"status", f.status.empty() ? json(nullptr) : json(f.status)},
           {"subject", f.subject.empty() ? json(nullptr) : json(f.subject)}};
  if (!f.violations.empty()) {
    json nested = json::array();
    for (const finding& v : f.violations) nested.push_back(finding_json(src, v));
    out["violations"] = std::move(nested);
  }
  return out;
}

}  // namespace

std::string findings_json(const source& src, const bind::bound_report& bound, std::size_t report_in_file) {
  json findings = json::array();
  for (const finding& f : bound.findings) findings.push_back(finding_json(src, f));
  const std::string edition = edition_of(bound);
  json out = file_entry(src, report_in_file);
  out["edition"] = edition.empty() ? json(nullptr) : json(edition);
  out["findings"] = std::move(findings);
  return out.dump(1, ' ', false, json::error_handler_t::replace);
}

}  // namespace nianbao::output
