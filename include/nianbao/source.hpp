// The source stage: bytes from a file or stdin, checked to be UTF-8 text, with a line index that
// turns byte offsets into the line and column numbers people read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

// A place in a source as people count it: line and column from 1, the column in characters
// (code points) and, separately, in display cells (CJK and full-width characters are two
// cells wide, a TAB advances to the next multiple of 8).
struct location {
  std::size_t offset = 0;
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t display_column = 1;
};

class source {
 public:
  source(std::string name, std::string text);

  const std::string& name() const noexcept { return name_; }
  std::string_view text() const noexcept { return text_; }
  std::size_t size() const noexcept { return text_.size(); }

  location locate(std::size_t offset) const;
  // The same, counting on from `from` when `offset` is later on the same line: locating many
  // places of one long line one after another stays linear (see locator).
  location locate(std::size_t offset, const location& from) const;
  std::size_t line_count() const noexcept { return line_starts_.size(); }
  // The text of a line (1-based) without its line end.
  std::string_view line_text(std::size_t line) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Locates offsets that mostly increase (the spans of a JSON dump, the findings of a file) without
// recounting each line from its start.
class locator {
 public:
  explicit locator(const source& src) : src_(src) {}
  location operator()(std::size_t offset) {
    last_ = src_.locate(offset, last_);
    return last_;
  }

 private:
  const source& src_;
  location last_;
};

// Why an input was refused before parsing; `where` points at the first offending byte.
struct input_error {
  std::string message;
  location where;
};

struct load_options {
  std::size_t max_bytes = std::size_t{64} << 20;
};

// Reads a file (or stdin for "-") and checks it is a text the grammar can read: not empty, within
// the size limit, UTF-8 (a BOM is fine), no NUL or other binary control bytes. UTF-16 and
// GB18030/GBK texts are recognised and named in the error instead of being called "invalid".
struct load_result {
  std::optional<source> text;
  std::optional<input_error> error;
};
load_result load_source(const std::string& path, const load_options& options = {});

// The same checks for bytes already in memory (tests, fuzzing, front ends).
load_result make_source(std::string name, std::string bytes, const load_options& options = {});

// Display width of one code point, as a terminal shows it (East Asian Wide/Fullwidth: 2).
unsigned display_width(char32_t code_point) noexcept;

}  // namespace nianbao
