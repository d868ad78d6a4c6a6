#define BOOST_TEST_MODULE corpus_acceptance
// The corpus issue's acceptance run, through the command line: a few thousand files (the seeds,
// the bind and check cases, and generated series of both editions for hundreds of agencies with
// restatements injected) go into a store; the summary names exactly the findings across years
// that the generator's oracles expect, and a second run changes nothing.
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "command_support.hpp"
#include "nianbao/edition.hpp"
#include "test_support.hpp"

using namespace nianbao;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A finding across years as both sides name it: document, rule, its instances, the other document.
using named = std::tuple<std::string, std::string, std::set<std::string>, std::string>;

std::set<named> expected_from_oracles(const fs::path& dir, std::size_t& restated) {
  std::set<named> out;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (!name.ends_with(".oracle.json")) continue;
    const json oracle = json::parse(test::read_file(e.path()));
    if (!oracle.contains("follows")) continue;
    restated += oracle["restated"].size();
    std::map<std::string, std::set<std::string>> by_rule;
    for (const json& f : oracle["across_years"]) {
      std::set<std::string>& subjects = by_rule[f["id"]];
      if (!f["subject"].is_null()) subjects.insert(f["subject"].get<std::string>());  // a rule without a loop has none
    }
    for (auto& [rule, subjects] : by_rule)
      out.emplace(oracle["file"].get<std::string>(), rule, std::move(subjects), oracle["follows"].get<std::string>());
  }
  return out;
}

// The rules across years of the summary's documents, by file name (the oracles know no directory).
std::set<named> across_years_in_summary(const json& summary, const std::set<std::string>& rules) {
  std::set<named> out;
  for (const json& agency : summary["agencies"]) {
    for (const json& doc : agency["documents"]) {
      for (const json& w : doc["with_others"]) {
        if (!rules.contains(w["id"].get<std::string>())) continue;
        out.emplace(fs::path(doc["path"].get<std::string>()).filename().string(), w["id"].get<std::string>(),
                    w["subjects"].get<std::set<std::string>>(),
                    fs::path(w["other"].get<std::string>()).filename().string());
      }
    }
  }
  return out;
}

std::set<std::string> rules_across_years() {
  std::set<std::string> out;
  for (const edition::definition& ed : edition::builtin_editions()) {
    for (const edition::invariant& inv : ed.invariants) {
      if (inv.across_years) out.insert(inv.id);
    }
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_corpus_run_names_exactly_the_injected_faults_across_years) {
  const std::string nianbao = test::nianbao_program();
  const std::size_t agencies = test::argument("--agencies", 600);
  const fs::path dir = fs::temp_directory_path() / ("nianbao-acceptance-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string generated = (dir / "generated").string();
  const std::string store = (dir / "corpus.db").string();
  BOOST_TEST_REQUIRE(test::run(nianbao + " generate --series 2019-2023 --agencies " + std::to_string(agencies) +
                               " --restate 25 --seed 20261205 --out " + generated) == 0);
  const std::string check = nianbao + " check -j 2 --quiet --db " + store + " " + generated + " " +
                            (test::corpus_dir / "seeds").string() + " " + (test::corpus_dir / "cases").string() +
                            " > /dev/null 2>&1";
  const int first_status = test::run(check);
  BOOST_TEST(first_status == 1);  // the check cases have errors
  BOOST_TEST_REQUIRE(test::run(nianbao + " summary --json --db " + store + " > " + (dir / "first.json").string()) == 0);
  const json summary = json::parse(test::read_file(dir / "first.json"));
  BOOST_TEST(summary["documents"].get<std::size_t>() > 5 * agencies);

  std::size_t restated = 0;
  const std::set<named> expected = expected_from_oracles(generated, restated);
  const std::set<named> found = across_years_in_summary(summary, rules_across_years());
  BOOST_TEST(restated > agencies / 2);
  BOOST_TEST(expected.size() >= restated * 9 / 10);  // a restatement hidden by `/` on both sides is rare
  for (const named& n : expected) BOOST_TEST(found.contains(n), "missed: " << std::get<0>(n) << " " << std::get<1>(n));
  for (const named& n : found)
    BOOST_TEST(expected.contains(n), "not injected: " << std::get<0>(n) << " " << std::get<1>(n));

  // Again: every file unchanged, nothing checked again, the same store.
  BOOST_TEST(test::run(check) == first_status);
  BOOST_TEST_REQUIRE(test::run(nianbao + " summary --json --db " + store + " > " + (dir / "again.json").string()) == 0);
  BOOST_TEST(test::read_file(dir / "again.json") == test::read_file(dir / "first.json"));
  fs::remove_all(dir);
}
