// A row with a cell pushed in before its values (an empty cell that an editor or a converter left
// at its start) is read one column to the left: every rule that reads it breaks, and the reviewer
// gets an error per column for one slip. Where the row read right-aligned makes the rules that
// read it hold, and read as bound it does not, that reading is the report's, and the slip is one
// finding, ROW-SHIFTED.
#include <algorithm>

#include "grouping.hpp"

namespace nianbao::check {

namespace {

using reading = bind::bound_report::row_reading;

// Whether an instance that reads a value of one of `rows` does not hold.
bool breaks_a_rule(const std::vector<evaluation>& evaluations, const bind::bound_report& report,
                   const std::vector<reading*>& rows) {
  const auto in_rows = [&](const bind::bound_value* cell) {
    return std::any_of(rows.begin(), rows.end(), [&](const reading* r) {
      const bind::bound_value* begin = report.values.data() + r->first_value;
      return cell >= begin && cell < begin + r->values.size();
    });
  };
  return std::any_of(evaluations.begin(), evaluations.end(), [&](const evaluation& e) {
    return e.result == outcome::violated &&
           std::any_of(e.operands.begin(), e.operands.end(), [&](const operand& op) { return in_rows(op.cell); });
  });
}

// `report` with `rows` read right-aligned: a copy, to evaluate.
bind::bound_report with_read(const bind::bound_report& report, const std::vector<reading*>& rows) {
  bind::bound_report trial = report;
  for (const reading* r : rows) {
    std::copy(r->values.begin(), r->values.end(), trial.values.begin() + static_cast<std::ptrdiff_t>(r->first_value));
  }
  return trial;
}

// Whether reading `rows` right-aligned makes the rules that read them hold where, read as they
// are now, one does not.
bool reading_adds_up(const bind::bound_report& report, const evaluation_plan& plan, const std::vector<reading*>& rows) {
  if (!breaks_a_rule(evaluate(plan, report), report, rows)) return false;
  const bind::bound_report trial = with_read(report, rows);
  return !breaks_a_rule(evaluate(plan, trial), trial, rows);
}

std::string cells(std::size_t n) { return std::to_string(n) + (n == 1 ? " empty cell" : " empty cells"); }

// The row as the edition names it, from its subject `t3/result.disclosed`: `row `（一）予以公开``,
// or for a table's one unlabelled row (四), `the row of the … table`.
std::string row_named(const edition::definition& ed, std::string_view subject) {
  const std::size_t slash = subject.find('/');
  const edition::table* t = ed.find_table(subject.substr(0, slash));
  const edition::node* row = t == nullptr ? nullptr : edition::find_node(t->rows, subject.substr(slash + 1));
  if (row == nullptr) return "row " + std::string(subject);
  if (row->label.empty()) return "the row of the " + t->title + " table";
  return "row `" + row->label + "`";
}

}  // namespace

void choose_row_readings(bind::bound_report& report, const evaluation_plan& plan) {
  std::vector<reading*> rows;
  for (reading& r : report.shifted_rows) {
    if (r.first_value + r.values.size() <= report.values.size()) rows.push_back(&r);
  }
  if (rows.empty()) return;
  const auto take = [&](reading& right) {
    std::swap_ranges(right.values.begin(), right.values.end(),
                     report.values.begin() + static_cast<std::ptrdiff_t>(right.first_value));
    // What binding said of the cells read left-aligned gives way to what it says of them read so.
    const auto of_row = [&](const finding& f) { return f.subject.starts_with(right.subject + "/"); };
    std::erase_if(report.findings, of_row);
    report.findings.insert(report.findings.end(), right.findings.begin(), right.findings.end());
    for (finding& f : report.findings) {
      if (f.id != "COLUMNS-EXTRA" || f.subject != right.subject) continue;
      f.id = "ROW-SHIFTED";
      f.message = row_named(*report.choice.edition, right.subject) + " has " + cells(right.leading_empty) +
                  " before its values; read right-aligned, the rules that read it hold, and its values are bound so";
    }
  };
  // All together first: what pushes one row right (a converter, a template) pushes others too, and
  // each row read right-aligned on its own still meets the others read one column off.
  if (rows.size() > 1 && reading_adds_up(report, plan, rows)) {
    for (reading* r : rows) take(*r);
    return;
  }
  // Else each on its own, in the edition's order, against the rows taken before it.
  for (reading* r : rows) {
    if (reading_adds_up(report, plan, {r})) take(*r);
  }
}

}  // namespace nianbao::check
