#define BOOST_TEST_MODULE edition
#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tao/pegtl/contrib/analyze.hpp>

#include "edition/edition_rules.hpp"
#include "nianbao/edition.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

std::string load_error_of(const std::string& text) {
  const edition::load_result result = edition::load_edition(source("e.nbf", text));
  BOOST_TEST_REQUIRE(!result.errors.empty(), "loaded, but should not have: " << text);
  const auto& e = result.errors.front();
  return std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message;
}

const std::string minimal_table = R"(table t "T" section 3 { columns { a "A" count  b "B" count  m "M" money }
  rows { r "R"  s "S" } })";

}  // namespace

BOOST_AUTO_TEST_CASE(edition_grammar_has_no_infinite_loops) {
  BOOST_TEST(tao::pegtl::analyze<edition::language::edition_file>(1) == 0u);
}

BOOST_AUTO_TEST_CASE(builtin_editions_load_in_file_order) {
  const auto& all = edition::builtin_editions();
  BOOST_TEST_REQUIRE(all.size() == 2u);
  BOOST_TEST(all[0].id == "gov2019");
  BOOST_TEST(all[1].id == "gov2021");
  BOOST_TEST(all[0].file == "grammar/gov2019.nbf");
}

// format-spec §4.2: 23 data rows in 2019, 25 in 2021; §5: table 四 has 15 value columns.
BOOST_DATA_TEST_CASE(table_shapes,
                     bdata::make({"gov2019", "gov2021"}) ^ bdata::make({23u, 25u}) ^ bdata::make({5u, 4u}), id, t3_rows,
                     t2_blocks) {
  const edition::definition& ed = test::builtin_edition(id);
  BOOST_TEST(edition::leaves(ed.find_table("t3")->rows).size() == t3_rows);
  BOOST_TEST(edition::leaves(ed.find_table("t3")->columns).size() == 7u);
  BOOST_TEST(edition::leaves(ed.find_table("t4")->columns).size() == 15u);
  BOOST_TEST(ed.find_table("t2")->blocks.size() == t2_blocks);
  BOOST_TEST(ed.find_table("t3")->blank_is_zero);
}

BOOST_AUTO_TEST_CASE(kinds_are_handed_down_to_leaves) {
  const edition::table& t2 = *test::builtin_edition("gov2021").find_table("t2");
  const edition::node* fee = edition::find_node(t2.blocks.back().columns, "item8.amount");
  BOOST_TEST_REQUIRE(fee != nullptr);
  BOOST_TEST(static_cast<int>(*fee->kind) == static_cast<int>(edition::value_kind::money));
  BOOST_TEST(fee->unit == "万元");
  const edition::node* business =
      edition::find_node(test::builtin_edition("gov2019").find_table("t3")->columns, "applicant.organisation.business");
  BOOST_TEST_REQUIRE(business != nullptr);
  BOOST_TEST(static_cast<int>(*business->kind) == static_cast<int>(edition::value_kind::count));
}

BOOST_AUTO_TEST_CASE(variants_and_invariants_are_read) {
  const edition::definition& ed = test::builtin_edition("gov2019");
  const edition::node* petition = edition::find_node(ed.find_table("t3")->rows, "result.not_handled.petition");
  BOOST_TEST_REQUIRE(petition != nullptr);
  BOOST_TEST(petition->variants.size() == 1u);
  BOOST_TEST(ed.invariants.size() == 11u);
  const edition::invariant& e1 = ed.invariants.front();
  BOOST_TEST(e1.id == "E1");
  BOOST_TEST(static_cast<int>(e1.loop) == static_cast<int>(edition::loop_kind::each_column));
  BOOST_TEST(e1.claim.left.size() == 2u);
  BOOST_TEST(e1.claim.right.size() == 2u);
  const edition::invariant& none = ed.invariants[8];
  BOOST_TEST(none.condition.has_value());
  BOOST_TEST(none.claim.right.front().number == "0");
}

BOOST_AUTO_TEST_CASE(the_counts_of_table_two_are_checked_as_warnings) {
  for (const char* id : {"gov2019", "gov2021"}) {
    BOOST_TEST((test::builtin_edition(id).find_table("t2")->count_form_level == severity::warning));
    BOOST_TEST((test::builtin_edition(id).find_table("t3")->count_form_level == severity::error));
  }
}

BOOST_AUTO_TEST_CASE(a_minimal_edition_loads) {
  const auto result = edition::load_edition(
      source("e.nbf", "# a comment\nedition x \"X\" {\n" + minimal_table +
                          "\n invariant I error \"m\" for row q in t: t[q, a] + t[q, b] >= 0\n}\n"));
  BOOST_TEST_REQUIRE(result.loaded.has_value(), (result.errors.empty() ? "" : result.errors.front().message));
  BOOST_TEST(result.loaded->invariants.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_no_part_of_the_edition) {
  const auto result = edition::load_edition(source("e.nbf",
                                                   "\xEF\xBB\xBF"
                                                   "edition x \"X\" {\n" +
                                                       minimal_table + "\n}\n"));
  BOOST_TEST(result.loaded.has_value(), (result.errors.empty() ? "" : result.errors.front().message));
}

// Table 四's one row is a row of numbers with no label of its own.
BOOST_AUTO_TEST_CASE(a_table_s_single_row_may_be_unlabelled) {
  const auto result = edition::load_edition(
      source("e.nbf", "edition x \"X\" {\n" + minimal_table +
                          "\ntable u \"U\" section 4 { columns { a \"A\" count } rows { cases \"\" } }\n}\n"));
  BOOST_TEST(result.loaded.has_value(), (result.errors.empty() ? "" : result.errors.front().message));
}

struct broken_case {
  const char* text;  // inserted after the minimal table
  const char* error;
};
std::ostream& operator<<(std::ostream& out, const broken_case& c) { return out << c.text; }

BOOST_DATA_TEST_CASE(
    broken_editions_are_refused_with_a_position,
    bdata::make(std::vector<broken_case>{
        {"invariant I error \"m\" t[r, c] == 0", "4:23 no column `c` in table t"},
        {"invariant I error \"m\" u[r, a] == 0", "4:23 no table `u` in edition x"},
        {"invariant I error \"m\" t[r, a] == t[r, m]",
         "4:34 unit mismatch: column `m` holds money but `a` holds counts"},
        {"invariant I error \"m\" t[s .. r, a] == 0", "4:23 the row range `s .. r` runs backwards"},
        {"invariant I error \"m\" t[r, a] = 0", "4:31 expected a comparison: == != <= >= < >"},
        {"invariant I error \"m\" t[r, a] == ",
         "5:1 expected cells `table[row, column]`, `sum table[a .. b, column]` or a number"},
        {"invariant I error \"m\" if t[r, a] == 0 t[r, b] == 0", "4:39 expected `then` after the condition"},
        {"invariant I fatal \"m\" t[r, a] == 0", "4:13 expected a severity: error, warning or note"},
        {"invariant I error \"m\" t[r, a] == 0 invariant I error \"m\" t[r, b] == 0",
         "4:46 duplicate invariant id `I`"},
        {"invariant I error \"m\" for column c in t: t[c, a] == 0", "4:42 `c` runs over columns, not rows"},
        {"table t \"T\" section 4 { columns { a \"A\" count } rows { r \"R\" } }", "4:7 duplicate table id `t`"},
        {"table u \"U\" section 4 { columns { a \"A\" } rows { r \"R\" } }",
         "4:35 column `a` has no value kind (count, signed, decimal, text or money)"},
        {"table u \"U\" section 4 { rows { r \"R\" } }", "4:7 table u needs both `columns` and `rows`"},
        {"table u \"U\" section 4 { columns { a \"A\" count } rows { r \"R\" } block b \"B\" { } }",
         "4:7 table u needs either `columns` and `rows`, or `block`s, not both"},
        {"table u \"U\" { }", "4:13 expected `section N` after the table's title"},
        {"table u \"U\" section 123 { }", "4:23 expected the number of the section the table belongs to (1 to 99)"},
        {"table u \"U\" section 4 { counts checked warning columns { a \"A\" count } rows { r \"R\" } }",
         "4:40 expected `counts checked as error|warning|note`"},
        {"table u \"U section 4 { }", "4:25 expected \" to close the string (a string ends on its line)"},
        {"recognise \"a\", ", "5:1 expected a label in quotes"},
        {"nonsense", "4:1 expected } or another declaration"},
        {"recognise \"  \"", "4:11 a recognising label must have text (spaces alone match every document)"},
        {"table u \"U\" section 4 { columns cuont { a \"A\" } rows { r \"R\" } }",
         "4:33 expected { or a value kind for every column (count, signed, decimal, text or money [元|万元|亿元])"},
        {"table u \"U\" section 4 { columns { a \"A\" cout } rows { r \"R\" } }",
         "4:41 expected a value kind (count, signed, decimal, text or money [元|万元|亿元]), or the next id and its "
         "label in quotes"},
        {"table u \"U\" section 4 { columns { a \"A\" money 千元 } rows { r \"R\" } }",
         "4:47 expected a unit after `money`: 元, 万元 or 亿元"},
        {"table u \"U\" section 3 { columns { a \"A\" count } rows { r \"R\" } }",
         "4:7 tables t and u are both in section 3: a section holds one table of the edition"},
        {"table u \"U\" section 0 { columns { a \"A\" count } rows { r \"R\" } }",
         "4:7 table u is in section 0; sections are numbered from 1 (一)"},
        {"table u \"U\" section 4 { columns { a \"A\" count } rows { r \"R\"  s \"R \" } }",
         "4:63 rows `r` and `s` both read `R `: the binder could not tell them apart"},
        {"table u \"U\" section 4 { columns { a \"A\" count } rows { r \"R\"  s \"S\" or \"R\" } }",
         "4:63 the variant `R` of row `s` is the label of `r`"},
        {"table u \"U\" section 4 { columns { a \"A\" count } rows { r \"\"  s \"S\" } }",
         "4:56 row `r` has an empty label"},
        {"table u \"U\" section 4 { columns { a \"\" count } rows { r \"\" } }", "4:35 column `a` has an empty label"},
        {"table u \"U\" section 4 { block b \"B\" { columns { a \"A\" count } rows { r \"R\"  s \"R\" } } }",
         "4:77 rows `b.r` and `b.s` both read `R`: the binder could not tell them apart"},
        {"table u \"U\" section 4 { block b \"B\" { columns { a \"A\" count } rows { r \"R\" } } "
         "block c \"B\" { columns { a \"A\" count } rows { r \"R\" } } }",
         "4:86 blocks `b` and `c` both read `B`: the binder could not tell them apart"},
        {"fact f warning \"m\" = t[r, a]", "5:1 expected `says` and a phrase after the fact's cells"},
        {"fact f warning \"m\" t[r, a] says \"x\" N",
         "4:20 expected `= CELLS` after the fact's message (or `in sections N, M` first)"},
        {"fact f warning \"m\" = t[r, a] says",
         "5:1 expected a phrase: text in quotes, ~N (a gap of at most N "
         "characters), N (the figure), ( … | … ), [ … ] or !\"text\""},
        {"fact f warning \"m\" = t[r, a] says (\"x\" | \"y\" N",
         "5:1 expected | and another alternative, or ) to "
         "close the alternatives"},
        {"fact f warning \"m\" = t[r, a] says \"x\" ~ N",
         "4:40 expected the most characters the gap may skip "
         "after ~ (1 to 99)"},
        {"fact f warning \"m\" = t[r, a] says \"x\" N except words with \"y\"",
         "4:48 expected `except clauses with \"word\", …` or `except sentences with \"word\", …`"},
        {"fact f warning \"m\" = t[r, q] says \"x\" N", "4:22 no column `q` in table t"},
        {"fact f warning \"m\" = t[r, a] + t[r, m] says \"x\" N",
         "4:32 unit mismatch: column `m` holds money but `a` holds counts"},
        {"fact f warning \"m\" = t[r, a] or says \"x\" N",
         "4:33 expected cells `table[row, column]`, `sum table[a .. b, column]` or a number"},
        {"fact f warning \"m\" = t[r, a] or t[r, m] says \"x\" N",
         "4:33 unit mismatch: column `m` holds money but `a` holds counts"},
        {"fact f warning \"m\" = t[r, a] + 3 says \"x\" N",
         "4:6 a fact's figure is the sum of cells, not a number: write the cells"},
        {"fact f warning \"m\" = t[r, a] says \"x\" N N",
         "4:35 a phrase gives one figure: N at most once on any "
         "way through it"},
        {"fact f warning \"m\" = t[r, a] says \"x\" [N]",
         "4:39 the figure N cannot be optional: a phrase without it states 0, so write two phrases"},
        {"fact f warning \"m\" = t[r, a] says ~3 N",
         "4:36 a phrase needs text that every match holds, or it "
         "matches any number"},
        {"fact f warning \"m\" = t[r, a] says \"\" N", "4:35 empty text in a phrase matches everywhere; leave it out"},
        {"fact f warning \"m\" in sections 0 = t[r, a] says \"x\" N",
         "4:6 no section 0 in edition x (sections are numbered from 1)"},
        {"fact f warning \"m\" = t[r, a] says \"x\" N fact f warning \"m\" = t[r, b] says \"y\" N",
         "4:46 duplicate fact id `f`"},
    }),
    c) {
  BOOST_TEST(load_error_of("edition x \"X\" {\n" + minimal_table + "\n" + c.text + "\n}\n") == c.error);
}

// Edition files that once crashed the fuzz harness (tests/fuzz/fuzz_edition.cpp): each is loaded
// or refused with a position, never an exception.
BOOST_AUTO_TEST_CASE(fuzz_crashers_are_refused_with_a_position) {
  const std::filesystem::path dir = std::filesystem::path(NIANBAO_CORPUS_DIR) / "fuzz" / "edition";
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const edition::load_result result = edition::load_edition(source(entry.path().filename().string(), bytes.str()));
    BOOST_TEST((result.loaded.has_value() == result.errors.empty()), entry.path());
    for (const auto& e : result.errors) BOOST_TEST(e.where.line > 0u, entry.path());
    ++files;
  }
  BOOST_TEST(files > 0u);
}

std::vector<std::string> load_errors_of(const std::string& text) {
  std::vector<std::string> all;
  for (const auto& e : edition::load_edition(source("e.nbf", text)).errors) {
    all.push_back(std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message);
  }
  return all;
}

// A maintainer fixing a file sees every table's and block's first problem in one run, in the
// file's order, and then every invariant's.
BOOST_AUTO_TEST_CASE(every_table_and_block_reports_its_first_problem) {
  const std::vector<std::string> tables = load_errors_of(
      "edition x \"X\" {\n"
      "table t \"T\" section 3 { columns { a \"A\" } rows { r \"R\" } }\n"
      "table u \"U\" section 3 { columns { a \"A\" count } rows { r \"R\" } }\n"
      "table v \"V\" section 4 { block b \"B\" { columns { a \"A\" count } rows { r \"R\"  s \"R\" } }\n"
      "  block c \"C\" { columns { a \"A\" count  a \"A2\" count } rows { r \"R\" } } }\n"
      "invariant I error \"m\" t[r, z] == 0\n"
      "}\n");
  const std::vector<std::string> expected{
      "2:35 column `a` has no value kind (count, signed, decimal, text or money)",
      "3:7 tables t and u are both in section 3: a section holds one table of the edition",
      "4:77 rows `b.r` and `b.s` both read `R`: the binder could not tell them apart",
      "5:40 duplicate id `a` among siblings"};
  BOOST_TEST(tables == expected, boost::test_tools::per_element());

  const std::vector<std::string> invariants = load_errors_of("edition x \"X\" {\n" + minimal_table +
                                                             "\ninvariant I error \"m\" t[r, c] == 0"
                                                             "\ninvariant J error \"m\" u[r, a] == 0\n}\n");
  const std::vector<std::string> expected_invariants{"4:23 no column `c` in table t", "5:23 no table `u` in edition x"};
  BOOST_TEST(invariants == expected_invariants, boost::test_tools::per_element());

  // A block with its problem reported is not compared again with the others by title.
  const std::string block = "{ columns { a \"A\" count } rows { r \"R\" } } ";
  const std::vector<std::string> blocks =
      load_errors_of("edition x \"X\" {\n" + minimal_table + "\ntable u \"U\" section 4 { block b \"B\" " + block +
                     "block b \"B\" " + block + "}\n}\n");
  BOOST_TEST(blocks == std::vector<std::string>{"4:86 duplicate block id `b` in table u"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(text_after_the_edition_is_refused) {
  BOOST_TEST(load_error_of("edition x \"X\" { }\nmore") ==
             "2:1 expected the end of the file after the edition's closing }");
}

// docs/editions.md teaches the language with an example; it must stay loadable.
BOOST_AUTO_TEST_CASE(the_documented_example_loads) {
  std::ifstream in(std::filesystem::path(NIANBAO_CORPUS_DIR) / ".." / "docs" / "editions.md");
  std::ostringstream text;
  text << in.rdbuf();
  const std::string page = text.str();
  const std::size_t begin = page.find("# A comment runs to the end of the line.");
  BOOST_TEST_REQUIRE(begin != std::string::npos);
  const std::string example = page.substr(begin, page.find("```", begin) - begin);
  const auto result = edition::load_edition(source("editions.md", example));
  BOOST_TEST(result.errors.empty(), (result.errors.empty() ? "" : result.errors.front().message));
}

BOOST_AUTO_TEST_CASE(invariants_across_years_read_last_years_cells) {
  const edition::definition& ed = test::builtin_edition("gov2021");
  const auto carry = std::find_if(ed.invariants.begin(), ed.invariants.end(),
                                  [](const edition::invariant& i) { return i.id == "X_carry_over"; });
  BOOST_TEST_REQUIRE((carry != ed.invariants.end()));
  BOOST_TEST(carry->across_years);
  BOOST_TEST(!carry->claim.left.front().last_year);
  BOOST_TEST(carry->claim.right.front().last_year);
  BOOST_TEST(carry->claim.right.front().cells->row_first == "carried_out");
  BOOST_TEST_REQUIRE(ed.crosswalks.size() == 1u);
  BOOST_TEST(ed.crosswalks.front().from == "gov2019");
  BOOST_TEST(ed.crosswalks.front().same_tables == (std::vector<std::string>{"t3", "t4"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(last_cells_belong_to_rules_across_years_only) {
  const std::string head = "edition x \"X\" {\n" + minimal_table + "\n";
  BOOST_TEST(load_error_of(head + "invariant I error \"m\" t[r, a] == last t[r, a]\n}\n") ==
             "4:34 `last` reads the report of the year before: only an invariant declared `across years` may");
  BOOST_TEST(load_error_of(head + "invariant I warning across years \"m\" t[r, a] == t[s, a]\n}\n") ==
             "4:11 invariant I is declared `across years` but reads no `last` cells");
  BOOST_TEST(load_error_of(head + "invariant I warning across \"m\" t[r, a] == last t[r, a]\n}\n") ==
             "4:28 expected `across years`");
  const edition::load_result fine = edition::load_edition(
      source("e.nbf", head + "invariant I warning across years \"m\" t[r, a] == last t[r, a] + t[s, a]\n}\n"));
  BOOST_TEST(fine.errors.empty());
}

BOOST_AUTO_TEST_CASE(crosswalks_name_tables_and_single_cells_of_both_editions) {
  const std::string head = "edition x \"X\" {\n" + minimal_table + "\n";
  BOOST_TEST(load_error_of(head + "follows x { same t }\n}\n") ==
             "4:9 an edition does not follow itself: its own reports need no crosswalk");
  BOOST_TEST(load_error_of(head + "follows w { same t, u }\n}\n") == "4:9 no table `u` in edition x");
  BOOST_TEST(load_error_of(head + "follows w { t[r .. s, a] from t[r, a] }\n}\n") ==
             "4:13 a crosswalk pairs a cell with a cell or with a sum: write `sum` before a range");
  BOOST_TEST(load_error_of(head + "follows w { sum t[r .. s, a] from sum t[r .. s, a] }\n}\n") ==
             "4:17 a crosswalk pairs a cell with a sum, not a sum with a sum: neither side would have a counterpart");
  BOOST_TEST(load_error_of(head + "follows w { sum from t[r, a] }\n}\n") ==
             "4:21 expected the cells to sum `table[first .. last, column]` after `sum`");
  BOOST_TEST(load_error_of(head + "follows w { for column c in u: t[r, c] from t[r, c] }\n}\n") ==
             "4:32 no table `u` in edition x to run the loop over");
  BOOST_TEST(load_error_of(head + "follows w { for row q in t: t[q, z] from t[q, a] }\n}\n") ==
             "4:29 no column `z` in table t");
  BOOST_TEST(load_error_of(head + "follows w { t[r, a] t[r, a] }\n}\n") ==
             "4:21 expected `from` and the earlier edition's cell after this edition's: `t2[a, b] from t2[c, d]`");

  // The earlier edition's side is checked once both are loaded.
  std::vector<edition::definition> both;
  for (const std::string& text : {std::string("edition w \"W\" {\n" + minimal_table + "\n}\n"),
                                  head + "follows w {\n  same t\n  t[r, a] from t[r, z]\n}\n}\n"}) {
    edition::load_result loaded = edition::load_edition(source("e.nbf", text));
    BOOST_TEST_REQUIRE(loaded.errors.empty());
    both.push_back(std::move(*loaded.loaded));
  }
  const auto errors = edition::check_crosswalks(both);
  // A loop stands for one pairing per column; a sum may stand on either side.
  const edition::load_result looped = edition::load_edition(source(
      "e.nbf",
      head +
          "follows w {\n  for column c in t: sum t[r .. s, c] from t[r, c]\n  t[r, a] from sum t[r .. s, b]\n}\n}\n"));
  BOOST_TEST_REQUIRE(looped.errors.empty());
  const std::vector<edition::crosswalk::cell>& pairings = looped.loaded->crosswalks.front().cells;
  BOOST_TEST_REQUIRE(pairings.size() == 4u);
  BOOST_TEST(edition::pairing_text(pairings[0]) == "sum t[r .. s, a] from t[r, a]");
  BOOST_TEST(edition::pairing_text(pairings[2]) == "sum t[r .. s, m] from t[r, m]");
  BOOST_TEST(!pairings[2].one_to_one());
  BOOST_TEST(edition::pairing_text(pairings[3]) == "t[r, a] from sum t[r .. s, b]");
  BOOST_TEST_REQUIRE(errors.size() == 1u);
  BOOST_TEST(errors.front().where.line == 6u);
  BOOST_TEST(errors.front().message == "no column `z` in table t");
  BOOST_TEST(edition::check_crosswalks(edition::builtin_editions()).empty());
}

// Facts: their phrases as written (alternatives, optional parts, gaps, the figure), their cells,
// and where they are looked for.
BOOST_AUTO_TEST_CASE(facts_are_read_with_their_phrases_and_cells) {
  const std::string text = "edition x \"X\" {\n" + minimal_table + R"(
  facts in sections 1, 3 except clauses with "去年" except sentences with "主动公开"
  fact f warning "F" = t[r, a] + t[s, a]
    says !"不" ("收到" | "受理") ~10 "申请" [ "共" ] N "件"
    says "未收到" ~5 "申请"
    except clauses with "网上"
})";
  const auto result = edition::load_edition(source("e.nbf", text));
  BOOST_TEST_REQUIRE(result.errors.empty(), (result.errors.empty() ? "" : result.errors.front().message));
  const edition::definition& ed = *result.loaded;
  BOOST_TEST(ed.fact_sections == (std::vector<unsigned>{1, 3}));
  BOOST_TEST(ed.fact_except == std::vector<std::string>{"去年"});
  BOOST_TEST(ed.fact_except_sentences == std::vector<std::string>{"主动公开"});
  BOOST_TEST_REQUIRE(ed.facts.size() == 1U);
  const edition::fact& f = ed.facts.front();
  BOOST_TEST((f.level == severity::warning));
  BOOST_TEST(f.cells.size() == 2U);
  BOOST_TEST(f.except == std::vector<std::string>{"网上"});
  BOOST_TEST_REQUIRE(f.phrases.size() == 2U);
  using kind = edition::phrase_part::kind;
  std::vector<kind> kinds;
  for (const auto& part : f.phrases.front()) kinds.push_back(part.what);
  BOOST_TEST((kinds == std::vector<kind>{kind::not_after, kind::choice, kind::gap, kind::text, kind::optional,
                                         kind::number, kind::text}));
  BOOST_TEST(f.phrases.front()[1].options.size() == 2U);
  BOOST_TEST(f.phrases.front()[2].most == 10U);
  BOOST_TEST(f.phrases.back().size() == 3U);
}

// The built-in editions state facts for both: what the seeds' prose says is read by them.
BOOST_AUTO_TEST_CASE(the_builtin_editions_declare_facts) {
  for (const edition::definition& ed : edition::builtin_editions()) {
    BOOST_TEST(ed.facts.size() >= 12U, ed.id);
    BOOST_TEST(!ed.fact_sections.empty(), ed.id);
  }
}
