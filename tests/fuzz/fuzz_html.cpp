// The HTML front end on any bytes: charset decoding, the nesting guard, Gumbo, the page's blocks,
// span expansion and the text layout, then the whole check pipeline on what the page gives.
// Beyond not crashing: every place of the text maps into the page.
#include <cstdint>
#include <string>

#include "nianbao/html.hpp"
#include "rendered_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto page = nianbao::html::read_html("fuzz.html", std::string(reinterpret_cast<const char*>(data), size));
  if (page.text)
    nianbao::fuzz::check_rendered(std::move(*page.text), nianbao::input::input_format::html, std::move(page.findings));
  return 0;
}
