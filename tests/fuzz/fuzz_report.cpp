// The report parser on any bytes: loading refuses what is not UTF-8 text, and whatever parses
// must print back byte for byte (the AST loses nothing).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "line_mutator.hpp"
#include "nianbao/ast.hpp"
#include "nianbao/grammar.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto loaded = nianbao::make_source("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  if (!loaded.text) return 0;
  nianbao::grammar::scan_report(*loaded.text);
  const auto parsed = nianbao::grammar::parse_report(*loaded.text);
  if (parsed.document && nianbao::ast::reprint(loaded.text->text(), *parsed.document) != loaded.text->text()) {
    std::abort();  // a byte of the input is lost or doubled in the AST
  }
  return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  return nianbao::fuzz::mutate_lines(data, size, max_size, seed);
}
