// The text layout as the front ends of pages and Word files write it: cells placed by their
// spans (the official table heads, short rows, overlaps, spans past reason) and the writer that
// keeps where each byte comes from.
#define BOOST_TEST_MODULE layout
#include <boost/test/unit_test.hpp>

#include "layout/table_grid.hpp"
#include "nianbao/layout.hpp"

using namespace nianbao;

BOOST_AUTO_TEST_SUITE(span_expansion)

using layout::cell_shape;
using layout::layout_row;
using layout::place_cells;

BOOST_AUTO_TEST_CASE(the_official_corner_and_merged_labels) {
  // Table 三's head: a corner 3×3, 申请人情况 over 7 columns, then 自然人 / 法人… / 总计.
  const auto g = place_cells({{{3, 3}, {1, 7}}, {{2, 1}, {1, 5}, {2, 1}}, {{1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}}});
  BOOST_TEST(g.column_count == 10u);
  BOOST_TEST(g.problems.empty());
  BOOST_TEST(g.cells[2].column == 3u);  // 自然人
  BOOST_TEST(g.cells[4].column == 9u);  // 总计
  BOOST_TEST(g.cells[5].column == 4u);  // 商业企业, after 自然人 reaching down
  // Row 3 as the text layout writes it: the corner and 自然人 and 总计 as empty cells.
  const auto row = layout_row(g, 2);
  BOOST_TEST_REQUIRE(row.size() == 8u);
  BOOST_TEST(row[0].continued);
  BOOST_TEST(row[1].continued);
  BOOST_TEST(!row[2].continued);
  BOOST_TEST(row[7].continued);
}

BOOST_AUTO_TEST_CASE(missing_cells_leave_a_short_row) {
  const auto g = place_cells({{{1, 1}, {1, 1}, {1, 1}}, {{1, 1}}});
  BOOST_TEST(g.problems.empty());
  BOOST_TEST(layout_row(g, 1).size() == 1u);
  BOOST_TEST(g.owner(1, 2) == layout::grid::none);
}

BOOST_AUTO_TEST_CASE(an_overlap_is_reported_and_the_first_cell_keeps_the_slot) {
  // The second row's cell spans two columns into the slot the first row's rowspan covers.
  const auto g = place_cells({{{1, 1}, {2, 1}}, {{1, 2}}});
  BOOST_TEST_REQUIRE(g.problems.size() == 1u);
  BOOST_TEST((g.problems[0].kind == layout::span_problem_kind::overlap));
  BOOST_TEST(g.problems[0].cell == 2u);
  BOOST_TEST(g.problems[0].other == 1u);
  BOOST_TEST(g.owner(1, 1) == 1u);
  const auto row = layout_row(g, 1);
  BOOST_TEST_REQUIRE(row.size() == 2u);  // its own cell, and the one reaching down
  BOOST_TEST(row[0].cell == 2u);
  BOOST_TEST(row[1].continued);
}

BOOST_AUTO_TEST_CASE(a_rowspan_past_the_end_stops_there_and_zero_reaches_the_end) {
  const auto g = place_cells({{{5, 1}, {0, 1}}, {{1, 1}}});
  BOOST_TEST_REQUIRE(g.problems.size() == 1u);
  BOOST_TEST((g.problems[0].kind == layout::span_problem_kind::beyond_end));
  BOOST_TEST(g.cells[0].rows == 2u);
  BOOST_TEST(g.cells[1].rows == 2u);
  BOOST_TEST(g.cells[2].column == 2u);
}

BOOST_AUTO_TEST_CASE(spans_beyond_reason_are_clipped_not_allocated) {
  std::vector<std::vector<cell_shape>> rows(50000, std::vector<cell_shape>{{1, 1}});
  rows[0][0] = {65534, 1000};
  rows[1][0] = {65534, 1000};
  const auto g = place_cells(rows);
  BOOST_TEST(g.column_count <= 2000u);
  BOOST_TEST(!g.problems.empty());
}

// A wide table of plain cells costs its slots, not each cell's column again: nothing is clipped.
BOOST_AUTO_TEST_CASE(a_large_table_without_spans_is_placed_whole) {
  const auto g = place_cells(std::vector<std::vector<cell_shape>>(1500, std::vector<cell_shape>(1500)));
  BOOST_TEST(g.problems.empty());
  BOOST_TEST(g.column_count == 1500u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(writer)

layout::text_line verbatim(std::string text, std::size_t origin) { return {text, {{0, origin, true}}}; }

BOOST_AUTO_TEST_CASE(writes_lines_and_rows_as_word_s_text_export_does) {
  layout::writer w("TEST-SPANS");
  w.line(verbatim("一、总体情况", 100));
  layout::table_block t;
  layout::table_row head{{{{verbatim("项目", 200)}, 200, {2, 1}}, {{verbatim("总计", 210)}, 210, {}}}, 199};
  layout::table_row body{{{{verbatim("5", 230)}, 230, {}}}, 229};
  t.rows = {head, body};
  w.table(t);
  const layout::laid_out_text out = w.take();
  // The cell reaching down from the row above is an empty cell in its place, written once.
  BOOST_TEST(out.text == "一、总体情况\n\t项目\n\t总计\n\n\t\n\t5\n\n");
  BOOST_TEST(out.findings.empty());
  const source original("doc", std::string(300, ' '));
  const source rendered(out.text, original, out.marks);
  BOOST_TEST(rendered.original_offset(out.text.find("总计")) == 210u);
  BOOST_TEST(rendered.original_offset(out.text.find('5')) == 230u);
  BOOST_TEST(rendered.original_offset(3) == 103u);  // inside copied text, byte for byte
}

BOOST_AUTO_TEST_CASE(spans_that_do_not_fit_are_reported_under_the_front_end_s_id) {
  layout::writer w("TEST-SPANS");
  layout::table_block t;
  t.rows = {{{{{verbatim("a", 1)}, 1, {5, 1}}}, 0}};
  w.table(t);
  const layout::laid_out_text out = w.take();
  BOOST_TEST_REQUIRE(out.findings.size() == 1u);
  BOOST_TEST(out.findings[0].id == "TEST-SPANS");
}

BOOST_AUTO_TEST_SUITE_END()
