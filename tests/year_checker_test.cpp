#define BOOST_TEST_MODULE year_checker
// What a run without a store keeps of each report (compared_record: the cells the rules across
// years read) must compare exactly as the whole record does, for every form a rule takes: a
// condition over last year's cells reads cells of this year's only where it holds.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "nianbao/check.hpp"
#include "nianbao/corpus.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/input.hpp"

using namespace nianbao;

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(in.good(), "cannot read " << path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

edition::definition edition_of(const std::string& name, const std::string& text) {
  edition::load_result loaded = edition::load_edition(source(name, text));
  BOOST_TEST_REQUIRE(loaded.errors.empty(),
                     name << ": " << (loaded.errors.empty() ? "" : loaded.errors.front().message));
  return std::move(*loaded.loaded);
}

// The built-in editions, the revised one with a rule across years whose claim reads cells (table
// 四) that no other rule across years reads, behind a condition on last year's report.
std::vector<edition::definition> editions_with_a_conditional_rule() {
  const std::string dir = NIANBAO_GRAMMAR_DIR;
  std::string revised = file_text(dir + "/gov2021.nbf");
  const std::string before = "  # A 2021 report may follow";
  const std::size_t at = revised.find(before);
  BOOST_TEST_REQUIRE(at != std::string::npos);
  revised.insert(
      at,
      "  invariant X_test_conditional warning across years \"上年有结转的，本年复议总计多于百万（仅供测试）\"\n"
      "    if last t3[carried_out, applicant.total] > 0 then t4[cases, review.total] > 1000000\n");
  std::vector<edition::definition> out;
  out.push_back(edition_of("gov2019.nbf", file_text(dir + "/gov2019.nbf")));
  out.push_back(edition_of("gov2021.nbf", revised));
  return out;
}

struct read_report {
  corpus::document_record whole, compared;
};

read_report records_of(const generate::document& doc, const std::string& path,
                       const std::vector<edition::definition>& editions, const corpus::year_checker& years) {
  input::read_result read = input::read_report(path, doc.text);
  BOOST_TEST_REQUIRE(read.input.has_value());
  bind::bound_report bound = bind::bind_input(*read.input, editions);
  check::add_invariant_findings(bound);
  return {corpus::record_of(path, corpus::sha256_hex(doc.text), read.input->text, read.input->document, bound),
          corpus::compared_record(path, read.input->text, read.input->document, bound, years)};
}

std::string described(const corpus::finding_record& f) {
  std::ostringstream out;
  out << f.id << " [" << f.subject << "] " << f.status << " " << f.found << " vs " << f.expected << " at " << f.line
      << ":" << f.column << ", there " << f.other_line << ":" << f.other_column << ": " << f.message;
  return out.str();
}

std::vector<std::string> described(const std::vector<corpus::finding_record>& findings) {
  std::vector<std::string> out;
  for (const corpus::finding_record& f : findings) out.push_back(described(f));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_cells_kept_compare_as_the_whole_report_does) {
  const std::vector<edition::definition> editions = editions_with_a_conditional_rule();
  const corpus::year_checker years(editions);
  const generate::series_generator gen(edition::builtin_editions());
  std::size_t conditional_violations = 0, comparisons = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    generate::series_options opts;  // 2019–2023: both editions, and the change between them
    opts.seed = seed;
    opts.restate_percent = 30;
    const std::vector<generate::document> series = gen.generate(opts);
    std::vector<read_report> records;
    for (const generate::document& doc : series)
      records.push_back(records_of(doc, "s" + std::to_string(seed) + "-" + std::to_string(doc.year), editions, years));
    for (std::size_t i = 1; i < records.size(); ++i) {
      const auto whole = years.compare(records[i].whole, records[i - 1].whole);
      const auto compared = years.compare(records[i].compared, records[i - 1].compared);
      BOOST_TEST(described(whole) == described(compared), boost::test_tools::per_element());
      for (const corpus::finding_record& f : whole)
        conditional_violations += f.id == "X_test_conditional" && f.status == "violated" ? 1 : 0;
      ++comparisons;
    }
  }
  // The rule must have been in force, or the comparison above says nothing of it.
  BOOST_TEST(conditional_violations > 0U);
  BOOST_TEST(conditional_violations < comparisons);
}

BOOST_AUTO_TEST_CASE(a_conditional_rule_reads_its_claim_cells_though_no_report_is_given) {
  const std::vector<edition::definition> editions = editions_with_a_conditional_rule();
  const corpus::year_checker years(editions);
  BOOST_TEST(years.reads("gov2021", "t4/cases/review.total"));
  BOOST_TEST(years.reads("gov2021", "t3/carried_out/applicant.total"));
  BOOST_TEST(!years.reads("gov2021", "t4/cases/review.upheld"));
  // Last year's cell, read through the crosswalk in a trial-edition report.
  BOOST_TEST(years.reads("gov2019", "t3/carried_out/applicant.total"));
}
