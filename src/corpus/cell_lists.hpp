// A document's cells as the store keeps them: one JSON array of [state, value, unit, yuan, line,
// column] in the edition's order, values as strings, absent ones null; the coordinates of that
// order are stored once per edition.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

std::string encode_cells(const std::vector<cell_record>& cells);
// With the coordinates of the edition's order; only the cells `keep` marks, if given. Throws
// store_error, naming `file`, for a list that is not one this store wrote.
std::vector<cell_record> decode_cells(std::string_view json, const std::vector<std::string>& coordinates,
                                      const std::string& file, const std::vector<bool>* keep = nullptr);

}  // namespace nianbao::corpus
