// Where a file holds several reports, and each of them as an input of its own.
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include "front_end.hpp"
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

// A report starts where a title line is followed, within a few lines (the agency in parentheses,
// a date, a preamble), by 一、 and later by another section's heading: numbering that starts over
// under a title of its own; or, with no title, where 一、总体情况, every report's first section,
// starts the numbering over. Fed the blocks of a text in order, it notes each such start.
class start_scanner {
 public:
  start_scanner(std::string_view text, std::vector<later_report>& found) : text_(text), found_(found) {}

  void operator()(const ast::block& b) {
    if (std::holds_alternative<ast::blank>(b)) return;
    // Tables one after another are one block: assembling a document cuts a table at a row that
    // holds a section heading, the lines do not, and both must count lines alike.
    const bool table = std::holds_alternative<ast::table>(b);
    if (table && after_table_) return;
    after_table_ = table;
    const auto* paragraph = std::get_if<ast::paragraph>(&b);
    const auto* heading = std::get_if<ast::heading>(&b);
    const bool section_mark =
        heading != nullptr && heading->level == 1 && heading->mark.kind == ast::marker_kind::section;
    if (paragraph != nullptr && title_like(paragraph->text.content.in(text_))) {
      // A title split over two lines (`XX乡2020年` / `政府信息公开工作年度报告`) starts at the first.
      const std::string_view line = paragraph->text.content.in(text_);
      const bool split = previous_ && line.starts_with("政府信息公开") && is_short_line(previous_->in(text_));
      title_ = split ? *previous_ : paragraph->text.content;
      since_title_ = 0;
      restart_.reset();
    } else if (section_mark && heading->mark.number == 1 && title_ && since_title_ <= lines_between) {
      restart_ = heading->mark.where;
    } else if (section_mark && heading->mark.number == 1 && heading->title.in(text_).starts_with("总体情况")) {
      // A report's first section, 一、总体情况, inside another's: a second report whose title was
      // lost (or ran onto the line before); it starts at its 一、.
      title_ = heading->text.content;
      restart_ = heading->mark.where;
    } else if (section_mark && heading->mark.number > 1 && restart_) {
      found_.push_back({*title_, *restart_});
      title_.reset();
      restart_.reset();
    } else {
      ++since_title_;
    }
    previous_.reset();
    if (paragraph != nullptr && !paragraph->is_date) previous_ = paragraph->text.content;
  }

 private:
  static constexpr unsigned lines_between = 5;
  std::string_view text_;
  std::vector<later_report>& found_;
  std::optional<ast::span> title_;
  unsigned since_title_ = 0;
  std::optional<ast::span> restart_;   // the 一、 that followed the title
  std::optional<ast::span> previous_;  // the line before, when it is running text and no date
  bool after_table_ = false;
};

// The reports after the first, from all the blocks of a text in order: the first report's own
// title and 一、 are seen too, and are no later report.
class report_finder {
 public:
  explicit report_finder(std::string_view text) : scan_(text, found_) {}

  void operator()(const ast::block& b) {
    const auto* heading = std::get_if<ast::heading>(&b);
    if (!first_section_ && heading != nullptr && heading->mark.kind == ast::marker_kind::section)
      first_section_ = heading->mark.where.begin;
    scan_(b);
  }

  // Nor is a start before the text's first section heading (a cover, a heading out of order):
  // what comes before a report must hold a section heading to be one. So every piece of a text
  // split at these starts reads as a report.
  std::vector<later_report> later() && {
    std::erase_if(found_, [&](const later_report& r) {
      return first_section_ && (r.title.begin <= *first_section_ || r.restart.begin <= *first_section_);
    });
    return std::move(found_);
  }

 private:
  std::vector<later_report> found_;
  start_scanner scan_;
  std::optional<std::size_t> first_section_;  // the first report's 一、, or its first section heading
};

// Where the line holding `offset` starts.
std::size_t line_start(std::string_view text, std::size_t offset) {
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

}  // namespace

std::vector<later_report> later_reports(std::string_view text, const ast::document& doc) {
  // The blocks in the order of the text, as the lines show them before they are assembled.
  report_finder find(text);
  std::ranges::for_each(doc.title.lines, std::ref(find));
  std::ranges::for_each(doc.preamble, std::ref(find));
  for (const ast::section& s : doc.sections) {
    if (!s.head_in_cell) find(s.head);  // else the table that opens the body holds it
    std::ranges::for_each(s.body, std::ref(find));
  }
  std::ranges::for_each(doc.sign_off.lines, std::ref(find));
  std::ranges::for_each(doc.trailing, std::ref(find));
  return std::move(find).later();
}

std::vector<later_report> later_reports(const source& text) {
  report_finder find(text.text());
  // A text the grammar refuses is no report to split: reading it whole says why.
  if (!grammar::for_each_line_block(text, std::ref(find))) return {};
  return std::move(find).later();
}

namespace {

// Gives `r` as report `k` of the `count` in the file, with its REPORT-IN-FILE note.
void give(report_input& r, std::size_t k, std::size_t count, const std::function<void(const report_input&)>& each) {
  r.report = k;
  r.first_line = r.text.locate(0).line;  // in the file
  finding note;
  note.id = "REPORT-IN-FILE";
  note.where = {0, std::min(r.text.text().find('\n'), r.text.size())};
  note.level = severity::note;
  note.message = "report " + std::to_string(k) + " of the " + std::to_string(count) +
                 " this file holds (pages concatenated), from line " + std::to_string(r.first_line) +
                 ": checked on its own";
  r.findings.push_back(std::move(note));
  each(r);
}

// The line each report after the first starts on (its title's).
std::vector<std::size_t> line_starts(std::string_view text, const std::vector<later_report>& later) {
  std::vector<std::size_t> starts;
  starts.reserve(later.size());
  for (const later_report& r : later) starts.push_back(line_start(text, r.title.begin));
  return starts;
}

// From this size on, where a text's reports start is found in its lines rather than in its whole
// AST, which takes some twenty times the text. Below it the AST is made anyway, and for a text of
// one report, nearly every one, it is the AST checked: reading the lines first would cost a
// second pass of the grammar over every report. Both find the same starts.
constexpr std::size_t lines_first_from = std::size_t{4} << 20;

}  // namespace

read_status read_reports(std::string name, std::string bytes, const load_options& options,
                         const std::function<void(const report_input&)>& each) {
  front_end_result read = read_front_end(name, std::move(bytes), options);
  if (read.error) return {std::move(name), std::move(read.error)};
  // Only a text is split: a page, or a file rendered from one, is read whole, and binding says
  // SEVERAL-REPORTS of it.
  const bool split = read.format == input_format::text;
  const bool lines_first = split && read.text->size() >= lines_first_from;
  std::vector<std::size_t> starts;
  if (lines_first) starts = line_starts(read.text->text(), later_reports(*read.text));
  if (starts.empty()) {
    grammar::parse_result parsed = grammar::parse_report(*read.text);
    if (parsed.error) return {std::move(name), std::move(parsed.error)};
    if (split && !lines_first)
      starts = line_starts(read.text->text(), later_reports(read.text->text(), *parsed.document));
    if (starts.empty()) {
      each(report_input{std::move(*read.text), std::move(*parsed.document), read.format, std::move(read.findings),
                        read.tables_scrambled, std::move(read.readings), std::move(read.label_ends)});
      return {std::move(name), std::nullopt};
    }
  }
  starts.insert(starts.begin(), 0);
  starts.push_back(read.text->size());
  const std::size_t count = starts.size() - 1;
  const auto file = std::make_shared<const source>(std::move(*read.text));
  // Each report's AST is made only when its turn comes and let go after it: a large file holds
  // one report's AST at a time.
  for (std::size_t k = 1; k <= count; ++k) {
    source part(std::string(file->text().substr(starts[k - 1], starts[k] - starts[k - 1])), file,
                {{0, starts[k - 1], true}});
    grammar::parse_result parsed = grammar::parse_report(part);
    // Every piece holds a section heading (later_reports sees to it), so this is only a grammar
    // refusing a line; the reports before were given.
    if (parsed.error) return {std::move(name), std::move(parsed.error)};
    report_input r{std::move(part), std::move(*parsed.document), input_format::text, {}, false, {}, {}};
    give(r, k, count, each);
  }
  return {std::move(name), std::nullopt};
}

}  // namespace nianbao::input
