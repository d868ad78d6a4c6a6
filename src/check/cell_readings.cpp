// A PDF's figure over another in one cell is one figure wrapped (`6195` over `25`) or two figures
// in one cell (`15 1`); the words alone cannot tell, so the front end leaves it out, and every
// rule that reads it goes unassessed. Where reading it as one figure makes the equalities that
// read it hold, and breaks nothing that held, that is the reading: the arithmetic tells what the
// geometry could not, and the choice is a note.
#include <algorithm>
#include <map>
#include <set>

#include "nianbao/check.hpp"

namespace nianbao::check {

namespace {

using reading = bind::bound_report::cell_reading;

// A rule instance, told apart from the others of its rule.
using instance_key = std::pair<const edition::invariant*, std::string_view>;

std::set<instance_key> violated(const std::vector<evaluation>& evaluations) {
  std::set<instance_key> out;
  for (const evaluation& e : evaluations)
    if (e.result == outcome::violated || e.result == outcome::left_blank) out.emplace(e.rule, e.instance);
  return out;
}

// Evidence for a reading: an equality with no condition that holds and reads the cell. An
// inequality holds for nearly any figure (published ≤ in force), and a rule whose condition
// does not apply reads nothing.
bool evidence(const evaluation& e) {
  return e.result == outcome::holds && e.rule->claim.op == edition::comparison_op::eq && !e.rule->condition;
}

// With `cells` read as one figure each: for each, the equalities that hold and read it, when no
// rule instance that held or was not assessed before is now broken (its condition's cells
// included); nothing when one is.
std::optional<std::map<const reading*, std::set<std::string>>> rules_held(const bind::bound_report& report,
                                                                          const evaluation_plan& plan,
                                                                          const std::set<instance_key>& broken_before,
                                                                          const std::vector<const reading*>& cells) {
  bind::bound_report trial = report;
  std::map<const bind::bound_value*, const reading*> read;
  for (const reading* r : cells) {
    trial.values[r->value] = r->as_one;
    read.emplace(&trial.values[r->value], r);
  }
  const std::vector<evaluation> evaluations = evaluate(plan, trial);
  for (const instance_key& k : violated(evaluations))
    if (!broken_before.contains(k)) return std::nullopt;
  std::map<const reading*, std::set<std::string>> held;
  for (const evaluation& e : evaluations) {
    if (!evidence(e)) continue;
    for (const operand& op : e.operands)
      if (const auto r = read.find(op.cell); r != read.end()) held[r->second].insert(e.rule->id);
  }
  return held;
}

std::string listed(const std::set<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

// The cell read as one figure, and its PDF-UNCERTAIN made a note of that.
void take(bind::bound_report& report, const reading& r, const std::set<std::string>& held) {
  bind::bound_value& cell = report.values[r.value];
  cell = r.as_one;
  for (finding& f : report.findings) {
    if (f.id != "PDF-UNCERTAIN" || f.where.begin != r.at) continue;
    f.id = "PDF-READ-AS-ONE";
    f.level = severity::note;
    f.subject = cell.coordinate();
    f.message = "the cell " + f.subject + ", a figure over another (one figure wrapped, or two?), is read as " +
                "one figure wrapped in its cell, " + std::string(cell.raw) +
                ": with it, the equalities that read the cell hold (" + listed(held) + ")";
  }
}

// Whether a value is in a row binding also read right-aligned: choose_row_readings may swap the
// row's values for copies made before any reading.
bool in_a_shifted_row(const bind::bound_report& report, std::size_t value) {
  return std::any_of(report.shifted_rows.begin(), report.shifted_rows.end(), [&](const auto& row) {
    return value >= row.first_value && value < row.first_value + row.values.size();
  });
}

}  // namespace

void choose_cell_readings(bind::bound_report& report, const evaluation_plan& plan) {
  std::vector<reading>& cells = report.uncertain_cells;
  std::erase_if(cells, [&](const reading& r) { return in_a_shifted_row(report, r.value); });
  if (cells.empty()) return;
  std::set<instance_key> broken = violated(evaluate(plan, report));
  // Each on its own; a reading taken lets rules that read two such cells be assessed, so again
  // until none is taken. One that breaks a rule on its own is tried no further.
  std::set<std::size_t> breaking;  // their cells
  for (bool taken = true; taken;) {
    taken = false;
    for (auto r = cells.begin(); r != cells.end();) {
      const auto held = rules_held(report, plan, broken, {&*r});
      if (!held) breaking.insert(r->value);
      if (!held || !held->contains(&*r)) {
        ++r;
        continue;
      }
      take(report, *r, held->at(&*r));
      r = cells.erase(r);
      taken = true;
    }
  }
  // Then those left, together (a total and its part both wrapped, neither assessed alone): each
  // taken only with equalities of its own, and those without any tried no further.
  std::vector<const reading*> together;
  together.reserve(cells.size());
  for (const reading& r : cells)
    if (!breaking.contains(r.value)) together.push_back(&r);
  while (together.size() >= 2) {
    const auto held = rules_held(report, plan, broken, together);
    if (!held) return;
    std::vector<const reading*> with_evidence;
    for (const reading* r : together)
      if (held->contains(r)) with_evidence.push_back(r);
    if (with_evidence.size() == together.size()) {
      for (const reading* r : together) take(report, *r, held->at(r));
      std::erase_if(cells, [&](const reading& r) { return held->contains(&r); });
      return;
    }
    together = std::move(with_evidence);
  }
}

}  // namespace nianbao::check
