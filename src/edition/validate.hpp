// Checks that a parsed edition means something: ids unique, every coordinate an invariant names
// exists, ranges run forward over leaves, kinds are declared and units agree.
#pragma once

#include <vector>

#include "nianbao/edition.hpp"

namespace nianbao::edition {

struct validation_error {
  std::size_t offset;
  std::string message;
};

// Completes the trees (kinds handed down to the leaves, matching keys), then checks: the first
// problem of each table, block and invariant, in the file's order (load_edition).
std::vector<validation_error> validate(definition& ed);

}  // namespace nianbao::edition
