// The AST of a report: plain data. Every node carries byte spans into its source; every byte of the
// source belongs to exactly one line of exactly one node, and within a line everything outside
// `content` is trivia (indentation, extraction artefacts, trailing spaces, the line end). That is
// what makes reprint(parse(x)) == x possible (ast::reprint below) and lets every finding point at a byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <boost/container/small_vector.hpp>
#include <vector>

namespace nianbao::ast {

struct span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return begin == end; }
  std::string_view in(std::string_view text) const noexcept { return text.substr(begin, end - begin); }
  friend bool operator==(const span&, const span&) = default;
};

// One physical line. `content` lies inside `where`; `line_end` is "\n", "\r\n" or empty (last line).
struct line {
  span where;
  span content;
  span line_end;
  std::vector<span> artefacts;  // e.g. "[bookmark: _GoBack]" in the leading trivia
};

// The numbering that opens a heading, an item or a table label.
enum class marker_kind : std::uint8_t {
  section,         // 一、
  section_arabic,  // 2、 standing where the section heading 二、 belongs (a deviation)
  paren_chinese,   // （一） or (一)
  arabic,          // 1、 1. 1．
  paren_arabic,    // （1） or (1)
  enumerator,      // 一是 二是
  bullet,          // · • ●
};

struct marker {
  marker_kind kind = marker_kind::bullet;
  span where;
  unsigned number = 0;  // 一 = 1 …; 0 for bullets
};

// A line opened by a numbering marker: `一、总体情况`, `（一）政府信息管理。为确保…`.
// `title` ends at the first 。/：/:, which is `separator`; what follows on the line is `body`.
struct heading {
  line text;
  marker mark;
  span title;
  span separator;
  span body;
  unsigned level = 1;  // 1 一、  2 （一）  3 1、  4 （1）
};

// `一是…`, `· …`: a numbered or bulleted item of running text.
struct item {
  line text;
  marker mark;
  span body;
};

struct paragraph {
  line text;
  bool is_date = false;  // the whole line is a date such as 2021年1月13日
};

struct blank {
  line text;
};

// How the text of a table cell reads as a value. Exact values come from the bind stage; the
// grammar records the kind and where each part of the number is.
enum class value_kind : std::uint8_t {
  empty,      // nothing but whitespace
  not_given,  // "/", "-", "—"
  number,     // 0, -8, +3, 1,234, ９６, 96171.6
  money,      // 627446.05元, 127.047万元
  text,       // labels and anything else
};

struct value_token {
  value_kind kind = value_kind::empty;
  span where;               // the whole value, without surrounding whitespace
  span sign;                // + - － −, if written
  span integer;             // integer digits, with any thousands separators
  span fraction;            // digits after the decimal point
  span unit;                // 元 / 万元 / 亿元, for money
  bool full_width = false;  // written with full-width digits
  bool grouped = false;     // written with thousands separators
};

struct cell {
  // Boost's small_vector does not promise a noexcept move, which would make a growing row copy
  // its cells; moving a cell cannot throw (a line is spans, a moved small_vector moves them), so
  // say so.
  cell() = default;
  cell(const cell&) = default;
  cell(cell&&) noexcept = default;  // NOLINT(bugprone-exception-escape): see above
  cell& operator=(const cell&) = default;
  cell& operator=(cell&&) noexcept = default;
  ~cell() = default;

  // The first starts with the TAB; the rest continue the cell's text. Nearly every cell has one
  // line, so it is stored in place, not in a heap allocation per cell of every report.
  boost::container::small_vector<line, 1> lines;
  span tab;
  std::optional<marker> mark;  // a label's numbering: （一）予以公开, 1.属于国家秘密
  value_token value;
};

struct row {
  row() = default;
  row(const row&) = default;
  row(row&&) noexcept = default;  // NOLINT(bugprone-exception-escape): as cell's
  row& operator=(const row&) = default;
  row& operator=(row&&) noexcept = default;  // NOLINT(bugprone-exception-escape): as cell's
  ~row() = default;

  // Blank lines that separated this row from the previous one: in the text layout, mostly one.
  boost::container::small_vector<blank, 1> gap_before;
  std::vector<cell> cells;
};

struct table {
  std::vector<row> rows;
};

using block = std::variant<blank, paragraph, item, heading, table>;

// Title lines before 一、总体情况: `上塘镇2020年政府信息公开工作年度报告`, possibly split over lines,
// possibly with the agency in parentheses on the next line.
struct title_block {
  std::vector<block> lines;
  span agency;
  span year;   // the digits
  span title;  // 政府信息公开工作年度报告
};

struct section {
  heading head;
  bool head_in_cell = false;  // the heading is the first cell of the table that opens `body`
  std::vector<block> body;
};

// The agency and date after the last section.
struct signature {
  std::vector<block> lines;
  span agency;
  span date;
};

struct document {
  span bom;
  title_block title;
  std::vector<block> preamble;
  std::vector<section> sections;
  signature sign_off;
  std::vector<block> trailing;  // blank lines and text after everything else
};

// The line a block starts on (its first physical line).
const line& first_line(const block& b);

}  // namespace nianbao::ast

namespace nianbao::ast {

// Calls `visit` for every physical line of the document, in source order. A section heading
// written in a table cell is visited once, as the cell's line.
template <typename Visit>
void for_each_line(const document& doc, Visit&& visit);

// The document written back from its lines: byte-identical to the parsed text. Throws
// std::logic_error if the lines do not tile the text exactly (a bug in the grammar, not the input).
std::string reprint(std::string_view text, const document& doc);

}  // namespace nianbao::ast

#include "nianbao/ast_lines.hpp"
