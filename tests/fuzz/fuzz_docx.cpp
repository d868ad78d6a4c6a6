// The Word front end on any input: a ZIP archive as it is (libzip on damaged archives), or else
// WordprocessingML — the main document, then, after a line `====`, the numbering — packed into a
// Word file (pugixml, the numbering, the body walk, merged cells), then the whole check pipeline
// on what the file gives. Beyond not crashing: every place of the text maps into the listing.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/docx.hpp"
#include "nianbao/grammar.hpp"
#include "nianbao/input.hpp"
#include "nianbao/output.hpp"
#include "nianbao/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!nianbao::docx::looks_like_zip(bytes)) {
    const std::size_t split = bytes.find("\n====\n");
    bytes = split == std::string::npos
                ? nianbao::render::docx_package(bytes, "")
                : nianbao::render::docx_package(bytes.substr(0, split), bytes.substr(split + 6));
  }
  nianbao::load_options limit;
  limit.max_bytes = std::size_t{4} << 20;  // a bomb is refused at the limit; a smaller one keeps runs fast
  auto file = nianbao::docx::read_docx("fuzz.docx", bytes, limit);
  if (!file.text) return 0;
  for (std::size_t i = 0; i <= file.text->size(); ++i) {
    if (file.text->original_offset(i) > file.text->original()->size()) std::abort();
  }
  auto parsed = nianbao::grammar::parse_report(*file.text);
  if (!parsed.document) return 0;
  const nianbao::input::report_input input{std::move(*file.text), std::move(*parsed.document),
                                           nianbao::input::input_format::docx, std::move(file.findings)};
  const nianbao::source& text = input.text;
  auto bound = nianbao::bind::bind_input(input, nianbao::edition::builtin_editions());
  nianbao::check::add_findings(bound, text, input.document);
  std::ostringstream out;
  nianbao::output::write_check(out, text, bound, false, true);
  out << nianbao::output::findings_json(text, bound);
  return 0;
}
