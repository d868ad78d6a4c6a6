#include "nianbao/bind.hpp"

namespace nianbao::bind {

std::string cell_text(std::string_view text, const ast::cell& cell) {
  std::string joined;
  for (const ast::line& l : cell.lines) joined += l.content.in(text);
  return joined;
}

}  // namespace nianbao::bind
