// The tables of a parsed document, wherever they stand: before the first section or in any.
#pragma once

#include <variant>
#include <vector>

#include "nianbao/ast.hpp"

namespace nianbao::bind {

template <typename Visit>
void for_each_table(const ast::document& doc, Visit visit) {
  const auto in = [&](const std::vector<ast::block>& blocks) {
    for (const ast::block& b : blocks) {
      if (const auto* t = std::get_if<ast::table>(&b)) visit(*t);
    }
  };
  in(doc.preamble);
  for (const ast::section& s : doc.sections) in(s.body);
}

}  // namespace nianbao::bind
