// The walk behind ast::for_each_line (included from ast.hpp).
#pragma once

#include <type_traits>

#include "nianbao/ast.hpp"

namespace nianbao::ast {

namespace detail {

template <typename Visit>
void visit_block(const block& b, Visit& visit) {
  std::visit(
      [&](const auto& node) {
        using node_t = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<node_t, table>) {
          for (const row& r : node.rows) {
            for (const blank& gap : r.gap_before) visit(gap.text);
            for (const cell& c : r.cells) {
              for (const line& l : c.lines) visit(l);
            }
          }
        } else {
          visit(node.text);
        }
      },
      b);
}

template <typename Visit>
void visit_blocks(const std::vector<block>& blocks, Visit& visit) {
  for (const block& b : blocks) visit_block(b, visit);
}

}  // namespace detail

template <typename Visit>
void for_each_line(const document& doc, Visit&& visit) {
  detail::visit_blocks(doc.title.lines, visit);
  detail::visit_blocks(doc.preamble, visit);
  for (const section& s : doc.sections) {
    if (!s.head_in_cell) visit(s.head.text);
    detail::visit_blocks(s.body, visit);
  }
  detail::visit_blocks(doc.sign_off.lines, visit);
  detail::visit_blocks(doc.trailing, visit);
}

}  // namespace nianbao::ast
