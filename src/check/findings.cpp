// Turning evaluations into findings that show their arithmetic: each operand's coordinate, text
// and value, the two sides and their difference.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>

#include "grouping.hpp"
#include "left_blank.hpp"
#include "localise.hpp"
#include "nianbao/check.hpp"

namespace nianbao::check {

namespace {

const char* symbol(edition::comparison_op op) {
  switch (op) {
    case edition::comparison_op::eq:
      return "=";
    case edition::comparison_op::ne:
      return "≠";
    case edition::comparison_op::lt:
      return "<";
    case edition::comparison_op::le:
      return "≤";
    case edition::comparison_op::gt:
      return ">";
    case edition::comparison_op::ge:
      return "≥";
  }
  return "?";
}

// Built by appending to one string: a violation names every operand, and a chain of `+` would
// make a string per piece.
std::string describe(const operand& op) {
  if (op.cell == nullptr) return "(no such cell)";
  const bind::bound_value& c = *op.cell;
  std::string text;
  text.reserve(c.table.size() + c.row.size() + c.column.size() + c.raw.size() + 32);
  text.append(c.table).append(" ").append(c.row).append(" / ").append(c.column);
  if (op.assumed_zero) return text.append(": blank, counted as 0");
  if (!op.value) {
    text.append(": not given");
    if (!c.raw.empty()) text.append(" (`").append(c.raw).append("`)");
    return text;
  }
  text.append(" = ").append(op.value->to_canonical_string());
  if (c.yuan) text.append(" 元");
  return text.append(" (`").append(c.raw).append("`)");
}

finding_cell cell_of(const operand& op) {
  finding_cell c;
  if (op.cell == nullptr) return c;
  c.coord = op.cell->coordinate();
  c.text = std::string(op.cell->raw);
  if (op.value) c.value = op.value->to_canonical_string();
  c.unit = op.cell->yuan ? "元" : op.cell->unit;
  c.where = op.cell->where;
  return c;
}

ast::span primary_place(const evaluation& e) {
  for (const operand& op : e.operands) {
    if (op.cell != nullptr && !op.cell->where.empty()) return op.cell->where;
  }
  for (const operand& op : e.operands) {
    if (op.cell != nullptr) return op.cell->where;
  }
  return {};
}

}  // namespace

std::string violation_message(const evaluation& e) {
  return e.rule->message + (e.instance_label.empty() ? "" : " [" + std::string(e.instance_label) + "]") + ": " +
         e.left.to_canonical_string() + " " + symbol(e.rule->claim.op) + " " + e.right.to_canonical_string() +
         " does not hold (difference " + (e.left - e.right).to_canonical_string() + ")";
}

finding violation_of(const evaluation& e, const bind::bound_report& bound) {
  finding f;
  f.id = e.rule->id;
  f.level = e.rule->level;
  f.status = "violated";
  f.message = violation_message(e);
  f.where = primary_place(e);
  f.rule = e.rule->message;
  f.expected = e.right.to_canonical_string();
  f.subject = std::string(e.instance);
  f.found = e.left.to_canonical_string();
  bool assumed = false;
  f.related.reserve(e.operands.size() + bound.stated_notes.size());
  f.cells.reserve(e.operands.size());
  for (const operand& op : e.operands) {
    assumed = assumed || op.assumed_zero;
    f.related.push_back({op.cell != nullptr ? op.cell->where : ast::span{}, describe(op)});
    f.cells.push_back(cell_of(op));
  }
  if (assumed) f.message += "; blank cells counted as 0, as the edition declares for this table";
  for (const auto& [table, note] : bound.stated_notes) {
    if (e.rule->stated && table == e.rule->table) {
      f.related.push_back(
          {note, "the table states this rule itself: " + bound.choice.edition->find_table(table)->corner});
    }
  }
  return f;
}

std::vector<finding> findings_of(const std::vector<evaluation>& evaluations, const bind::bound_report& bound) {
  return findings_of(evaluations, bound, {});
}

std::vector<finding> findings_of(const std::vector<evaluation>& evaluations, const bind::bound_report& bound,
                                 const std::set<const evaluation*>& grouped) {
  std::vector<finding> out;
  std::map<const edition::invariant*, std::vector<const evaluation*>> unassessable;
  for (const evaluation& e : evaluations) {
    if (e.result == outcome::not_assessable) unassessable[e.rule].push_back(&e);
    if (e.result == outcome::violated && !grouped.contains(&e)) out.push_back(violation_of(e, bound));
  }
  for (const auto& [rule, instances] : unassessable) {
    finding f;
    f.id = rule->id;
    f.level = severity::note;
    f.status = "not_assessable";
    f.rule = rule->message;
    f.message = rule->message + ": not assessable in " + std::to_string(instances.size()) +
                (instances.size() == 1 ? " case" : " cases") + ", some operands are not given";
    for (const evaluation* e : instances) {
      for (const operand& op : e->operands) {
        if (op.value) continue;
        if (f.where.empty() && op.cell != nullptr) f.where = op.cell->where;
        f.related.push_back({op.cell != nullptr ? op.cell->where : ast::span{}, describe(op)});
        f.cells.push_back(cell_of(op));
      }
    }
    out.push_back(std::move(f));
  }
  std::vector<finding> blank = left_blank_findings(evaluations, bound);
  std::move(blank.begin(), blank.end(), std::back_inserter(out));
  return out;
}

void add_invariant_findings(bind::bound_report& report, const finding_options& options) {
  if (report.choice.edition == nullptr) return;
  add_invariant_findings(report, evaluation_plan(*report.choice.edition), options);
}

void add_invariant_findings(bind::bound_report& report, const evaluation_plan& plan, const finding_options& options) {
  if (report.choice.edition == nullptr) return;
  if (&plan.edition() != report.choice.edition) {
    throw std::invalid_argument("add_invariant_findings: a plan of another edition than the report's");
  }
  choose_cell_readings(report, plan);
  if (options.group) {
    choose_row_readings(report, plan);
  } else {
    // What binding grouped (a report cut off: TRUNCATED) is laid out too.
    std::vector<finding> apart;
    for (finding& f : report.findings) {
      if (f.violations.empty()) {
        apart.push_back(std::move(f));
      } else {
        std::move(f.violations.begin(), f.violations.end(), std::back_inserter(apart));
      }
    }
    report.findings = std::move(apart);
  }
  const std::vector<evaluation> evaluations = evaluate(plan, report);
  const std::vector<table_repairs> repairs = likeliest_repairs(evaluations);
  culprits blamed = options.group ? group_by_culprit(evaluations, repairs, report) : culprits{};
  std::vector<finding> found = findings_of(evaluations, report, blamed.grouped);
  std::move(blamed.findings.begin(), blamed.findings.end(), std::back_inserter(found));
  // A table whose violations its culprits stand for needs no note naming them again.
  for (const table_repairs& t : repairs) {
    if (!blamed.tables.contains(t.table)) found.push_back(likely_wrong_note(t));
  }
  std::move(found.begin(), found.end(), std::back_inserter(report.findings));
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const finding& a, const finding& b) { return a.where.begin < b.where.begin; });
}

}  // namespace nianbao::check
