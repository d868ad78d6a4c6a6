#include "cell_labels.hpp"

namespace nianbao::bind {

std::string cell_text(std::string_view text, const ast::cell& cell) {
  std::string joined;
  for (const ast::line& l : cell.lines) joined += l.content.in(text);
  return joined;
}

const std::string& cell_labels::key(const ast::cell& cell) {
  auto [it, added] = keys_.try_emplace(&cell);
  if (added) {
    // One line, the common case, needs no joined copy.
    it->second = cell.lines.size() == 1 ? normalise_label(cell.lines.front().content.in(text_))
                                        : normalise_label(cell_text(text_, cell));
  }
  return it->second;
}

}  // namespace nianbao::bind
