// A row with a cell pushed in before its values (an empty cell that an editor or a converter left
// at its start) is read one column to the left: every rule that reads it breaks, and the reviewer
// gets an error per column for one slip. Where the row read right-aligned makes the rules that
// read it hold, and read as bound it does not, that reading is the report's, and the slip is one
// finding, ROW-SHIFTED.
#include <algorithm>

#include "grouping.hpp"

namespace nianbao::check {

namespace {

// Whether an instance that reads one of values[first, first + n) does not hold.
bool row_breaks_a_rule(const std::vector<evaluation>& evaluations, const bind::bound_report& report, std::size_t first,
                       std::size_t n) {
  const bind::bound_value* begin = report.values.data() + first;
  const bind::bound_value* end = begin + n;
  return std::any_of(evaluations.begin(), evaluations.end(), [&](const evaluation& e) {
    return e.result == outcome::violated && std::any_of(e.operands.begin(), e.operands.end(), [&](const operand& op) {
             return op.cell >= begin && op.cell < end;
           });
  });
}

std::string cells(std::size_t n) { return std::to_string(n) + (n == 1 ? " empty cell" : " empty cells"); }

// The row's label in the edition, from its subject `t3/result.disclosed`.
std::string row_label(const edition::definition& ed, std::string_view subject) {
  const std::size_t slash = subject.find('/');
  const edition::table* t = ed.find_table(subject.substr(0, slash));
  const edition::node* row = t == nullptr ? nullptr : edition::find_node(t->rows, subject.substr(slash + 1));
  return row != nullptr ? row->label : std::string(subject);
}

}  // namespace

void choose_row_readings(bind::bound_report& report, const evaluation_plan& plan) {
  for (bind::bound_report::row_reading& right : report.shifted_rows) {
    const std::size_t n = right.values.size();
    if (right.first_value + n > report.values.size()) continue;
    if (!row_breaks_a_rule(evaluate(plan, report), report, right.first_value, n)) continue;
    bind::bound_report trial = report;
    std::copy(right.values.begin(), right.values.end(),
              trial.values.begin() + static_cast<std::ptrdiff_t>(right.first_value));
    if (row_breaks_a_rule(evaluate(plan, trial), trial, right.first_value, n)) continue;
    std::swap_ranges(right.values.begin(), right.values.end(),
                     report.values.begin() + static_cast<std::ptrdiff_t>(right.first_value));
    // What binding said of the cells read left-aligned gives way to what it says of them read so.
    const auto of_row = [&](const finding& f) { return f.subject.starts_with(right.subject + "/"); };
    std::erase_if(report.findings, of_row);
    report.findings.insert(report.findings.end(), right.findings.begin(), right.findings.end());
    for (finding& f : report.findings) {
      if (f.id != "COLUMNS-EXTRA" || f.subject != right.subject) continue;
      f.id = "ROW-SHIFTED";
      f.message = "row `" + row_label(*report.choice.edition, right.subject) + "` has " + cells(right.leading_empty) +
                  " before its values; read right-aligned, the rules " +
                  "that read it hold, and its values are bound so";
    }
  }
}

}  // namespace nianbao::check
