#define BOOST_TEST_MODULE bind
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

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

// DESIGN: seeds 000, 001, 003, 004 use the 2019 tables, 002 the 2021 ones.
BOOST_DATA_TEST_CASE(seeds_choose_their_edition,
                     bdata::make({"000_7f1b1d18961b41ce", "001_dc050822b7b0f109", "002_b68246f228e475c5",
                                  "003_3f168525c89639f9", "004_11309f8aa4d66d4c"}) ^
                         bdata::make({"gov2019", "gov2019", "gov2021", "gov2019", "gov2019"}),
                     seed, edition) {
  const auto p = test::parse_text(test::read_file(test::corpus_dir / "seeds" / (std::string(seed) + ".txt")));
  const auto choice = bind::choose_edition(p.text.text(), p.doc, spec::builtin_editions());
  BOOST_TEST_REQUIRE(choice.edition != nullptr);
  BOOST_TEST(choice.edition->id == edition);
  BOOST_TEST(choice.labels_matched >= 5u);
}

BOOST_AUTO_TEST_CASE(a_document_with_no_edition_labels_gets_none) {
  // The pre-2019 format had no such tables: a table with other labels binds to no edition.
  const auto p = test::parse_text("一、概述\n\t项目\n\t数量\n\n\t主动公开政府信息\n\t12\n");
  const auto choice = bind::choose_edition(p.text.text(), p.doc, spec::builtin_editions());
  BOOST_TEST(choice.edition == nullptr);
  BOOST_TEST(choice.labels_seen.empty());
}

BOOST_AUTO_TEST_CASE(an_even_mix_of_editions_is_not_guessed) {
  const auto p = test::parse_text("一、总体情况\n\t本年新制作数量\n\t本年制发件数\n");
  const auto choice = bind::choose_edition(p.text.text(), p.doc, spec::builtin_editions());
  BOOST_TEST(choice.edition == nullptr);
  BOOST_TEST(choice.labels_seen.size() == 2u);
}
