#include "scramble.hpp"

#include <algorithm>
#include <array>

namespace nianbao::markdown {

namespace {

std::string text_of(const layout::table_cell& cell) {
  std::string s;
  for (const layout::text_line& l : cell.lines) s += l.text;
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

bool is_number(std::string_view s) noexcept {
  return !s.empty() && s.find_first_not_of("0123456789.,-") == std::string_view::npos &&
         s.find_first_of("0123456789") != std::string_view::npos;
}

// A head a converter writes for a column whose head it could not read: 数据1, 列2, Column 3,
// （数据项目）. No report's table has such a head.
bool placeholder_head(std::string_view s) noexcept {
  static constexpr std::array<std::string_view, 6> stems{"数据", "列", "字段", "Column", "column", "Col"};
  for (const std::string_view stem : stems) {
    if (s.starts_with(stem) && s.size() > stem.size() &&
        s.substr(stem.size()).find_first_not_of("0123456789") == std::string_view::npos) {
      return true;
    }
  }
  return s == "(数据项目)" || s == "（数据项目）";
}

}  // namespace

std::optional<std::string> scrambled(const pipe_table& table) {
  const layout::table_row& head = table.rows.front();
  // A row shorter than the head is GFM's own (shown with empty cells; read as the cells it has).
  // One longer has cells no column takes, which GFM drops: the converter lost the table's columns.
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const std::size_t n = table.rows[r].cells.size();
    if (n > head.cells.size()) {
      return "its row " + std::to_string(r) + " has " + std::to_string(n) + " cells under a head of " +
             std::to_string(head.cells.size()) + " (its columns lost)";
    }
  }
  std::vector<std::string> heads;
  for (const layout::table_cell& c : head.cells) heads.push_back(text_of(c));
  if (std::any_of(heads.begin(), heads.end(), [](const std::string& h) { return is_number(h); }) &&
      std::all_of(heads.begin(), heads.end(), [](const std::string& h) { return h.empty() || is_number(h); })) {
    return "its head is a row of numbers (a row of values taken for a head)";
  }
  const auto made_up =
      std::find_if(heads.begin(), heads.end(), [](const std::string& h) { return placeholder_head(h); });
  if (made_up != heads.end()) {
    return "its columns are named by the converter (`" + *made_up + "`), the report's heads lost";
  }
  return std::nullopt;
}

}  // namespace nianbao::markdown
