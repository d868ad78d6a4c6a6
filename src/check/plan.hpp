// An edition's invariants resolved against its own tables: what evaluating them needs that does
// not depend on the report, worked out once per edition rather than per report: tables and
// leaves found by their ids, for every instance of every loop.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <vector>

#include "char_mask.hpp"
#include "nianbao/check.hpp"

namespace nianbao::check {

using leaf_span = std::span<const edition::node* const>;

// A term as it is read for each instance of its invariant: its table, its constant, and the
// leaves its range covers, for every instance where the range names the loop variable.
struct resolved_term {
  const edition::term* term = nullptr;
  const edition::table* table = nullptr;
  std::optional<decimal> number;
  leaf_span rows, columns;
  // By instance, where the row or column range names the loop variable; empty otherwise.
  std::vector<leaf_span> rows_by_instance, columns_by_instance;

  leaf_span rows_at(std::size_t instance) const { return rows_by_instance.empty() ? rows : rows_by_instance[instance]; }
  leaf_span columns_at(std::size_t instance) const {
    return columns_by_instance.empty() ? columns : columns_by_instance[instance];
  }
};

using resolved_side = std::vector<resolved_term>;

struct resolved_rule {
  const edition::invariant* rule = nullptr;
  leaf_span instances;  // the loop's leaves, in the plan's own list of them; none for no loop
  std::optional<std::pair<resolved_side, resolved_side>> condition;
  resolved_side left, right;
};

// A fact of the edition made ready to read: its cells found, the sketch of the characters each
// of its phrases needs, its words that keep a clause or a sentence from being read.
struct planned_fact {
  const edition::fact* fact = nullptr;
  resolved_side cells;
  std::vector<resolved_side> others;  // its other readings (`or`)
  std::vector<sketch> phrase_masks;
  word_list except, except_sentences;
};

struct evaluation_plan::rules {
  const edition::definition* edition = nullptr;
  // The leaves of each tree, which the terms' ranges view.
  std::map<const std::vector<edition::node>*, std::vector<const edition::node*>> leaves;
  std::vector<resolved_rule> resolved;
  std::vector<planned_fact> facts;  // in a plan of one report's rules
  word_list fact_except, fact_except_sentences;
};

}  // namespace nianbao::check
