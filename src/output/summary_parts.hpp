// What `summary` and `survey` print alike of a corpus: documents by edition and status, finding
// ids, invariants.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "nianbao/corpus.hpp"

namespace nianbao::output {

using json = nlohmann::ordered_json;

// With `conforming`, the checked documents of each edition say how many of them conform.
void write_counts(std::ostream& out, const corpus::summary& s, const std::map<std::string, std::size_t>* conforming);
json counts_json(const corpus::summary& s);
json tally_json(const corpus::summary::invariant_tally& t);

}  // namespace nianbao::output
