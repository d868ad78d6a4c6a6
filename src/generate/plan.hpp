// What the generator prepares once per edition: every value cell, in the order binding lists
// them, and which cells the edition's equalities determine from the others. The equalities are
// found by evaluating the edition's own invariants (check::evaluate) over a report whose cells
// all hold 0, so the generator reads the invariants exactly as the checker does.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/generate.hpp"
#include "random.hpp"

namespace nianbao::generate {

struct cell_slot {
  const spec::table* table = nullptr;
  const spec::block* block = nullptr;  // for a table of blocks
  const spec::node* row = nullptr;
  const spec::node* column = nullptr;
  spec::value_kind kind = spec::value_kind::count;
  std::string coord;  // table/row/column
};

// value(cell) = (Σ coefficient × value(free cell) + constant) / denominator, in 元 for money.
struct definition {
  std::size_t cell = 0;
  std::vector<std::pair<std::size_t, big_integer>> terms;
  decimal constant;
  big_integer denominator = 1;
};

struct generator::plan {
  const spec::edition* edition = nullptr;
  std::vector<cell_slot> cells;
  std::vector<bool> determined;                      // computed by a definition, not drawn
  std::vector<definition> definitions;               // each in terms of drawn cells only
  std::vector<bool> in_definition;                   // a drawn cell some definition reads
  std::vector<bool> in_equality;                     // a cell some equality reads: a change to it is seen
  std::vector<const spec::invariant*> drawn_checks;  // the invariants construction leaves to chance
  // Resolved once: every document evaluates them, and a draw that fails evaluates them again.
  std::optional<check::evaluation_plan> every_check, drawn_check;
};

// Builds the plan; throws generate_error when the equalities contradict each other.
std::unique_ptr<generator::plan> make_plan(const spec::edition& edition);

// A value cell as the checker will read it: the value (in 元 for money) or its absence.
struct cell_value {
  std::optional<decimal> value;
  bind::value_state state = bind::value_state::given;
};

// A report holding `values` at the plan's cells, for check::evaluate. Its coordinates view the
// edition's ids, as a bound report's do.
bind::bound_report synthetic_report(const generator::plan& p, const std::vector<cell_value>& values);
bind::bound_report synthetic_report(const generator::plan& p, const std::vector<decimal>& values);

// Values for every cell that satisfy every invariant of the edition: drawn cells at realistic
// magnitudes, determined cells computed exactly; an inequality or implication that fails has its
// drawn cells drawn again. Throws generate_error when no draw satisfies them.
std::vector<decimal> fill_values(const generator::plan& p, random_engine& random);

// A count drawn the way reports fill them: mostly 0 or small, now and then 10⁴–10⁶.
long long draw_count(random_engine& random);

}  // namespace nianbao::generate
