// The grammar of a report in the text layout that Office-to-text extractors emit: lines of running
// text (headings, items, paragraphs), and tables whose every cell is a line starting with TAB,
// rows separated by blank lines. Rules only: what to build lives in report_actions.hpp.
//
// The grammar is lenient by design: any UTF-8 text parses (the source stage has already refused
// what is not text), and the shape of a line decides what it is. Whether a heading is in the
// right place, or a table has the right rows, is for the later stages to judge and report.
#pragma once

#include "text_rules.hpp"

namespace nianbao::grammar::report {

using namespace tao::pegtl;  // NOLINT(google-build-using-namespace): rules read like the format

struct byte_order_mark : TAO_PEGTL_STRING("\xEF\xBB\xBF") {};

// A line of nothing but spaces. A bare TAB is not blank: it is an empty table cell.
struct blank_line : seq<not_at<tab>, sor<seq<star<inline_space>, line_end>, seq<plus<inline_space>, eof>>> {};

// --- running text -------------------------------------------------------------------------
// A heading's title runs to the first 。 or colon; the rest of the line is its body
// (`六、其他需要报告的事项：无`).
struct title_separator : sor<u8::one<U'。', U'：'>, one<':'>> {};
struct heading_title : star<not_at<title_separator>, not_at<end_of_line>, any> {};
struct heading_separator : title_separator {};
struct heading_body : rest_of_line {};
struct heading_text : seq<heading_title, opt<heading_separator, star<inline_space>, heading_body>> {};

struct heading_mark : sor<section_mark, paren_chinese_mark, arabic_mark, paren_arabic_mark> {};
struct heading_line : seq<heading_mark, star<inline_space>, heading_text> {};

struct item_mark : sor<enumerator_mark, bullet_mark> {};
struct item_body : rest_of_line {};
struct item_line : seq<item_mark, star<inline_space>, item_body> {};

// 2021年1月13日 alone on a line: the date of a signature block.
struct year_digits : rep<4, any_digit> {};
struct month_or_day : rep_min_max<1, 2, any_digit> {};
struct date : seq<year_digits, u8::one<U'年'>, month_or_day, u8::one<U'月'>, month_or_day, u8::one<U'日'>> {};
struct date_line : seq<date, star<inline_space>, at<end_of_line>> {};

struct paragraph_line : text_of_line {};

// What a line says, after its indentation and any artefacts: every alternative consumes, so a
// line of running text always moves the parse forward.
struct line_content : sor<heading_line, item_line, date_line, paragraph_line> {};
struct after_artefacts : seq<plus<artefact, star<inline_space>>, opt<line_content>> {};
struct text_line : seq<star<inline_space>, sor<after_artefacts, line_content>, end_of_line> {};

// --- tables ---------------------------------------------------------------------------------
// A cell starts with TAB. Its text may continue on the following lines (`\t本年新` / `制作数量`)
// until a blank line, the next cell, or a line that opens a section (`四、…`).
// A cell that holds a value (or nothing) is one line: a plain line after it is the text that
// follows the table, not more of the cell. Only label cells continue; and a line that opens a
// heading, an item or a section, or a date, is never a continuation.
struct value_cell_text : opt<sor<value::money, value::number, value::not_given>> {};
struct value_cell_line : seq<tab, star<inline_space>, value_cell_text, star<inline_space>, end_of_line> {};
struct cell_text : rest_of_line {};
struct cell_first_line : seq<tab, star<inline_space>, star<artefact, star<inline_space>>, cell_text, end_of_line> {};
struct continued_text : text_of_line {};
struct cell_continuation_line
    : seq<not_at<tab>, not_at<blank_line>, not_at<star<inline_space>, sor<heading_mark, item_mark, date>>,
          star<inline_space>, sor<after_artefacts, continued_text>, end_of_line> {};
struct cell : sor<value_cell_line, seq<cell_first_line, star<cell_continuation_line>>> {};
struct row : plus<cell> {};

// Blank lines between two rows belong to the table; those after its last row do not.
struct row_gap_line : blank_line {};
struct row_gap : seq<at<plus<blank_line>, tab>, plus<row_gap_line>> {};
struct table : seq<row, star<opt<row_gap>, row>> {};

// --- the document ---------------------------------------------------------------------------
struct block : sor<blank_line, table, text_line> {};
struct end_of_report : eof {};
struct document : seq<opt<byte_order_mark>, star<block>, must<end_of_report>> {};

}  // namespace nianbao::grammar::report

namespace nianbao::grammar::report::title {

// `上塘镇2020年政府信息公开工作年度报告`, `溪口镇2021年度政府信息公开工作报告`, `富阳区新桐乡2020年`,
// `沭阳县人民政府 2025 年 政府信息公开工作年度报告` (a converter's spaces). A date line under the
// title, `（2026年1月23日）`, names no agency and no report year.
struct year_mark : seq<year_digits, star<inline_space>, u8::one<U'年'>, opt<u8::one<U'度'>>> {};
struct agency_name : star<not_at<star<inline_space>, year_mark>, any> {};
struct report_name : star<any> {};
struct line_with_year : seq<not_at<opt<open_paren>, date>, agency_name, star<inline_space>, year_mark,
                            star<inline_space>, report_name, eof> {};

// `（康桥街道）` on a line of its own.
struct agency_in_parens : plus<not_at<close_paren>, any> {};
struct parenthesised_agency : seq<open_paren, agency_in_parens, close_paren, eof> {};

}  // namespace nianbao::grammar::report::title
