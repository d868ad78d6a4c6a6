// Grammar coverage: a few hundred generated documents (both editions, every kind of noise and
// fault) must reach every rule of the report grammar and of the title, and fill every value cell
// of both editions; a rule never reached means the generator has fallen behind the grammar.
#define BOOST_TEST_MODULE grammar_coverage
#include <boost/test/unit_test.hpp>
#include <map>
#include <set>
#include <tao/pegtl.hpp>
#include <tao/pegtl/visit.hpp>

#include "grammar/report_rules.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/grammar.hpp"

namespace pegtl = tao::pegtl;
using namespace nianbao;

namespace {

constexpr std::size_t documents_per_edition = 150;

using rule_counts = std::map<std::string, std::size_t>;

// Every rule reachable from `Rule`, at 0: a rule that is never tried is not reached either.
template <typename Rule>
struct register_rule {
  static void visit(rule_counts& counts) { counts.try_emplace(std::string(pegtl::demangle<Rule>()), 0); }
};

// Counts each rule's successes. (PEGTL's coverage() wants every rule's subs_t to list what it
// calls, which the grammar's hand-written terminal does not need to.)
template <typename Rule>
struct counting : pegtl::normal<Rule> {
  template <typename ParseInput>
  static void success(const ParseInput& /*unused*/, rule_counts& counts) {
    ++counts[std::string(pegtl::demangle<Rule>())];
  }
};

template <typename Rule>
void cover(rule_counts& total, std::string_view text) {
  pegtl::visit<Rule, register_rule>(total);
  pegtl::memory_input in(text.data(), text.size(), "generated");
  pegtl::parse<Rule, pegtl::nothing, counting>(in, total);
}

}  // namespace

BOOST_AUTO_TEST_CASE(generated_documents_reach_every_rule_and_every_cell) {
  rule_counts rules;
  std::set<std::string> cells, given;
  for (const edition::definition& ed : edition::builtin_editions()) {
    const generate::generator gen(ed);
    for (std::size_t i = 0; i < documents_per_edition; ++i) {
      generate::options opts;
      opts.seed = 5'000'000 + i;
      opts.noise.insert(generate::all_noise_kinds().begin(), generate::all_noise_kinds().end());
      const auto& faults = generate::all_fault_kinds();
      if (i % 3 == 0 && gen.can_inject(faults[i / 3 % faults.size()])) opts.faults = {faults[i / 3 % faults.size()]};
      const generate::document doc = gen.generate(opts);
      cover<grammar::report::document>(rules, doc.text);
      std::string_view first_line(doc.text);
      first_line = first_line.substr(first_line.starts_with("\xEF\xBB\xBF") ? 3 : 0);
      const std::string_view second = first_line.substr(first_line.find('\n') + 1);
      first_line = first_line.substr(0, first_line.find_first_of("\r\n"));
      cover<grammar::report::title::line_with_year>(rules, first_line);
      cover<grammar::report::title::parenthesised_agency>(rules, second.substr(0, second.find_first_of("\r\n")));
      for (const generate::written_value& v : doc.values) {
        cells.insert(v.coord);
        if (v.value) given.insert(v.coord);
      }
    }
  }
  std::size_t unreached = 0;
  for (const auto& [rule, successes] : rules) {
    // The format's rules, not PEGTL's combinators nor the character terminals that stand in for
    // pegtl::utf8's (core/utf8_rules.hpp): a character is reached through the rule that names it.
    if (successes == 0 && rule.starts_with("nianbao::") && !rule.starts_with("nianbao::utf8_rules::")) {
      ++unreached;
      BOOST_ERROR("no generated document reaches rule " << rule);
    }
  }
  BOOST_TEST(rules.size() > 50u);  // the grammar's rules were all seen by the coverage run
  for (const std::string& c : cells) BOOST_TEST(given.contains(c), "no generated document fills " << c);
  BOOST_TEST_MESSAGE(rules.size() << " rules, " << unreached << " unreached; " << given.size() << " of " << cells.size()
                                  << " value cells filled");
}
