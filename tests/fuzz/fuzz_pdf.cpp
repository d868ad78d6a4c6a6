// The PDF front end on any bytes: poppler's reading (damaged, encrypted, odd files), the lines,
// the tables rebuilt, the text layout, then the whole check pipeline on what it gives. Beyond not
// crashing: every place of the text maps into the listing.
#include <cstdint>
#include <string>

#include "nianbao/pdf.hpp"
#include "rendered_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto file = nianbao::pdf::read_pdf("fuzz.pdf", std::string_view(reinterpret_cast<const char*>(data), size));
  if (file.text)
    nianbao::fuzz::check_rendered(std::move(*file.text), nianbao::input::input_format::pdf, std::move(file.findings));
  return 0;
}
