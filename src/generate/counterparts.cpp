// Last year's cells for this year's, read from the editions' crosswalks by the generator itself:
// the oracle of a series must not come from the corpus stage's reading of them.
#include <unordered_map>

#include "plan.hpp"

namespace nianbao::generate {

namespace {

std::string coordinate_of(const edition::cell_range& c) { return c.table + "/" + c.row_first + "/" + c.column_first; }

}  // namespace

std::vector<std::optional<std::size_t>> counterparts(const generator::plan& later, const generator::plan& earlier) {
  std::unordered_map<std::string_view, std::size_t> there;
  for (std::size_t c = 0; c < earlier.cells.size(); ++c) there.emplace(earlier.cells[c].coord, c);
  std::vector<std::optional<std::size_t>> out(later.cells.size());
  const auto same_coordinate = [&](std::size_t c) {
    if (const auto it = there.find(later.cells[c].coord); it != there.end()) out[c] = it->second;
  };
  const auto same_table = [&](const std::string& table) {
    for (std::size_t c = 0; c < later.cells.size(); ++c) {
      if (later.cells[c].table->id == table) same_coordinate(c);
    }
  };
  if (later.edition->id == earlier.edition->id) {
    for (std::size_t c = 0; c < later.cells.size(); ++c) same_coordinate(c);
    return out;
  }
  std::unordered_map<std::string, std::string> walked;  // later's coordinate → earlier's
  for (const edition::crosswalk& w : later.edition->crosswalks) {
    if (w.from != earlier.edition->id) continue;
    for (const std::string& table : w.same_tables) same_table(table);
    for (const edition::crosswalk::cell& cell : w.cells) {
      if (cell.one_to_one()) walked[coordinate_of(cell.here)] = coordinate_of(cell.there);
    }
  }
  for (const edition::crosswalk& w : earlier.edition->crosswalks) {
    if (w.from != later.edition->id) continue;
    for (const std::string& table : w.same_tables) same_table(table);
    for (const edition::crosswalk::cell& cell : w.cells) {
      if (cell.one_to_one()) walked[coordinate_of(cell.there)] = coordinate_of(cell.here);
    }
  }
  for (std::size_t c = 0; c < later.cells.size(); ++c) {
    const auto it = walked.find(later.cells[c].coord);
    if (it == walked.end()) continue;
    if (const auto at = there.find(it->second); at != there.end()) out[c] = at->second;
  }
  return out;
}

}  // namespace nianbao::generate
