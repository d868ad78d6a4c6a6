#include "cell_reading.hpp"

#include "outline_level.hpp"

#include "report_actions.hpp"
#include "text_rules.hpp"

namespace nianbao::grammar {

namespace {

struct value_state : match_span {
  ast::value_token token;
};

// Parts are recorded as they match; an abandoned `money` attempt is matched again as `number`,
// which records the same parts, and the kind is only set by the alternative that succeeded.
template <typename Rule>
struct value_action : pegtl::nothing<Rule> {};

template <>
struct value_action<value::sign> {
  static void apply(const auto& in, value_state& st) { st.token.sign = st.span_of(in); }
};
template <>
struct value_action<value::integer_digits> {
  static void apply(const auto& in, value_state& st) { st.token.integer = st.span_of(in); }
};
template <>
struct value_action<value::grouped_integer> {
  static void apply(const auto& /*in*/, value_state& st) { st.token.grouped = true; }
};
template <>
struct value_action<value::fraction_digits> {
  static void apply(const auto& in, value_state& st) { st.token.fraction = st.span_of(in); }
};
template <>
struct value_action<wide_digit> {
  static void apply(const auto& /*in*/, value_state& st) { st.token.full_width = true; }
};
template <>
struct value_action<value::unit> {
  static void apply(const auto& in, value_state& st) { st.token.unit = st.span_of(in); }
};
template <>
struct value_action<value::money> {
  static void apply(const auto& /*in*/, value_state& st) { st.token.kind = ast::value_kind::money; }
};
template <>
struct value_action<value::number> {
  static void apply(const auto& /*in*/, value_state& st) {
    if (st.token.kind != ast::value_kind::money) st.token.kind = ast::value_kind::number;
  }
};
template <>
struct value_action<value::not_given> {
  static void apply(const auto& /*in*/, value_state& st) { st.token.kind = ast::value_kind::not_given; }
};

struct label_mark : pegtl::sor<section_mark, paren_chinese_mark, arabic_mark, paren_arabic_mark> {};

}  // namespace

ast::value_token whole_cell_token(ast::value_kind kind, ast::span content) {
  ast::value_token token;
  token.kind = kind;
  token.where = content;
  return token;
}

ast::value_token read_value(std::string_view text, ast::span content) {
  const std::string_view cell = content.in(text);
  if (cell.empty()) return whole_cell_token(ast::value_kind::empty, content);
  value_state st{{text.data()}, {}};
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(cell.data(), cell.size(), "");
  if (!pegtl::parse<value::cell_value, value_action>(in, st)) {
    return whole_cell_token(ast::value_kind::text, content);
  }
  st.token.where = content;
  if (st.token.kind == ast::value_kind::not_given) {
    st.token.sign = st.token.integer = st.token.fraction = st.token.unit = {};
    st.token.grouped = st.token.full_width = false;
  }
  return st.token;
}

std::optional<ast::marker> read_label_mark(std::string_view text, ast::span content) {
  const std::string_view cell = content.in(text);
  report::line_state st{{text.data()}, {}};
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(cell.data(), cell.size(), "");
  pegtl::parse<label_mark, report::action>(in, st);
  return st.pending.mark;
}

std::optional<ast::heading> read_cell_heading(std::string_view text, const ast::line& first) {
  const std::string_view cell = first.content.in(text);
  report::line_state st{{text.data()}, {}};
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(cell.data(), cell.size(), "");
  if (!pegtl::parse<report::heading_line, report::action>(in, st) || !st.pending.mark) return std::nullopt;
  const text_line_event& e = st.pending;
  return ast::heading{first, *e.mark, e.title, e.separator, e.body, heading_level(e.mark->kind)};
}

}  // namespace nianbao::grammar
