// A PDF's figure over another in one cell is one figure wrapped (`6195` over `25`) or two figures
// in one cell (`15 1`); the words alone cannot tell, so the front end leaves it out, and every
// rule that reads it goes unassessed. Where reading it as one figure makes those rules hold, that
// is the reading: the arithmetic tells what the geometry could not, and the choice is a note.
#include <algorithm>
#include <set>

#include "nianbao/check.hpp"

namespace nianbao::check {

namespace {

using reading = bind::bound_report::cell_reading;

// The rules that read the cells, with `cells` read as one figure each: their names when at least
// one is assessed and none is violated, else nothing.
std::optional<std::set<std::string>> rules_held(const bind::bound_report& report, const evaluation_plan& plan,
                                                const std::vector<const reading*>& cells) {
  bind::bound_report trial = report;
  std::vector<const bind::bound_value*> read;
  for (const reading* r : cells) {
    trial.values[r->value] = r->as_one;
    read.push_back(&trial.values[r->value]);
  }
  std::set<std::string> held;
  for (const evaluation& e : evaluate(plan, trial)) {
    const bool reads = std::any_of(e.operands.begin(), e.operands.end(), [&](const operand& op) {
      return std::find(read.begin(), read.end(), op.cell) != read.end();
    });
    if (!reads) continue;
    if (e.result == outcome::violated || e.result == outcome::left_blank) return std::nullopt;
    if (e.result == outcome::holds) held.insert(e.rule->id);
  }
  if (held.empty()) return std::nullopt;
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
                ": with it, the rules that read the cell hold (" + listed(held) + ")";
  }
}

}  // namespace

void choose_cell_readings(bind::bound_report& report, const evaluation_plan& plan) {
  std::vector<reading>& cells = report.uncertain_cells;
  // Each on its own; a reading taken lets rules that read two such cells be assessed, so again
  // until none is taken.
  for (bool taken = true; taken;) {
    taken = false;
    for (auto r = cells.begin(); r != cells.end();) {
      const std::optional<std::set<std::string>> held = rules_held(report, plan, {&*r});
      if (!held) {
        ++r;
        continue;
      }
      take(report, *r, *held);
      r = cells.erase(r);
      taken = true;
    }
  }
  // Then those left, all together: a total and its part both wrapped, neither assessed alone.
  if (cells.size() < 2) return;
  std::vector<const reading*> all;
  all.reserve(cells.size());
  for (const reading& r : cells) all.push_back(&r);
  const std::optional<std::set<std::string>> held = rules_held(report, plan, all);
  if (!held) return;
  for (const reading* r : all) take(report, *r, *held);
  cells.clear();
}

}  // namespace nianbao::check
