#define BOOST_TEST_MODULE bind
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>

#include <map>
#include <memory>
#include <random>
#include <tuple>

#include "bind/cell_labels.hpp"
#include "bind/key_index.hpp"
#include "bind/label_match.hpp"
#include "nianbao/bind.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

BOOST_DATA_TEST_CASE(labels_are_normalised,
                     bdata::make({"（一）予以公开", " 商业 企业 ", "1、属于国家秘密", "3.危及“三安全一稳定”",
                                  "采购总金额（单位：万元）", "行政复议、行政诉讼", "（三）不\n予公开"}) ^
                         bdata::make({"(一)予以公开", "商业企业", "1.属于国家秘密", "3.危及\"三安全一稳定\"",
                                      "采购总金额(单位:万元)", "行政复议、行政诉讼", "(三)不予公开"}),
                     label, expected) {
  BOOST_TEST(bind::normalise_label(label) == expected);
}

// The runs a label keeps byte for byte are copied at once; everything else goes character by
// character. Random mixes of both, with spaces, folded forms, `、` after a digit and broken
// UTF-8, must come out as the rule says, character by character.
BOOST_AUTO_TEST_CASE(normalising_in_runs_agrees_with_the_rule_per_character) {
  const std::vector<std::string> pieces{
      "公", "开", "a", "7",        " ",    "\t",   "\xC2\xA0", "\xE3\x80\x80",     "（", "）", "、",
      "：", "“",  "’", "\xE4\xB8", "\xE9", "\x80", "é",        "\xF0\x9F\x98\x80", "."};
  const auto expected_of = [](const std::vector<std::size_t>& drawn, const std::vector<std::string>& all) {
    // The rule, by piece: each piece is one character or a broken sequence that is dropped.
    std::string out;
    for (const std::size_t i : drawn) {
      const std::string& p = all[i];
      if (p == " " || p == "\t" || p == "\xC2\xA0" || p == "\xE3\x80\x80") continue;
      if (p == "\xE4\xB8" || p == "\xE9" || p == "\x80") continue;
      static const std::map<std::string, std::string> folded{
          {"（", "("}, {"）", ")"}, {"：", ":"}, {"“", "\""}, {"’", "'"}};
      const bool after_digit = !out.empty() && std::isdigit(static_cast<unsigned char>(out.back()));
      if (const auto f = folded.find(p); f != folded.end()) {
        out += f->second;
      } else {
        out += p == "、" && after_digit ? "." : p;
      }
    }
    return out;
  };
  std::mt19937 random(20261124);
  for (int trial = 0; trial < 3000; ++trial) {
    std::vector<std::size_t> drawn(random() % 12);
    std::string label;
    for (std::size_t& d : drawn) {
      d = random() % pieces.size();
      label += pieces[d];
    }
    // A broken sequence followed by a continuation byte would make one longer broken sequence,
    // or a character, of the two: such labels are not drawn.
    bool ambiguous = false;
    for (std::size_t k = 0; k + 1 < drawn.size(); ++k) {
      const std::string& p = pieces[drawn[k]];
      ambiguous = ambiguous || ((p == "\xE4\xB8" || p == "\xE9") && (pieces[drawn[k + 1]] == "\x80"));
    }
    if (ambiguous) continue;
    BOOST_TEST(bind::normalise_label(label) == expected_of(drawn, pieces), label);
  }
}

// Keys drawn so that many share their length, first and last eight bytes (the whole of the
// index's hash), numbered as a map numbers them, through the index's growth.
BOOST_AUTO_TEST_CASE(key_index_numbers_keys_as_a_map_does) {
  std::mt19937 random(20261124);
  bind::key_index index;
  std::map<std::string, std::size_t> numbers;
  std::vector<std::unique_ptr<std::string>> kept;  // the index views its keys
  for (int trial = 0; trial < 2000; ++trial) {
    auto key = std::make_unique<std::string>(random() % 3 == 0 ? "" : "公开信息");
    for (std::size_t n = random() % 4; n > 0; --n) *key += static_cast<char>('a' + random() % 3);
    *key += random() % 2 == 0 ? "申请数量" : "";
    if (key->empty()) continue;
    const auto known = numbers.find(*key);
    const auto found = index.find(*key);
    BOOST_TEST(found.has_value() == (known != numbers.end()), *key);
    if (found && known != numbers.end()) BOOST_TEST(*found == known->second, *key);
    const std::size_t number = index.add(*key);
    if (known == numbers.end()) {
      BOOST_TEST(number == numbers.size());
      numbers.emplace(*key, number);
      kept.push_back(std::move(key));
    } else {
      BOOST_TEST(number == known->second);
    }
  }
  BOOST_TEST(numbers.size() > 100u);  // enough distinct keys to grow the index several times
}

// DESIGN: seeds 000, 001, 003, 004 use the 2019 tables, 002 the 2021 ones.
BOOST_DATA_TEST_CASE(seeds_choose_their_edition,
                     bdata::make({"000_7f1b1d18961b41ce", "001_dc050822b7b0f109", "002_b68246f228e475c5",
                                  "003_3f168525c89639f9", "004_11309f8aa4d66d4c"}) ^
                         bdata::make({"gov2019", "gov2019", "gov2021", "gov2019", "gov2019"}),
                     seed, edition) {
  const auto p = test::parse_text(test::read_file(test::corpus_dir / "seeds" / (std::string(seed) + ".txt")));
  const auto choice = bind::choose_edition(p.text.text(), p.doc, edition::builtin_editions());
  BOOST_TEST_REQUIRE(choice.edition != nullptr);
  BOOST_TEST(choice.edition->id == edition);
  BOOST_TEST(choice.labels_matched >= 5u);
}

BOOST_AUTO_TEST_CASE(a_document_with_no_edition_labels_gets_none) {
  // The pre-2019 format had no such tables: a table with other labels binds to no edition.
  const auto p = test::parse_text("一、概述\n\t项目\n\t数量\n\n\t主动公开政府信息\n\t12\n");
  const auto choice = bind::choose_edition(p.text.text(), p.doc, edition::builtin_editions());
  BOOST_TEST(choice.edition == nullptr);
  BOOST_TEST(choice.labels_seen.empty());
}

BOOST_AUTO_TEST_CASE(an_even_mix_of_editions_is_not_guessed) {
  const auto p = test::parse_text("一、总体情况\n\t本年新制作数量\n\t本年制发件数\n");
  const auto choice = bind::choose_edition(p.text.text(), p.doc, edition::builtin_editions());
  BOOST_TEST(choice.edition == nullptr);
  BOOST_TEST(choice.labels_seen.size() == 2u);
}

// --- binding the seeds (the "Done when" values of the binding issue) ------------------------------

namespace {

// A seed parsed and bound: the report views the text and the document, which are held on the
// heap so that returning the pair moves nothing the report views.
struct bound_seed {
  std::unique_ptr<test::parsed> parsed;
  bind::bound_report report;
};

bound_seed bind_seed(const std::string& seed) {
  auto p =
      std::make_unique<test::parsed>(test::parse_text(test::read_file(test::corpus_dir / "seeds" / (seed + ".txt"))));
  auto report = bind::bind_report(p->text.text(), p->doc, edition::builtin_editions());
  return {std::move(p), std::move(report)};
}

std::string value_of(const bind::bound_report& r, std::string_view table, std::string_view row,
                     std::string_view column) {
  const bind::bound_value* v = r.find(table, row, column);
  BOOST_TEST_REQUIRE(v != nullptr, "no coordinate " << table << " / " << row << " / " << column);
  return v->value ? v->value->to_string() : std::string("(not given)");
}

}  // namespace

// Two editions alike in labels and layout cannot be told apart: the one given first is bound,
// and a note names both.
BOOST_AUTO_TEST_CASE(editions_that_tie_in_labels_and_conformance_bind_the_first_with_a_note) {
  std::vector<edition::definition> editions = edition::builtin_editions();
  edition::definition copy = editions.back();
  BOOST_TEST_REQUIRE(copy.id == "gov2021");
  copy.id = "copy2021";
  editions.push_back(std::move(copy));
  const auto p = test::parse_text(test::read_file(test::corpus_dir / "seeds" / "002_b68246f228e475c5.txt"));
  const auto bound = bind::bind_report(p.text.text(), p.doc, editions);
  BOOST_TEST_REQUIRE(bound.choice.edition != nullptr);
  BOOST_TEST(bound.choice.edition->id == "gov2021");
  BOOST_TEST(value_of(bound, "t2", "item6.penalty", "item6.decisions") == "237");
  const auto note = std::find_if(bound.findings.begin(), bound.findings.end(),
                                 [](const finding& f) { return f.id == "EDITION-AMBIGUOUS"; });
  BOOST_TEST_REQUIRE((note != bound.findings.end()));
  BOOST_TEST((note->level == severity::note));
  BOOST_TEST(note->message.find("`gov2021`, `copy2021`") != std::string::npos, note->message);
}

BOOST_AUTO_TEST_CASE(seed_values_are_exact) {
  const auto s000 = bind_seed("000_7f1b1d18961b41ce");
  const bind::bound_value* amount = s000.report.find("t2", "item9.procurement", "item9.amount");
  BOOST_TEST_REQUIRE(amount != nullptr);
  BOOST_TEST(amount->yuan->to_string() == "627446.05");
  BOOST_TEST(amount->unit == "元");

  const auto s004 = bind_seed("004_11309f8aa4d66d4c");
  const bind::bound_value* wan = s004.report.find("t2", "item9.procurement", "item9.amount");
  BOOST_TEST_REQUIRE(wan != nullptr);
  BOOST_TEST(wan->value->to_string() == "127.047");
  BOOST_TEST(wan->unit == "万元");
  BOOST_TEST(wan->yuan->to_canonical_string() == "1270470");

  BOOST_TEST(value_of(bind_seed("002_b68246f228e475c5").report, "t2", "item6.penalty", "item6.decisions") == "237");

  const auto s003 = bind_seed("003_3f168525c89639f9");
  BOOST_TEST(value_of(s003.report, "t2", "item1.normative", "item1.made") == "4");
  BOOST_TEST(value_of(s003.report, "t2", "item1.normative", "item1.published") == "4");
  BOOST_TEST(value_of(s003.report, "t2", "item1.normative", "item1.in_force") == "13");
}

// Every canonical value cell of tables 二, 三, 四 is bound: given, or explicitly not given/blank.
BOOST_DATA_TEST_CASE(seeds_bind_completely,
                     bdata::make({"000_7f1b1d18961b41ce", "001_dc050822b7b0f109", "002_b68246f228e475c5",
                                  "003_3f168525c89639f9", "004_11309f8aa4d66d4c"}) ^
                         bdata::make({198u, 198u, 200u, 198u, 198u}),  // 22 + 23×7 + 15; 2021: 10 + 25×7 + 15
                     seed, cells) {
  const auto r = bind_seed(seed);
  BOOST_TEST(r.report.values.size() == cells);
  for (const bind::bound_value& v : r.report.values) {
    BOOST_TEST((v.state != bind::value_state::missing && v.state != bind::value_state::not_numeric),
               v.table << " / " << v.row << " / " << v.column);
  }
}

BOOST_AUTO_TEST_CASE(seed_004_t3_total_row_is_blank_not_zero) {
  const auto r = bind_seed("004_11309f8aa4d66d4c");
  const bind::bound_value* natural = r.report.find("t3", "result.total", "applicant.natural_person");
  BOOST_TEST_REQUIRE(natural != nullptr);
  BOOST_TEST(static_cast<int>(natural->state) == static_cast<int>(bind::value_state::blank));
  BOOST_TEST(value_of(r.report, "t3", "result.total", "applicant.total") == "0");
}

// The banded edit distance against the whole table, on random labels from a small alphabet of
// one-, two- and three-byte characters, so that near and far pairs both occur.
BOOST_AUTO_TEST_CASE(bounded_edit_distance_agrees_with_the_full_table) {
  const std::vector<std::string> alphabet{"a", "b", "é", "公", "开", "（"};
  const auto full = [](const std::vector<int>& x, const std::vector<int>& y) {
    std::vector<std::vector<std::size_t>> d(x.size() + 1, std::vector<std::size_t>(y.size() + 1));
    for (std::size_t i = 0; i <= x.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= y.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
      for (std::size_t j = 1; j <= y.size(); ++j) {
        d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
      }
    }
    return d[x.size()][y.size()];
  };
  std::mt19937 random(20261124);
  const auto draw = [&] {
    std::vector<int> letters(random() % 9);
    for (int& l : letters) l = static_cast<int>(random() % alphabet.size());
    return letters;
  };
  const auto text = [&](const std::vector<int>& letters) {
    std::string out;
    for (const int l : letters) out += alphabet[static_cast<std::size_t>(l)];
    return out;
  };
  for (int trial = 0; trial < 3000; ++trial) {
    const auto x = draw();
    const auto y = draw();
    const std::size_t limit = random() % 6;
    const std::size_t expected = std::min(full(x, y), limit + 1);
    BOOST_TEST(bind::edit_distance_within(text(x), text(y), limit) == expected,
               text(x) << " / " << text(y) << " within " << limit);
  }
}

// A row's label that a front end says it may have read cut in two (a PDF's `（七）` at the foot
// of a page, `总计` at the head of the next, in a row of its own): joined where the two make a
// row of the edition and the row below holds nothing else; apart otherwise, and where the front
// end says nothing (a text written so is the report's own, and its findings stand).
namespace {

struct cut_label_report {
  std::unique_ptr<test::parsed> parsed;
  bind::bound_report report;
};

// Seed 000 with its `（七）总计` row's label cut: `（七）` beside the figures, and `end` alone in a
// row of its own after them; `said` whether the front end says `end` may end the label above,
// `figure` a figure in the lone row's first value cell.
cut_label_report cut_label(const std::string& end, bool said, const std::string& figure = "") {
  std::string text = test::read_file(test::corpus_dir / "seeds" / "000_7f1b1d18961b41ce.txt");
  const std::size_t row = text.find("\t（七）总计\n");
  BOOST_TEST_REQUIRE(row != std::string::npos);
  text.replace(row, std::string("\t（七）总计\n").size(), "\t（七）\n");
  const std::size_t row_end = text.find("\n\n", row);  // the figures' last line ends there
  std::string lone = "\n\n\t\n\t" + end + "\n\t" + figure;
  for (int k = 0; k < 6; ++k) lone += "\n\t";
  text.insert(row_end, lone);
  const std::size_t at = row_end + std::string("\n\n\t\n\t").size();
  auto p = std::make_unique<test::parsed>(test::parse_text(text));
  const bind::binding_plan plan(edition::builtin_editions());
  const std::vector<label_end> ends = said ? std::vector<label_end>{{at}} : std::vector<label_end>{};
  auto report = bind::bind_report(p->text.text(), p->doc, plan, nullptr, ends);
  return {std::move(p), std::move(report)};
}

std::size_t findings_of(const bind::bound_report& r, std::string_view id) {
  return static_cast<std::size_t>(
      std::count_if(r.findings.begin(), r.findings.end(), [&](const finding& f) { return f.id == id; }));
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_label_said_cut_is_joined_where_the_edition_has_it) {
  const auto joined = cut_label("总计", true);
  BOOST_TEST(value_of(joined.report, "t3", "result.total", "applicant.total") == "2");
  BOOST_TEST(findings_of(joined.report, "ROW-UNKNOWN") == 0u);
  BOOST_TEST(findings_of(joined.report, "ROW-MISSING") == 0u);
  BOOST_TEST(findings_of(joined.report, "LABEL-VARIANT") + findings_of(joined.report, "LABEL-TYPO") == 0u);
  // The next row is bound after it, as before.
  BOOST_TEST(value_of(joined.report, "t3", "carried_out", "applicant.total") == "0");
}

BOOST_AUTO_TEST_CASE(a_label_cut_is_left_apart_unless_said_and_alone_and_of_the_edition) {
  for (const auto& [end, said, figure] :
       std::vector<std::tuple<std::string, bool, std::string>>{
           {"总计", false, ""},   // the front end did not say so: the text's own rows
           {"合计", true, ""},    // joined, no row of the edition
           {"总计", true, "5"}})  // the row below holds a figure: a row of its own
  {
    const auto apart = cut_label(end, said, figure);
    // `（七）` is no row (`总计` alone reads as a column's head), and the total row is missing.
    BOOST_TEST(findings_of(apart.report, "ROW-UNKNOWN") >= 1u, end << " " << said << " " << figure);
    BOOST_TEST(findings_of(apart.report, "ROW-MISSING") == 1u, end << " " << said << " " << figure);
  }
}

// The keys of a document's cells, found by address: a label over lines is one key, and a cell
// of another document is a programming error, not an empty label.
BOOST_AUTO_TEST_CASE(cell_keys_belong_to_their_document) {
  const auto p = test::parse_text("一、总则\n\n\t（三）不\n予公开\n\t１２\n\n\t商业 企业\n");
  const auto other = test::parse_text("一、总则\n\n\t商业企业\n");
  const bind::cell_labels cells(p.text.text(), p.doc);
  const auto& rows = std::get<ast::table>(p.doc.sections.front().body.back()).rows;
  BOOST_TEST(cells.key(rows.front().cells.front()) == "(三)不予公开");
  BOOST_TEST(cells.key(rows.front().cells.back()) == "１２");  // a number, as written
  BOOST_TEST(cells.key(rows.back().cells.front()) == "商业企业");
  const auto& foreign = std::get<ast::table>(other.doc.sections.front().body.back()).rows.front().cells.front();
  BOOST_CHECK_THROW(cells.key(foreign), std::logic_error);
}

// No floating point anywhere a report's value passes through.
BOOST_DATA_TEST_CASE(value_path_has_no_floating_point, bdata::make({"decimal", "bind", "grammar", "check"}), stage) {
  for (const auto& entry : std::filesystem::directory_iterator(test::corpus_dir / ".." / "src" / stage)) {
    const std::string code = test::read_file(entry.path());
    for (const char* word : {"double", "float"}) {
      for (std::size_t at = code.find(word); at != std::string::npos; at = code.find(word, at + 1)) {
        const bool whole_word = (at == 0 || !std::isalnum(static_cast<unsigned char>(code[at - 1]))) &&
                                !std::isalnum(static_cast<unsigned char>(code[at + std::strlen(word)]));
        BOOST_TEST(!whole_word, entry.path().filename().string() << " mentions " << word);
      }
    }
  }
}
