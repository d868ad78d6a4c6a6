// Findings the way GCC and Clang print diagnostics: the position, the message and id, the source
// line, and a caret under the place.
#include <string>

#include "nianbao/report.hpp"
#include "source/utf8.hpp"

namespace nianbao {

namespace {

// A source line with TABs expanded to the next multiple of 8 display cells, as source::locate
// counts display columns, so that the caret line lines up.
std::string expand_tabs(std::string_view line) {
  std::string out;
  std::size_t column = 0;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t start = i;
    const char32_t cp = utf8::decode(line, i);
    if (cp == U'\t') {
      const std::size_t next = (column / 8 + 1) * 8;
      out.append(next - column, ' ');
      column = next;
    } else {
      out.append(line.substr(start, i - start));
      column += cp == utf8::invalid ? 1 : display_width(cp);
    }
  }
  return out;
}

void write_place(std::ostream& out, const source& src, ast::span where) {
  const location begin = src.locate(where.begin);
  const std::string_view line = src.line_text(begin.line);
  const std::string number = std::to_string(begin.line);
  out << ' ' << number << " | " << expand_tabs(line) << '\n';
  out << ' ' << std::string(number.size(), ' ') << " | " << std::string(begin.display_column - 1, ' ') << '^';
  const location end = src.locate(std::min(where.end, where.begin + line.size()));
  if (end.line == begin.line && end.display_column > begin.display_column + 1) {
    out << std::string(end.display_column - begin.display_column - 1, '~');
  }
  out << '\n';
}

}  // namespace

void write_finding(std::ostream& out, const source& src, const finding& f) {
  const location at = src.locate(f.where.begin);
  out << src.name() << ':' << at.line << ':' << at.column << ": " << name_of(f.level) << ": " << f.message << " ["
      << f.id << "]\n";
  if (!f.where.empty()) write_place(out, src, f.where);
  for (const related_place& r : f.related) {
    const location rat = src.locate(r.where.begin);
    out << src.name() << ':' << rat.line << ':' << rat.column << ": note: " << r.note << '\n';
  }
}

bool write_check(std::ostream& out, const source& src, const bind::bound_report& bound, bool quiet, bool werror) {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const finding& f : bound.findings) {
    errors += f.level == severity::error;
    warnings += f.level == severity::warning;
    if (!quiet) write_finding(out, src, f);
  }
  const bool failed = fails(bound.findings, werror);
  out << src.name() << ": edition " << (bound.choice.edition ? bound.choice.edition->id : "none") << ", " << errors
      << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning" : " warnings")
      << (failed ? "" : ", ok") << '\n';
  return failed;
}

}  // namespace nianbao
