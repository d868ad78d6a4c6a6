// What the generator prepares once per edition: every value cell, in the order binding lists
// them, the edition's invariants as claims over those cells (claims.hpp), and which cells the
// equalities among them determine from the others.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "claims.hpp"
#include "nianbao/generate.hpp"
#include "random.hpp"

namespace nianbao::generate {

struct cell_slot {
  const edition::table* table = nullptr;
  const edition::block* block = nullptr;  // for a table of blocks
  const edition::node* row = nullptr;
  const edition::node* column = nullptr;
  edition::value_kind kind = edition::value_kind::count;
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
  const edition::definition* edition = nullptr;
  std::vector<cell_slot> cells;
  std::vector<bool> determined;           // computed by a definition, not drawn
  std::vector<definition> definitions;    // each in terms of drawn cells only
  std::vector<bool> in_definition;        // a drawn cell some definition reads
  std::vector<bool> in_equality;          // a cell some equality reads: a change to it is seen
  std::vector<claim_instance> claims;     // every instance of every invariant
  std::vector<std::size_t> drawn_claims;  // those construction leaves to chance: drawn until they hold
};

// Builds the plan; throws generate_error when the equalities contradict each other.
std::unique_ptr<generator::plan> make_plan(const edition::definition& edition);

// Values for every cell that satisfy every invariant of the edition: drawn cells at realistic
// magnitudes, determined cells computed exactly; an inequality or implication that fails has its
// drawn cells drawn again. Throws generate_error when no draw satisfies them.
std::vector<decimal> fill_values(const generator::plan& p, random_engine& random);

// A count drawn the way reports fill them: mostly 0 or small, now and then 10⁴–10⁶.
long long draw_count(random_engine& random);

}  // namespace nianbao::generate
