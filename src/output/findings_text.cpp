// Findings the way GCC and Clang print diagnostics: the position, the message and id, the source
// line, and a caret under the place.
#include <string>
#include <utility>
#include <vector>

#include "nianbao/core/utf8.hpp"
#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

// Source lines wider than this many display cells are shown as a window around the caret, as
// Clang does: a CMS that writes a whole article on one line would otherwise echo 30 KB and a
// caret line as long.
constexpr std::size_t window_width = 120;
constexpr std::string_view elision = "...";

// A source line as display cells: TABs expanded to the next multiple of 8, as source::locate
// counts display columns, so that the caret lines up. Each piece is one character's text and
// the column it starts at.
struct shown_char {
  std::string_view text;
  std::size_t column;
  std::size_t width;
};

std::vector<shown_char> display_cells(std::string_view line, std::size_t& width) {
  static constexpr std::string_view spaces = "        ";
  std::vector<shown_char> out;
  std::size_t column = 0;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t start = i;
    const char32_t cp = utf8::decode(line, i);
    if (cp == U'\t') {
      const std::size_t next = (column / 8 + 1) * 8;
      out.push_back({spaces.substr(0, next - column), column, next - column});
      column = next;
    } else {
      const std::size_t w = cp == utf8::invalid ? 1 : display_width(cp);
      out.push_back({line.substr(start, i - start), column, w});
      column += w;
    }
  }
  width = column;
  return out;
}

// The part of the line to show, [first, last) in display columns, holding the caret's column
// `at` (0-based) and as much of the marked range after it as fits.
std::pair<std::size_t, std::size_t> window_around(std::size_t at, std::size_t width) {
  if (width <= window_width) return {0, width};
  const std::size_t shown = window_width - 2 * elision.size();  // the `...` on both sides fit too
  const std::size_t lead = shown / 4;
  const std::size_t first = std::min(at > lead ? at - lead : 0, width - shown);
  return {first, first + shown};
}

void write_place(std::ostream& out, const source& src, ast::span where) {
  const location begin = src.locate(where.begin);
  const std::string_view line = src.line_text(begin.line);
  const location end = src.locate(std::min(where.end, where.begin + line.size()));
  std::size_t width = 0;
  const std::vector<shown_char> cells = display_cells(line, width);
  const std::size_t at = begin.display_column - 1;
  const auto [first, last] = window_around(at, width);

  std::string shown;
  std::size_t shown_from = first;  // the column of the first character shown
  bool started = false;
  for (const shown_char& c : cells) {
    if (c.column < first || c.column + c.width > last) continue;
    if (!started) shown_from = c.column, started = true;
    shown += c.text;
  }
  const std::string_view before = first > 0 ? elision : std::string_view{};
  const std::string_view after = last < width ? elision : std::string_view{};
  const std::string number = std::to_string(begin.line);
  out << ' ' << number << " | " << before << shown << after << '\n';

  const std::size_t caret = before.size() + (at > shown_from ? at - shown_from : 0);
  out << ' ' << std::string(number.size(), ' ') << " | " << std::string(caret, ' ') << '^';
  if (end.line == begin.line && end.display_column > begin.display_column + 1) {
    const std::size_t marked_end = std::min<std::size_t>(end.display_column - 1, last);
    if (marked_end > at + 1) out << std::string(marked_end - at - 1, '~');
  }
  out << '\n';
}

struct paint {
  bool on;
  const char* code;
  std::string_view text;
};

std::ostream& operator<<(std::ostream& out, const paint& p) {
  if (!p.on) return out << p.text;
  return out << "\033[" << p.code << 'm' << p.text << "\033[0m";
}

const char* colour_of(severity level) {
  switch (level) {
    case severity::error:
      return "1;31";
    case severity::warning:
      return "1;35";
    case severity::note:
      return "1;36";
  }
  return "1";
}

}  // namespace

void write_finding(std::ostream& out, const source& src, const finding& f, bool colour) {
  const location at = src.locate(f.where.begin);
  const std::string place = src.name() + ':' + std::to_string(at.line) + ':' + std::to_string(at.column) + ':';
  const std::string level = std::string(name_of(f.level)) + ':';
  out << paint{colour, "1", place} << ' ' << paint{colour, colour_of(f.level), level} << ' ' << f.message << " ["
      << f.id << "]\n";
  if (!f.where.empty()) write_place(out, src, f.where);
  for (const related_place& r : f.related) {
    const location rat = src.locate(r.where.begin);
    const std::string related = src.name() + ':' + std::to_string(rat.line) + ':' + std::to_string(rat.column) + ':';
    out << paint{colour, "1", related} << ' ' << paint{colour, colour_of(severity::note), "note:"} << ' ' << r.note
        << '\n';
  }
}

namespace {

// `file: edition gov2021, 2 errors, 1 warning`, and `, ok` when the file passes.
void write_verdict(std::ostream& out, std::string_view name, std::string_view edition, std::size_t errors,
                   std::size_t warnings, bool failed) {
  out << name << ": edition " << (edition.empty() ? "none" : edition) << ", " << errors
      << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning" : " warnings")
      << (failed ? "" : ", ok");
}

}  // namespace

bool write_check(std::ostream& out, const source& src, const bind::bound_report& bound, bool quiet, bool werror,
                 bool colour, std::string_view name) {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const finding& f : bound.findings) {
    errors += f.level == severity::error;
    warnings += f.level == severity::warning;
    if (!quiet) write_finding(out, src, f, colour);
  }
  const bool failed = fails(bound.findings, werror);
  write_verdict(out, name.empty() ? std::string_view(src.name()) : name,
                bound.choice.edition ? std::string_view(bound.choice.edition->id) : "", errors, warnings, failed);
  out << '\n';
  return failed;
}

std::string report_name(const input::report_input& report) {
  const std::string& file = report.text.name();
  return report.report == 0 ? file : file + ':' + std::to_string(report.first_line);
}

std::string record_name(const input::report_input& report) {
  const std::string& file = report.text.name();
  return report.report == 0 ? file : file + '#' + std::to_string(report.report);
}

void write_unchanged(std::ostream& out, const corpus::document_record& record, bool failed) {
  write_verdict(out, record.path, record.edition, record.errors, record.warnings, failed);
  out << " (unchanged since the store checked it; its findings are there)\n";
}

void write_pair_finding(std::ostream& out, const std::string& path, const corpus::finding_record& f, bool colour) {
  const severity level = f.severity == "error"     ? severity::error
                         : f.severity == "warning" ? severity::warning
                                                   : severity::note;
  const std::string place =
      f.line == 0 ? path + ':' : path + ':' + std::to_string(f.line) + ':' + std::to_string(f.column) + ':';
  out << paint{colour, "1", place} << ' ' << paint{colour, colour_of(level), f.severity + ':'} << ' ' << f.message
      << " [" << f.id << "]\n";
}

}  // namespace nianbao::output
