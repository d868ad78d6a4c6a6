// Property: tables filled at random so that every invariant holds give no arithmetic finding;
// one injected fault gives exactly the violations it must, and the localisation names the cell.
#define BOOST_TEST_MODULE check_property
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <map>
#include <random>
#include <set>

#include "nianbao/check.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

constexpr int reports_per_edition = 600;

using grid = std::map<std::pair<std::string, std::string>, long long>;  // (row, column) of t3 and t4

// Fills tables 三 and 四 so that E1, I1, I2, I3 hold: free cells at random, totals computed.
grid consistent_tables(const edition::definition& ed, std::mt19937& random) {
  grid g;
  std::uniform_int_distribution<int> small(0, 4);
  std::uniform_int_distribution<int> large(0, 1000000);
  const bool big = random() % 10 == 0;
  const auto draw = [&] {
    return static_cast<long long>(big ? large(random) : (random() % 3 == 0 ? small(random) : 0));
  };
  const edition::table& t3 = *ed.find_table("t3");
  const auto rows = edition::leaves(t3.rows);
  const auto columns = edition::leaves(t3.columns);
  for (std::size_t c = 0; c + 1 < columns.size(); ++c) {
    const std::string& col = columns[c]->path;
    long long total = 0;
    for (const edition::node* r : rows) {
      if (!r->path.starts_with("result.") || r->path == "result.total") continue;
      total += g[{r->path, col}] = draw();
    }
    g[{"result.total", col}] = total;
    const long long carried_out = draw();
    const long long carried_in = std::min<long long>(draw(), total + carried_out);
    g[{"carried_out", col}] = carried_out;
    g[{"carried_in", col}] = carried_in;
    g[{"new", col}] = total + carried_out - carried_in;
  }
  for (const edition::node* r : rows) {
    long long sum = 0;
    for (std::size_t c = 0; c + 1 < columns.size(); ++c) sum += g[{r->path, columns[c]->path}];
    g[{r->path, columns.back()->path}] = sum;
  }
  for (const std::string group : {"review", "litigation.direct", "litigation.after_review"}) {
    long long sum = 0;
    for (const std::string part : {"upheld", "corrected", "other", "pending"})
      sum += g[{"cases", group + "." + part}] = draw();
    g[{"cases", group + ".total"}] = sum;
  }
  return g;
}

// The template report with its table 三 and 四 values replaced by `g`.
std::string render(const test::parsed& base, const bind::bound_report& bound, const grid& g) {
  std::string text(base.text.text());
  std::vector<const bind::bound_value*> cells;
  for (const auto& v : bound.values) {
    if ((v.table == "t3" || v.table == "t4") && !v.where.empty()) cells.push_back(&v);
  }
  std::sort(cells.begin(), cells.end(), [](auto* a, auto* b) { return a->where.begin > b->where.begin; });
  for (const auto* v : cells) {
    text.replace(v->where.begin, v->where.size(), std::to_string(g.at({std::string(v->row), std::string(v->column)})));
  }
  return text;
}

struct outcome {
  std::set<std::string> violated;  // "E1 applicant.natural_person"
  std::vector<std::string> answers;
};

outcome check_text(const std::string& text) {
  const auto p = test::parse_text(text);
  auto bound = bind::bind_report(p.text.text(), p.doc, edition::builtin_editions());
  BOOST_TEST_REQUIRE(bound.choice.edition != nullptr);
  const auto evaluations = check::evaluate(*bound.choice.edition, bound);
  outcome o;
  for (const auto& e : evaluations) {
    if (e.result == check::outcome::violated) o.violated.insert(e.rule->id + " " + std::string(e.instance));
  }
  for (const finding& f : check::localise(evaluations)) {
    for (const finding_cell& c : f.cells) o.answers.push_back(c.coord);
  }
  return o;
}

// What one changed cell must break, worked out from the layout, not by the checker.
std::set<std::string> expected_violations(const std::string& table, const std::string& row, const std::string& column,
                                          const edition::table& t3) {
  std::set<std::string> v;
  if (table == "t4") {
    const std::string group = column.substr(0, column.rfind('.'));
    v.insert(group == "review" ? "I3_review " : group == "litigation.direct" ? "I3_direct " : "I3_after_review ");
    return v;
  }
  v.insert("I1 " + row);
  if (row == "new" || row == "carried_in" || row == "result.total" || row == "carried_out") v.insert("E1 " + column);
  if (row.starts_with("result.")) v.insert("I2 " + column);
  (void)t3;
  return v;
}

}  // namespace

BOOST_DATA_TEST_CASE(consistent_tables_pass_and_single_faults_are_found,
                     bdata::make({"seeds/003_3f168525c89639f9.txt", "seeds/002_b68246f228e475c5.txt"}), seed) {
  const auto base = test::parse_text(test::read_file(test::corpus_dir / seed));
  const auto bound = bind::bind_report(base.text.text(), base.doc, edition::builtin_editions());
  const edition::definition& ed = *bound.choice.edition;
  std::mt19937 random(20261123);
  int faults_found = 0;
  for (int i = 0; i < reports_per_edition; ++i) {
    grid g = consistent_tables(ed, random);
    const outcome clean = check_text(render(base, bound, g));
    BOOST_TEST(clean.violated.empty(), "report " << i << " of " << seed);

    auto it = g.begin();
    std::advance(it, static_cast<long>(random() % g.size()));
    const auto [row, column] = it->first;
    const std::string table = row == "cases" ? "t4" : "t3";
    it->second += 1 + static_cast<long long>(random() % 9);
    const outcome broken = check_text(render(base, bound, g));
    BOOST_TEST(broken.violated == expected_violations(table, row, column, *ed.find_table("t3")),
               "fault at " << table << "/" << row << "/" << column);
    const std::string coord = table + "/" + row + "/" + column;
    const bool named = std::find(broken.answers.begin(), broken.answers.end(), coord) != broken.answers.end();
    BOOST_TEST(named, "localisation misses " << coord);
    faults_found += named;
  }
  BOOST_TEST_MESSAGE(seed << ": " << reports_per_edition << " consistent reports, " << faults_found << " of "
                          << reports_per_edition << " single faults localised");
}
