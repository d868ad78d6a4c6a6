#include "several_reports.hpp"

#include <optional>

#include "findings.hpp"

namespace nianbao::bind {

namespace {

// A title line: names the annual report (`…年度报告`, or `…年度政府信息公开工作报告`) and is no
// sentence. Running text that mentions the report (`本年度报告中所列数据…`) ends its sentences with 。.
bool title_like(std::string_view line) {
  const bool names_it = line.find("年度报告") != std::string_view::npos ||
                        (line.find("政府信息公开") != std::string_view::npos && line.ends_with("报告"));
  return names_it && line.find("。") == std::string_view::npos;
}

bool is_short_line(std::string_view line) {
  constexpr std::size_t title_part_bytes = 90;  // thirty Chinese characters
  return line.size() <= title_part_bytes && line.find("。") == std::string_view::npos;
}

// A report within `blocks` starts where a title line is followed, within a few lines (the agency
// in parentheses, a date, a preamble), by 一、 and later by another section's heading (二、 may
// stand in a table cell): numbering that starts over under a title of its own, which no single
// report has.
void scan(std::string_view text, const std::vector<ast::block>& blocks, std::vector<finding>& findings) {
  constexpr unsigned lines_between = 5;
  std::optional<ast::span> title;
  unsigned since_title = 0;
  std::optional<ast::span> restart;  // the 一、 that followed the title
  const ast::paragraph* previous = nullptr;
  for (const ast::block& b : blocks) {
    if (std::holds_alternative<ast::blank>(b)) continue;
    const auto* paragraph = std::get_if<ast::paragraph>(&b);
    const auto* heading = std::get_if<ast::heading>(&b);
    const bool section_mark =
        heading != nullptr && heading->level == 1 && heading->mark.kind == ast::marker_kind::section;
    if (paragraph != nullptr && title_like(paragraph->text.content.in(text))) {
      // A title split over two lines (`XX乡2020年` / `政府信息公开工作年度报告`) starts at the first.
      const std::string_view line = paragraph->text.content.in(text);
      const bool split = previous != nullptr && !previous->is_date && line.starts_with("政府信息公开") &&
                         is_short_line(previous->text.content.in(text));
      title = split ? previous->text.content : paragraph->text.content;
      since_title = 0;
      restart.reset();
    } else if (section_mark && heading->mark.number == 1 && title && since_title <= lines_between) {
      restart = heading->mark.where;
    } else if (section_mark && heading->mark.number > 1 && restart) {
      finding& f = add_finding(findings, "SEVERAL-REPORTS", severity::error,
                               "a second report starts here, " + quoted(title->in(text)) +
                                   ": this file holds more than one report; split it and check each on its own",
                               *title);
      f.related.push_back({*restart, "its section 一 starts the numbering again"});
      title.reset();
      restart.reset();
    } else {
      ++since_title;
    }
    previous = paragraph;
  }
}

}  // namespace

void check_several_reports(std::string_view text, const ast::document& doc, std::vector<finding>& findings) {
  for (const ast::section& s : doc.sections) scan(text, s.body, findings);
  scan(text, doc.trailing, findings);
}

}  // namespace nianbao::bind
