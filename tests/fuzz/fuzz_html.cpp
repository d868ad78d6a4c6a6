// The HTML front end on any bytes: charset decoding, the nesting guard, Gumbo, the page's blocks,
// span expansion and the text layout, then the whole check pipeline on what the page gives.
// Beyond not crashing: every place of the text maps into the page.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/html.hpp"
#include "nianbao/parse.hpp"
#include "nianbao/report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto page = nianbao::read_html("fuzz.html", std::string(reinterpret_cast<const char*>(data), size));
  if (!page.text) return 0;
  const nianbao::source& text = *page.text;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (text.original_offset(i) > text.original()->size()) std::abort();
  }
  const auto parsed = nianbao::parse_report(text);
  if (!parsed.document) return 0;
  auto bound = nianbao::bind::bind_report(text.text(), *parsed.document, nianbao::spec::builtin_editions());
  bound.findings.insert(bound.findings.begin(), page.findings.begin(), page.findings.end());
  nianbao::check::add_invariant_findings(bound);
  std::ostringstream out;
  nianbao::write_check(out, text, bound, false, true);
  out << nianbao::findings_json(text, bound);
  return 0;
}
