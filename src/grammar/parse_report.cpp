// The one place the report grammar is instantiated (see DESIGN.md: compile time, small surface).

#include <algorithm>
#include <functional>

#include "document_builder.hpp"
#include "nianbao/grammar.hpp"
#include "report_actions.hpp"
#include "report_errors.hpp"

namespace nianbao::grammar {

namespace {

struct counting_consumer {
  line_counts counts;

  void on_byte_order_mark(ast::span /*unused*/) {}
  void on_blank(const ast::line& /*unused*/) { ++counts.blank_lines; }
  void on_text(const grammar::text_line_event& /*unused*/) { ++counts.text_lines; }
  void on_cell(const ast::line& /*unused*/, ast::span /*unused*/) { ++counts.cells; }
  void on_cell_continuation(const ast::line& /*unused*/) {}
  void on_row_gap(const ast::line& /*unused*/) { ++counts.blank_lines; }
  void on_row_end() { ++counts.rows; }
  void on_table_end() { ++counts.tables; }
};

// Hands on each line of running text as its block, and each table as one empty table block.
struct line_block_consumer {
  const std::function<void(const ast::block&)>& each;
  bool in_table = false;

  void on_byte_order_mark(ast::span /*unused*/) {}
  void on_blank(const ast::line& /*unused*/) {}
  void on_text(grammar::text_line_event event) {
    if (!event.text.content.empty()) each(text_block(std::move(event)));
  }
  void on_cell(const ast::line& /*unused*/, ast::span /*unused*/) {
    if (!in_table) each(ast::table{});
    in_table = true;
  }
  void on_cell_continuation(const ast::line& /*unused*/) {}
  void on_row_gap(const ast::line& /*unused*/) {}
  void on_row_end() {}
  void on_table_end() { in_table = false; }
};

template <grammar::line_consumer Consumer>
void run_grammar(const source& text, Consumer& consumer) {
  namespace pegtl = tao::pegtl;
  const std::string_view bytes = text.text();
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(bytes.data(), bytes.size(), text.name());
  grammar::report::parse_state<Consumer> state{{{bytes.data()}, {}, 0}, consumer};
  pegtl::parse<grammar::report::document, grammar::report::action, grammar::report::control>(in, state);
}

// A text with no section heading: said where its headings stand inside lines, when a text lost
// its line breaks (a page's text flattened onto one line, as some archives store it).
input_error no_structure(const source& text) {
  const std::string_view bytes = text.text();
  const std::size_t first = bytes.find("一、");
  if (first != std::string_view::npos && bytes.find("二、", first) != std::string_view::npos) {
    return {
        "no report structure: no section heading starts a line, though `一、` stands inside one here "
        "(a text whose line breaks were lost?)",
        text.locate(first)};
  }
  return {"no report structure: found no section heading (一、总体情况 …)", text.locate(0)};
}

}  // namespace

parse_result parse_report(const source& text) {
  grammar::document_builder builder(text.text());
  try {
    run_grammar(text, builder);
  } catch (const tao::pegtl::parse_error& e) {
    const auto& positions = e.positions();
    const std::size_t offset = positions.empty() ? 0 : positions.front().byte;
    return {std::nullopt, input_error{std::string(e.message()), text.locate(offset)}};
  }
  ast::document doc = std::move(builder).finish();
  // Every report has its sections 一 … 六; TAB-indented lines alone (a Makefile) are no report.
  if (doc.sections.empty()) return {std::nullopt, no_structure(text)};
  return {std::move(doc), std::nullopt};
}

bool for_each_line_block(const source& text, const std::function<void(const ast::block&)>& each) {
  line_block_consumer consumer{each};
  try {
    run_grammar(text, consumer);
  } catch (const tao::pegtl::parse_error&) {
    return false;
  }
  return true;
}

line_counts scan_report(const source& text) {
  counting_consumer consumer;
  run_grammar(text, consumer);
  return consumer.counts;
}

}  // namespace nianbao::grammar
