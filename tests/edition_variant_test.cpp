#define BOOST_TEST_MODULE edition_variant
// Editions that state only their change (`extends`): what they inherit, what each change does,
// and how a change that breaks what the base declares is refused in the variant's own terms.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "nianbao/edition.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

edition::definition loaded(const std::string& text) {
  edition::load_result result = edition::load_edition(source("v.nbf", text));
  for (const auto& e : result.errors) BOOST_TEST_MESSAGE(e.where.line << ":" << e.where.column << " " << e.message);
  BOOST_TEST_REQUIRE(result.errors.empty());
  return std::move(*result.loaded);
}

std::string first_error(const std::string& text) {
  const edition::load_result result = edition::load_edition(source("v.nbf", text));
  BOOST_TEST_REQUIRE(!result.errors.empty(), "loaded, but should not have: " << text);
  const auto& e = result.errors.front();
  return std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message;
}

std::vector<std::string> leaf_paths(const std::vector<edition::node>& tree) {
  std::vector<std::string> paths;
  for (const edition::node* n : edition::leaves(tree)) paths.push_back(n->path);
  return paths;
}

}  // namespace

// The example of corpus/editions: a row and an invariant, in a dozen lines, and the rest gov2021's.
BOOST_AUTO_TEST_CASE(a_variant_of_a_dozen_lines_has_its_row_and_its_invariant) {
  const std::filesystem::path file = std::filesystem::path(NIANBAO_CORPUS_DIR) / "editions" / "other-documents2021.nbf";
  const std::string text = test::read_file(file);
  BOOST_TEST(std::count(text.begin(), text.end(), '\n') <= 12);
  const edition::definition ed = loaded(text);
  const edition::definition& base = test::builtin_edition("gov2021");
  BOOST_TEST(ed.id == "other2021");
  BOOST_TEST(ed.base == "gov2021");
  const auto& item1 = ed.find_table("t2")->blocks.front();
  BOOST_TEST(
      leaf_paths(item1.rows) == (std::vector<std::string>{"item1.rules", "item1.normative", "item1.other_documents"}),
      boost::test_tools::per_element());
  BOOST_TEST(!item1.rows[2].origin.inherited());
  BOOST_TEST(item1.rows[0].origin.inherited_from == "gov2021");
  BOOST_TEST(item1.origin.changed);
  BOOST_TEST(ed.invariants.size() == base.invariants.size() + 1);
  BOOST_TEST(ed.invariants.back().id == "X_in_force_other");
  BOOST_TEST(ed.facts.size() == base.facts.size());
  BOOST_TEST(ed.crosswalks.size() == base.crosswalks.size());
  BOOST_TEST(ed.recognise.size() == base.recognise.size() + 1);  // `recognise also`
  BOOST_TEST(ed.sections == base.sections, boost::test_tools::per_element());
  for (const char* id : {"t3", "t4"}) {
    BOOST_TEST(leaf_paths(ed.find_table(id)->rows) == leaf_paths(base.find_table(id)->rows),
               boost::test_tools::per_element());
    BOOST_TEST(!ed.find_table(id)->origin.changed);
  }
}

BOOST_AUTO_TEST_CASE(each_change_does_what_it_says) {
  const edition::definition ed = loaded(R"(edition v "V" extends gov2021 {
  issued_by "某省办函"
  recognise "本年制发件数"
  sections "一", "二", "三", "四", "五", "六"
  in table t2 {
    add column cancelled "本年撤销件数" count after item1.repealed
    remove block item8
    relabel block item6 "第二十条第（六）项（试点）"
    add block item9 "第二十条第（九）项" after item6 {
      columns { projects "采购项目数量" count }
      rows { procurement "政府集中采购" }
    }
  }
  in table t3 {
    add row other_more "4.其他（地方）" in result.other_handling
    relabel row result.total "（七）合计" or "（七）总计"
    accept row new "一、本年新收申请数量"
    corner "（地方注）"
  }
  in table t4 {
    change column review.total signed
  }
  drop fact handled
  drop fact fees
  drop follows gov2019
  invariant I2 warning "（七）总计等于各办理结果之和（地方）"
    for column c in t3: t3[result.total, c] == sum t3[result.disclosed .. result.other_handling.other_more, c]
}
)");
  BOOST_TEST(ed.issued_by == "某省办函");
  BOOST_TEST(ed.recognise == std::vector<std::string>{"本年制发件数"}, boost::test_tools::per_element());
  BOOST_TEST(ed.sections.front() == "一");
  const edition::table& t2 = *ed.find_table("t2");
  BOOST_TEST(leaf_paths(t2.blocks[0].columns) ==
                 (std::vector<std::string>{"item1.made", "item1.repealed", "item1.cancelled", "item1.in_force"}),
             boost::test_tools::per_element());
  std::vector<std::string> blocks;
  for (const auto& b : t2.blocks) blocks.push_back(b.id);
  BOOST_TEST(blocks == (std::vector<std::string>{"item1", "item5", "item6", "item9"}),
             boost::test_tools::per_element());
  BOOST_TEST(t2.blocks[2].label == "第二十条第（六）项（试点）");
  BOOST_TEST(t2.blocks[3].rows.front().path == "item9.procurement");
  const edition::table& t3 = *ed.find_table("t3");
  const edition::node* added = edition::find_node(t3.rows, "result.other_handling.other_more");
  BOOST_TEST_REQUIRE(added != nullptr);
  BOOST_TEST(added->key == edition::normalise_label("4.其他（地方）"));
  const edition::node* total = edition::find_node(t3.rows, "result.total");
  BOOST_TEST(total->label == "（七）合计");
  BOOST_TEST(total->variants == std::vector<std::string>{"（七）总计"}, boost::test_tools::per_element());
  BOOST_TEST(total->variant_keys.size() == 1u);  // completed once, not once more for each load
  BOOST_TEST(edition::find_node(t3.rows, "new")->variants.back() == "一、本年新收申请数量");
  BOOST_TEST(t3.corner == "（地方注）");
  BOOST_TEST(
      (*edition::find_node(ed.find_table("t4")->columns, "review.total")->kind == edition::value_kind::signed_count));
  BOOST_TEST(std::none_of(ed.facts.begin(), ed.facts.end(), [](const auto& f) { return f.id == "handled"; }));
  BOOST_TEST(ed.crosswalks.empty());
  // A redeclared invariant takes the inherited one's place, and is this file's.
  const auto& base = test::builtin_edition("gov2021").invariants;
  const auto at = std::find_if(ed.invariants.begin(), ed.invariants.end(), [](const auto& i) { return i.id == "I2"; });
  BOOST_TEST((at - ed.invariants.begin()) ==
             (std::find_if(base.begin(), base.end(), [](const auto& i) { return i.id == "I2"; }) - base.begin()));
  BOOST_TEST((at->level == severity::warning));
  BOOST_TEST(!at->origin.inherited());
}

// A whole table of a variant replaces the inherited one of its id, in its place.
BOOST_AUTO_TEST_CASE(a_table_declared_again_replaces_the_inherited_one) {
  const edition::definition ed = loaded(R"(edition v "V" extends gov2021 {
  drop invariant I3_review
  drop invariant I3_direct
  drop invariant I3_after_review
  drop fact reviews
  drop fact lawsuits
  table t4 "复议诉讼" section 4 { columns count { review "行政复议" } rows { cases "" } }
}
)");
  BOOST_TEST(ed.tables.size() == 3u);
  BOOST_TEST(ed.tables[2].id == "t4");
  BOOST_TEST(ed.tables[2].title == "复议诉讼");
  BOOST_TEST(!ed.tables[2].origin.inherited());
}

// A variant of a variant inherits what its base inherited, and its text stands on both.
BOOST_AUTO_TEST_CASE(a_variant_may_extend_a_variant) {
  std::vector<edition::definition> known = edition::builtin_editions();
  const std::string first = R"(edition a "A" extends gov2021 { in table t2 { add row x "X" in item1 } })";
  known.push_back(*edition::load_edition(source("a.nbf", first), known).loaded);
  const auto result = edition::load_edition(
      source("b.nbf", R"(edition b "B" extends a { in table t2 { relabel row item1.x "Y" } })"), known);
  BOOST_TEST_REQUIRE(result.loaded.has_value());
  BOOST_TEST(edition::find_node(result.loaded->find_table("t2")->blocks[0].rows, "item1.x")->label == "Y");
  BOOST_TEST(result.loaded->base_text.find("edition a") != std::string::npos);
  BOOST_TEST(result.loaded->base_text.find("edition gov2021") != std::string::npos);
}

struct broken_case {
  const char* text;
  const char* error;
};
std::ostream& operator<<(std::ostream& out, const broken_case& c) { return out << c.text; }

// Each refused where the maintainer wrote it, in the variant's terms.
BOOST_DATA_TEST_CASE(
    broken_variants_are_refused_where_they_are_written,
    bdata::make(std::vector<broken_case>{
        {"edition v \"V\" extends gov2042 {\n}", "1:23 no edition `gov2042` to extend (known: gov2019, gov2021)"},
        {"edition v \"V\" extends gov2021 {\n  in table t2 {\n    remove row item1.rules\n  }\n}",
         "3:12 row `item1.rules` of table t2 is removed, but invariant X_in_force_rules (inherited "
         "from gov2021) still reads it: drop it here, or declare it again without it"},
        {"edition v \"V\" extends gov2021 {\n  drop table t3\n}",
         "2:14 table t3 is removed, but invariant E1 (inherited from gov2021) still reads it: drop "
         "it here, or declare it again without it"},
        {"edition v \"V\" extends gov2021 {\n  drop invariant Z9\n}",
         "2:18 no invariant `Z9` inherited from gov2021 to drop"},
        {"edition v \"V\" {\n  drop fact made\n}",
         "2:13 no fact `made` inherited from another edition (this one extends none) to drop"},
        {"edition v \"V\" extends gov2021 {\n  in table t9 {\n  }\n}",
         "2:12 no table `t9` in edition gov2021 to change; a new table is declared with `table t9 "
         "\"title\" section N { … }`"},
        {"edition v \"V\" extends gov2021 {\n  in table t2 {\n    add row x \"X\"\n  }\n}",
         "3:9 table t2 is made of blocks: say where the row goes (`in BLOCK`, `after PATH` or "
         "`before PATH`)"},
        {"edition v \"V\" extends gov2021 {\n  in table t2 {\n    add row rules \"X\" in item1\n  }\n}",
         "3:26 `rules` is already the id of a row there: ids are unique among siblings"},
        {"edition v \"V\" extends gov2021 {\n  in table t3 {\n    remove row result.nothing\n  }\n}",
         "3:16 no row `result.nothing` in table t3"},
        {"edition v \"V\" extends gov2021 {\n  in table t2 {\n    add row x \"规章\" in item1\n  }\n}",
         "3:13 rows `item1.rules` and `item1.x` both read `规章`: the binder could not tell them "
         "apart"},
        {"edition v \"V\" extends gov2021 {\n  in table t3 {\n    change column applicant.total "
         "text\n  }\n}",
         "1:23 invariant E1 (inherited from gov2021): column `applicant.total` holds text, which "
         "has no value to compare"},
        {"edition v \"V\" extends gov2021 {\n  in table t2 {\n    add block b \"B\" in item1 { }\n  "
         "}\n}",
         "3:24 a block goes `after` or `before` another block, not `in` one"},
        {"edition v \"V\" extends gov2021 {\n  in table t2 {\n    frobnicate\n  }\n}",
         "3:5 expected } or another declaration"},
        {"edition v \"V\" extends gov2021 {\n  in table t2 {\n    add blok\n  }\n}",
         "3:9 expected what to add: `row ID \"label\"`, `column ID \"label\" KIND` or `block ID "
         "\"label\" { … }`"},
    }),
    c) {
  BOOST_TEST(first_error(c.text) == c.error);
}
