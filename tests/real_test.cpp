// Real published reports, judged by hand: the expectations of those in ../shared/real (outside the
// project) are kept in corpus/real/shared/, beside the path they have there; the reports the
// project keeps itself (corpus/real/) and the seeds are replayed by corpus_test. Here, for all of
// them: the edition each is of, as a person read it (corpus/real/editions.tsv), and that every
// number printed in the tables of sections 二, 三 and 四 is bound to a coordinate or named by a
// finding — no number may vanish silently.
#define BOOST_TEST_MODULE real
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <map>
#include <set>
#include <sstream>

#include "expectations.hpp"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
using namespace nianbao;

namespace {

const fs::path shared_dir{NIANBAO_SHARED_REAL_DIR};
const fs::path expectations_dir = test::corpus_dir / "real" / "shared";

struct shared_present {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result present = fs::is_directory(shared_dir);
    present.message() << "skipped: the real reports of " << shared_dir << " are not here";
    return present;
  }
};

// The shared reports, by their path under shared/real.
std::vector<std::string> shared_reports() {
  std::vector<std::string> files;
  if (!fs::is_directory(shared_dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(shared_dir)) {
    if (entry.is_regular_file() && test::is_input(entry.path())) {
      files.push_back(fs::relative(entry.path(), shared_dir).string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// editions.tsv: `where<TAB>edition`, where is `shared/…` (under ../shared/real) or a path under
// corpus/; edition is an id, `none` for a report of no edition, `refused` for an input not read,
// `scrambled` for a Markdown conversion read but not bound.
std::map<std::string, std::string> editions_by_hand() {
  std::map<std::string, std::string> out;
  std::istringstream lines(test::read_file(test::corpus_dir / "real" / "editions.tsv"));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line.front() == '#') continue;
    const auto tab = line.find('\t');
    BOOST_TEST_REQUIRE(tab != std::string::npos, "editions.tsv: no TAB in `" << line << "`");
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

fs::path path_of(const std::string& where) {
  return where.starts_with("shared/") ? shared_dir / where.substr(7) : test::corpus_dir / where;
}

bool inside(std::size_t at, ast::span s) { return s.begin <= at && (at < s.end || at == s.begin); }

// The number and money cells of the tables in the sections the edition's tables belong to.
std::vector<const ast::cell*> numbers_in_tables(const ast::document& doc, const edition::definition& edition) {
  std::set<unsigned> sections;
  for (const edition::table& t : edition.tables) sections.insert(t.section);
  std::vector<const ast::cell*> out;
  for (const ast::section& s : doc.sections) {
    if (!sections.contains(s.head.mark.number)) continue;
    for (const ast::block& b : s.body) {
      const auto* t = std::get_if<ast::table>(&b);
      if (t == nullptr) continue;
      for (const ast::row& r : t->rows) {
        for (const ast::cell& c : r.cells) {
          if (c.value.kind == ast::value_kind::number || c.value.kind == ast::value_kind::money) out.push_back(&c);
        }
      }
    }
  }
  return out;
}

}  // namespace

BOOST_DATA_TEST_CASE(shared_report_matches_its_expectations, bdata::make(shared_reports()), file) {
  const fs::path stem = expectations_dir / fs::path(file).replace_extension();
  const input::read_result read = test::read_input(shared_dir / file);
  fs::path expected = fs::path(stem).replace_extension(".error");
  if (!fs::exists(expected)) expected.replace_extension(".outline");
  BOOST_TEST_REQUIRE(fs::exists(expected), "no expectation for " << file << " in " << expectations_dir);
  BOOST_TEST(test::outline_or_error(read) == test::read_file(expected));
  if (!read.input) return;
  BOOST_TEST(test::findings_text(shared_dir / file) == test::read_file(fs::path(stem).replace_extension(".findings")));
  BOOST_TEST(test::values_text(shared_dir / file) == test::read_file(fs::path(stem).replace_extension(".values")));
}

BOOST_AUTO_TEST_CASE(every_shared_report_has_its_edition_judged, *boost::unit_test::precondition(shared_present())) {
  const auto judged = editions_by_hand();
  for (const std::string& file : shared_reports()) {
    BOOST_TEST(judged.contains("shared/" + file), "editions.tsv does not say of shared/" << file);
  }
}

// An expectation kept for a shared report that is no longer there is stale.
BOOST_AUTO_TEST_CASE(every_kept_expectation_has_its_shared_report, *boost::unit_test::precondition(shared_present())) {
  const std::vector<std::string> reports = shared_reports();
  std::set<std::string> stems;
  for (const std::string& file : reports) stems.insert(fs::path(file).replace_extension().string());
  for (const auto& entry : fs::recursive_directory_iterator(expectations_dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string stem = fs::relative(entry.path(), expectations_dir).replace_extension().string();
    BOOST_TEST(stems.contains(stem), entry.path() << " has no report in " << shared_dir);
  }
}

// The edition nianbao tells for every real report is the one a person read in it.
BOOST_AUTO_TEST_CASE(editions_are_told_as_judged_by_hand) {
  std::size_t told = 0;
  for (const auto& [where, edition] : editions_by_hand()) {
    const fs::path path = path_of(where);
    if (!fs::exists(path)) {
      BOOST_TEST_MESSAGE("skipped: " << path << " is not here");
      continue;
    }
    const input::read_result read = test::read_input(path);
    std::string found = "refused";
    if (read.input) {
      const bind::bound_report bound = bind::bind_input(*read.input, edition::builtin_editions());
      found = read.input->tables_scrambled      ? "scrambled"
              : bound.choice.edition != nullptr ? bound.choice.edition->id
                                                : "none";
    }
    BOOST_TEST(found == edition, where);
    ++told;
  }
  BOOST_TEST_MESSAGE(told << " real reports, each of the edition judged by hand");
}

// Every number in the three tables is bound to a coordinate or named by a finding.
BOOST_AUTO_TEST_CASE(no_number_in_the_tables_vanishes) {
  std::size_t numbers = 0, bound_numbers = 0, reports = 0;
  for (const auto& [where, edition] : editions_by_hand()) {
    const fs::path path = path_of(where);
    if (edition == "none" || edition == "refused" || edition == "scrambled" || !fs::exists(path)) continue;
    const input::read_result read = test::read_input(path);
    BOOST_TEST_REQUIRE(read.input.has_value(), where);
    const bind::bound_report bound = test::checked(*read.input);
    BOOST_TEST_REQUIRE(bound.choice.edition != nullptr, where);
    ++reports;
    for (const ast::cell* c : numbers_in_tables(read.input->document, *bound.choice.edition)) {
      ++numbers;
      const std::size_t at = c->value.where.begin;
      const bool is_bound = std::any_of(bound.values.begin(), bound.values.end(), [&](const bind::bound_value& v) {
        return v.state != bind::value_state::missing && inside(at, v.where);
      });
      bound_numbers += is_bound;
      const bool reported = std::any_of(bound.findings.begin(), bound.findings.end(), [&](const finding& f) {
        return inside(at, f.where) || std::any_of(f.related.begin(), f.related.end(),
                                                  [&](const related_place& r) { return inside(at, r.where); });
      });
      BOOST_TEST((is_bound || reported), where << ": `" << c->value.where.in(read.input->text.text()) << "` at byte "
                                               << at << " is neither bound nor reported");
    }
  }
  BOOST_TEST_MESSAGE(reports << " real reports bound: " << numbers << " numbers in their tables, " << bound_numbers
                             << " bound to a coordinate, the rest named by a finding");
}
