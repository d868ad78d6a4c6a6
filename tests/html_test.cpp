// The HTML front end: the web pages of corpus/html/ against the text reports they render, span
// expansion on irregular tables, charsets, and what a page shows of its text.
#define BOOST_TEST_MODULE html
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "html/charset.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/core/utf8.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/html.hpp"
#include "nianbao/input.hpp"
#include "nianbao/render.hpp"
#include "same_report.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
using namespace nianbao;

namespace {

using test::checked;
using test::from_column;

std::vector<std::string> pages() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(test::corpus_dir / "html"))
    if (entry.path().extension() == ".html") files.push_back(entry.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string seed_of(const std::string& page) {
  return test::read_file(test::corpus_dir / "seeds" / (page.substr(0, page.find('.')) + ".txt"));
}

}  // namespace

BOOST_DATA_TEST_CASE(a_page_gives_the_report_of_its_text, bdata::make(pages()), page) {
  const checked text = test::check_bytes("seed.txt", seed_of(page));
  const checked html = test::check_bytes(page, test::read_file(test::corpus_dir / "html" / page));
  BOOST_TEST((html.input.format == input::input_format::html));
  test::expect_same_report(text, html);
}

// Every seed in every shape and charset, not only the five committed pages.
BOOST_DATA_TEST_CASE(every_shape_of_every_seed_gives_its_report,
                     bdata::make(pages()) * bdata::make({"word", "cms", "split"}) * bdata::make({"utf-8", "gbk"}), page,
                     shape, charset) {
  const source seed("seed.txt", seed_of(page));
  render::page_options options;
  options.shape = std::string_view(shape) == "cms"     ? render::page_shape::cms
                  : std::string_view(shape) == "split" ? render::page_shape::split
                                                       : render::page_shape::word;
  options.charset = charset;
  const std::string html = render::render_html(seed, edition::builtin_editions(), options);
  test::expect_same_report(test::check_bytes("seed.txt", std::string(seed.text())),
                           test::check_bytes("page.html", html));
}

// Generated documents, valid and broken, as pages of every shape: a page gives what its text gives.
BOOST_AUTO_TEST_CASE(generated_reports_as_pages_give_their_reports) {
  const std::size_t per_edition = test::argument("--pages", 100);
  const auto shapes = {render::page_shape::word, render::page_shape::cms, render::page_shape::split};
  std::size_t pages = 0;
  test::for_generated_documents(per_edition, 1000,
                                [&](const edition::definition& edition, std::size_t i, const generate::document& doc) {
                                  const source text("generated.txt", doc.text);
                                  render::page_options page;
                                  page.shape = *std::next(shapes.begin(), static_cast<std::ptrdiff_t>(i % 3));
                                  page.charset = i % 2 == 0 ? "utf-8" : "gb2312";
                                  const std::string html = render::render_html(text, edition::builtin_editions(), page);
                                  BOOST_TEST_CONTEXT(edition.id << " seed " << doc.seed << " shape " << i % 3) {
                                    test::expect_same_report(test::check_bytes("generated.txt", doc.text),
                                                             test::check_bytes("generated.html", html));
                                  }
                                  ++pages;
                                });
  std::cout << "generated pages: " << pages << " give the reports of their texts\n";
}

BOOST_AUTO_TEST_SUITE(pages)

// A report page with `body` as its content, for the tests below.
std::string page_with(std::string_view head, std::string_view body) {
  return "<html><head>" + std::string(head) + "</head><body>" + std::string(body) + "</body></html>";
}

std::string reading(const std::string& bytes) {
  html::html_result r = html::read_html("t.html", bytes);
  BOOST_TEST_REQUIRE(r.text.has_value(), (r.error ? r.error->message : ""));
  return std::string(r.text->text());
}

BOOST_AUTO_TEST_CASE(is_told_from_a_text_by_its_content) {
  BOOST_TEST(html::looks_like_html("<!DOCTYPE html><html>"));
  BOOST_TEST(html::looks_like_html("\xEF\xBB\xBF  <html>"));
  BOOST_TEST(html::looks_like_html("<p>一、总体情况</p>"));
  BOOST_TEST(html::looks_like_html("title\n<table><tr><td>1</td></tr></table>"));
  BOOST_TEST(!html::looks_like_html("一、总体情况\n\t<不是标签>\n"));
  BOOST_TEST(!html::looks_like_html("2021年报告 a<b\n"));
}

BOOST_AUTO_TEST_CASE(shows_text_as_a_browser_does) {
  const std::string text = reading(page_with(
      "",
      "<nav>首页</nav><p>一、总<span>体</span>情况</p><p>本机关&nbsp;&#20844;开\r\n信息，<br>共&#160;3 件。</p>"
      "<script>var x='二、';</script><p style='display:none'>隐藏</p><p>六、其他</p>"));
  BOOST_TEST(text == "一、总体情况\n本机关 公开信息，\n共 3 件。\n六、其他\n");
}

BOOST_AUTO_TEST_CASE(places_map_back_into_the_page) {
  const std::string page = page_with("", "<p>一、总体情况</p>\n<p>共&nbsp;<b>1</b>2 件</p>");
  html::html_result r = html::read_html("t.html", page);
  BOOST_TEST_REQUIRE(r.text.has_value());
  const std::string_view text = r.text->text();
  const std::size_t twelve = text.find("12");
  BOOST_TEST(r.text->original_offset(twelve) == page.find("1</b>"));
  BOOST_TEST(r.text->original_offset(twelve + 1) == page.find("2 件"));
  const location at = r.text->locate(twelve);
  BOOST_TEST(at.line == 2u);
  BOOST_TEST(r.text->line_text(2).substr(0, 3) == "<p>");
}

BOOST_AUTO_TEST_CASE(keeps_to_the_report_between_navigation_and_footer) {
  const std::string text = reading(
      page_with("",
                "<div class=nav><a>首页</a><a>政府信息公开年报</a></div><h1>某县2021年政府信息公开工作年度报告</h1>"
                "<div class=content><p>一、总体情况</p><p>六、其他需要报告的事项</p><p>某县人民政府</p>"
                "<p>2022年1月20日</p><p>【打印本页】</p></div><div class=footer>版权所有 2022年1月1日</div>"));
  BOOST_TEST(text ==
             "某县2021年政府信息公开工作年度报告\n一、总体情况\n六、其他需要报告的事项\n某县人民政府\n2022年1月20日\n");
}

// From a review: a sidebar listing other reports between the page's <h1> and the report.
BOOST_AUTO_TEST_CASE(takes_the_title_from_a_heading_over_a_sidebar_of_other_reports) {
  const std::string text = reading(page_with(
      "",
      "<h1>某镇2021年度政府信息公开工作报告</h1><div><h3>相关链接</h3><ul><li>某镇2020年政府信息公开工作年度报告"
      "</ul></div><p>一、总体情况</p><p>六、其他</p>"));
  BOOST_TEST(text == "某镇2021年度政府信息公开工作报告\n一、总体情况\n六、其他\n");
}

// Text in <pre> keeps its lines and white space: a text report pasted into a page reads as itself.
BOOST_AUTO_TEST_CASE(reads_preformatted_text_line_by_line) {
  const std::string text = reading(page_with("", "<pre>\n一、总体情况\n\t甲\n\t1\n\n六、其他</pre>"));
  BOOST_TEST(text == "一、总体情况\n\t甲\n\t1\n\n六、其他\n");
}

BOOST_AUTO_TEST_CASE(writes_a_data_table_in_the_text_layout_and_reads_layout_tables_as_text) {
  const std::string text = reading(page_with("",
                                             "<table><tr><td><p>一、总体情况</p>"
                                             "<table><tr><td rowspan=2>甲</td><td>1</td></tr><tr><td>2</td></tr>"
                                             "<tr height=0><td></td><td></td></tr></table>"
                                             "<table><tr><td>单列</td></tr></table></td></tr></table>"));
  BOOST_TEST(text == "一、总体情况\n\t甲\n\t1\n\n\t\n\t2\n\n单列\n");
}

BOOST_AUTO_TEST_CASE(reports_overlapping_spans_at_the_cell) {
  html::html_result r =
      html::read_html("t.html", page_with("",
                                          "<p>一、总体情况</p><table><tr><td>a</td><td rowspan=2>b</td></tr>"
                                          "<tr><td colspan=2>c</td></tr></table>"));
  const auto spans =
      std::find_if(r.findings.begin(), r.findings.end(), [](const finding& f) { return f.id == "HTML-TABLE-SPANS"; });
  BOOST_TEST_REQUIRE((spans != r.findings.end()));
  const location at = r.text->locate(spans->where.begin);
  BOOST_TEST(from_column(r.text->line_text(at.line), at.column).starts_with("<td colspan=2>c"));
}

BOOST_AUTO_TEST_CASE(refuses_markup_nested_past_any_report) {
  std::string deep;
  for (int i = 0; i < 3000; ++i) deep += "<div>";
  html::html_result r = html::read_html("t.html", page_with("", "<p>一、总体情况</p>" + deep));
  BOOST_TEST_REQUIRE(r.error.has_value());
  BOOST_TEST(r.error->message.find("nests") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_binary_data_with_its_place) {
  html::html_result r = html::read_html("t.html", std::string("<html><body>\n<p>一、总体情况</p>\n\x01\x02", 40));
  BOOST_TEST_REQUIRE(r.error.has_value());
  BOOST_TEST(r.error->where.line == 3u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(charsets)

std::string gbk(std::string_view utf8_text) {
  const auto decoded = html::decode_page(utf8_text);  // UTF-8 in, as a check that it is
  BOOST_TEST_REQUIRE(decoded.encoding == "UTF-8");
  // 一、 in GB18030.
  std::string out;
  for (std::size_t i = 0; i < utf8_text.size(); ++i) {
    if (utf8_text.substr(i, 3) == "一") {
      out += "\xD2\xBB";
      i += 2;
    } else if (utf8_text.substr(i, 3) == "、") {
      out += "\xA1\xA2";
      i += 2;
    } else {
      out += utf8_text[i];
    }
  }
  return out;
}

BOOST_AUTO_TEST_CASE(a_declared_gbk_page_is_decoded) {
  const auto page = html::decode_page(gbk("<meta charset=gbk><p>一、</p>"));
  BOOST_TEST(page.encoding == "GB18030");
  BOOST_TEST(page.utf8 == "<meta charset=gbk><p>一、</p>");
  BOOST_TEST(!page.complaint.has_value());
}

BOOST_AUTO_TEST_CASE(a_wrong_declaration_is_overruled_and_said) {
  const auto as_utf8 =
      html::decode_page(gbk("<meta http-equiv=Content-Type content='text/html; charset=utf-8'><p>一、</p>"));
  BOOST_TEST(as_utf8.encoding == "GB18030");
  BOOST_TEST(as_utf8.declaration_wrong);
  const auto as_gbk = html::decode_page("<meta charset=\"gb2312\"><p>一、</p>");
  BOOST_TEST(as_gbk.encoding == "UTF-8");
  BOOST_TEST(as_gbk.declaration_wrong);
}

BOOST_AUTO_TEST_CASE(a_missing_declaration_is_noted) {
  const auto page = html::decode_page(gbk("<p>一、</p>"));
  BOOST_TEST(page.encoding == "GB18030");
  BOOST_TEST(page.complaint.has_value());
  BOOST_TEST(!page.declaration_wrong);
}

// Found by fuzz_html: the label's own bytes went into the message, which then was not UTF-8.
BOOST_AUTO_TEST_CASE(a_label_with_bytes_that_are_not_text_is_named_in_text) {
  const auto page = html::decode_page("<meta charset=utf-8\xDE\xDF>" + gbk("<p>一、</p>"));
  BOOST_TEST(page.declared->label == "utf-8??");
  BOOST_TEST(page.declaration_wrong);
  std::size_t i = 0;
  while (i < page.complaint->size() && utf8::decode(*page.complaint, i) != utf8::invalid) {
  }
  BOOST_TEST(i == page.complaint->size());
}

BOOST_AUTO_TEST_CASE(utf16_with_a_byte_order_mark) {
  const std::string bytes("\xFF\xFE<\0p\0>\0\x00\x4E", 10);
  const auto page = html::decode_page(bytes);
  BOOST_TEST(page.utf8 == "<p>一");
}

BOOST_AUTO_TEST_CASE(undecodable_bytes_are_refused_where_they_are) {
  html::html_result r = html::read_html("t.html", "<meta charset=gbk>\n<p>\xFF\xFF</p>");
  BOOST_TEST_REQUIRE(r.error.has_value());
  BOOST_TEST(r.error->where.line == 2u);
  BOOST_TEST(r.error->where.column == 4u);
}

BOOST_AUTO_TEST_SUITE_END()
