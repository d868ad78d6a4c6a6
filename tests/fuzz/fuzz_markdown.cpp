// The Markdown front end on any bytes: the text checks, its blocks, pipe tables and their
// judging, HTML tables inside it, the text layout, then the whole check pipeline on what it gives.
// Beyond not crashing: every place of the text maps into the file.
#include <cstdint>
#include <string>

#include "nianbao/markdown.hpp"
#include "rendered_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto file = nianbao::markdown::read_markdown("fuzz.md", std::string(reinterpret_cast<const char*>(data), size));
  if (file.text) {
    nianbao::fuzz::check_rendered(std::move(*file.text), nianbao::input::input_format::markdown,
                                  std::move(file.findings), file.tables_scrambled);
  }
  return 0;
}
