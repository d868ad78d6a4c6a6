#define BOOST_TEST_MODULE survey_acceptance
// `survey --compare gov2019 gov2021` through the command line, over the seeds, the cases and
// generated reports of both editions (`-- --documents N` per edition, 1,000 by default): its
// counts are those of a plain `check --edition A` and `check --edition B` of every document, as
// JSON lines, counted here: documents conforming under each, documents with each finding id,
// and the documents whose verdict changes.
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "command_support.hpp"
#include "test_support.hpp"

using namespace nianbao;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// What a plain check says of each document, counted the way a survey counts.
struct plain_counts {
  std::map<std::string, bool> conforming;  // path → no error, and bound
  std::map<std::string, std::size_t> documents_with;
};

plain_counts count_lines(const fs::path& jsonl) {
  plain_counts out;
  std::istringstream lines(test::read_file(jsonl));
  for (std::string line; std::getline(lines, line);) {
    const json doc = json::parse(line);
    if (doc["kind"] != "document") continue;
    out.conforming[doc["path"]] = doc["status"] == "checked" && doc["errors"] == 0;
    std::set<std::string> ids;
    for (const json& f : doc["findings"]) ids.insert(f["id"].get<std::string>());
    for (const std::string& id : ids) ++out.documents_with[id];
  }
  return out;
}

std::size_t conforming_of(const plain_counts& c) {
  std::size_t n = 0;
  for (const auto& [path, ok] : c.conforming) n += ok ? 1 : 0;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_survey_counts_what_a_plain_check_under_each_edition_finds) {
  const std::string nianbao = test::nianbao_program();
  const std::size_t documents = test::argument("--documents", 1000);
  const fs::path dir = fs::temp_directory_path() / ("nianbao-survey-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* edition : {"gov2019", "gov2021"}) {
    BOOST_TEST_REQUIRE(test::run(nianbao + " generate --edition " + edition + " --count " + std::to_string(documents) +
                                 " --faults 1 --seed 7 --out " + (dir / "generated").string()) == 0);
  }
  const std::string inputs = (test::corpus_dir / "seeds").string() + " " + (test::corpus_dir / "cases").string() + " " +
                             (dir / "generated").string();
  BOOST_TEST_REQUIRE(test::run(nianbao + " survey -j 2 --json --compare gov2019 gov2021 " + inputs + " > " +
                               (dir / "survey.json").string() + " 2> /dev/null") <= 2);
  const json survey = json::parse(test::read_file(dir / "survey.json"));
  std::map<std::string, plain_counts> plain;
  for (const char* edition : {"gov2019", "gov2021"}) {
    const fs::path lines = dir / (std::string(edition) + ".jsonl");
    test::run(nianbao + " check -j 2 --jsonl --edition " + edition + " " + inputs + " > " + lines.string() +
              " 2> /dev/null");
    plain[edition] = count_lines(lines);
  }
  const plain_counts& a = plain["gov2019"];
  const plain_counts& b = plain["gov2021"];
  BOOST_TEST(survey["under_a"]["documents"].get<std::size_t>() == a.conforming.size());
  BOOST_TEST(a.conforming.size() > 2 * documents);
  BOOST_TEST(survey["under_a"]["conforming"].value("gov2019", std::size_t{0}) == conforming_of(a));
  BOOST_TEST(survey["under_b"]["conforming"].value("gov2021", std::size_t{0}) == conforming_of(b));
  BOOST_TEST(conforming_of(a) > 0u);
  BOOST_TEST(conforming_of(b) > 0u);
  for (const auto& [side, counts] : {std::pair{"under_a", &a}, {"under_b", &b}}) {
    std::map<std::string, std::size_t> surveyed;
    for (const auto& [id, n] : survey[side]["documents_with_finding"].items()) surveyed[id] = n.get<std::size_t>();
    std::set<std::string> ids;
    for (const auto& [id, n] : surveyed) ids.insert(id);
    for (const auto& [id, n] : counts->documents_with) ids.insert(id);
    for (const std::string& id : ids) {
      const auto count = [&](const std::map<std::string, std::size_t>& m) {
        return m.contains(id) ? m.at(id) : std::size_t{0};
      };
      BOOST_TEST(count(surveyed) == count(counts->documents_with), side << ' ' << id);
    }
  }
  std::set<std::string> changed;
  for (const auto& [path, ok] : a.conforming) {
    if (b.conforming.contains(path) && b.conforming.at(path) != ok) changed.insert(path);
  }
  std::set<std::string> surveyed_changed;
  for (const json& d : survey["verdict_changed"]) surveyed_changed.insert(d["path"].get<std::string>());
  BOOST_TEST(surveyed_changed == changed, boost::test_tools::per_element());
  BOOST_TEST(!changed.empty());
  fs::remove_all(dir);
}
