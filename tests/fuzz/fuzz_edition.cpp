// The edition-file parser on any bytes: a file is loaded or refused with a position, and a
// loaded edition prints as a tree.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "nianbao/edition.hpp"
#include "nianbao/output.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto loaded = nianbao::make_source("fuzz.nbf", std::string(reinterpret_cast<const char*>(data), size));
  if (!loaded.text) return 0;
  const auto result = nianbao::edition::load_edition(*loaded.text);
  if (result.loaded.has_value() != result.errors.empty()) std::abort();  // exactly one of the two
  for (const auto& e : result.errors) {
    if (e.where.line == 0) std::abort();  // every refusal has a position
  }
  if (result.loaded) {
    std::ostringstream out;
    nianbao::output::write_edition_tree(out, *result.loaded);
  }
  return 0;
}
