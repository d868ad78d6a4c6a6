// The Word front end on any input: a ZIP archive as it is (libzip on damaged archives), or else
// WordprocessingML — the main document, then, after a line `====`, the numbering — packed into a
// Word file (pugixml, the numbering, the body walk, merged cells), then the whole check pipeline
// on what the file gives. Beyond not crashing: every place of the text maps into the listing.
#include <cstdint>
#include <string>

#include "nianbao/docx.hpp"
#include "nianbao/render.hpp"
#include "rendered_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!nianbao::docx::looks_like_zip(bytes)) {
    const std::size_t split = bytes.find("\n====\n");
    bytes = split == std::string::npos ? nianbao::render::docx_package(bytes, "")
                                       : nianbao::render::docx_package(bytes.substr(0, split), bytes.substr(split + 6));
  }
  nianbao::load_options limit;
  limit.max_bytes = std::size_t{4} << 20;  // a bomb is refused at the limit; a smaller one keeps runs fast
  auto file = nianbao::docx::read_docx("fuzz.docx", bytes, limit);
  if (file.text)
    nianbao::fuzz::check_rendered(std::move(*file.text), nianbao::input::input_format::docx, std::move(file.findings));
  return 0;
}
