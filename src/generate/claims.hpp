// The edition's invariants as the generator reads them: each instance of each invariant a claim
// between two sums over the plan's cells. They are worked out here, from the edition's
// declarations and the plan's own list of cells, and judged here, and not by the check stage:
// a generated report's oracle must not come from the code it is meant to test. The test
// generate_property compares the two readings on thousands of reports.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nianbao/bind.hpp"
#include "nianbao/edition.hpp"

namespace nianbao::generate {

struct cell_slot;

struct signed_cell {
  std::size_t cell = 0;  // into the plan's cells
  int sign = 1;
};

// Σ sign × cell + constant.
struct linear_sum {
  std::vector<signed_cell> cells;
  decimal constant;
  bool has_number = false;  // a number is written among the terms
};

struct linear_claim {
  linear_sum left;
  edition::comparison_op op = edition::comparison_op::eq;
  linear_sum right;
};

struct claim_instance {
  const edition::invariant* rule = nullptr;
  std::string instance;                   // the loop's leaf (its path); empty for a rule without a loop
  std::optional<linear_claim> condition;  // `if … then …`: the claim holds where this does not
  linear_claim claim;

  // An equality that always applies: one the generator solves rather than draws for.
  bool is_equation() const noexcept { return !condition && claim.op == edition::comparison_op::eq; }
};

// Every instance of every invariant of `edition`, in declaration order, over `cells` (the plan's
// value cells: a table's rows and columns appear in them in declaration order). With
// `across_years`, the rules across years instead: their `last` cells are those of last year's
// report laid out in this edition (its cell i numbered cells.size() + i).
std::vector<claim_instance> claim_instances(const edition::definition& edition, const std::vector<cell_slot>& cells,
                                            bool across_years = false);

// The cells of each fact of `edition` (`fact … = CELLS or CELLS …`), over `cells`: each reading of
// the figures its prose states, the first first.
std::vector<std::vector<linear_sum>> fact_sums(const edition::definition& edition, const std::vector<cell_slot>& cells);

// A cell as a report gives it: its value (in 元 for money) or the reason it has none.
struct cell_value {
  std::optional<decimal> value;
  bind::value_state state = bind::value_state::given;
};

enum class verdict { holds, violated, not_assessable, left_blank };

// What the edition's semantics make of every instance over `values`, one verdict each: a blank
// cell of a table whose blanks count as 0 is 0, any other cell without a value leaves its
// instance not assessable; a violated instance whose cells lie on lines left blank (most of a
// row or column blank, two or more of its blanks each the whole side of a broken claim) is
// `left_blank` instead, as the edition's findings document declares.
std::vector<verdict> judge(const std::vector<claim_instance>& instances, const std::vector<cell_slot>& cells,
                           const std::vector<cell_value>& values);

// The verdicts of rules across years over this report's values followed by last year's (laid out
// in this edition; a cell with no counterpart there is `missing`): a table's blanks count as 0 in
// both years, and no line is set aside as left blank, which is judged within one report only
// (docs/findings.md, "Across years").
std::vector<verdict> judge_across_years(const std::vector<claim_instance>& instances,
                                        const std::vector<cell_slot>& cells, const std::vector<cell_value>& values);

// Whether `claim` holds where every cell is given (values in 元 for money).
bool holds(const linear_claim& claim, const std::vector<decimal>& values);

}  // namespace nianbao::generate
