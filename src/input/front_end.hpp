// The front end for an input's format, picked by its content: what it makes of the bytes is the
// text the grammar reads (for a text, the bytes themselves).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nianbao/input.hpp"

namespace nianbao::input {

struct front_end_result {
  std::optional<source> text;
  input_format format = input_format::text;
  std::vector<finding> findings;
  std::vector<cell_reading> readings;
  std::vector<label_end> label_ends;
  bool tables_scrambled = false;
  std::optional<input_error> error;
};

front_end_result read_front_end(const std::string& name, std::string bytes, const load_options& options);

}  // namespace nianbao::input
