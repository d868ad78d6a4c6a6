// A file that holds more than one report, as pages concatenated into one file do.
#pragma once

#include <string_view>
#include <vector>

#include "nianbao/ast.hpp"
#include "nianbao/core/finding.hpp"

namespace nianbao::bind {

// SEVERAL-REPORTS, an error, at each later report's title: checked as one, a second report's
// sections read as headings inside the first one's last section, and its tables go unbound.
void check_several_reports(std::string_view text, const ast::document& doc, std::vector<finding>& findings);

}  // namespace nianbao::bind
