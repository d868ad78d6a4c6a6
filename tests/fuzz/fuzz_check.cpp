// The whole check pipeline on any bytes: load, parse, bind to the built-in editions, evaluate
// the invariants, localise, and print the findings as text and as JSON.
#include <cstdint>
#include <sstream>
#include <string>

#include "line_mutator.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/parse.hpp"
#include "nianbao/report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto loaded = nianbao::make_source("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  if (!loaded.text) return 0;
  const auto parsed = nianbao::parse_report(*loaded.text);
  if (!parsed.document) return 0;
  auto bound = nianbao::bind::bind_report(loaded.text->text(), *parsed.document, nianbao::spec::builtin_editions());
  nianbao::check::add_invariant_findings(bound);
  std::ostringstream out;
  nianbao::write_check(out, *loaded.text, bound, false, true);
  nianbao::write_extract(out, *loaded.text, bound);
  out << nianbao::findings_json(*loaded.text, bound) << nianbao::extract_json(*loaded.text, bound);
  return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  return nianbao::fuzz::mutate_lines(data, size, max_size, seed);
}
