// Actions of the report grammar: each translates one matched rule into one call on the consumer
// (line_events.hpp). Actions sit only on rules whose success commits the enclosing alternative,
// so no call is ever made for a match that is later abandoned.
#pragma once

#include <algorithm>
#include <utility>

#include "line_events.hpp"
#include "match_span.hpp"
#include "nianbao/core/numerals.hpp"
#include "report_rules.hpp"
#include "trim.hpp"

namespace nianbao::grammar::report {

// What the actions of one line collect before the line is complete.
struct line_state : match_span {
  text_line_event pending;  // the line being matched
  std::size_t content_begin = 0;

  // Completes the pending line from the whole match of a line rule, and hands it over.
  template <typename ActionInput>
  text_line_event take_event(const ActionInput& in) {
    text_line_event event = std::exchange(pending, {});
    ast::line& l = event.text;
    l.where = span_of(in);
    const std::string_view text(in.begin(), in.size());
    const std::size_t end_size = text.ends_with("\r\n") ? 2 : text.ends_with('\n') ? 1 : 0;
    l.line_end = {l.where.end - end_size, l.where.end};
    // A stray "\r" before "\r\n" is trivia that can leave content_begin past the line end.
    const std::size_t begin = std::min(std::max(content_begin, l.where.begin), l.line_end.begin);
    l.content = {begin, std::max(begin, trim_end(base, begin, l.line_end.begin))};
    content_begin = 0;
    return event;
  }

  template <typename ActionInput>
  ast::line take_line(const ActionInput& in) {
    return take_event(in).text;
  }

  template <typename ActionInput>
  void set_mark(const ActionInput& in, ast::marker_kind kind, unsigned number) {
    pending.mark = ast::marker{kind, span_of(in), number};
  }
};

template <line_consumer Consumer>
struct parse_state : line_state {
  Consumer& out;
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<byte_order_mark> {
  static void apply(const auto& in, auto& st) { st.out.on_byte_order_mark(st.span_of(in)); }
};

// A line's content starts where its text does; on a line of nothing but artefacts, after them.
template <>
struct action<artefact> {
  static void apply(const auto& in, auto& st) {
    st.pending.text.artefacts.push_back(st.span_of(in));
    st.content_begin = st.span_of(in).end;
  }
};

template <>
struct action<line_content> {
  static void apply(const auto& in, auto& st) { st.content_begin = st.span_of(in).begin; }
};
template <>
struct action<cell_text> : action<line_content> {};
template <>
struct action<value_cell_text> : action<line_content> {};
template <>
struct action<continued_text> : action<line_content> {};

// Markers: Chinese numerals skip an opening parenthesis first (（一） has 一 after 3 bytes).
template <>
struct action<section_mark> {
  static void apply(const auto& in, auto& st) {
    st.set_mark(in, ast::marker_kind::section, chinese_numeral_value(in.string_view()));
  }
};

template <>
struct action<paren_chinese_mark> {
  static void apply(const auto& in, auto& st) {
    const std::string_view text = in.string_view();
    st.set_mark(in, ast::marker_kind::paren_chinese, chinese_numeral_value(text.substr(text[0] == '(' ? 1 : 3)));
  }
};

template <>
struct action<arabic_mark> {
  static void apply(const auto& in, auto& st) {
    st.set_mark(in, ast::marker_kind::arabic, arabic_numeral_value(in.string_view()));
  }
};

template <>
struct action<paren_arabic_mark> {
  static void apply(const auto& in, auto& st) {
    const std::string_view text = in.string_view();
    st.set_mark(in, ast::marker_kind::paren_arabic, arabic_numeral_value(text.substr(text[0] == '(' ? 1 : 3)));
  }
};

template <>
struct action<enumerator_mark> {
  static void apply(const auto& in, auto& st) {
    st.set_mark(in, ast::marker_kind::enumerator, chinese_numeral_value(in.string_view()));
    st.pending.is_item = true;
  }
};

template <>
struct action<bullet_mark> {
  static void apply(const auto& in, auto& st) {
    st.set_mark(in, ast::marker_kind::bullet, 0);
    st.pending.is_item = true;
  }
};

template <>
struct action<heading_title> {
  static void apply(const auto& in, auto& st) {
    const ast::span s = st.span_of(in);
    st.pending.title = {s.begin, trim_end(st.base, s.begin, s.end)};
  }
};

template <>
struct action<heading_separator> {
  static void apply(const auto& in, auto& st) { st.pending.separator = st.span_of(in); }
};

template <>
struct action<heading_body> {
  static void apply(const auto& in, auto& st) {
    const ast::span s = st.span_of(in);
    st.pending.body = {s.begin, trim_end(st.base, s.begin, s.end)};
  }
};

template <>
struct action<item_body> : action<heading_body> {};

template <>
struct action<date_line> {
  static void apply(const auto& /*in*/, auto& st) { st.pending.is_date = true; }
};

template <>
struct action<blank_line> {
  static void apply(const auto& in, auto& st) { st.out.on_blank(st.take_line(in)); }
};

template <>
struct action<text_line> {
  static void apply(const auto& in, auto& st) { st.out.on_text(st.take_event(in)); }
};

template <>
struct action<cell_first_line> {
  static void apply(const auto& in, auto& st) {
    const std::size_t tab_at = st.span_of(in).begin;
    st.out.on_cell(st.take_line(in), ast::span{tab_at, tab_at + 1});
  }
};

template <>
struct action<value_cell_line> : action<cell_first_line> {};

template <>
struct action<cell_continuation_line> {
  static void apply(const auto& in, auto& st) { st.out.on_cell_continuation(st.take_line(in)); }
};

template <>
struct action<row_gap_line> {
  static void apply(const auto& in, auto& st) { st.out.on_row_gap(st.take_line(in)); }
};

template <>
struct action<row> {
  static void apply(const auto& /*in*/, auto& st) { st.out.on_row_end(); }
};

template <>
struct action<table> {
  static void apply(const auto& /*in*/, auto& st) { st.out.on_table_end(); }
};

}  // namespace nianbao::grammar::report
