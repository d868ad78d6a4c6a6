// The likeliest repairs of a report's tables (localise.cpp), as structure: what the LIKELY-WRONG
// note says in words, and what grouping the violations by their culprit cell reads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/check.hpp"

namespace nianbao::check {

// A cell of a repair: the value that makes the table's equalities hold, and the common slips that
// explain finding what was written instead.
struct repair_cell {
  const bind::bound_value* cell = nullptr;
  big_rational value;
  std::vector<std::string> slips;
};
using repair = std::vector<repair_cell>;

// The smallest repairs of one table whose equalities do not all hold, the likeliest first (by the
// slips that explain them). `unique`: the first is more likely than every other. None when no
// change of a few cells makes the table add up.
struct table_repairs {
  std::string_view table;
  std::vector<repair> ranked;
  std::size_t likeliest = 0;  // how many of the first are equally likely
  bool unique = false;        // likeliest == 1
};
std::vector<table_repairs> likeliest_repairs(const std::vector<evaluation>& evaluations);

// The LIKELY-WRONG note that names them: the best, or all of the equally likely.
finding likely_wrong_note(const table_repairs& repairs);

// A value as a finding writes it: an integer plainly, else the exact fraction.
std::string shown(const big_rational& r);
// `2 other repairs as small, less plausible`: those after the likeliest.
std::string less_plausible(const table_repairs& repairs);
// What a cell holds as written: its text, `blank` or `not given`.
std::string found_text(const bind::bound_value& c);

}  // namespace nianbao::check
