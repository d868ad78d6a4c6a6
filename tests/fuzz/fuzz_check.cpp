// The whole check pipeline on any bytes: through the front door that picks the text or the HTML
// front end, parse, bind to the built-in editions, evaluate the invariants, localise, and print
// the findings as text and as JSON.
#include <cstdint>
#include <sstream>
#include <string>

#include "line_mutator.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/input.hpp"
#include "nianbao/output.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto read = nianbao::input::read_report("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!read.input) return 0;
  const nianbao::source& text = read.input->text;
  auto bound = nianbao::bind::bind_input(*read.input, nianbao::edition::builtin_editions());
  nianbao::check::add_findings(bound, text, read.input->document);
  std::ostringstream out;
  nianbao::output::write_check(out, text, bound, false, true);
  nianbao::output::write_extract(out, text, bound);
  out << nianbao::output::findings_json(text, bound) << nianbao::output::extract_json(text, bound);
  return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  return nianbao::fuzz::mutate_lines(data, size, max_size, seed);
}
