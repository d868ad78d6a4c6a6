#define BOOST_TEST_MODULE walk_to
// `extract --as`: a report's values as another edition's cells. The oracle is the generator's:
// the values it wrote into each document, by coordinate, and the crosswalk of gov2021 read by hand
// (tables 三 and 四 kept, （六）其他处理 split into three rows, table 二 not related).
#include <boost/test/unit_test.hpp>
#include <map>

#include "nianbao/bind.hpp"
#include "nianbao/generate.hpp"
#include "test_support.hpp"

using namespace nianbao;

namespace {

struct walked_document {
  generate::document doc;
  test::parsed parsed;
  bind::bound_report bound;
  std::map<std::string, std::optional<decimal>> written;  // coordinate → the value the generator wrote

  explicit walked_document(generate::document generated)
      : doc(std::move(generated)), parsed(test::parse_text(doc.text)) {}
};

// A document of `from` in the official form, bound; `doc` and `parsed` must outlive the binding.
std::unique_ptr<walked_document> generated(const std::vector<edition::definition>& editions, const std::string& from,
                                           std::uint64_t seed) {
  const auto ed = std::find_if(editions.begin(), editions.end(), [&](const auto& e) { return e.id == from; });
  generate::options official;
  official.seed = seed;
  auto out = std::make_unique<walked_document>(generate::generator(*ed).generate(official));
  out->bound = bind::bind_report(out->parsed.text.text(), out->parsed.doc, editions);
  BOOST_TEST_REQUIRE(out->bound.choice.edition->id == from);
  for (const generate::written_value& v : out->doc.values) out->written[v.coord] = v.yuan ? v.yuan : v.value;
  return out;
}

std::string coord(const bind::walked_value& w) { return w.table + "/" + w.row + "/" + w.column; }

}  // namespace

BOOST_AUTO_TEST_CASE(a_2021_report_as_2019_sums_the_split_rows_and_keeps_tables_3_and_4) {
  const auto& editions = edition::builtin_editions();
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto d = generated(editions, "gov2021", seed);
    const auto walked = bind::walk_to(d->bound, test::builtin_edition("gov2019"), editions);
    BOOST_TEST_REQUIRE(walked.has_value());
    for (const bind::walked_value& w : walked->cells) {
      if (w.table == "t2") {
        BOOST_TEST((w.from_how == bind::walked_value::how::no_counterpart), coord(w));
      } else if (w.row == "result.other") {
        BOOST_TEST((w.from_how == bind::walked_value::how::sum_of));
        std::optional<decimal> total = decimal{};
        for (const char* part : {"no_correction", "no_fee", "other"}) {
          const auto& v = d->written.at("t3/result.other_handling." + std::string(part) + "/" + w.column);
          total = v && total ? std::optional<decimal>(*total + *v) : std::nullopt;
        }
        BOOST_TEST((w.value == total), coord(w));
      } else {
        BOOST_TEST((w.from_how == bind::walked_value::how::same), coord(w));
        BOOST_TEST((w.value == d->written.at(coord(w))), coord(w));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(a_2019_report_as_2021_has_no_value_for_a_split_row_alone) {
  const auto& editions = edition::builtin_editions();
  const auto d = generated(editions, "gov2019", 3);
  const auto walked = bind::walk_to(d->bound, test::builtin_edition("gov2021"), editions);
  BOOST_TEST_REQUIRE(walked.has_value());
  std::size_t parts = 0;
  for (const bind::walked_value& w : walked->cells) {
    if (!w.row.starts_with("result.other_handling.")) continue;
    ++parts;
    BOOST_TEST((w.from_how == bind::walked_value::how::part_of_sum));
    BOOST_TEST(!w.value.has_value());
    BOOST_TEST_REQUIRE(w.from.size() == 1u);
    BOOST_TEST(w.from.front()->coordinate() == "t3/result.other/" + w.column);
  }
  BOOST_TEST(parts == 3u * 7u);
}

BOOST_AUTO_TEST_CASE(a_variant_and_its_base_share_their_cells_and_unrelated_editions_do_not_walk) {
  std::vector<edition::definition> editions = edition::builtin_editions();
  const auto file = test::corpus_dir / "editions" / "other-documents2021.nbf";
  edition::load_result variant = edition::load_edition(source(file.string(), test::read_file(file)), editions);
  BOOST_TEST_REQUIRE(variant.errors.empty());
  editions.push_back(std::move(*variant.loaded));
  const auto d = generated(editions, "gov2021", 5);
  const auto walked = bind::walk_to(d->bound, editions.back(), editions);
  BOOST_TEST_REQUIRE(walked.has_value());
  for (const bind::walked_value& w : walked->cells) {
    if (w.row == "item1.other_documents") {
      BOOST_TEST((w.from_how == bind::walked_value::how::no_counterpart));
    } else {
      BOOST_TEST((w.value == d->written.at(coord(w))), coord(w));
    }
  }
  edition::load_result alone = edition::load_edition(source("x.nbf", R"(edition x "X" {
  table t3 "T" section 3 { columns count { a "A" } rows { r "R" } }
})"));
  BOOST_TEST_REQUIRE(alone.errors.empty());
  BOOST_TEST(!bind::walk_to(d->bound, *alone.loaded, editions).has_value());
}
