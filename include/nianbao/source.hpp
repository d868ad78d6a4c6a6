// The source stage: bytes from a file or stdin, checked to be UTF-8 text, with a line index that
// turns byte offsets into the line and column numbers people read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
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

// A cell a front end could not read for sure: a PDF's figure over another in one cell, which is
// one figure wrapped or two figures. It stands in the text as U+FFFD, the mark of a value not
// read, at `at`; `reading` is what it is if it is one figure. The check stage takes that reading
// where the arithmetic says so (check::choose_cell_readings).
struct cell_reading {
  std::size_t at = 0;
  std::string reading;
};

// A row label a front end could not read for sure: the text cell at `at` is a row's label alone,
// which may be the end of the label in the row before it, cut off there (a PDF's label whose
// end stands at the head of the next page, in a row of its own, or a row left blank there).
// Binding joins the two where they make a label of the edition (bind::cell_labels).
struct label_end {
  std::size_t at = 0;
};

// Where a stretch of a rendered text comes from: the text from offset `rendered` up to the next
// mark stands for the original document from offset `original`, byte for byte when `verbatim`
// (copied text), or all of it for that one place when not (a TAB standing for `<td>`, a character
// decoded from `&nbsp;`).
struct origin_mark {
  std::size_t rendered = 0;
  std::size_t original = 0;
  bool verbatim = false;
};

class source {
 public:
  source(std::string name, std::string text);
  // A text rendered from another document (an HTML page) in the text layout, for the grammar to
  // read. Places in it are located, and lines shown, in `original`, so that a finding points at
  // the page the user gave; `marks` are sorted by `rendered` and the first is at 0.
  source(std::string text, source original, std::vector<origin_mark> marks);
  // The same, sharing an original that many texts are rendered from (the reports of one file).
  source(std::string text, std::shared_ptr<const source> original, std::vector<origin_mark> marks);

  const std::string& name() const noexcept { return name_; }
  std::string_view text() const noexcept { return text_; }
  std::size_t size() const noexcept { return text_.size(); }

  location locate(std::size_t offset) const;
  // The same, counting on from `from` when `offset` is later on the same line: locating many
  // places of one long line one after another stays linear (see locator).
  location locate(std::size_t offset, const location& from) const;
  std::size_t line_count() const noexcept;
  // The text of a line (1-based) without its line end.
  std::string_view line_text(std::size_t line) const;

  // The document the user gave, when this text was rendered from it; null otherwise.
  const source* original() const noexcept;
  // An offset of `text()` as an offset of the document the user gave.
  std::size_t original_offset(std::size_t offset) const noexcept;

 private:
  struct origin;
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;  // empty for a rendered text
  std::shared_ptr<const origin> origin_;  // shared: sources are copied, and an origin never changes
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

// The bytes of a file (or stdin for "-"), without any check of what they are; a file over the
// size limit is refused without being read.
struct bytes_result {
  std::string name;  // what messages call the input: the path, or <stdin>
  std::string bytes;
  std::optional<input_error> error;
};
bytes_result read_bytes(const std::string& path, const load_options& options = {});

// The error for an input of `size` bytes over the limit, if it is.
std::optional<input_error> check_size(std::size_t size, const load_options& options);

// The same checks for bytes already in memory (tests, fuzzing, front ends).
load_result make_source(std::string name, std::string bytes, const load_options& options = {});

// Display width of one code point, as a terminal shows it (East Asian Wide/Fullwidth: 2).
unsigned display_width(char32_t code_point) noexcept;

}  // namespace nianbao
