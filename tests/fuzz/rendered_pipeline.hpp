// What the harnesses of the page, Word and Markdown front ends do with what a front end gives: every place
// of the text must map into the document it was rendered from (else abort), and then the text
// goes through the grammar, binding, checking and both outputs.
#pragma once

#include <cstdlib>
#include <sstream>
#include <vector>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/grammar.hpp"
#include "nianbao/input.hpp"
#include "nianbao/output.hpp"

namespace nianbao::fuzz {

inline void check_rendered(source text, input::input_format format, std::vector<finding> findings,
                           bool tables_scrambled = false) {
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (text.original_offset(i) > text.original()->size()) std::abort();
  }
  auto parsed = grammar::parse_report(text);
  if (!parsed.document) return;
  const input::report_input input{std::move(text), std::move(*parsed.document), format, std::move(findings),
                                  tables_scrambled};
  auto bound = bind::bind_input(input, edition::builtin_editions());
  check::add_findings(bound, input.text, input.document);
  std::ostringstream out;
  output::write_check(out, input.text, bound, false, true);
  out << output::findings_json(input.text, bound);
}

}  // namespace nianbao::fuzz
