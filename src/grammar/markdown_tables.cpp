#include "markdown_tables.hpp"

#include <algorithm>

namespace nianbao::grammar {

namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// `|---|:--:|`, `--- | ---`: cells of dashes with optional alignment colons, at least one pipe.
bool delimiter_row(std::string_view line) {
  line = trim(line);
  if (line.find('|') == std::string_view::npos || line.find('-') == std::string_view::npos) return false;
  if (line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|') line.remove_suffix(1);
  while (true) {
    const std::size_t bar = line.find('|');
    std::string_view cell = trim(line.substr(0, bar));
    if (!cell.empty() && cell.front() == ':') cell.remove_prefix(1);
    if (!cell.empty() && cell.back() == ':') cell.remove_suffix(1);
    if (cell.empty() || !std::all_of(cell.begin(), cell.end(), [](char c) { return c == '-'; })) return false;
    if (bar == std::string_view::npos) return true;
    line.remove_prefix(bar + 1);
  }
}

}  // namespace

std::optional<std::size_t> markdown_table(std::string_view text) {
  std::string_view previous;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    if (trim(previous).starts_with('|') && delimiter_row(line)) {
      return at;
    }
    previous = line;
    at = end + 1;
  }
  return std::nullopt;
}

}  // namespace nianbao::grammar
