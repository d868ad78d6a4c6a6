#define BOOST_TEST_MODULE series_property
// Generated series of one agency's reports, checked across years by the corpus stage: the
// generator's oracle (its own reading of the rules across years and of the crosswalks) against
// the check stage's evaluation of the same edition files.
#include <boost/test/unit_test.hpp>
#include <map>
#include <set>

#include "nianbao/check.hpp"
#include "nianbao/corpus.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/input.hpp"

using namespace nianbao;

namespace {

const std::vector<edition::definition>& editions() { return edition::builtin_editions(); }

corpus::document_record record_of(const generate::document& doc, const std::string& path) {
  input::read_result read = input::read_report(path, doc.text);
  BOOST_TEST_REQUIRE(read.input.has_value());
  bind::bound_report bound = bind::bind_input(*read.input, editions());
  check::add_findings(bound, read.input->text, read.input->document);
  return corpus::record_of(path, corpus::sha256_hex(doc.text), read.input->text, read.input->document, bound);
}

struct pair_result {
  std::set<std::pair<std::string, std::string>> violated;  // (rule, instance)
  std::set<std::string> named;                             // the other documents the violations name
};

// Each report of a series against the one before, as a corpus run pairs them: the pairs found
// by identity must be exactly the series' consecutive years.
std::vector<pair_result> across_years(const std::vector<generate::document>& series, const std::string& name) {
  std::vector<corpus::document_record> records;
  for (const generate::document& doc : series) records.push_back(record_of(doc, name + "-" + std::to_string(doc.year)));
  std::vector<const corpus::document_record*> views;
  for (const corpus::document_record& r : records) views.push_back(&r);
  const auto pairs = corpus::consecutive_years(views);
  BOOST_TEST_REQUIRE(pairs.size() == series.size() - 1);
  const corpus::year_checker years(editions());
  std::vector<pair_result> out(series.size());
  for (const auto& [later, earlier] : pairs) {
    BOOST_TEST_REQUIRE(later == earlier + 1);
    for (const corpus::finding_record& f : years.compare(records[later], records[earlier])) {
      if (f.status != "violated") continue;
      out[later].violated.emplace(f.id, f.subject);
      out[later].named.insert(f.other_path);
    }
  }
  return out;
}

std::set<std::pair<std::string, std::string>> oracle_of(const generate::document& doc) {
  std::set<std::pair<std::string, std::string>> out;
  for (const generate::expected_finding& e : doc.across_years) out.emplace(e.id, e.subject);
  return out;
}

std::set<generate::noise_kind> all_noise() {
  return {generate::all_noise_kinds().begin(), generate::all_noise_kinds().end()};
}

}  // namespace

// Nothing restated, all noise: what each report carries over agrees with last year's, across
// the change of edition too; not one finding across years, and the oracle expects none.
BOOST_AUTO_TEST_CASE(series_without_faults_give_no_finding_across_years) {
  const generate::series_generator gen(editions());
  for (std::uint64_t seed = 1; seed <= 150; ++seed) {
    generate::series_options opts;
    opts.seed = seed;
    opts.first_year = 2019;
    opts.last_year = 2024;
    opts.noise = all_noise();
    const std::vector<generate::document> series = gen.generate(opts);
    BOOST_TEST_REQUIRE(series.size() == 6U);
    BOOST_TEST(series[1].edition == "gov2019");
    BOOST_TEST(series[2].edition == "gov2021");
    const std::vector<pair_result> found = across_years(series, "s" + std::to_string(seed));
    for (std::size_t y = 0; y < series.size(); ++y) {
      BOOST_TEST_INFO("seed " << seed << ", year " << series[y].year);
      BOOST_TEST(found[y].violated.empty());
      BOOST_TEST(series[y].across_years.empty());
    }
  }
}

// Every report after the first restates one figure of last year's, no noise: exactly one rule
// across years is broken, in the instances the oracle names, and each finding names last year's
// report.
BOOST_AUTO_TEST_CASE(each_restatement_breaks_exactly_its_rule_naming_both_reports) {
  const generate::series_generator gen(editions());
  std::map<std::string, std::size_t> broken;  // rule → reports
  for (std::uint64_t seed = 1; seed <= 150; ++seed) {
    generate::series_options opts;
    opts.seed = seed;
    opts.first_year = 2019;
    opts.last_year = 2023;
    opts.restate_percent = 100;
    const std::vector<generate::document> series = gen.generate(opts);
    const std::string name = "r" + std::to_string(seed);
    const std::vector<pair_result> found = across_years(series, name);
    for (std::size_t y = 1; y < series.size(); ++y) {
      BOOST_TEST_INFO("seed " << seed << ", year " << series[y].year);
      BOOST_TEST_REQUIRE(series[y].restated.size() == 1U);
      const std::string& rule = series[y].restated.front().rule;
      ++broken[rule];
      BOOST_TEST(!found[y].violated.empty());
      BOOST_TEST(found[y].violated == oracle_of(series[y]));
      for (const auto& [id, instance] : found[y].violated) BOOST_TEST(id == rule);
      BOOST_TEST(found[y].named == std::set<std::string>{name + "-" + std::to_string(series[y - 1].year)});
    }
  }
  // Both kinds of rule across years were broken: carry-over and continuity.
  BOOST_TEST(broken["X_carry_over"] > 0U);
  BOOST_TEST(broken["X_in_force_rules"] + broken["X_in_force_normative"] > 0U);
}

// With noise and restatements mixed: the oracle across years and the checker agree on every
// report (a `/` written for last year's 0 makes an instance not assessable on both sides).
BOOST_AUTO_TEST_CASE(oracle_across_years_agrees_with_the_checker) {
  const generate::series_generator gen(editions());
  std::size_t violated = 0;
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    generate::series_options opts;
    opts.seed = 1000 + seed;
    opts.first_year = 2019;
    opts.last_year = 2023;
    opts.noise = all_noise();
    opts.restate_percent = 40;
    const std::vector<generate::document> series = gen.generate(opts);
    const std::vector<pair_result> found = across_years(series, "m" + std::to_string(seed));
    for (std::size_t y = 0; y < series.size(); ++y) {
      BOOST_TEST_INFO("seed " << opts.seed << ", year " << series[y].year);
      BOOST_TEST(found[y].violated == oracle_of(series[y]));
      violated += found[y].violated.size();
    }
  }
  BOOST_TEST(violated > 100U);
}

BOOST_AUTO_TEST_CASE(a_year_no_edition_covers_is_refused) {
  const generate::series_generator gen(editions());
  generate::series_options opts;
  opts.first_year = 2015;
  opts.last_year = 2016;
  BOOST_CHECK_THROW(gen.generate(opts), generate::generate_error);
}
