// The PDF front end: tables rebuilt from where their words stand (wrapped labels, labels written
// down their cell, a grouping label cut by a page break, heads wrapped over lines, figures that
// cannot be placed), page numbers, and the refusals. The word boxes are those poppler gives for
// ../shared/real/huaian-szf-2024.pdf (WPS), cut down to the rows each case needs; that report as
// a whole is held to its expectations by real_test.
#define BOOST_TEST_MODULE pdf
#include <boost/test/unit_test.hpp>

#include "nianbao/layout.hpp"
#include "nianbao/pdf.hpp"
#include "pdf/lines.hpp"
#include "pdf/regions.hpp"
#include "render/pdf_writer.hpp"
#include "test_support.hpp"

using namespace nianbao;

namespace {

struct placed_word {
  std::string text;
  double x, y, width, height;
  std::size_t page = 1;
};

struct laid {
  std::string text;
  std::vector<std::string> uncertain;  // the words of each figure left out
};

// The text layout of pages holding these words (and, on the first page, these rules), as the
// front end writes it.
laid lay_out(const std::vector<placed_word>& words, const pdf::page_rules& rules = {}) {
  std::vector<pdf::page_words> pages;
  std::size_t listing = 0;
  for (const placed_word& w : words) {
    while (pages.size() < w.page)
      pages.push_back({pages.size() + 1, 595, 842, {}, pages.empty() ? rules : pdf::page_rules{}});
    pages[w.page - 1].words.push_back({w.text, {w.x, w.y, w.x + w.width, w.y + w.height}, false, w.page, listing});
    listing += w.text.size() + 1;
  }
  std::vector<pdf::line> lines;
  for (const pdf::page_words& p : pages)
    for (pdf::line& l : pdf::lines_of(p)) lines.push_back(std::move(l));
  const pdf::laid_blocks blocks = pdf::blocks_of(lines, pages);
  layout::writer w("PDF-TABLE-SPANS");
  for (const layout::block& b : blocks.blocks) w.write(b);
  laid out{w.take().text, {}};
  for (const auto& [block, u] : blocks.uncertain) {
    std::string s;
    for (const pdf::word* word : u.words) s += (s.empty() ? "" : " ") + word->text;
    out.uncertain.push_back(s);
  }
  return out;
}

// A row of table 三 as the report has it: a label at `x`, then figures in its seven columns.
std::vector<placed_word> row(double y, double x, const std::string& label, const std::vector<std::string>& figures,
                             std::size_t page = 1) {
  static constexpr double columns[] = {262, 300, 337, 377, 422, 465, 498};
  std::vector<placed_word> out;
  if (!label.empty()) out.push_back({label, x, y - 2.3, 7.45 * 8, 7.76, page});
  for (std::size_t k = 0; k < figures.size(); ++k) {
    if (!figures[k].empty()) out.push_back({figures[k], columns[k], y, 3.7 * figures[k].size(), 7.62, page});
  }
  return out;
}

std::vector<placed_word> operator+(std::vector<placed_word> a, const std::vector<placed_word>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Block （一） of table 二: its title, heads and 规章's row, three columns of figures.
std::vector<placed_word> block_one() {
  return {{"第二十条第（一）项", 76, 100, 81, 9},
          {"信息内容", 76, 122, 36, 9},
          {"本年制发件数", 204, 122, 54, 9},
          {"本年废止件数", 304, 122, 54, 9},
          {"现行有效件数", 404, 122, 54, 9},
          {"规章", 76, 144, 18, 9},
          {"1", 248, 144, 4.5, 9},
          {"0", 348, 144, 4.5, 9},
          {"11", 446, 144, 9, 9}};
}

// Rules across a table from x 72 to 523 at these heights, and down it at these places.
pdf::page_rules ruled(const std::vector<double>& across, const std::vector<double>& down = {}) {
  pdf::page_rules r;
  for (const double y : across) r.across.push_back({y, 72, 523});
  for (const double x : down) r.down.push_back({x, across.front(), across.back()});
  return r;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_label_wrapped_over_two_lines_is_one_cell_beside_its_figures) {
  const laid t = lay_out(row(512.5, 101, "（一）予以公开", {"1288", "21", "0", "0", "50", "3", "1362"}) +
                         std::vector<placed_word>{{"（二）部分公开（区分处理的，只计这一情", 101, 534.1, 144.5, 7.76},
                                                  {"形，不计其他情形）", 101, 549.1, 67.4, 7.76}} +
                         row(543.9, 0, "", {"447", "7", "0", "0", "0", "0", "454"}));
  BOOST_TEST(has(t.text,
                 "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\t447\n\t7\n\t0\n\t0\n\t0\n\t0\n\t454\n"),
             t.text);
}

// `三、本年度办理结果` written a character a line down its merged cell, beside the rows it groups.
BOOST_AUTO_TEST_CASE(a_label_written_down_its_cell_is_one_cell_that_groups_the_rows_beside_it) {
  std::vector<placed_word> words =
      row(462.6, 76.8, "一、本年新收政府信息公开申请数量", {"3001", "53", "0", "0", "61", "4", "3119"});
  const char* items[] = {"1.属于国家秘密",       "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                         "4.保护第三方合法权益", "5.属于三类内部事务信息",     "6.属于四类过程性信息"};
  for (int k = 0; k < 6; ++k) words = words + row(575 + 24 * k, 143, items[k], {"1", "0", "0", "0", "0", "0", "1"});
  const char* down[] = {"三、", "本", "年", "度", "办", "理", "结", "果"};
  for (int k = 0; k < 8; ++k) words.push_back({down[k], 76.8, 584.9 + 15.0 * k, 7.45, 7.44});
  const laid t = lay_out(words);
  BOOST_TEST(has(t.text, "\t三、本年度办理结果\n"), t.text);
  BOOST_TEST(!has(t.text, "\t本\n"));
  BOOST_TEST(has(t.text, "\t3.危及“三安全一稳定”\n\t1\n"));
}

// `（四）无` at the foot of page 4 and `法提供` at the head of page 5: one grouping label.
BOOST_AUTO_TEST_CASE(a_grouping_label_cut_by_a_page_break_is_joined) {
  const laid t =
      lay_out(row(743.3, 143, "8.属于行政查询事项", {"105", "0", "0", "0", "0", "0", "105"}, 1) +
              row(766.9, 143, "1.本机关不掌握相关政府信息", {"746", "12", "0", "0", "10", "1", "769"}, 1) +
              std::vector<placed_word>{{"（四）无", 101, 768.7, 31.2, 7.76, 1}, {"法提供", 101, 85.7, 22.4, 7.76, 2}} +
              row(88.2, 143, "2.没有现成信息需要另行制作", {"11", "0", "0", "0", "0", "0", "11"}, 2) +
              row(113.2, 143, "3.补正后申请内容仍不明确", {"1", "0", "0", "0", "0", "0", "1"}, 2));
  BOOST_TEST(has(t.text, "\t（四）无法提供\n"), t.text);
  BOOST_TEST(has(t.text, "\t2.没有现成信息需要另行制作\n\t11\n"));
}

// 行政复议's heads, `结果` over `维持`, wrapped in parallel with a line between them.
BOOST_AUTO_TEST_CASE(a_head_wrapped_over_lines_is_one_cell) {
  const laid t = lay_out({{"结果", 74.3, 577.6, 15.9, 7.44},
                          {"结果", 101, 577.6, 17.5, 7.44},
                          {"维持", 74.3, 603.5, 14.9, 7.44},
                          {"纠正", 101, 603.5, 14.9, 7.44},
                          {"72", 74.3, 661.5, 12, 16.1},
                          {"64", 101, 661.5, 12, 16.1}});
  BOOST_TEST(has(t.text, "\t结果维持\n\t结果纠正\n\n\t72\n\t64\n"), t.text);
}

BOOST_AUTO_TEST_CASE(two_figures_under_one_column_are_left_out_and_said) {
  // `3` and `4` apart under the column `3001` stands in: 34, or two cells run together?
  const laid t =
      lay_out(row(462.6, 76.8, "一、本年新收政府信息公开申请数量", {"3001", "53", "0", "0", "61", "4", "3119"}) +
              row(486.6, 76.8, "二、上年结转政府信息公开申请数量", {"", "0", "0", "0", "0", "0", "34"}) +
              std::vector<placed_word>{{"3", 262, 486.6, 3.7, 7.62}, {"4", 271, 486.6, 3.7, 7.62}});
  BOOST_TEST_REQUIRE(t.uncertain.size() == 1U);
  BOOST_TEST(t.uncertain.front() == "3 4");
  // The cell is written with the mark of a value not read, which no rule reads (not blank: 0).
  BOOST_TEST(has(t.text, "\t二、上年结转政府信息公开申请数量\n\t\uFFFD\n\t0\n"), t.text);
}

// A block of table 二 whose one figure is centred under a head over three columns has that one
// column: not a fourth between the three the blocks around it make.
BOOST_AUTO_TEST_CASE(each_part_of_a_table_has_the_columns_of_its_own_figures) {
  const laid t = lay_out(block_one() + std::vector<placed_word>{{"第二十条第（五）项", 76, 166, 81, 9},
                                                                {"信息内容", 76, 188, 36, 9},
                                                                {"本年处理决定数量", 204, 188, 72, 9},
                                                                {"行政许可", 76, 210, 36, 9},
                                                                {"6", 330, 210, 4.5, 9}});
  BOOST_TEST(has(t.text, "\t规章\n\t1\n\t0\n\t11\n"), t.text);
  BOOST_TEST(has(t.text, "\t信息内容\n\t本年处理决定数量\n\n\t行政许可\n\t6\n\n"), t.text);
}

// No figure stands under 商业企业 in any row: its head still tells its column, so 总计's figures
// are not read as 商业企业's.
BOOST_AUTO_TEST_CASE(a_column_left_blank_throughout_is_told_by_its_head) {
  const laid t = lay_out({{"自然人", 204, 100, 27, 9},
                          {"商业企业", 254, 100, 36, 9},
                          {"总计", 304, 100, 18, 9},
                          {"一、本年新收", 76, 122, 54, 9},
                          {"5", 223, 122, 4.5, 9},
                          {"5", 313, 122, 4.5, 9},
                          {"二、上年结转", 76, 144, 54, 9},
                          {"0", 223, 144, 4.5, 9},
                          {"0", 313, 144, 4.5, 9}});
  BOOST_TEST(has(t.text, "\t一、本年新收\n\t5\n\t\n\t5\n"), t.text);
  BOOST_TEST(t.uncertain.empty());
}

// A row left blank is its label alone, as a block's title is; the rows after it have no heads of
// their own and stand under the table's: 总计's figure is not read as 商业企业's.
BOOST_AUTO_TEST_CASE(rows_after_a_row_left_blank_keep_the_tables_columns) {
  const laid t = lay_out({{"自然人", 204, 100, 27, 9},
                          {"商业企业", 254, 100, 36, 9},
                          {"总计", 304, 100, 18, 9},
                          {"一、本年新收", 76, 122, 54, 9},
                          {"5", 223, 122, 4.5, 9},
                          {"1", 270, 122, 4.5, 9},
                          {"6", 313, 122, 4.5, 9},
                          {"1.属于国家秘密", 76, 144, 63, 9},
                          {"2.其他法律行政法规", 76, 166, 81, 9},
                          {"2", 223, 166, 4.5, 9},
                          {"2", 313, 166, 4.5, 9}});
  BOOST_TEST(has(t.text, "\t2.其他法律行政法规\n\t2\n\t\n\t2\n"), t.text);
}

// `15` over `1` in one cell, as close as a cell's wrapped lines: 151 wrapped, or two figures in
// one cell? Left out and said.
BOOST_AUTO_TEST_CASE(a_figure_over_another_in_one_cell_is_left_out_and_said) {
  std::vector<placed_word> words = {{"自然人", 204, 100, 27, 9}, {"总计", 304, 100, 18, 9}};
  const char* labels[] = {"一、本年新收", "二、上年结转", "三、本年办理"};
  for (int k = 0; k < 3; ++k) {
    const double y = 122 + 22 * k;
    words.push_back({labels[k], 76, y, 54, 9});
    words.push_back({"7", 223, y, 4.5, 9});
    words.push_back({k == 2 ? "15" : "9", k == 2 ? 309.0 : 311.0, y, k == 2 ? 9 : 4.5, 9});
  }
  words.push_back({"1", 309, 122 + 44 + 11.7, 4.5, 9});
  const laid t = lay_out(words);
  BOOST_TEST_REQUIRE(t.uncertain.size() == 1U, t.text);
  BOOST_TEST(t.uncertain.front() == "15 1");
  BOOST_TEST(has(t.text, "\t三、本年办理\n\t7\n\t\uFFFD\n"), t.text);
}

// `三、本年度办理结果` and `（三）不予公开` have their text in the middle of the rows they group,
// beside 4. alone and 4. and 5.: 5. is nested in both all the same, its label in the third place,
// as the text writes it, not in the first with the second place, covered from above, after it.
BOOST_AUTO_TEST_CASE(a_row_under_grouping_labels_has_its_label_inside_them) {
  const laid t = lay_out(row(100, 159, "3.危及安全", {"1", "0", "0", "0", "0", "0", "1"}) +
                         row(122, 159, "4.保护第三方", {"0", "0", "0", "4", "0", "90", "94"}) +
                         row(144, 159, "5.属于三类", {"0", "0", "94", "28", "0", "8", "130"}) +
                         std::vector<placed_word>{{"三、本年度", 76, 112.5, 36, 7.76},
                                                  {"办理结果", 76, 122, 36, 7.76},
                                                  {"（三）", 116, 126.5, 27, 7.76},
                                                  {"不予公", 116, 136, 27, 7.76},
                                                  {"开", 116, 145.5, 9, 7.76}});
  BOOST_TEST(has(t.text, "\t\n\t\n\t5.属于三类\n\t0\n\t0\n\t94\n"), t.text);
}

// `上一` over `年项目数量`: a head broken after two characters, its first line short of where the
// first column reaches, is a head all the same, not a second label beside the table's rows.
BOOST_AUTO_TEST_CASE(a_head_broken_after_a_few_characters_is_a_head) {
  const laid t = lay_out({{"信息内容", 76, 100, 36, 9},
                          {"上一", 188, 100, 18, 9},
                          {"年项目数量", 188, 111.7, 45, 9},
                          {"本年增/减", 366, 100, 40.5, 9},
                          {"处理决定数量", 446, 100, 54, 9},
                          {"行政许可", 76, 134, 36, 9},
                          {"5", 270, 134, 4.5, 9},
                          {"3520", 393, 134, 18, 9},
                          {"0", 480, 134, 4.5, 9},
                          {"其他对外管理服务事项", 76, 156, 90, 9},
                          {"0", 270, 156, 4.5, 9},
                          {"95", 397, 156, 9, 9},
                          {"0", 480, 156, 4.5, 9}});
  BOOST_TEST(has(t.text,
                 "\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n\t"
                 "行政许可\n\t5\n\t3520\n"),
             t.text);
}

// `本年处理决` over `定数量`: neither line reaches over the first column's edge, but both start
// where the head of the block before starts.
BOOST_AUTO_TEST_CASE(a_head_whose_lines_all_fall_short_is_told_by_where_heads_start) {
  const laid t = lay_out({{"信息内容", 76, 100, 36, 9},
                          {"本年制发件数", 219, 100, 54, 9},
                          {"本年废止件数", 364, 100, 54, 9},
                          {"现行有效件数", 445, 100, 54, 9},
                          {"规章", 76, 122, 18, 9},
                          {"9", 260, 122, 4.5, 9},
                          {"0", 398, 122, 4.5, 9},
                          {"8", 480, 122, 4.5, 9},
                          {"第二十条第（五）项", 76, 144, 81, 9},
                          {"信息内容", 76, 166, 36, 9},
                          {"本年处理决定数量", 170, 166, 72, 9},
                          {"行政许可", 76, 188, 36, 9},
                          {"6", 342, 188, 4.5, 9},
                          {"第二十条第（六）项", 76, 210, 81, 9},
                          {"信息内容", 76, 232, 36, 9},
                          {"本年处理决", 170, 232, 45, 9},
                          {"定数量", 170, 243.7, 27, 9},
                          {"行政处罚", 76, 266, 36, 9},
                          {"0", 342, 266, 4.5, 9}});
  BOOST_TEST(has(t.text, "\t信息内容\n\t本年处理决定数量\n\n\t行政处罚\n\t0\n"), t.text);
}

// `3` over `763` in one cell is left out; the line `763` stood on is then no row, and the label
// beside both, reaching over it, does not reach over the row after it.
BOOST_AUTO_TEST_CASE(a_label_beside_a_wrapped_figure_reaches_no_further) {
  const laid t =
      lay_out(row(100, 159, "4.无正当理由", {"7", "9", "0", "6", "0", "0", "22"}) +
              std::vector<placed_word>{{"（五）不", 116, 117, 36, 7.76}, {"予处理", 116, 128.7, 27, 7.76}} +
              row(134, 159, "5.要求确认", {"94", "8086", "3", "0", "0", "5", "11948"}) +
              std::vector<placed_word>{{"或重新出具", 159, 143.4, 45, 7.76}, {"763", 337, 143.6, 11.1, 7.62}} +
              row(168, 159, "1.申请人逾期", {"0", "0", "1", "0", "0", "50", "51"}));
  BOOST_TEST_REQUIRE(t.uncertain.size() == 1U, t.text);
  BOOST_TEST(t.uncertain.front() == "3 763");
  BOOST_TEST(has(t.text, "\t1.申请人逾期\n\t0\n\t0\n\t1\n"), t.text);
}

// Block （六）'s first row left blank is its label alone, as a block's title is, but no heads
// follow it: it is a row of the block, its value cell empty (a blank, not a cell missing), and the
// figure after it is under the block's one column, not the middle one of block （一）'s three.
BOOST_AUTO_TEST_CASE(a_blocks_first_row_left_blank_is_a_row_of_the_block) {
  const laid t = lay_out(block_one() + std::vector<placed_word>{{"第二十条第（六）项", 76, 166, 81, 9},
                                                                {"信息内容", 76, 188, 36, 9},
                                                                {"本年处理决定数量", 204, 188, 72, 9},
                                                                {"行政处罚", 76, 210, 36, 9},
                                                                {"行政强制", 76, 232, 36, 9},
                                                                {"8", 357, 232, 4.5, 9}});
  BOOST_TEST(has(t.text, "\t行政处罚\n\t\n\n\t行政强制\n\t8\n\n"), t.text);
}

// Rows set as close as a cell's wrapped lines (LibreOffice sets cells without space above and
// below): the rules between them part the rows, and a label wrapped in its cell is one cell.
BOOST_AUTO_TEST_CASE(in_a_ruled_table_rules_part_rows_set_close) {
  const laid t = lay_out({{"第二十条第（一）项", 76, 100, 81, 13.6},
                          {"信息内容", 76, 114.7, 36, 13.6},
                          {"本年制发件数", 219, 114.7, 54, 13.6},
                          {"本年废止件数", 364, 114.7, 54, 13.6},
                          {"规章", 76, 129.4, 18, 13.6},
                          {"9", 260, 129.4, 6.7, 13.6},
                          {"0", 398, 129.4, 6.7, 13.6},
                          {"行政规范性", 76, 144.1, 45, 13.6},
                          {"文件", 76, 158.8, 18, 13.6},
                          {"2", 260, 144.1, 6.7, 13.6},
                          {"6534", 391, 144.1, 26.7, 13.6}},
                         ruled({99.5, 114.2, 128.9, 143.6, 173.5}, {72, 214, 360, 523}));
  BOOST_TEST(has(t.text, "\t第二十条第（一）项\n\n\t信息内容\n"), t.text);
  BOOST_TEST(has(t.text, "\t规章\n\t9\n\t0\n\n\t行政规范性文件\n\t2\n\t6534\n"), t.text);
}

// A border around the table alone (or a three-line table's rules, or a page's header rule) does
// not part its rows: it is read by the space between lines, its rows apart as they stand.
BOOST_AUTO_TEST_CASE(a_table_with_a_border_alone_is_read_by_the_space_between_lines) {
  const laid t = lay_out(row(100, 76, "一、本年新收", {"5", "1", "0", "0", "0", "0", "6"}) +
                             row(122, 76, "二、上年结转", {"0", "0", "0", "0", "0", "0", "0"}) +
                             row(144, 76, "三、本年度办理", {"5", "1", "0", "0", "0", "0", "6"}),
                         ruled({90, 160}, {72, 523}));
  BOOST_TEST(has(t.text, "\t二、上年结转\n\t0\n"), t.text);
  BOOST_TEST(has(t.text, "\t三、本年度办理\n\t5\n"), t.text);
}

// `（七）总计`'s cell is merged over its own row and the next, and its text stands in the middle,
// beside the next row's figures: the rules say which rows it covers, and it is the label of the
// row its cell starts in, not a second label of the next.
BOOST_AUTO_TEST_CASE(in_a_ruled_table_a_merged_label_covers_the_rows_of_its_cell) {
  pdf::page_rules rules = ruled({99.5, 121.5});
  rules.across.push_back({144, 72, 125});   // under nothing beside the first row but 四's column
  rules.across.push_back({144, 228, 523});  // and the figures'
  rules.across.push_back({168, 72, 523});
  for (const double x : {72.0, 228.0, 523.0}) rules.down.push_back({x, 99.5, 168});
  rules.down.push_back({125, 144, 168});  // 四's column apart from （七）'s, beside 四 alone
  const laid t = lay_out(
      row(100, 159, "（六）其他处理", {"1", "0", "0", "0", "0", "0", "1"}) +
          row(124.5, 0, "", {"98", "51", "12563", "0", "0", "0", "12712"}) +
          row(147, 0, "", {"3558", "8288", "0", "0", "0", "0", "11846"}) +
          std::vector<placed_word>{
              {"四、结转", 76, 144.7, 36, 7.76}, {"（七）总计", 130, 147.5, 45, 7.76}, {"下年度", 76, 156.4, 27, 7.76}},
      rules);
  BOOST_TEST(has(t.text, "\t（七）总计\n\t98\n"), t.text);
  BOOST_TEST(has(t.text, "\t四、结转下年度\n\t\n\t3558\n"), t.text);
}

// A figure set a line down its cell (after spaces that filled the first line) is of its row:
// no rule runs between it and the row's first line.
BOOST_AUTO_TEST_CASE(in_a_ruled_table_a_figure_a_line_down_its_cell_is_of_its_row) {
  const laid t = lay_out(row(100, 76, "1.属于国家秘密", {"0", "0", "0", "19", "7", "814336"}) +
                             std::vector<placed_word>{{"814362", 498, 114.7, 22.2, 7.62}} +
                             row(140, 76, "2.其他法律", {"0", "4", "8", "3", "0", "0", "15"}),
                         ruled({96, 133, 160}));
  BOOST_TEST(has(t.text, "\t1.属于国家秘密\n\t0\n\t0\n\t0\n\t19\n\t7\n\t814336\n\t814362\n"), t.text);
  BOOST_TEST(t.uncertain.empty());
}

// A paragraph's lines, the first filling the line, are one line of text, as the report's text
// has it: `予` at one line's end and `以公开及部分公开63条` at the next's start are one phrase. A
// line starting numbered after it is a line of its own.
BOOST_AUTO_TEST_CASE(a_paragraph_wrapped_over_lines_is_one_line) {
  const laid t = lay_out({{"一、总体情况", 72, 80, 63, 10.5},
                          {"本年度收到申请七件，办理七件，其中予以公开三件，予", 72, 100, 451, 10.5},
                          {"以公开及部分公开63条。", 72, 116.5, 120, 10.5},
                          {"（二）依申请公开情况。", 72, 133, 120, 10.5}});
  BOOST_TEST(has(t.text, "予以公开三件，予以公开及部分公开63条。\n（二）依申请公开情况。\n"), t.text);
}

BOOST_AUTO_TEST_CASE(page_numbers_in_the_margin_are_not_text) {
  const laid t =
      lay_out({{"一、总体情况", 106, 100, 120, 16}, {"-3-", 497, 789, 21.6, 17.4}, {"正文。", 74, 130, 40, 16}});
  BOOST_TEST(t.text == "一、总体情况\n正文。\n");
}

BOOST_AUTO_TEST_CASE(prose_stays_text_and_a_heading_ends_a_table) {
  const laid t = lay_out(std::vector<placed_word>{{"二、主动公开政府信息情况", 106, 448.8, 192.6, 16.2}} +
                         row(480, 78.8, "规章", {"1", "0", "11"}) +
                         std::vector<placed_word>{{"三、收到和处理政府信息公开申请情况", 106, 520, 273, 16.2}});
  BOOST_TEST(has(t.text, "二、主动公开政府信息情况\n\t规章\n\t1\n\t0\n\t11\n\n三、收到和处理政府信息公开申请情况\n"),
             t.text);
}

BOOST_AUTO_TEST_CASE(a_pdf_is_told_by_its_first_bytes) {
  BOOST_TEST(pdf::looks_like_pdf("%PDF-1.7\n"));
  BOOST_TEST(!pdf::looks_like_pdf("一、总体情况\n"));
  const pdf::pdf_result junk = pdf::read_pdf("junk.pdf", "%PDF-1.4\nnot a pdf at all");
  BOOST_TEST_REQUIRE(junk.error.has_value());
  BOOST_TEST(junk.error->message.find("cannot be read") != std::string::npos);
}

// A PDF whose compressed page content is damaged is read as far as poppler can, and said so: the
// findings after it may be about the damage.
BOOST_AUTO_TEST_CASE(a_damaged_pdf_is_said_to_be_damaged) {
  std::string bytes = test::read_file(test::corpus_dir / "inputs" / "pdf-not-a-report.pdf");
  const std::size_t stream = bytes.find("stream\n");
  BOOST_TEST_REQUIRE(stream != std::string::npos);
  for (std::size_t k = stream + 20; k < stream + 60 && k < bytes.size(); k += 3)
    bytes[k] = static_cast<char>(~bytes[k]);
  const pdf::pdf_result read = pdf::read_pdf("damaged.pdf", bytes);
  // Read with a warning, or, when nothing is left to read, refused as damaged (not as a scan).
  const bool said = read.error ? read.error->message.find("damaged") != std::string::npos
                               : std::any_of(read.findings.begin(), read.findings.end(),
                                             [](const finding& f) { return f.id == "PDF-DAMAGED"; });
  BOOST_TEST(said, (read.error ? read.error->message : std::string("read")));
  // The report as poppler reads it whole says nothing of damage.
  const pdf::pdf_result whole =
      pdf::read_pdf("whole.pdf", test::read_file(test::corpus_dir / "inputs" / "pdf-not-a-report.pdf"));
  BOOST_TEST(whole.findings.empty());
}

namespace {

// A one-page PDF of three lines of text, drawn upright, the page turned by `rotate` degrees.
std::string turned_page(int rotate) {
  render::pdf_writer pdf(595, 842);
  const std::size_t page = pdf.new_page();
  pdf.turn(page, rotate);
  pdf.text(page, 72, 82, 12, "first line of words");
  pdf.text(page, 72, 102, 12, "second line");
  pdf.text(page, 72, 122, 12, "third 42");
  return pdf.finish();
}

}  // namespace

// A page turned by its /Rotate (a quarter, half or three quarters) is read as it was drawn: poppler
// gives its words as the page is shown, lines running down it; they are turned back.
BOOST_AUTO_TEST_CASE(a_turned_page_is_read_as_it_was_drawn) {
  const pdf::pdf_result upright = pdf::read_pdf("upright.pdf", turned_page(0));
  BOOST_TEST_REQUIRE(upright.text.has_value());
  BOOST_TEST(has(std::string(upright.text->text()), "first line of words\nsecond line\nthird 42"),
             upright.text->text());
  for (const int rotate : {90, 180, 270}) {
    const pdf::pdf_result turned = pdf::read_pdf("turned.pdf", turned_page(rotate));
    BOOST_TEST_REQUIRE(turned.text.has_value());
    BOOST_TEST(turned.text->text() == upright.text->text(), rotate);
  }
}
