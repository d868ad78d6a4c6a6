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

bool write_check(std::ostream& out, const source& src, const bind::bound_report& bound, bool quiet, bool werror,
                 bool colour) {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const finding& f : bound.findings) {
    errors += f.level == severity::error;
    warnings += f.level == severity::warning;
    if (!quiet) write_finding(out, src, f, colour);
  }
  const bool failed = fails(bound.findings, werror);
  out << src.name() << ": edition " << (bound.choice.edition ? bound.choice.edition->id : "none") << ", " << errors
      << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning" : " warnings")
      << (failed ? "" : ", ok") << '\n';
  return failed;
}

}  // namespace nianbao
