// Bare recognition, the floor `nianbao check` is measured against (tools/bench-end-to-end): each
// file read, checked to be UTF-8 text, and run through the report grammar with a consumer that
// only counts lines; no AST, no binding, no checking, no output but one total.
// usage: nianbao_recognise FILE…
#include <cstdio>
#include <string>

#include "nianbao/grammar.hpp"
#include "nianbao/source.hpp"

int main(int argc, char** argv) {
  std::size_t lines = 0;
  int status = 0;
  for (int k = 1; k < argc; ++k) {
    nianbao::load_result loaded = nianbao::load_source(argv[k]);
    if (!loaded.text) {
      std::fprintf(stderr, "%s: %s\n", argv[k], loaded.error->message.c_str());
      status = 2;
      continue;
    }
    const nianbao::grammar::line_counts counts = nianbao::grammar::scan_report(*loaded.text);
    lines += counts.text_lines + counts.blank_lines + counts.cells;
  }
  std::printf("%zu lines\n", lines);
  return status;
}
