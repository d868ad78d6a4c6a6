#define BOOST_TEST_MODULE facts
// The reading of the figures prose states: numbers as prose writes them, and phrases matched in
// a clause. What a whole report's facts give is held by the corpus cases (corpus/cases/check/facts-*).
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "check/phrase_match.hpp"
#include "check/prose_number.hpp"
#include "nianbao/edition.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

struct number_case {
  const char* before;
  const char* text;
  const char* readings;  // value:bytes, longest first, space-separated; empty for none
};
std::ostream& operator<<(std::ostream& out, const number_case& c) { return out << c.before << "|" << c.text; }

std::string readings_of(const number_case& c) {
  std::string out;
  for (const check::prose_number& n : check::read_prose_number(c.before, c.text)) {
    if (!out.empty()) out += ' ';
    out += n.value.to_canonical_string() + ":" + std::to_string(n.length);
  }
  return out;
}

// The phrase of a one-fact edition.
const edition::phrase& phrase_of(const std::string& phrase) {
  static std::vector<edition::definition> kept;  // a phrase's parts stay where they are
  const std::string text =
      "edition x \"X\" { table t \"T\" section 3 { columns { a \"A\" count } rows { r \"R\" } }\n"
      "fact f warning \"F\" = t[r, a] says " +
      phrase + "\n}\n";
  auto result = edition::load_edition(source("e.nbf", text));
  BOOST_TEST_REQUIRE(result.errors.empty(), (result.errors.empty() ? "" : result.errors.front().message));
  kept.push_back(std::move(*result.loaded));
  return kept.back().facts.front().phrases.front();
}

// The first match, as `matched text = figure`, or "none".
std::string first_match(const std::string& phrase, std::string_view before, std::string_view clause) {
  const auto m = check::match_phrase(phrase_of(phrase), before, clause, 0);
  if (!m) return "none";
  return std::string(clause.substr(m->begin, m->end - m->begin)) + " = " +
         (m->number ? m->number->value.to_canonical_string() : std::string("0"));
}

}  // namespace

BOOST_DATA_TEST_CASE(numbers_read_as_prose_writes_them,
                     bdata::make(std::vector<number_case>{
                         {"", "5件", "5:1"},
                         {"", "１２件", "12:6"},
                         {"", "1,234件", "1234:5"},
                         {"", "12,34件", "12:2"},
                         {"", "1.2万条", "12000:6 1.2:3"},
                         {"", "0.5万元", "5000:6 0.5:3"},
                         {"", "三件", "3:3"},
                         {"", "十二件", "12:6"},
                         {"", "二百零五件", "205:12"},
                         {"", "两件", "2:3"},
                         {"", "三万五千人", "35000:12"},
                         {"", "三万件", "30000:6 3:3"},
                         {"", "二〇二一年", "2021:12"},
                         {"", "万元", ""},
                         {"", "百姓", ""},
                         {"1", "5件", ""},
                         {"十", "五件", ""},
                         {"", "件", ""},
                     }),
                     c) {
  BOOST_TEST(readings_of(c) == c.readings);
}

BOOST_AUTO_TEST_CASE(alternatives_and_optional_parts_are_tried_in_order) {
  const std::string phrase = R"(("收到" | "受理") ["共"] N ("件" | "条"))";
  BOOST_TEST(first_match(phrase, "", "受理共3条") == "受理共3条 = 3");
  BOOST_TEST(first_match(phrase, "", "收到3件") == "收到3件 = 3");
  BOOST_TEST(first_match(phrase, "", "收到共计3件") == "none");
  // An optional part is tried first, then left out: `[份]` before 件 does not swallow the figure.
  BOOST_TEST(first_match(R"("收到" ["申请"] N "件")", "", "收到申请5件") == "收到申请5件 = 5");
}

BOOST_AUTO_TEST_CASE(phrases_match_the_nearest_words_and_the_figure_after_them) {
  const std::string received = R"(("收到" | "受理") ~10 "申请" ~8 N "件")";
  BOOST_TEST(first_match(received, "", "我镇收到申请信息公开件共3件") == "收到申请信息公开件共3件 = 3");
  BOOST_TEST(first_match(received, "", "共受理政府信息公开申请二十件") == "受理政府信息公开申请二十件 = 20");
  // A gap never skips a digit: the figure is the first after the words, not a later one.
  BOOST_TEST(first_match(received, "", "收到申请20个工作日内答复3件") == "none");
  // A gap is bounded.
  BOOST_TEST(first_match(received, "", "收到公民、法人和其他组织提出的政府信息公开申请3件") == "none");
  // A number is read whole: 15 is not 5.
  BOOST_TEST(first_match(R"(N "件为新增")", "", "15件为新增") == "15件为新增 = 15");
  BOOST_TEST(first_match(R"(N "件为新增")", "其中1", "5件为新增") == "none");
}

BOOST_AUTO_TEST_CASE(a_phrase_may_not_follow_the_words_it_names) {
  const std::string disclosed = R"(!"不" "予以公开" ~2 N "件")";
  BOOST_TEST(first_match(disclosed, "", "予以公开1件") == "予以公开1件 = 1");
  BOOST_TEST(first_match(disclosed, "", "不予以公开1件") == "none");
  // The words before the clause count too.
  BOOST_TEST(first_match(disclosed, "结果为不", "予以公开1件") == "none");
}

BOOST_AUTO_TEST_CASE(a_phrase_without_a_figure_states_zero) {
  BOOST_TEST(first_match(R"("未" ("收到" | "受理") ~12 "申请")", "", "区政府办公室未收到政府信息公开申请") ==
             "未收到政府信息公开申请 = 0");
}
