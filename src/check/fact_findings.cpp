// What a figure of the prose that the tables contradict, or that another sentence contradicts,
// is reported as.
#include <algorithm>
#include <iterator>
#include <map>

#include "nianbao/check.hpp"

namespace nianbao::check {

namespace {

// 393, or 0 for a phrase that states none (未收到…申请).
std::string stated_text(const fact_reading& r) { return r.stated.to_canonical_string(); }

std::string cells_text(const fact_reading& r) {
  std::string text;
  for (const bind::bound_value* v : r.cells) {
    if (!text.empty()) text += " + ";
    text += v->coordinate();
    if (r.cells.size() > 1) text += " " + (v->value ? v->compared()->to_canonical_string() : "0");
  }
  return text;
}

// What every finding of a figure says first: its id, the fact's severity and message, its place.
finding text_finding(const fact_reading& r, std::string id) {
  finding f;
  f.id = std::move(id);
  f.level = r.fact->level;
  f.where = r.place();
  f.rule = r.fact->message;
  f.found = stated_text(r);
  return f;
}

finding mismatch(const fact_reading& r) {
  finding f = text_finding(r, "TEXT-TABLE-MISMATCH");
  // No line numbers in the message: a page and its text layout put the same finding on other
  // lines; the places are the finding's own and its related ones.
  f.message = r.fact->message + ": the text says " + stated_text(r) + ", the table says " +
              r.table->to_canonical_string() + " (" + cells_text(r) + ")";
  f.expected = r.table->to_canonical_string();
  f.subject = r.cells.size() == 1 ? r.cells.front()->coordinate() : std::string(r.cells.front()->table);
  for (const bind::bound_value* v : r.cells) {
    f.related.push_back({v->where, "the table: " + v->coordinate() + " = " + std::string(v->raw)});
    finding_cell c;
    c.coord = v->coordinate();
    c.text = std::string(v->raw);
    if (const decimal* value = v->compared()) c.value = value->to_canonical_string();
    c.unit = v->yuan ? "元" : "";
    c.where = v->where;
    f.cells.push_back(std::move(c));
  }
  return f;
}

finding conflict(const fact_reading& r, const fact_reading& earlier) {
  finding f = text_finding(r, "TEXT-CONFLICT");
  f.message = r.fact->message + ": the text says " + stated_text(r) + " here and " + stated_text(earlier) +
              " before, and the table cannot tell which is right (" + r.why + ")";
  f.expected = stated_text(earlier);
  f.subject = "fact " + r.fact->id;
  f.related.push_back({earlier.place(), "the text says " + stated_text(earlier) + " here"});
  return f;
}

// The table with the values its CELL-INCONSISTENT findings imply: where that makes the figure
// agree, the text is one more witness of the repair, not a second fault.
void bear_out(fact_reading& r, std::vector<finding>& findings) {
  decimal repaired = *r.table;
  std::vector<finding*> culprits;
  for (std::size_t i = 0; i < r.cells.size(); ++i) {
    const bind::bound_value& v = *r.cells[i];
    const auto culprit = std::find_if(findings.begin(), findings.end(), [&](const finding& f) {
      return f.id == "CELL-INCONSISTENT" && f.subject == v.coordinate();
    });
    if (culprit == findings.end() || v.yuan) continue;  // amounts are shown in their own unit
    const std::optional<decimal> implied = parse_decimal(culprit->expected);
    if (!implied) continue;
    const decimal written = v.value ? *v.value : decimal();
    repaired += r.signs[i] < 0 ? written - *implied : *implied - written;
    culprits.push_back(&*culprit);
  }
  if (culprits.empty() || repaired != r.stated) return;
  r.verdict = fact_verdict::agrees;
  const ast::span at = r.place();
  for (finding* f : culprits) {
    f->related.push_back({at, "the text says " + stated_text(r) + " as well (" + r.fact->message + ")"});
  }
}

}  // namespace

std::vector<finding> fact_findings(const std::vector<fact_reading>& readings) {
  std::vector<finding> found;
  std::map<const edition::fact*, const fact_reading*> first;
  for (const fact_reading& r : readings) {
    if (r.verdict == fact_verdict::differs) found.push_back(mismatch(r));
    if (r.unit_missing) continue;  // no figure to compare
    const auto [at, added] = first.emplace(r.fact, &r);
    // Where the table can be read, each figure that differs from it is reported already.
    if (!added && r.verdict == fact_verdict::not_assessable && at->second->verdict == fact_verdict::not_assessable &&
        r.stated != at->second->stated)
      found.push_back(conflict(r, *at->second));
  }
  return found;
}

void add_fact_findings(bind::bound_report& report, const evaluation_plan& plan, const source& text,
                       const ast::document& doc) {
  if (report.choice.edition == nullptr) return;
  std::vector<fact_reading> readings = read_facts(plan, text, doc, report);
  for (fact_reading& r : readings) {
    if (r.verdict == fact_verdict::differs) bear_out(r, report.findings);
  }
  std::vector<finding> found = fact_findings(readings);
  if (found.empty()) return;
  std::move(found.begin(), found.end(), std::back_inserter(report.findings));
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const finding& a, const finding& b) { return a.where.begin < b.where.begin; });
}

void add_findings(bind::bound_report& report, const evaluation_plan& plan, const source& text, const ast::document& doc,
                  const finding_options& options) {
  if (report.choice.edition == nullptr) return;
  add_invariant_findings(report, plan, options);
  add_fact_findings(report, plan, text, doc);
}

void add_findings(bind::bound_report& report, const source& text, const ast::document& doc,
                  const finding_options& options) {
  if (report.choice.edition == nullptr) return;
  add_findings(report, evaluation_plan(*report.choice.edition), text, doc, options);
}

}  // namespace nianbao::check
