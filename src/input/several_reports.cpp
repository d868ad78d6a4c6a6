// Where a file holds several reports, and each of them as an input of its own.
#include <memory>
#include <optional>

#include "nianbao/grammar.hpp"
#include "nianbao/input.hpp"

namespace nianbao::input {

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
// stand in a table cell): numbering that starts over under a title of its own; or, with no title,
// where 一、总体情况, every report's first section, starts the numbering over.
void scan(std::string_view text, const std::vector<ast::block>& blocks, std::vector<later_report>& found) {
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
    } else if (section_mark && heading->mark.number == 1 && heading->title.in(text).starts_with("总体情况")) {
      // A report's first section, 一、总体情况, inside another's: a second report whose title was
      // lost (or ran onto the line before); it starts at its 一、.
      title = heading->text.content;
      restart = heading->mark.where;
    } else if (section_mark && heading->mark.number > 1 && restart) {
      found.push_back({*title, *restart});
      title.reset();
      restart.reset();
    } else {
      ++since_title;
    }
    previous = paragraph;
  }
}

// Where the line holding `offset` starts.
std::size_t line_start(std::string_view text, std::size_t offset) {
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

}  // namespace

std::vector<later_report> later_reports(std::string_view text, const ast::document& doc) {
  std::vector<later_report> found;
  for (const ast::section& s : doc.sections) scan(text, s.body, found);
  scan(text, doc.trailing, found);
  return found;
}

namespace {

// A vector of one, moved in: a braced list would copy the whole AST.
std::vector<report_input> one(report_input input) {
  std::vector<report_input> out;
  out.push_back(std::move(input));
  return out;
}

}  // namespace

std::vector<report_input> split_reports(report_input whole) {
  if (whole.format != input_format::text || whole.text.original() != nullptr) return one(std::move(whole));
  const std::vector<later_report> later = later_reports(whole.text.text(), whole.document);
  if (later.empty()) return one(std::move(whole));
  std::vector<std::size_t> starts{0};
  for (const later_report& r : later) starts.push_back(line_start(whole.text.text(), r.title.begin));
  starts.push_back(whole.text.size());
  const auto file = std::make_shared<const source>(std::move(whole.text));
  const std::string_view text = file->text();
  // The whole file's AST is let go before each report's is made: a large file holds them once.
  whole.document = ast::document{};
  std::vector<report_input> parts;
  for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
    source part(std::string(text.substr(starts[k], starts[k + 1] - starts[k])), file, {{0, starts[k], true}});
    grammar::parse_result parsed = grammar::parse_report(part);
    const std::size_t line = file->locate(starts[k]).line;
    finding note;
    note.id = "REPORT-IN-FILE";
    note.where = {0, std::min(part.text().find('\n'), part.size())};
    note.level = severity::note;
    note.message = "report " + std::to_string(k + 1) + " of the " + std::to_string(starts.size() - 1) +
                   " this file holds (pages concatenated), from line " + std::to_string(line) + ": checked on its own";
    if (!parsed.document) {
      // A piece that is no report on its own: the file is read whole, as before splitting.
      grammar::parse_result again = grammar::parse_report(*file);
      return one(report_input{*file, std::move(*again.document), whole.format, std::move(whole.findings)});
    }
    parts.push_back({std::move(part), std::move(*parsed.document), whole.format, whole.findings, false, k + 1, line});
    parts.back().findings.push_back(std::move(note));
  }
  return parts;
}

}  // namespace nianbao::input
