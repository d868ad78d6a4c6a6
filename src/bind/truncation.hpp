// A report cut off inside a table: one finding for what the cut took.
#pragma once

#include <string_view>
#include <vector>

#include "nianbao/ast.hpp"
#include "nianbao/core/finding.hpp"
#include "nianbao/edition.hpp"

namespace nianbao::bind {

// Where the document ends inside or right after a table of its edition (no rows of it missing but
// its last ones, every section after it missing, nothing but blank lines after its last row),
// replaces the findings of what the cut took (those rows, the last row's missing cells, the later
// sections and their tables) with one TRUNCATED error at the end of the text, which holds them as
// its `violations`.
void group_truncation(std::string_view text, const ast::document& doc, const edition::definition& edition,
                      std::vector<finding>& findings);

}  // namespace nianbao::bind
