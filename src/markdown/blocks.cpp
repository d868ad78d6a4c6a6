#include "blocks.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "nianbao/core/utf8.hpp"

namespace nianbao::markdown {

namespace {

constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool starts_with_in_any_case(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
    return (a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a) == (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
  });
}

std::size_t find_in_any_case(std::string_view s, std::string_view needle, std::size_t from) noexcept {
  for (std::size_t at = from; at + needle.size() <= s.size(); ++at) {
    if (starts_with_in_any_case(s.substr(at), needle)) return at;
  }
  return std::string_view::npos;
}

// The length of an inline HTML tag (`<br>`, `<span class="x">`, `</b>`) at the start of `s`, or 0.
std::size_t tag_length(std::string_view s) noexcept {
  if (s.size() < 3 || s[0] != '<') return 0;
  std::size_t k = s[1] == '/' ? 2 : 1;
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (k >= s.size() || !letter(s[k])) return 0;
  const std::size_t close = s.find('>', k);
  if (close == std::string_view::npos || s.substr(k, close - k).find('<') != std::string_view::npos) return 0;
  return close + 1;
}

// Character references a converter writes for what Markdown would otherwise read as markup.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> references{
    {{"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}}};

// A numeric character reference (`&#20010;`, `&#x4E2A;`) at the start of `s`: its length and
// character, or 0 when there is none. One that would be a control character (a TAB would make a
// cell, a line feed a line) or no character at all is not read, and stays as it is written.
std::pair<std::size_t, char32_t> numeric_reference(std::string_view s) {
  if (!s.starts_with("&#")) return {0, 0};
  const bool hex = s.size() > 2 && (s[2] == 'x' || s[2] == 'X');
  std::size_t at = hex ? 3 : 2;
  char32_t cp = 0;
  constexpr std::size_t most_digits = 7;
  const std::size_t first_digit = at;
  for (; at < s.size() && at - first_digit < most_digits; ++at) {
    const char c = s[at];
    unsigned digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<unsigned>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = static_cast<unsigned>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = static_cast<unsigned>(c - 'A' + 10);
    } else {
      break;
    }
    cp = cp * (hex ? 16 : 10) + digit;
  }
  if (at == first_digit || at >= s.size() || s[at] != ';') return {0, 0};
  const bool control = cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
  const bool surrogate = cp >= 0xD800 && cp < 0xE000;
  if (control || surrogate || cp > 0x10FFFF) return {0, 0};
  return {at + 1, cp};
}

// The text a stretch of the file shows, markup taken off, as lines (`<br>` ends one), each byte
// of it mapped to where it is in the file.
class inline_reader {
 public:
  explicit inline_reader(std::string_view file) : file_(file) {}

  std::vector<layout::text_line> read(std::size_t from, std::size_t to) {
    lines_.clear();
    line_ = {};
    for (std::size_t at = from; at < to;) at = step(at, to);
    lines_.push_back(std::move(line_));
    return std::move(lines_);
  }

 private:
  std::size_t step(std::size_t at, std::size_t to) {
    const std::string_view rest = file_.substr(at, to - at);
    const char c = rest.front();
    if (c == '\\' && rest.size() > 1 &&
        std::string_view("\\`*_{}[]()#+-.!|<>~&=").find(rest[1]) != std::string_view::npos) {
      copy(at + 1, at + 2);
      return at + 2;
    }
    if (rest.starts_with("**") || rest.starts_with("__")) return at + 2;
    if (c == '<') {
      if (const std::size_t n = tag_length(rest)) {
        if (starts_with_in_any_case(rest, "<br")) {
          lines_.push_back(std::move(line_));
          line_ = {};
        }
        return at + n;
      }
    }
    if (c == '&') {
      for (const auto& [reference, text] : references) {
        if (rest.starts_with(reference)) {
          line_.marks.push_back({line_.text.size(), at, false});
          line_.text.append(text);
          return at + reference.size();
        }
      }
      if (const auto [length, cp] = numeric_reference(rest); length > 0) {
        line_.marks.push_back({line_.text.size(), at, false});
        line_.text.append(utf8::encode(cp));
        return at + length;
      }
    }
    copy(at, at + 1);
    return at + 1;
  }

  void copy(std::size_t from, std::size_t to) {
    if (line_.marks.empty() || !line_.marks.back().verbatim || next_ != from) {
      line_.marks.push_back({line_.text.size(), from, true});
    }
    line_.text.append(file_.substr(from, to - from));
    next_ = to;
  }

  std::string_view file_;
  std::vector<layout::text_line> lines_;
  layout::text_line line_;
  std::size_t next_ = 0;
};

// Where a line's content starts and ends once white space, a heading's `#`s and a quote's `>`
// are taken off.
std::pair<std::size_t, std::size_t> content_of(std::string_view line, std::size_t start) {
  std::string_view s = trim(line);
  std::size_t begin = start + static_cast<std::size_t>(s.data() - line.data());
  const std::size_t hashes = std::min(s.find_first_not_of('#'), s.size());
  if (hashes >= 1 && hashes <= 6 && (hashes == s.size() || is_space(s[hashes]))) {
    s.remove_prefix(hashes);
    begin += hashes;
    // A closing sequence of `#`s, after a space, is not part of the heading.
    const std::size_t last = s.find_last_not_of('#');
    if (last != std::string_view::npos && last + 1 < s.size() && is_space(s[last])) s = s.substr(0, last);
  } else if (s.starts_with('>')) {
    s.remove_prefix(1);
    ++begin;
  }
  const std::string_view kept = trim(s);
  begin += static_cast<std::size_t>(kept.data() - s.data());
  return {begin, begin + kept.size()};
}

// A thematic break (`---`, `***`, `___`) or a setext heading's underline (`===`): no text.
bool rule_line(std::string_view line) noexcept {
  line = trim(line);
  if (line.size() < 3) return false;
  const char c = line.front();
  return (c == '-' || c == '*' || c == '_' || c == '=') &&
         std::all_of(line.begin(), line.end(), [c](char d) { return d == c || d == ' '; });
}

// The cells of a table row: what stands between its pipes (those after a backslash are text).
std::vector<std::pair<std::size_t, std::size_t>> cell_bounds(std::string_view file, std::string_view line,
                                                             std::size_t start) {
  const std::string_view s = trim(line);
  std::size_t at = start + static_cast<std::size_t>(s.data() - line.data());
  const std::size_t end = at + s.size();
  if (s.starts_with('|')) ++at;
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t cell = at;
  for (std::size_t k = at; k < end; ++k) {
    if (file[k] == '\\') {
      ++k;
    } else if (file[k] == '|') {
      cells.emplace_back(cell, k);
      cell = k + 1;
    }
  }
  if (cell < end || !s.ends_with('|') || s.size() == 1) cells.emplace_back(cell, end);
  for (auto& [b, e] : cells) {
    while (b < e && is_space(file[b])) ++b;
    while (e > b && is_space(file[e - 1])) --e;
  }
  return cells;
}

bool has_pipe(std::string_view line) noexcept {
  for (std::size_t k = 0; k < line.size(); ++k) {
    if (line[k] == '\\') {
      ++k;
    } else if (line[k] == '|') {
      return true;
    }
  }
  return false;
}

struct line_ref {
  std::string_view text;  // without its line end
  std::size_t start = 0;
};

std::vector<line_ref> lines_of(std::string_view text) {
  std::vector<line_ref> lines;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back({line, at});
    at = end + 1;
  }
  return lines;
}

layout::table_row row_of(std::string_view file, inline_reader& reader, const line_ref& line) {
  layout::table_row row;
  row.origin = line.start;
  for (const auto& [begin, end] : cell_bounds(file, line.text, line.start)) {
    layout::table_cell cell;
    cell.origin = begin;
    if (begin < end) cell.lines = reader.read(begin, end);
    row.cells.push_back(std::move(cell));
  }
  return row;
}

}  // namespace

bool delimiter_row(std::string_view line) noexcept {
  line = trim(line);
  if (line.find('|') == std::string_view::npos || line.find('-') == std::string_view::npos) return false;
  if (line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|') line.remove_suffix(1);
  while (true) {
    const std::size_t bar = line.find('|');
    std::string_view cell = trim(line.substr(0, bar));
    if (!cell.empty() && cell.front() == ':') cell.remove_prefix(1);
    if (!cell.empty() && cell.back() == ':') cell.remove_suffix(1);
    if (cell.empty() || !std::all_of(cell.begin(), cell.end(), [](char c) { return c == '-'; })) return false;
    if (bar == std::string_view::npos) return true;
    line.remove_prefix(bar + 1);
  }
}

std::vector<block> blocks_of(std::string_view text) {
  const std::vector<line_ref> lines = lines_of(text);
  inline_reader reader(text);
  std::vector<block> blocks;
  for (std::size_t k = 0; k < lines.size();) {
    const line_ref& line = lines[k];
    const std::string_view content = trim(line.text);
    if (has_pipe(content) && k + 1 < lines.size() && delimiter_row(lines[k + 1].text)) {
      pipe_table table;
      table.rows.push_back(row_of(text, reader, line));
      table.line_starts.push_back(line.start);
      for (k += 2; k < lines.size() && !trim(lines[k].text).empty() && has_pipe(lines[k].text); ++k) {
        table.rows.push_back(row_of(text, reader, lines[k]));
        table.line_starts.push_back(lines[k].start);
      }
      blocks.emplace_back(std::move(table));
      continue;
    }
    if (starts_with_in_any_case(content, "<table")) {
      const std::size_t begin = line.start + static_cast<std::size_t>(content.data() - line.text.data());
      const std::size_t close = find_in_any_case(text, "</table>", begin);
      const std::size_t end = close == std::string_view::npos ? text.size() : close + 8;
      blocks.emplace_back(html_table{text.substr(begin, end - begin), begin});
      while (k < lines.size() && lines[k].start < end) ++k;
      continue;
    }
    ++k;
    if (rule_line(content)) continue;
    if (content.empty()) {
      blocks.emplace_back(layout::text_line{"", {{0, line.start, false}}});
      continue;
    }
    const auto [begin, end] = content_of(line.text, line.start);
    for (layout::text_line& l : reader.read(begin, end)) blocks.emplace_back(std::move(l));
  }
  return blocks;
}

}  // namespace nianbao::markdown
