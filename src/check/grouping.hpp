// One fault, one finding: a row's slip diagnosed before its arithmetic (row_readings.cpp), the
// violations a wrong cell explains reported as one finding at that cell (grouping.cpp), and what
// findings.cpp builds them from.
#pragma once

#include <set>
#include <string_view>
#include <vector>

#include "localise.hpp"
#include "nianbao/check.hpp"

namespace nianbao::check {

// The finding of one violated instance, with its operands as related places and cells.
finding violation_of(const evaluation& e, const bind::bound_report& bound);
// findings_of() without the violations in `grouped`, which a culprit stands for.
std::vector<finding> findings_of(const std::vector<evaluation>& evaluations, const bind::bound_report& bound,
                                 const std::set<const evaluation*>& grouped);

struct culprits {
  std::vector<finding> findings;        // CELL-INCONSISTENT, one per cell of a unique likeliest repair
  std::set<const evaluation*> grouped;  // the violations they stand for
  std::set<std::string_view> tables;    // the tables whose LIKELY-WRONG note they replace
};

// For each table whose likeliest repair is more likely than any other, a finding at each of its
// cells with the violated equalities that read it (an equality reading several of them goes with
// the first). Inequalities and conditional rules, which the repair was not solved for, stay apart.
culprits group_by_culprit(const std::vector<evaluation>& evaluations, const std::vector<table_repairs>& repairs,
                          const bind::bound_report& bound);

}  // namespace nianbao::check
