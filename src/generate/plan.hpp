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

// A way through a phrase of a fact: one option of each choice, each optional part taken or not.
using phrase_way = std::vector<const edition::phrase_part*>;

struct generator::plan {
  // Its claims are viewed by `drawn_claims` and `followed`: a copy would view the original's.
  plan() = default;
  plan(const plan&) = delete;
  plan& operator=(const plan&) = delete;

  const edition::definition* edition = nullptr;
  std::vector<cell_slot> cells;
  std::vector<bool> determined;                    // computed by a definition, not drawn
  std::vector<definition> definitions;             // each in terms of drawn cells only (and last year's)
  std::vector<bool> in_definition;                 // a drawn cell some definition reads
  std::vector<bool> in_equality;                   // a cell some equality of one report reads: a change to it is seen
  std::vector<claim_instance> claims;              // every instance of every invariant of one report
  std::vector<std::vector<linear_sum>> facts;      // the readings of each of the edition's facts, in its order
  std::vector<std::vector<phrase_way>> fact_ways;  // each fact's ways through its phrases, in order
  // Those construction leaves to chance (of `claims` and `year_claims`): drawn until they hold.
  std::vector<const claim_instance*> drawn_claims;

  // For a report that follows last year's: the rules across years, over this report's cells
  // followed by last year's laid out in this edition (cell i of last year is cells.size() + i).
  std::vector<claim_instance> year_claims;
  // For each cell of this edition, the cell of last year's (in its own plan) that stands for it.
  std::vector<std::optional<std::size_t>> counterpart;
  // The rules across years whose last-year cells all have a counterpart: solved for with the
  // rules of one report, last year's values held fixed.
  std::vector<const claim_instance*> followed;
};

// Builds the plan of a report alone, or (given `earlier`, the plan of last year's report) of one
// that follows it; throws generate_error when the equalities contradict each other.
std::unique_ptr<generator::plan> make_plan(const edition::definition& edition,
                                           const generator::plan* earlier = nullptr);

// For each cell of `later`'s plan, the cell of `earlier`'s that stands for it in last year's
// report: the same coordinate in the same edition, else as a crosswalk either edition declares
// from the other says (its `same` tables and its cells); none where neither says.
std::vector<std::optional<std::size_t>> counterparts(const generator::plan& later, const generator::plan& earlier);

// Values for every cell that satisfy every invariant of the edition: drawn cells at realistic
// magnitudes, determined cells computed exactly; an inequality or implication that fails has its
// drawn cells drawn again. For a plan that follows last year's, `last_year` are last year's
// values laid out in this edition, and the values returned are this year's followed by them.
// Throws generate_error when no draw satisfies them.
std::vector<decimal> fill_values(const generator::plan& p, random_engine& random,
                                 const std::vector<decimal>& last_year = {});

// Every way through each of `fact`'s phrases, in order (fact_sentences.cpp).
std::vector<phrase_way> ways_through(const edition::fact& fact);

// Computes every determined cell from the drawn ones (and last year's).
void compute_determined(const generator::plan& p, std::vector<decimal>& values);

// A count drawn the way reports fill them: mostly 0 or small, now and then 10⁴–10⁶.
long long draw_count(random_engine& random);

}  // namespace nianbao::generate
