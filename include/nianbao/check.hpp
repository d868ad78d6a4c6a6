// The check stage: the invariants an edition declares, evaluated exactly over the bound values.
// The engine knows no invariant of its own; "not given" is never taken for 0 unless the edition
// says so for the table (`blank means 0`), and then the finding says it assumed so.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/bind.hpp"
#include "nianbao/core/finding.hpp"
#include "nianbao/decimal.hpp"

namespace nianbao::check {

// `left_blank`: not assessed, because the instance, broken with blanks counted as 0, reads a
// cell of a line (a column or a row) left blank. `blank means 0` is for the odd empty cell; a line
// mostly blank, two or more of whose blanks are each the whole side of a broken rule (a 总计
// column not filled in), is taken as not filled in rather than as 0.
enum class outcome { holds, violated, not_assessable, left_blank };

// One cell an invariant read, and the value it counted.
struct operand {
  const bind::bound_value* cell = nullptr;
  int sign = 1;
  bool on_left = true;  // the side of the comparison it stands on
  // In 元 for money; null when not given. Points into the bound report (a blank counted as 0,
  // into a static 0), so that the hundreds of big integers a report adds are not copied.
  const decimal* value = nullptr;
  bool assumed_zero = false;  // blank, counted as 0 because the edition says so
  bool unfilled = false;      // blank on a line left blank (see outcome::left_blank): not given
};

// One instance of an invariant: for a loop, one row or column.
struct evaluation {
  const edition::invariant* rule = nullptr;
  std::string_view instance;        // the loop's row or column id, empty for no loop (the edition's)
  std::string_view instance_label;  // its label: 自然人
  outcome result = outcome::holds;
  decimal left;
  decimal right;
  std::vector<operand> operands;  // the claim's, left side first
};

// An edition's invariants resolved against its tables, once for every report of that edition: a
// program checking many reports makes one per edition. It views `edition`, which must outlive it.
class evaluation_plan {
 public:
  // The rules of one report, or those across years, which read two (`last` cells).
  enum class scope { one_report, across_years };
  explicit evaluation_plan(const edition::definition& edition, scope which = scope::one_report);
  // Only `rules`, invariants of `edition`: what the generator checks after drawing values, since
  // its construction already makes the equalities hold.
  evaluation_plan(const edition::definition& edition, std::span<const edition::invariant* const> rules);
  evaluation_plan(evaluation_plan&&) noexcept;
  evaluation_plan& operator=(evaluation_plan&&) noexcept;
  ~evaluation_plan();

  const edition::definition& edition() const noexcept;

  struct rules;  // src/check/plan.hpp
  const rules& resolved() const noexcept { return *rules_; }

 private:
  std::unique_ptr<rules> rules_;
};

// A plan for each of `editions`, for a program that checks reports of any of them. It views
// `editions`, which must outlive it.
class evaluation_plans {
 public:
  explicit evaluation_plans(const std::vector<edition::definition>& editions,
                            evaluation_plan::scope which = evaluation_plan::scope::one_report);
  // The plan of `edition`, one of those given; throws std::logic_error for another.
  const evaluation_plan& of(const edition::definition& edition) const;

 private:
  std::vector<evaluation_plan> plans_;
};

// `bound` must have been bound to the plan's edition itself, not a copy: its coordinates view that
// edition's ids. The evaluations' operands point into `bound`, which must outlive them.
std::vector<evaluation> evaluate(const evaluation_plan& plan, const bind::bound_report& bound);
// The same with a plan made for this one report.
std::vector<evaluation> evaluate(const edition::definition& edition, const bind::bound_report& bound);

// The rules across years of a plan (scope::across_years) over a report and the same agency's
// report of the year before, both bound to the plan's edition (last year's through a crosswalk,
// when it was in another): `last` cells are read in `last`. Operands point into both.
std::vector<evaluation> evaluate_across_years(const evaluation_plan& plan, const bind::bound_report& bound,
                                              const bind::bound_report& last);

// A cell a plan's rules read, in the report or (`last`) in last year's: the edition's ids.
struct cell_read {
  std::string_view table, row, column;
  bool last_year = false;
};
// Every cell the plan's rules read, in every instance of every loop, in their conditions as in
// their claims: what a program must keep of a report for the rules to read it as evaluate() does.
std::vector<cell_read> cells_read(const evaluation_plan& plan);

// `rule [instance]: left = right does not hold (difference d)`: what a violation says.
std::string violation_message(const evaluation& e);

// A finding per violated instance (the invariant's severity), and a note per invariant that
// could not be assessed somewhere because operands were not given.
// A violation of an invariant over a table that states its own rule (table 三's note) also points
// at that sentence in the document.
std::vector<finding> findings_of(const std::vector<evaluation>& evaluations, const bind::bound_report& bound);

// For each table whose equalities do not all hold, the smallest sets of its cells whose change
// makes them hold, with the consistent values: a note LIKELY-WRONG naming them, or all of the
// equally small sets where there are several.
std::vector<finding> localise(const std::vector<evaluation>& evaluations);

// How the violations are reported. `group`: the violations that one cell's likeliest repair
// explains become one finding at that cell (CELL-INCONSISTENT), the violations nested in it, in
// place of them and of the table's LIKELY-WRONG note; where repairs tie, or none is found, the
// violations stay apart; a row pushed right by empty cells is read right-aligned where that adds
// up (ROW-SHIFTED). Without it, every row as bound, every violation on its own with the note, and
// what binding grouped (TRUNCATED) laid out too (`--no-group`).
struct finding_options {
  bool group = true;
};

// For the rows bound with empty cells pushed in before their values (bound_report::shifted_rows):
// where reading them right-aligned makes the rules that read them hold, and reading them as bound
// does not, takes that reading (the values, and what binding says of them) and makes each row's
// COLUMNS-EXTRA a ROW-SHIFTED: all such rows together first, else each on its own in the edition's
// order. add_invariant_findings does this first; `extract` does it alone, so that the values it
// shows are those `check` judged.
void choose_row_readings(bind::bound_report& report, const evaluation_plan& plan);
// For the cells a front end could not read for sure (bound_report::uncertain_cells: a PDF's figure
// over another in one cell): where reading one as one figure makes an equality that reads it hold
// and breaks no rule instance that did not break before, takes that reading, and its
// PDF-UNCERTAIN becomes a note, PDF-READ-AS-ONE; then those left together, each taken only on an
// equality of its own. add_invariant_findings does this first; `extract` too.
void choose_cell_readings(bind::bound_report& report, const evaluation_plan& plan);

// --- facts: the figures the prose states, against the tables -----------------------------------------

enum class fact_verdict { agrees, differs, not_assessable };
const char* name_of(fact_verdict verdict) noexcept;  // "agrees", "differs", "not_assessable"

// A figure a sentence of the report states (a match of one of its edition's facts), and what the
// tables say of it.
struct fact_reading {
  const edition::fact* fact = nullptr;
  ast::span phrase;  // the words the phrase matched
  ast::span number;  // the figure as written; empty for a phrase that states 0 (未收到…申请)
  decimal stated;    // in 元 where the cells hold money
  std::vector<const bind::bound_value*> cells;  // the cells the figure is the sum of, given or not
  std::vector<int> signs;                       // each one's sign in the sum
  std::optional<decimal> table;                 // their sum, when it can be assessed
  fact_verdict verdict = fact_verdict::not_assessable;
  std::size_t reading = 0;    // agreeing: with which reading of the figure (0 the first, k the k-th `or`)
  std::string why;            // when not assessable: which cell is not given, or what the text lacks
  bool unit_missing = false;  // the text gives an amount of money without its unit: no figure is read

  // Where its findings stand: the figure, or the phrase where it states 0 without one.
  ast::span place() const noexcept { return number.empty() ? phrase : number; }
};

// Every figure the prose of the sections the edition names states, in document order: clauses
// (text between ，；。！？： and line ends) holding a word the edition or the fact keeps from being
// read are not read; a phrase matched in part is never taken. A cell not given makes the reading
// not assessable, and so does a table left blank where the text gives a figure other than 0.
std::vector<fact_reading> read_facts(const evaluation_plan& plan, const source& text, const ast::document& doc,
                                     const bind::bound_report& bound);

// TEXT-TABLE-MISMATCH for a reading that differs, at the figure in the text, with the cells as
// related places; TEXT-CONFLICT where two sentences give one fact different figures and the
// tables cannot say which is right (where they can, the mismatch says it).
std::vector<finding> fact_findings(const std::vector<fact_reading>& readings);

// Reads the report's facts and adds their findings, in document order. A figure that differs
// from its table only because a cell the table itself shows wrong (CELL-INCONSISTENT) and agrees
// with the value the table implies there is no mismatch: it bears the repair out, and is added
// to that finding as a related place. A report bound to no edition is left as it is.
void add_fact_findings(bind::bound_report& report, const evaluation_plan& plan, const source& text,
                       const ast::document& doc);

// All that `nianbao check` finds in a bound report beyond binding: the invariants' findings, then
// the facts'. A report bound to no edition is left as it is.
void add_findings(bind::bound_report& report, const evaluation_plan& plan, const source& text, const ast::document& doc,
                  const finding_options& options = {});
// The same with a plan made for this one report.
void add_findings(bind::bound_report& report, const source& text, const ast::document& doc,
                  const finding_options& options = {});

// Evaluates the invariants of the report's edition and adds their findings to the report's, in
// document order. A report bound to no edition is left as it is.
void add_invariant_findings(bind::bound_report& report, const finding_options& options = {});
// The same with the plan of the report's edition, made beforehand.
void add_invariant_findings(bind::bound_report& report, const evaluation_plan& plan,
                            const finding_options& options = {});

}  // namespace nianbao::check
