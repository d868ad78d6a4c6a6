// The Markdown front end: generated reports and the seeds written as Markdown against their texts,
// headings, pipe tables and HTML tables inside Markdown, places in the file, and the converter's
// scrambling told apart from a table that reads.
#define BOOST_TEST_MODULE markdown
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "markdown/blocks.hpp"
#include "markdown/scramble.hpp"
#include "nianbao/markdown.hpp"
#include "nianbao/render.hpp"
#include "same_report.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

const auto& seeds = test::seed_stems;

std::string seed(const std::string& stem) { return test::read_file(test::corpus_dir / "seeds" / (stem + ".txt")); }

markdown::pipe_table table_of(std::string_view text) {
  const std::vector<markdown::block> blocks = markdown::blocks_of(text);
  for (const markdown::block& b : blocks)
    if (const auto* t = std::get_if<markdown::pipe_table>(&b)) return *t;
  BOOST_FAIL("no pipe table");
  return {};
}

std::string cell_text(const layout::table_cell& c) {
  std::string s;
  for (const layout::text_line& l : c.lines) s += (s.empty() ? "" : "/") + l.text;
  return s;
}

std::size_t count_of(const std::vector<finding>& findings, std::string_view id) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const finding& f) { return f.id == id; }));
}

// A report whose table 三 a converter cut up, as ../shared/real/shuyang-szf-2025.md has it.
const std::string scrambled_report =
    "# 某县2025年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n\n## 二、主动公开政府信息情况\n\n"
    "## 三、收到和处理政府信息公开申请情况\n\n"
    "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n|---|---|---|---|---|---|---|---|\n"
    "| 予以公开 | 290 | 1 | 0 | 0 | 3 | 0 | 294 |\n\n"
    "| 1 | 0 | 0 |\n|---|---|---|\n| 2 | 0 | 0 | 0 |\n\n"
    "## 四、政府信息公开行政复议、行政诉讼情况\n\n## 五、存在的主要问题及改进情况\n\n## "
    "六、其他需要报告的事项\n\n无。\n";

}  // namespace

BOOST_AUTO_TEST_CASE(markdown_is_told_from_the_text_layout_and_pages) {
  BOOST_TEST(markdown::looks_like_markdown("# 标题\n\n## 一、总体情况\n"));
  BOOST_TEST(markdown::looks_like_markdown("一、总体情况\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
  // The text layout's cells start with a TAB; a page starts with markup; a `#` without a space
  // is no heading.
  BOOST_TEST(!markdown::looks_like_markdown("一、总体情况\n\n\t规章\n\t0\n\n| a | b |\n|---|---|\n"));
  BOOST_TEST(!markdown::looks_like_markdown("<table><tr><td>| a |</td></tr></table>\n# x\n"));
  BOOST_TEST(!markdown::looks_like_markdown("#1号文件\n一、总体情况\n"));
  for (const char* stem : seeds) BOOST_TEST(!markdown::looks_like_markdown(seed(stem)), stem);
}

BOOST_AUTO_TEST_CASE(headings_and_inline_markup_come_off_and_places_stay) {
  const std::string text = "## **一、总体情况** ##\n\n本年 \\| 收到&nbsp;申请<span>5</span>件。\n";
  const markdown::markdown_result read = markdown::read_markdown("r.md", text);
  BOOST_TEST_REQUIRE(read.text.has_value());
  BOOST_TEST(read.text->text() == "一、总体情况\n\n本年 | 收到 申请5件。\n");
  // `5` is in line 3 of the file, after `<span>`: located there, not in the layout.
  const std::size_t five = read.text->text().find('5');
  const location at = read.text->locate(five);
  BOOST_TEST(at.line == 3);
  BOOST_TEST(test::from_column(read.text->original()->line_text(3), at.column).starts_with("5</span>"));
}

// Numeric references as converters write them, decimal and hexadecimal; those that would make a
// control character (a TAB would be a cell) or no character stay as written.
BOOST_AUTO_TEST_CASE(numeric_character_references_are_read) {
  const std::string text =
      "# 一、总体情况\n\n收到&#30003;请&#x4E2A;&#X4e2a; &#124; &#9;&#0;&#xD800;&#12;x&#;&#x110000;\n";
  const markdown::markdown_result read = markdown::read_markdown("r.md", text);
  BOOST_TEST_REQUIRE(read.text.has_value());
  BOOST_TEST(read.text->text() == "一、总体情况\n\n收到申请个个 | &#9;&#0;&#xD800;&#12;x&#;&#x110000;\n");
  const std::size_t ge = read.text->text().find("个");
  BOOST_TEST(
      test::from_column(read.text->original()->line_text(3), read.text->locate(ge).column).starts_with("&#x4E2A;"));
}

BOOST_AUTO_TEST_CASE(pipe_tables_keep_their_cells_empty_ones_and_line_breaks_too) {
  const markdown::pipe_table t =
      table_of("| 信息内容 | 数量 |  |\n| :--- | ---: | --- |\n| 规章 | 1<br>2 |  |\n| a \\| b | | 3 |\n");
  BOOST_TEST_REQUIRE(t.rows.size() == 3U);
  BOOST_TEST(t.rows[1].cells.size() == 3U);
  BOOST_TEST(cell_text(t.rows[1].cells[1]) == "1/2");
  BOOST_TEST(t.rows[1].cells[2].lines.empty());
  BOOST_TEST(cell_text(t.rows[2].cells[0]) == "a | b");
  BOOST_TEST(!markdown::scrambled(t).has_value());
}

BOOST_AUTO_TEST_CASE(html_tables_inside_markdown_write_merged_cells_once) {
  const std::string text =
      "## 四、政府信息公开行政复议、行政诉讼情况\n\n<table>\n<tr><td colspan=\"2\">行政复议</td></tr>\n"
      "<tr><td>结果维持</td><td>总计</td></tr>\n<tr><td>1</td><td>1</td></tr>\n</table>\n\n后文\n";
  const markdown::markdown_result read = markdown::read_markdown("r.md", text);
  BOOST_TEST_REQUIRE(read.text.has_value());
  BOOST_TEST(read.text->text() ==
             "四、政府信息公开行政复议、行政诉讼情况\n\n\t行政复议\n\n\t结果维持\n\t总计\n\n\t1\n\t1\n\n\n后文\n");
  const std::size_t cell = read.text->text().find("结果维持");
  BOOST_TEST(read.text->locate(cell).line == 5);
}

BOOST_AUTO_TEST_CASE(scrambled_tables_are_told_by_their_shape) {
  // A row wider than the head: the columns were lost. A shorter one is GFM's (its cells empty).
  BOOST_TEST(
      markdown::scrambled(table_of("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n"))->find("3 cells under a head of 2") !=
      std::string::npos);
  BOOST_TEST(!markdown::scrambled(table_of("| a | b | c |\n|---|---|---|\n| x | 2 |\n")).has_value());
  // A head of numbers: a row of values taken for a head.
  BOOST_TEST(markdown::scrambled(table_of("| 0 | 0 | 1 |\n|---|---|---|\n"))->find("row of numbers") !=
             std::string::npos);
  // Heads the converter made up.
  BOOST_TEST(markdown::scrambled(table_of("| 类别 | 数据1 | 总计 |\n|---|---|---|\n| 予以公开 | 1 | 1 |\n"))
                 ->find("`数据1`") != std::string::npos);
  BOOST_TEST(markdown::scrambled(table_of("| Column 1 | Column 2 |\n|---|---|\n| a | 1 |\n")).has_value());
  // A table 四 with its numbers under real heads reads.
  BOOST_TEST(!markdown::scrambled(table_of("| 结果维持 | 总计 |\n|---|---|\n| 0 | 0 |\n")).has_value());
}

// A row left short, as GFM allows, is read as the cells it has: it is no scrambling.
BOOST_AUTO_TEST_CASE(a_short_row_is_read_as_it_is) {
  const markdown::markdown_result read = markdown::read_markdown("r.md", "| a | b | c |\n|---|---|---|\n| x | 2 |\n");
  BOOST_TEST_REQUIRE(read.text.has_value());
  BOOST_TEST(read.text->text() == "\ta\n\tb\n\tc\n\n\tx\n\t2\n\n");
  BOOST_TEST(!read.tables_scrambled);
}

// One fault (the conversion), one finding; and nothing said of values that cannot be placed.
BOOST_AUTO_TEST_CASE(a_scrambled_report_gets_one_finding_and_is_not_bound) {
  const test::checked read = test::check_bytes("scrambled.md", scrambled_report);
  BOOST_TEST(read.input.tables_scrambled);
  BOOST_TEST_REQUIRE(read.bound.findings.size() == 1U);
  const finding& f = read.bound.findings.front();
  BOOST_TEST(f.id == "MD-SCRAMBLED");
  BOOST_TEST((f.level == severity::error));
  BOOST_TEST(f.related.size() == 1U);
  BOOST_TEST(read.input.text.locate(f.where.begin).line == 11);
  BOOST_TEST(read.input.text.locate(f.related.front().where.begin).line == 15);
  BOOST_TEST(read.bound.values.empty());
  BOOST_TEST(read.input.document.sections.size() == 6U);
}

BOOST_DATA_TEST_CASE(a_seed_as_markdown_gives_the_report_of_its_text, bdata::make(seeds), stem) {
  const std::string text = seed(stem);
  const std::string md = render::render_markdown(source("seed.txt", text), edition::builtin_editions());
  BOOST_TEST_REQUIRE(!md.empty());
  const test::checked read = test::check_bytes(std::string(stem) + ".md", md);
  BOOST_TEST((read.input.format == input::input_format::markdown));
  BOOST_TEST(count_of(read.bound.findings, "MD-SCRAMBLED") == 0U);
  // An empty extra column (seed 001's block （九）) is not said of Markdown, whose rows are padded.
  test::expect_same_report(test::check_bytes("seed.txt", text), read, {"EXTRA-EMPTY-COLUMNS"});
}

// A pipe table pads its rows: an empty column past a block's is the format's and not said, but
// one with a value under it is (seed 001's block （八）).
BOOST_AUTO_TEST_CASE(an_extra_column_is_said_only_when_it_holds_a_value) {
  const std::string md =
      render::render_markdown(source("seed.txt", seed("001_dc050822b7b0f109")), edition::builtin_editions());
  const test::checked read = test::check_bytes("001.md", md);
  BOOST_TEST_REQUIRE(count_of(read.bound.findings, "EXTRA-EMPTY-COLUMNS") == 1U);
  const auto extra = std::find_if(read.bound.findings.begin(), read.bound.findings.end(),
                                  [](const finding& f) { return f.id == "EXTRA-EMPTY-COLUMNS"; });
  BOOST_TEST(extra->message.find("`0` (行政事业性收费)") != std::string::npos);
}

// Generated documents, valid and broken, written as Markdown by the render stage: each gives what
// its text gives, values and findings alike.
BOOST_AUTO_TEST_CASE(generated_reports_as_markdown_give_their_reports) {
  const std::size_t per_edition = test::argument("--documents", 100);
  std::size_t files = 0;
  test::for_generated_documents(
      per_edition, 7000, [&](const edition::definition& edition, std::size_t, const generate::document& doc) {
        const std::string md = render::render_markdown(source("generated.txt", doc.text), edition::builtin_editions());
        BOOST_TEST_CONTEXT(edition.id << " seed " << doc.seed) {
          BOOST_TEST_REQUIRE(!md.empty());
          test::expect_same_report(test::check_bytes("generated.txt", doc.text), test::check_bytes("generated.md", md));
        }
        ++files;
      });
  std::cout << "generated Markdown files: " << files << " give the reports of their texts\n";
}
