// Sides of invariants left blank where the other side holds numbers: one finding per table.
#pragma once

#include <vector>

#include "nianbao/check.hpp"

namespace nianbao::check {

// For each table with evaluations whose outcome is `left_blank`, one warning LEFT-BLANK naming
// the line (a column or a row) or the cells left blank, and the checks that could not be made.
std::vector<finding> left_blank_findings(const std::vector<evaluation>& evaluations, const bind::bound_report& bound);

}  // namespace nianbao::check
