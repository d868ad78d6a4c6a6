#define BOOST_TEST_MODULE grammar
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/report_rules.hpp"
#include "grammar/text_rules.hpp"
#include "nianbao/core/utf8.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;
using test::parse_text;

namespace {

// A report skeleton around `body`, so that each case exercises one construct.
std::string in_section_one(const std::string& body) { return "一、总体情况\n" + body + "\n二、主动公开政府信息情况\n"; }

const ast::block& first_block_of_section_one(const test::parsed& p) {
  BOOST_TEST_REQUIRE(!p.doc.sections.empty());
  BOOST_TEST_REQUIRE(!p.doc.sections.front().body.empty());
  return p.doc.sections.front().body.front();
}

// The only cell of a one-cell table in section 一.
ast::cell only_cell(const std::string& cell_text) {
  const auto p = parse_text(in_section_one("\t" + cell_text + "\n"));
  const auto& t = std::get<ast::table>(first_block_of_section_one(p));
  BOOST_TEST_REQUIRE(t.rows.size() == 1u);
  return t.rows.front().cells.front();
}

// `cp` in UTF-8, written out here rather than by the library under test.
std::string encoded(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

}  // namespace

// What counts as spacing is said twice: as the grammar's rule, and as the predicate the label
// normalisation, the trimming of lines and the binders share. Every code point, both ways.
BOOST_AUTO_TEST_CASE(the_grammar_and_the_library_agree_on_what_is_spacing) {
  std::size_t spaces = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const std::string text = encoded(cp);
    tao::pegtl::memory_input in(text, "cp");
    const bool rule = tao::pegtl::parse<tao::pegtl::seq<grammar::inline_space, tao::pegtl::eof>>(in);
    const bool predicate = utf8::is_inline_space(cp);
    spaces += predicate;
    if (rule != predicate) BOOST_ERROR("U+" << std::hex << static_cast<unsigned>(cp) << ": rule " << rule);
    const std::size_t trimmed = utf8::space_before("x" + text, text.size() + 1);
    if (trimmed != (predicate ? text.size() : 0))
      BOOST_ERROR("U+" << std::hex << static_cast<unsigned>(cp) << " trimmed");
  }
  BOOST_TEST(spaces == 18u);  // 5 ASCII, U+00A0, U+3000 and the eleven of U+2000–U+200A
}

BOOST_AUTO_TEST_CASE(grammars_have_no_infinite_loops) {
  BOOST_TEST(tao::pegtl::analyze<grammar::report::document>(1) == 0u);
  BOOST_TEST(tao::pegtl::analyze<grammar::value::cell_value>(1) == 0u);
  BOOST_TEST(tao::pegtl::analyze<grammar::report::title::line_with_year>(1) == 0u);
  BOOST_TEST(tao::pegtl::analyze<grammar::report::title::parenthesised_agency>(1) == 0u);
}

// --- headings ----------------------------------------------------------------------------------

struct heading_case {
  const char* line;
  ast::marker_kind kind;
  unsigned number;
  unsigned level;
  const char* title;
  const char* body;
};
std::ostream& operator<<(std::ostream& out, const heading_case& c) { return out << c.line; }

BOOST_DATA_TEST_CASE(
    heading_forms,
    bdata::make(std::vector<heading_case>{
        {"（一）主动公开情况", ast::marker_kind::paren_chinese, 1, 2, "主动公开情况", ""},
        {"(二)依申请公开", ast::marker_kind::paren_chinese, 2, 2, "依申请公开", ""},
        {"（十二）其他", ast::marker_kind::paren_chinese, 12, 2, "其他", ""},
        {"1、存在的问题：一是人员不足。", ast::marker_kind::arabic, 1, 3, "存在的问题", "一是人员不足。"},
        {"2.改进情况", ast::marker_kind::arabic, 2, 3, "改进情况", ""},
        {"３．全角编号", ast::marker_kind::arabic, 3, 3, "全角编号", ""},
        {"（1）政策解读较少。（2）公开不够。", ast::marker_kind::paren_arabic, 1, 4, "政策解读较少", "（2）公开不够。"},
        {"（一）政府信息管理。为确保政务公开各项工作落到实处。", ast::marker_kind::paren_chinese, 1, 2, "政府信息管理",
         "为确保政务公开各项工作落到实处。"},
        {"（四）政策解读及回应关切方面：暂无。", ast::marker_kind::paren_chinese, 4, 2, "政策解读及回应关切方面",
         "暂无。"},
        {"（五） 监督保障  ", ast::marker_kind::paren_chinese, 5, 2, "监督保障", ""},
    }),
    c) {
  const auto p = parse_text(in_section_one(c.line));
  const auto& h = std::get<ast::heading>(first_block_of_section_one(p));
  BOOST_TEST(static_cast<int>(h.mark.kind) == static_cast<int>(c.kind));
  BOOST_TEST(h.mark.number == c.number);
  BOOST_TEST(h.level == c.level);
  BOOST_TEST(p.at(h.title) == c.title);
  BOOST_TEST(p.at(h.body) == c.body);
}

BOOST_DATA_TEST_CASE(not_headings,
                     bdata::make({"2020年，我镇主动公开信息。", "3.5万元用于建设。", "十分重视信息公开。",
                                  "三安全一稳定", "1000、2000"}),
                     line) {
  const auto p = parse_text(in_section_one(line));
  BOOST_TEST(std::holds_alternative<ast::paragraph>(first_block_of_section_one(p)));
}

BOOST_DATA_TEST_CASE(items, bdata::make({"一是完善制度。", "二是加强培训", "· 受理的申请均按时答复。", "● 要点"}),
                     line) {
  const auto p = parse_text(in_section_one(line));
  BOOST_TEST(std::holds_alternative<ast::item>(first_block_of_section_one(p)));
}

BOOST_AUTO_TEST_CASE(section_heading_with_body_on_the_same_line) {
  const auto p = parse_text("一、总体情况\n正文。\n六、其他需要报告的事项：无\n");
  BOOST_TEST_REQUIRE(p.doc.sections.size() == 2u);
  const auto& six = p.doc.sections[1].head;
  BOOST_TEST(six.mark.number == 6u);
  BOOST_TEST(p.at(six.title) == "其他需要报告的事项");
  BOOST_TEST(p.at(six.separator) == "：");
  BOOST_TEST(p.at(six.body) == "无");
}

BOOST_AUTO_TEST_CASE(arabic_section_heading_is_a_deviation_not_an_item) {
  const auto p = parse_text("一、总体情况\n（一）主动公开。\n2、 主动公开政府信息情况\n正文\n");
  BOOST_TEST_REQUIRE(p.doc.sections.size() == 2u);
  BOOST_TEST(static_cast<int>(p.doc.sections[1].head.mark.kind) == static_cast<int>(ast::marker_kind::section_arabic));
  BOOST_TEST(p.at(p.doc.sections[1].head.title) == "主动公开政府信息情况");
}

BOOST_AUTO_TEST_CASE(numbered_list_item_is_not_promoted_to_a_section) {
  const auto p = parse_text("一、总体情况\n1、主动公开\n2、依申请公开\n二、主动公开政府信息情况\n");
  BOOST_TEST_REQUIRE(p.doc.sections.size() == 2u);
  BOOST_TEST(p.doc.sections[0].body.size() == 2u);
}

BOOST_AUTO_TEST_CASE(section_heading_inside_a_table_cell) {
  const auto p = parse_text(
      "一、总体情况\n正文\n\t二、主动公开政府信息情况\n第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量\n");
  BOOST_TEST_REQUIRE(p.doc.sections.size() == 2u);
  const auto& two = p.doc.sections[1];
  BOOST_TEST(two.head_in_cell);
  BOOST_TEST(p.at(two.head.title) == "主动公开政府信息情况");
  const auto& t = std::get<ast::table>(two.body.front());
  BOOST_TEST(t.rows.size() == 2u);
  BOOST_TEST(t.rows[0].cells[0].lines.size() == 2u);
}

BOOST_AUTO_TEST_CASE(indentation_and_artefacts_are_trivia) {
  const auto p = parse_text(in_section_one("[bookmark: _GoBack]　　（六）监督保障方面。正文"));
  const auto& h = std::get<ast::heading>(first_block_of_section_one(p));
  BOOST_TEST_REQUIRE(h.text.artefacts.size() == 1u);
  BOOST_TEST(p.at(h.text.artefacts[0]) == "[bookmark: _GoBack]");
  BOOST_TEST(p.at(h.text.content) == "（六）监督保障方面。正文");
}

BOOST_AUTO_TEST_CASE(a_line_of_only_an_artefact_is_blank) {
  const auto p = parse_text(in_section_one("[bookmark: _GoBack]"));
  BOOST_TEST(std::holds_alternative<ast::blank>(first_block_of_section_one(p)));
}

// --- tables ----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(rows_are_separated_by_blank_lines_and_cells_continue_on_plain_lines) {
  const auto p = parse_text(in_section_one("\t信息内容\n\t本年新\n制作数量\n\t\n\n\t规章\n\t0\n\n　\n\t规范性文件\n"));
  const auto& t = std::get<ast::table>(first_block_of_section_one(p));
  BOOST_TEST_REQUIRE(t.rows.size() == 3u);
  BOOST_TEST(t.rows[0].cells.size() == 3u);
  BOOST_TEST(t.rows[0].cells[1].lines.size() == 2u);
  BOOST_TEST(static_cast<int>(t.rows[0].cells[2].value.kind) == static_cast<int>(ast::value_kind::empty));
  BOOST_TEST(t.rows[1].gap_before.size() == 1u);
  BOOST_TEST(t.rows[2].gap_before.size() == 2u);  // an ideographic space alone is a blank line
}

BOOST_AUTO_TEST_CASE(blank_lines_after_the_last_row_are_not_the_table_s) {
  const auto p = parse_text(in_section_one("\t0\n\n\n正文"));
  const auto& body = p.doc.sections.front().body;
  BOOST_TEST_REQUIRE(body.size() == 4u);
  BOOST_TEST(std::holds_alternative<ast::blank>(body[1]));
  BOOST_TEST(std::holds_alternative<ast::paragraph>(body[3]));
}

BOOST_AUTO_TEST_CASE(a_section_heading_line_ends_a_cell) {
  const auto p = parse_text("一、总体情况\n\t0\n二、主动公开政府信息情况\n");
  BOOST_TEST(p.doc.sections.size() == 2u);
}

BOOST_AUTO_TEST_CASE(label_cells_carry_their_numbering) {
  BOOST_TEST(only_cell("（一）予以公开").mark->number == 1u);
  BOOST_TEST(only_cell("8.属于行政查询事项").mark->number == 8u);
  BOOST_TEST(only_cell("2、重复申请").mark->number == 2u);
  BOOST_TEST(!only_cell("信息内容").mark.has_value());
}

// --- values ----------------------------------------------------------------------------------

struct value_case {
  const char* cell;
  ast::value_kind kind;
  const char* sign;
  const char* integer;
  const char* fraction;
  const char* unit;
  bool full_width;
  bool grouped;
};
std::ostream& operator<<(std::ostream& out, const value_case& c) { return out << c.cell; }

BOOST_DATA_TEST_CASE(value_forms,
                     bdata::make(std::vector<value_case>{
                         {"0", ast::value_kind::number, "", "0", "", "", false, false},
                         {"　　0", ast::value_kind::number, "", "0", "", "", false, false},
                         {"0\u00A0", ast::value_kind::number, "", "0", "", "", false, false},
                         {"237", ast::value_kind::number, "", "237", "", "", false, false},
                         {"-8", ast::value_kind::number, "-", "8", "", "", false, false},
                         {"+3", ast::value_kind::number, "+", "3", "", "", false, false},
                         {"－５", ast::value_kind::number, "－", "５", "", "", true, false},
                         {"１２", ast::value_kind::number, "", "１２", "", "", true, false},
                         {"1,234,567", ast::value_kind::number, "", "1,234,567", "", "", false, true},
                         {"96171.6", ast::value_kind::number, "", "96171", "6", "", false, false},
                         {"627446.05元", ast::value_kind::money, "", "627446", "05", "元", false, false},
                         {"127.047万元", ast::value_kind::money, "", "127", "047", "万元", false, false},
                         {"251000 元", ast::value_kind::money, "", "251000", "", "元", false, false},
                         {"/", ast::value_kind::not_given, "", "", "", "", false, false},
                         {"-", ast::value_kind::not_given, "", "", "", "", false, false},
                         {"—", ast::value_kind::not_given, "", "", "", "", false, false},
                         {"——", ast::value_kind::not_given, "", "", "", "", false, false},
                         {"", ast::value_kind::empty, "", "", "", "", false, false},
                         {"1 0", ast::value_kind::text, "", "", "", "", false, false},
                         {"1,23", ast::value_kind::text, "", "", "", "", false, false},
                         {"12件", ast::value_kind::text, "", "", "", "", false, false},
                         {"规章", ast::value_kind::text, "", "", "", "", false, false},
                     }),
                     c) {
  const auto p = parse_text(in_section_one(std::string("\t") + c.cell + "\n"));
  const auto& cell = std::get<ast::table>(first_block_of_section_one(p)).rows.front().cells.front();
  const ast::value_token& v = cell.value;
  BOOST_TEST(static_cast<int>(v.kind) == static_cast<int>(c.kind));
  BOOST_TEST(p.at(v.sign) == c.sign);
  BOOST_TEST(p.at(v.integer) == c.integer);
  BOOST_TEST(p.at(v.fraction) == c.fraction);
  BOOST_TEST(p.at(v.unit) == c.unit);
  BOOST_TEST(v.full_width == c.full_width);
  BOOST_TEST(v.grouped == c.grouped);
}

// --- title and sign-off -------------------------------------------------------------------------

struct title_case {
  const char* head;
  const char* agency;
  const char* year;
  const char* title;
};
std::ostream& operator<<(std::ostream& out, const title_case& c) { return out << c.head; }

BOOST_DATA_TEST_CASE(
    title_forms,
    bdata::make(std::vector<title_case>{
        {"上塘镇2020年政府信息公开工作年度报告\n", "上塘镇", "2020", "政府信息公开工作年度报告"},
        {"溪口镇2021年度政府信息公开工作报告\n", "溪口镇", "2021", "政府信息公开工作报告"},
        {"富阳区新桐乡2020年\n\n政府信息公开工作年度报告\n", "富阳区新桐乡", "2020", "政府信息公开工作年度报告"},
        {"2020年政府信息公开工作年度报告\n（康桥街道）\n", "康桥街道", "2020", "政府信息公开工作年度报告"},
        {"２０２２年政府信息公开工作年度报告\n", "", "２０２２", "政府信息公开工作年度报告"},
    }),
    c) {
  const auto p = parse_text(std::string(c.head) + "一、总体情况\n");
  BOOST_TEST(p.at(p.doc.title.agency) == c.agency);
  BOOST_TEST(p.at(p.doc.title.year) == c.year);
  BOOST_TEST(p.at(p.doc.title.title) == c.title);
}

BOOST_AUTO_TEST_CASE(preamble_follows_the_title) {
  const auto p =
      parse_text("上塘镇2020年政府信息公开工作年度报告\n本报告依据条例编制。统计期限自1月1日起。\n一、总体情况\n");
  BOOST_TEST(p.doc.title.lines.size() == 1u);
  BOOST_TEST(p.doc.preamble.size() == 1u);
}

BOOST_AUTO_TEST_CASE(sign_off_after_the_last_section) {
  const auto p =
      parse_text("一、总体情况\n六、其他需要报告的事项：无\n\n\u00A0丰城市上塘镇人民政府\n    2021年1月13日\n\n");
  BOOST_TEST(p.at(p.doc.sign_off.agency) == "丰城市上塘镇人民政府");
  BOOST_TEST(p.at(p.doc.sign_off.date) == "2021年1月13日");
  BOOST_TEST(p.doc.sign_off.lines.size() == 2u);
  BOOST_TEST(p.doc.trailing.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_sentence_is_not_a_sign_off) {
  const auto p = parse_text("一、总体情况\n六、其他需要报告的事项\n本年度无其他事项。\n");
  BOOST_TEST(p.doc.sign_off.lines.empty());
}

// --- losslessness ------------------------------------------------------------------------------

BOOST_DATA_TEST_CASE(reprint_is_byte_identical,
                     bdata::make({"一、总体情况\n", "一、总体情况", "\xEF\xBB\xBF一、总体情况\r\n\t0\r\n\r\n\t1\r\n",
                                  "一、总体情况\n\t0\n续行\n", "  \n一、总体情况\n\n\n", "一、总体情况\n\t0 \t\u3000",
                                  "一、总体情况\r\n正文\r中间\r\n", "一、总体情况\r\n\t\r\r\n\t0\r\r\n"}),
                     text) {
  const auto p = parse_text(text);
  BOOST_TEST(ast::reprint(p.text.text(), p.doc) == text);
}

// --- found by review: where a table ends --------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_value_cell_does_not_continue_onto_the_next_line) {
  const auto p = parse_text(in_section_one("\t规章\n\t3\n注：本表数据来源于统计。"));
  const auto& body = p.doc.sections.front().body;
  BOOST_TEST_REQUIRE(body.size() == 2u);
  const auto& t = std::get<ast::table>(body[0]);
  BOOST_TEST(static_cast<int>(t.rows[0].cells[1].value.kind) == static_cast<int>(ast::value_kind::number));
  BOOST_TEST(std::holds_alternative<ast::paragraph>(body[1]));
}

BOOST_AUTO_TEST_CASE(a_heading_line_is_never_a_cell_continuation) {
  const auto p = parse_text(in_section_one("\t说明\n（一）补充说明"));
  const auto& body = p.doc.sections.front().body;
  BOOST_TEST_REQUIRE(body.size() == 2u);
  BOOST_TEST(std::holds_alternative<ast::heading>(body[1]));
}

BOOST_AUTO_TEST_CASE(a_section_heading_cell_after_a_table_opens_the_section) {
  const auto p = parse_text(
      "一、总体情况\n三、收到和处理政府信息公开申请情况\n\t一、本年新收政府信息公开申请数量\n\t3\n\n\n"
      "\t四、政府信息公开行政复议、行政诉讼情况\n\n\t行政复议\n\t总计\n");
  BOOST_TEST_REQUIRE(p.doc.sections.size() == 3u);
  BOOST_TEST(p.doc.sections[2].head_in_cell);
  BOOST_TEST(p.doc.sections[2].head.mark.number == 4u);
  BOOST_TEST(std::get<ast::table>(p.doc.sections[1].body.front()).rows.size() == 1u);
  BOOST_TEST(ast::reprint(p.text.text(), p.doc) == p.text.text());
}

BOOST_AUTO_TEST_CASE(a_short_last_paragraph_is_not_the_sign_off_agency) {
  const auto p = parse_text("一、总体情况\n六、其他需要报告的事项\n无\n\n某某镇人民政府\n办公室\n2021年1月13日\n");
  BOOST_TEST(p.doc.sections.back().body.size() == 2u);  // 无 and the blank line
  BOOST_TEST(p.at(p.doc.sign_off.agency) == "某某镇人民政府\n办公室");
}

BOOST_AUTO_TEST_CASE(an_arabic_heading_before_any_section_is_not_one) {
  const auto p = parse_text("1. Preamble\n一、总体情况\n");
  BOOST_TEST(p.doc.sections.size() == 1u);
}
