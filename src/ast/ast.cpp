#include <stdexcept>
#include <string>

#include "nianbao/ast.hpp"

namespace nianbao::ast {

const line& first_line(const block& b) {
  return std::visit(
      [](const auto& node) -> const line& {
        if constexpr (std::is_same_v<std::decay_t<decltype(node)>, table>) {
          const row& r = node.rows.front();
          return r.gap_before.empty() ? r.cells.front().lines.front() : r.gap_before.front().text;
        } else {
          return node.text;
        }
      },
      b);
}

std::string reprint(std::string_view text, const document& doc) {
  std::string out;
  out.reserve(text.size());
  out.append(doc.bom.in(text));
  std::size_t cursor = doc.bom.end;
  for_each_line(doc, [&](const line& l) {
    const bool well_formed =
        l.where.begin <= l.content.begin && l.content.end <= l.line_end.begin && l.line_end.end == l.where.end;
    if (l.where.begin != cursor || !well_formed) {
      throw std::logic_error("the AST does not cover the text: a line spans bytes " + std::to_string(l.where.begin) +
                             "-" + std::to_string(l.where.end) + " where byte " + std::to_string(cursor) + " was next");
    }
    out.append(l.where.in(text));
    cursor = l.where.end;
  });
  if (cursor != text.size()) {
    throw std::logic_error("the AST ends at byte " + std::to_string(cursor) + " of " + std::to_string(text.size()));
  }
  return out;
}

}  // namespace nianbao::ast
