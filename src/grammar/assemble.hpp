// Arranging the blocks of a report into its parts: the title block, the preamble, the sections
// (each opened by its 一、…六、 heading, wherever that heading was written), and the sign-off.
#pragma once

#include <string_view>
#include <vector>

#include "nianbao/ast.hpp"

namespace nianbao::grammar {

ast::document assemble(std::string_view text, ast::span bom, std::vector<ast::block> blocks);

}  // namespace nianbao::grammar
