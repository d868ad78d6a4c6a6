#include "assemble.hpp"

#include <optional>
#include <set>

#include "cell_reading.hpp"
#include "match_span.hpp"
#include "report_rules.hpp"

namespace nianbao::grammar {

namespace {

std::size_t code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Title and signature lines are short and are not sentences.
bool is_short_line(std::string_view text, const ast::block& b, std::size_t max_code_points) {
  const auto* p = std::get_if<ast::paragraph>(&b);
  if (p == nullptr) return false;
  const std::string_view content = p->text.content.in(text);
  for (const std::string_view punctuation : {"。", "，", "；", "：", "！", "？"}) {
    if (content.find(punctuation) != std::string_view::npos) return false;
  }
  return code_points(content) <= max_code_points;
}

struct section_opening {
  ast::heading head;
  bool in_cell = false;
};

// The section heading a row's first cell holds, if it holds one.
std::optional<ast::heading> heading_in_first_cell(std::string_view text, const ast::row& r) {
  if (r.cells.empty()) return std::nullopt;
  auto head = read_cell_heading(text, r.cells.front().lines.front());
  if (!head || head->mark.kind != ast::marker_kind::section) return std::nullopt;
  return head;
}

// A row of one cell that reads as a section heading (`\t四、政府信息公开行政复议、行政诉讼情况`)
// starts a new table: the section before ended with a table and the blank lines between did not
// end it. The blank lines before such a row go between the two tables.
std::vector<ast::block> split_tables_at_headings(std::string_view text, std::vector<ast::block> blocks) {
  std::vector<ast::block> out;
  for (ast::block& b : blocks) {
    auto* t = std::get_if<ast::table>(&b);
    if (t == nullptr) {
      out.push_back(std::move(b));
      continue;
    }
    ast::table piece;
    for (ast::row& r : t->rows) {
      const bool opens = !piece.rows.empty() && r.cells.size() == 1 && heading_in_first_cell(text, r).has_value();
      if (opens) {
        out.push_back(std::move(piece));
        piece = {};
        for (ast::blank& gap : r.gap_before) out.push_back(std::move(gap));
        r.gap_before.clear();
      }
      piece.rows.push_back(std::move(r));
    }
    out.push_back(std::move(piece));
  }
  return out;
}

// The numbers of the sections written with Chinese numerals (一、 … 六、), in lines or cells.
std::vector<bool> sections_written(std::string_view text, const std::vector<ast::block>& blocks) {
  std::vector<bool> written;
  const auto note = [&](unsigned number) {
    if (number >= written.size()) written.resize(number + 1);
    written[number] = true;
  };
  for (const ast::block& b : blocks) {
    if (const auto* h = std::get_if<ast::heading>(&b); h != nullptr && h->mark.kind == ast::marker_kind::section) {
      note(h->mark.number);
    } else if (const auto* t = std::get_if<ast::table>(&b)) {
      if (auto head = heading_in_first_cell(text, t->rows.front())) note(head->mark.number);
    }
  }
  return written;
}

// Whether block `b` opens the section numbered `expected` (or a later one, when sections are
// missing). Besides the regular `二、…` line: a table whose first cell is the heading, and `2、…`
// when no `二、` is written anywhere, section 一 is open and nothing numbered `1、` precedes it in
// that section.
std::optional<section_opening> opening_of(std::string_view text, const ast::block& b, unsigned expected,
                                          bool in_a_section, const std::set<unsigned>& arabic_in_section,
                                          const std::vector<bool>& written) {
  if (const auto* h = std::get_if<ast::heading>(&b)) {
    if (h->mark.kind == ast::marker_kind::section && h->mark.number >= expected) return section_opening{*h};
    constexpr std::size_t longest_section_title = 30;
    const bool written_in_chinese = expected < written.size() && written[expected];
    if (h->mark.kind == ast::marker_kind::arabic && h->mark.number == expected && in_a_section && !written_in_chinese &&
        !arabic_in_section.contains(expected - 1) && code_points(h->title.in(text)) <= longest_section_title) {
      ast::heading head = *h;
      head.mark.kind = ast::marker_kind::section_arabic;
      head.level = 1;
      return section_opening{head};
    }
  }
  if (const auto* t = std::get_if<ast::table>(&b)) {
    auto head = heading_in_first_cell(text, t->rows.front());
    if (head && head->mark.number == expected) return section_opening{*head, true};
  }
  return std::nullopt;
}

// --- the title block ---------------------------------------------------------------------------

struct title_state : match_span {
  ast::title_block& title;
};

template <typename Rule>
struct title_action : pegtl::nothing<Rule> {};

template <>
struct title_action<report::title::agency_name> {
  static void apply(const auto& in, title_state& st) {
    if (in.size() != 0 && st.title.agency.empty()) st.title.agency = st.span_of(in);
  }
};
template <>
struct title_action<report::year_digits> {
  static void apply(const auto& in, title_state& st) { st.title.year = st.span_of(in); }
};
template <>
struct title_action<report::title::report_name> {
  static void apply(const auto& in, title_state& st) {
    if (in.size() != 0 && st.title.title.empty()) st.title.title = st.span_of(in);
  }
};
template <>
struct title_action<report::title::agency_in_parens> {
  static void apply(const auto& in, title_state& st) {
    if (st.title.agency.empty()) st.title.agency = st.span_of(in);
  }
};

// Runs the actions of `Rule` only when the whole line matches it: the title rules scan ahead
// (`agency_name` stops only at a year), so a partial match would record parts of a non-match.
template <typename Rule>
bool read_whole_line(std::string_view line, title_state& st) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> probe(line.data(), line.size(), "");
  if (!pegtl::parse<Rule>(probe)) return false;
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(line.data(), line.size(), "");
  return pegtl::parse<Rule, title_action>(in, st);
}

// Reads agency, year and title from the title lines.
void read_title(std::string_view text, ast::title_block& title) {
  for (const ast::block& b : title.lines) {
    const auto* p = std::get_if<ast::paragraph>(&b);
    if (p == nullptr) continue;
    const std::string_view line = p->text.content.in(text);
    title_state st{{text.data()}, title};
    // `淮安市人民政府` over `2024 年政府信息公开工作年度报告`: a year line naming no agency after a
    // line that named nothing takes that line as its agency, and gives the title itself.
    const bool names_report = line.find("报告") != std::string_view::npos;
    const std::optional<ast::span> above =
        title.agency.empty() && !title.title.empty() && names_report ? std::optional(title.title) : std::nullopt;
    if (above) title.title = {};
    if (read_whole_line<report::title::line_with_year>(line, st)) {
      if (above && title.agency.empty()) title.agency = *above;
      if (above && title.title.empty()) title.title = *above;
      continue;
    }
    if (above) title.title = *above;
    if (read_whole_line<report::title::parenthesised_agency>(line, st)) continue;
    if (title.title.empty()) title.title = p->text.content;
  }
}

// Leading short lines (with blank lines between them) form the title.
ast::title_block split_title(std::string_view text, std::vector<ast::block>& front) {
  constexpr std::size_t longest_title_line = 60;
  std::size_t end = 0;
  for (std::size_t i = 0; i < front.size(); ++i) {
    if (is_short_line(text, front[i], longest_title_line)) {
      end = i + 1;
    } else if (!std::holds_alternative<ast::blank>(front[i])) {
      break;
    }
  }
  ast::title_block title;
  title.lines.assign(std::make_move_iterator(front.begin()),
                     std::make_move_iterator(front.begin() + static_cast<std::ptrdiff_t>(end)));
  front.erase(front.begin(), front.begin() + static_cast<std::ptrdiff_t>(end));
  read_title(text, title);
  return title;
}

// --- the sign-off ------------------------------------------------------------------------------

// The date line at the end of the last section, with the agency just above it: at most two short
// lines, next to each other and to the date. A short line separated by a blank line is the
// section's own text (`六、其他需要报告的事项` / `无`).
void split_sign_off(std::string_view text, std::vector<ast::block>& body, ast::document& doc) {
  std::size_t end = body.size();
  while (end > 0 && std::holds_alternative<ast::blank>(body[end - 1])) --end;
  if (end == 0) return;
  const auto* date = std::get_if<ast::paragraph>(&body[end - 1]);
  if (date == nullptr || !date->is_date) return;
  constexpr std::size_t longest_agency_line = 40;
  constexpr std::size_t most_agency_lines = 2;
  std::size_t begin = end - 1;
  while (begin > 0 && end - 1 - begin < most_agency_lines &&
         is_short_line(text, body[begin - 1], longest_agency_line)) {
    --begin;
  }
  if (begin < end - 1) {
    const ast::span top = std::get<ast::paragraph>(body[begin]).text.content;
    const ast::span bottom = std::get<ast::paragraph>(body[end - 2]).text.content;
    doc.sign_off.agency = {top.begin, bottom.end};
  }
  doc.sign_off.date = date->text.content;
  const auto at = [&](std::size_t i) { return body.begin() + static_cast<std::ptrdiff_t>(i); };
  doc.sign_off.lines.assign(std::make_move_iterator(at(begin)), std::make_move_iterator(at(end)));
  doc.trailing.assign(std::make_move_iterator(at(end)), std::make_move_iterator(body.end()));
  body.erase(at(begin), body.end());
}

}  // namespace

ast::document assemble(std::string_view text, ast::span bom, std::vector<ast::block> blocks) {
  ast::document doc;
  doc.bom = bom;
  std::vector<ast::block> front;
  blocks = split_tables_at_headings(text, std::move(blocks));
  const std::vector<bool> written = sections_written(text, blocks);
  unsigned expected = 1;
  std::set<unsigned> arabic_in_section;  // the numbers of `1、`-style headings in the open section
  for (ast::block& b : blocks) {
    std::vector<ast::block>& current = doc.sections.empty() ? front : doc.sections.back().body;
    if (auto opening = opening_of(text, b, expected, !doc.sections.empty(), arabic_in_section, written)) {
      expected = opening->head.mark.number + 1;
      arabic_in_section.clear();
      ast::section& s = doc.sections.emplace_back();
      s.head = std::move(opening->head);
      s.head_in_cell = opening->in_cell;
      if (s.head_in_cell) s.body.push_back(std::move(b));
    } else {
      if (const auto* h = std::get_if<ast::heading>(&b); h != nullptr && h->mark.kind == ast::marker_kind::arabic) {
        arabic_in_section.insert(h->mark.number);
      }
      current.push_back(std::move(b));
    }
  }
  doc.title = split_title(text, front);
  doc.preamble = std::move(front);
  if (!doc.sections.empty()) split_sign_off(text, doc.sections.back().body, doc);
  return doc;
}

}  // namespace nianbao::grammar
