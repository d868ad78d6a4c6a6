// The HTML front end on any bytes: charset decoding, the nesting guard, Gumbo, the page's blocks,
// span expansion and the text layout, then the whole check pipeline on what the page gives.
// Beyond not crashing: every place of the text maps into the page.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/grammar.hpp"
#include "nianbao/html.hpp"
#include "nianbao/input.hpp"
#include "nianbao/output.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto page = nianbao::html::read_html("fuzz.html", std::string(reinterpret_cast<const char*>(data), size));
  if (!page.text) return 0;
  for (std::size_t i = 0; i <= page.text->size(); ++i) {
    if (page.text->original_offset(i) > page.text->original()->size()) std::abort();
  }
  auto parsed = nianbao::grammar::parse_report(*page.text);
  if (!parsed.document) return 0;
  const nianbao::input::report_input input{std::move(*page.text), std::move(*parsed.document),
                                           nianbao::input::input_format::html, std::move(page.findings)};
  const nianbao::source& text = input.text;
  auto bound = nianbao::bind::bind_input(input, nianbao::edition::builtin_editions());
  nianbao::check::add_findings(bound, text, input.document);
  std::ostringstream out;
  nianbao::output::write_check(out, text, bound, false, true);
  out << nianbao::output::findings_json(text, bound);
  return 0;
}
