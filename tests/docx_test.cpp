// The Word front end: the seeds as Word files (corpus/docx/, made by tools/make-docx-fixtures)
// against their texts, automatic numbering, merged cells, places in the listing, and the numbers
// of Word's list formats.
#define BOOST_TEST_MODULE docx
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "docx/number_formats.hpp"
#include "docx/package.hpp"
#include "nianbao/docx.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/render.hpp"
#include "same_report.hpp"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
using namespace nianbao;

namespace {

const fs::path docx_dir = test::corpus_dir / "docx";

std::string seed(const std::string& stem) { return test::read_file(test::corpus_dir / "seeds" / (stem + ".txt")); }

const auto& seeds = test::seed_stems;

}  // namespace

// LibreOffice, converting a page whose data rows are shorter than the table's head, pads each
// short row with an empty cell; the Word file does have it, and EXTRA-EMPTY-COLUMNS says so. All
// else is the text's.
BOOST_DATA_TEST_CASE(a_seed_converted_by_libreoffice_gives_the_report_of_its_text, bdata::make(seeds), stem) {
  const std::string name = std::string(stem) + ".docx";
  const test::checked word = test::check_bytes(name, test::read_file(docx_dir / name));
  BOOST_TEST((word.input.format == input::input_format::docx));
  test::expect_same_report(test::check_bytes("seed.txt", seed(stem)), word, {"EXTRA-EMPTY-COLUMNS"});
}

// Every heading's number is Word's numbering, the title is in a text box written twice (for new
// and old readers), and yet the report is the seed's, finding for finding.
BOOST_AUTO_TEST_CASE(automatic_numbering_and_text_boxes_give_the_text_back) {
  const test::checked word = test::check_bytes("numbered.docx", test::read_file(docx_dir / "numbered.docx"));
  test::expect_same_report(test::check_bytes("seed.txt", seed("004_11309f8aa4d66d4c")), word);
  const std::string_view text = word.input.text.text();
  BOOST_TEST(text.find("一、总体情况") != std::string_view::npos);
  BOOST_TEST(text.find("（一）主动公开") != std::string_view::npos);
  const std::string_view title = text.substr(0, text.find('\n'));
  BOOST_TEST(text.find(title, title.size()) == std::string_view::npos);  // the text box's title once
}

// Generated documents, valid and broken, written as Word files by the render stage (merged cells
// as gridSpan and vMerge, section headings as automatic numbering): each gives what its text
// gives, values and findings alike.
BOOST_AUTO_TEST_CASE(generated_reports_as_word_files_give_their_reports) {
  const std::size_t per_edition = test::argument("--documents", 100);
  std::size_t files = 0, numbered = 0;
  test::for_generated_documents(
      per_edition, 5000, [&](const edition::definition& edition, std::size_t, const generate::document& doc) {
        const std::string word = render::render_docx(source("generated.txt", doc.text), edition::builtin_editions());
        BOOST_TEST_CONTEXT(edition.id << " seed " << doc.seed) {
          BOOST_TEST_REQUIRE(!word.empty());
          const test::checked read = test::check_bytes("generated.docx", word);
          test::expect_same_report(test::check_bytes("generated.txt", doc.text), read);
          if (word.find("word/numbering.xml") != std::string::npos) ++numbered;  // the ZIP's directory names it
        }
        ++files;
      });
  BOOST_TEST(numbered > files / 2);  // most have their section headings as Word's numbering
  std::cout << "generated Word files: " << files << " give the reports of their texts, " << numbered
            << " with numbered headings\n";
}

BOOST_AUTO_TEST_CASE(places_are_named_cells_and_paragraphs_in_the_listing) {
  const test::checked word = test::check_bytes("004.docx", test::read_file(docx_dir / "004_11309f8aa4d66d4c.docx"));
  bool seen = false;
  for (const bind::bound_value& v : word.bound.values) {
    if (v.state != bind::value_state::given || v.table != "t3") continue;
    const location at = word.input.text.locate(v.where.begin);
    const std::string_view line = word.input.text.line_text(at.line);
    BOOST_TEST(line.starts_with("table "), line);
    BOOST_TEST(line.find(", row ") != std::string_view::npos);
    BOOST_TEST(test::from_column(line, at.column).starts_with(test::first_character(v.raw)));
    seen = true;
  }
  BOOST_TEST(seen);
}

BOOST_AUTO_TEST_CASE(merged_cells_are_written_once) {
  // Table 三's corner spans three columns and three rows (gridSpan, vMerge) in the converted seed:
  // its text appears once in the text layout.
  const test::checked word = test::check_bytes("000.docx", test::read_file(docx_dir / "000_7f1b1d18961b41ce.docx"));
  const std::string_view text = word.input.text.text();
  const std::string_view corner = "（本列数据的勾稽关系为";
  const std::size_t first = text.find(corner);
  BOOST_TEST_REQUIRE(first != std::string_view::npos);
  BOOST_TEST(text.find(corner, first + 1) == std::string_view::npos);
}

// The packer hands libzip its parts' bytes to read when the archive is closed; a part short
// enough to live inside its string (as a fuzzer's document is) must still be there by then.
BOOST_AUTO_TEST_CASE(short_parts_are_packed_as_they_are) {
  const std::string word = render::docx_package("<w:a/>", "<w:n/>");
  auto [package, problem] = docx::package::open(word);
  BOOST_TEST_REQUIRE(package != nullptr, problem);
  BOOST_TEST(package->read("word/document.xml", 100).bytes.value_or("") == "<w:a/>");
  BOOST_TEST(package->read("word/numbering.xml", 100).bytes.value_or("") == "<w:n/>");
}

BOOST_AUTO_TEST_CASE(is_told_from_a_text_by_its_content) {
  BOOST_TEST(docx::looks_like_zip(test::read_file(docx_dir / "numbered.docx")));
  BOOST_TEST(!docx::looks_like_zip(seed("000_7f1b1d18961b41ce")));
}

BOOST_AUTO_TEST_CASE(a_part_past_the_limit_is_refused_before_it_is_unpacked) {
  load_options small;
  small.max_bytes = 1000;
  const auto r = docx::read_docx("n.docx", test::read_file(docx_dir / "numbered.docx"), small);
  BOOST_TEST_REQUIRE(r.error.has_value());
  BOOST_TEST(r.error->message.find("over the limit of 1000") != std::string::npos, r.error->message);
}

BOOST_AUTO_TEST_SUITE(list_numbers)

BOOST_AUTO_TEST_CASE(chinese_counting_as_word_shows_it) {
  using docx::format_number;
  BOOST_TEST(format_number(1, "chineseCounting") == "一");
  BOOST_TEST(format_number(10, "chineseCounting") == "十");
  BOOST_TEST(format_number(11, "chineseCounting") == "十一");
  BOOST_TEST(format_number(20, "chineseCountingThousand") == "二十");
  BOOST_TEST(format_number(101, "chineseCounting") == "一百零一");
  BOOST_TEST(format_number(110, "chineseCounting") == "一百一十");
  BOOST_TEST(format_number(1001, "chineseCounting") == "一千零一");
  BOOST_TEST(format_number(12, "chineseLegalSimplified") == "壹拾贰");
  BOOST_TEST(format_number(3, "ideographTraditional") == "丙");
}

BOOST_AUTO_TEST_CASE(other_formats) {
  using docx::format_number;
  BOOST_TEST(format_number(7, "decimal") == "7");
  BOOST_TEST(format_number(7, "decimalZero") == "07");
  BOOST_TEST(format_number(12, "decimalFullWidth") == "１２");
  BOOST_TEST(format_number(2, "decimalEnclosedCircle") == "②");
  BOOST_TEST(format_number(28, "upperLetter") == "BB");
  BOOST_TEST(format_number(14, "lowerRoman") == "xiv");
  BOOST_TEST(format_number(3, "none").empty());
  BOOST_TEST(format_number(30, "decimalEnclosedCircle") == "30");  // no sign for it: the digits
}

BOOST_AUTO_TEST_SUITE_END()
