#define BOOST_TEST_MODULE edition_diff
// `editions diff`: each kind of change a variant makes to gov2021, found once, with its class and
// its ways of breaking, as written here by hand; and the diff of the built-in editions, whose
// changes format-spec.md §7 lists.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "nianbao/edition.hpp"
#include "nianbao/edition_diff.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

// A variant under gov2021's own name, so that its name is not among its changes.
edition::definition variant(const std::string& body) {
  const std::string name = test::builtin_edition("gov2021").name;
  edition::load_result result =
      edition::load_edition(source("v.nbf", "edition v \"" + name + "\" extends gov2021 {\n" + body + "\n}\n"));
  for (const auto& e : result.errors) BOOST_TEST_MESSAGE(e.where.line << ":" << e.where.column << " " << e.message);
  BOOST_TEST_REQUIRE(result.errors.empty());
  return std::move(*result.loaded);
}

// class part action before→after, and how it breaks (r: reports, c: coordinates).
std::string described(const edition::change& c) {
  std::string out = std::string(name_of(c.what)) + " " + (c.table.empty() ? "" : c.table + " ") + c.part + " " +
                    c.action + " " + c.before + "→" + c.after;
  if (c.breaks_reports) out += " r";
  if (c.breaks_coordinates) out += " c";
  return out;
}

std::vector<std::string> described(const std::vector<edition::change>& changes) {
  std::vector<std::string> out;
  for (const edition::change& c : changes) out.push_back(described(c));
  return out;
}

struct diff_case {
  const char* name;
  const char* body;
  std::vector<std::string> changes;
};

std::ostream& operator<<(std::ostream& out, const diff_case& c) { return out << c.name; }

const diff_case cases[] = {
    {"row added",
     R"(in table t2 { add row other_documents "其他主动公开文件" after item1.normative })",
     {"breaking t2 row added →item1.other_documents r"}},
    {"row removed",
     R"(in table t3 { remove row result.unavailable.unclear }
drop fact unavailable)",
     {"breaking t3 row removed result.unavailable.unclear→ c", "breaking invariant cells read changed I2→I2 r",
      "compatible fact removed unavailable→"}},
    {"column added",
     R"(in table t2 { add column cancelled "本年撤销件数" count after item1.repealed })",
     {"breaking t2 column added →item1.cancelled r"}},
    {"label kept as a variant",
     R"(in table t3 { relabel row result.total "（七）合计" or "（七）总计" })",
     {"compatible t3 row relabelled result.total→result.total"}},
    {"label not kept",
     R"(in table t3 { relabel row result.total "（七）合计" })",
     {"breaking t3 row relabelled result.total→result.total r"}},
    {"variant accepted",
     R"(in table t3 { accept row new "一、本年新收申请数量" })",
     {"compatible t3 row variant added new→new"}},
    {"kind widened",
     R"(in table t4 { change column review.total signed })",
     {"compatible t4 column kind count → signed review.total→review.total"}},
    {"kind narrowed",
     R"(in table t2 { change column item8.amount count })",
     {"breaking t2 column kind money → count item8.amount→item8.amount r"}},
    {"block removed",
     R"(in table t2 { remove block item8 }
drop fact fees)",
     {"breaking t2 block removed item8→ c", "compatible fact removed fees→"}},
    {"rule added as an error",
     R"(invariant V1 error "行政许可决定数不超过规章制发件数" t2[item5.licensing, item5.decisions] <= t2[item1.rules, item1.made])",
     {"breaking invariant added →V1 r"}},
    {"rule added as a warning",
     R"(invariant V1 warning "m" t2[item5.licensing, item5.decisions] >= 0)",
     {"compatible invariant added →V1"}},
    {"rule dropped", R"(drop invariant E1)", {"compatible invariant removed E1→"}},
    {"rule reworded",
     R"(invariant I2 error "办理结果之和等于总计"
    for column c in t3: t3[result.total, c] == sum t3[result.disclosed .. result.other_handling.other, c])",
     {"cosmetic invariant message changed I2→I2"}},
    {"rule made a warning",
     R"(invariant I2 warning "（七）总计等于各办理结果之和"
    for column c in t3: t3[result.total, c] == sum t3[result.disclosed .. result.other_handling.other, c])",
     {"compatible invariant level error → warning I2→I2"}},
    {"row removed inside a rule's range",
     R"(in table t3 { remove row result.withheld.inquiry }
drop fact withheld)",
     {"breaking t3 row removed result.withheld.inquiry→ c", "breaking invariant cells read changed I2→I2 r",
      "compatible fact removed withheld→"}},
    {"counts checked as warnings",
     R"(in table t3 { counts checked as warning })",
     {"compatible t3 table counts checked as error → warning →"}},
    {"crosswalk dropped", R"(drop follows gov2019)", {"compatible crosswalk removed follows gov2019→"}},
};

}  // namespace

BOOST_DATA_TEST_CASE(each_change_is_found_once_in_its_class, bdata::make(cases), c) {
  const edition::definition& base = test::builtin_edition("gov2021");
  const std::vector<std::string> found = described(edition::diff(base, variant(c.body)));
  for (const std::string& line : found) BOOST_TEST_MESSAGE(line);
  BOOST_TEST(found == c.changes, boost::test_tools::per_element());
}

// Nothing changed, nothing said; and the diff of the other direction says the opposite.
BOOST_AUTO_TEST_CASE(an_edition_against_itself_has_no_change) {
  const edition::definition& base = test::builtin_edition("gov2021");
  BOOST_TEST(edition::diff(base, base).empty());
  BOOST_TEST(edition::diff(base, variant("")).empty());
}

// A row whose id changed and whose label did not is one change: renamed. Its coordinates move, so
// tools break; reports do not.
BOOST_AUTO_TEST_CASE(a_renamed_row_is_one_change) {
  const edition::definition& base = test::builtin_edition("gov2021");
  const edition::definition renamed = variant(R"(in table t3 {
    remove row result.withheld.internal
    add row internal_affairs "5.属于三类内部事务信息" after result.withheld.third_party
  })");
  BOOST_TEST(described(edition::diff(base, renamed)) ==
                 (std::vector<std::string>{
                     "breaking t3 row renamed result.withheld.internal→result.withheld.internal_affairs c"}),
             boost::test_tools::per_element());
}

// format-spec.md §7, row by row: what changed from the trial edition to the revised one.
BOOST_AUTO_TEST_CASE(the_built_in_editions_differ_as_the_format_spec_says) {
  const auto changes = described(edition::diff(test::builtin_edition("gov2019"), test::builtin_edition("gov2021")));
  const auto has = [&](const std::string& line) {
    return std::find(changes.begin(), changes.end(), line) != changes.end();
  };
  for (const char* expected : {
           "cosmetic edition named otherwise →",                               // title, document
           "breaking t2 column relabelled item1.made→item1.made r",            // 本年制发件数
           "breaking t2 column removed item1.published→ c",                    // 本年新公开数量
           "breaking t2 column added →item1.repealed r",                       // 本年废止件数
           "breaking t2 column relabelled item1.in_force→item1.in_force r",    // 现行有效件数
           "compatible t2 row relabelled item1.normative→item1.normative",     // 行政规范性文件
           "breaking t2 column removed item5.last_year→ c",                    // （五）
           "breaking t2 column removed item5.change→ c",                       //
           "breaking t2 column relabelled item5.decisions→item5.decisions r",  // 本年处理决定数量
           "breaking t2 row removed item5.other_services→ c",                  // 其他对外管理服务事项
           "breaking t2 column relabelled item6.decisions→item6.decisions r",  // （六）
           "breaking t2 column added →item8.amount r",                         // 本年收费金额
           "breaking t2 block removed item9→ c",                               // （九）
           "breaking t3 row split result.other→result.other_handling r c",     // 其他处理
       }) {
    BOOST_TEST(has(expected), expected);
  }
  // 三 and 四 are otherwise the same, and so are the sections.
  for (const std::string& line : changes) {
    BOOST_TEST((line.find(" t4 ") == std::string::npos), line);
    BOOST_TEST((line.find("sections") == std::string::npos), line);
  }
}
