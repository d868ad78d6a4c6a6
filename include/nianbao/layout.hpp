// The text layout as a target: what the front ends of other documents (web pages, Word files)
// write their report in, for the one grammar to read. A front end hands over lines of text and
// tables of cells, each stretch of text knowing where in its document it comes from; the writer
// lays them out as Word's text export does (a line per line, a table as TAB-started cells with a
// blank line after each row, merged cells written once) and keeps every byte's origin.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "nianbao/source.hpp"

namespace nianbao::layout {

// One line as the document shows it. `marks` are relative to the line's start.
struct text_line {
  std::string text;
  std::vector<origin_mark> marks;
};

struct cell_shape {
  unsigned rows = 1;     // rows spanned; 0 reaches to the last row
  unsigned columns = 1;  // columns spanned
};

struct table_cell {
  std::vector<text_line> lines;
  std::size_t origin = 0;  // where the cell starts in the document
  cell_shape shape;
};

struct table_row {
  std::vector<table_cell> cells;  // the cells that start in this row, left to right
  std::size_t origin = 0;
};

struct table_block {
  std::vector<table_row> rows;
  std::size_t origin = 0;
};

struct laid_out_text {
  std::string text;
  std::vector<origin_mark> marks;
  std::vector<finding> findings;  // spans that do not fit their table
};

// What a front end lays out, in reading order: a line of text or a table.
using block = std::variant<text_line, table_block>;

class writer {
 public:
  // `spans_id` names the finding for a table whose spans do not fit (HTML-TABLE-SPANS …).
  explicit writer(std::string spans_id) : spans_id_(std::move(spans_id)) {}

  // A line, and the line end after it.
  void line(const text_line& l);
  void table(const table_block& t);
  void write(const block& b);
  // Text made for the layout (a TAB, a line end) standing for the document's `origin`.
  void made(std::string_view s, std::size_t origin);
  std::size_t size() const noexcept { return out_.text.size(); }

  laid_out_text take() { return std::move(out_); }

 private:
  void append(const text_line& l);
  void mark(origin_mark m);

  std::string spans_id_;
  laid_out_text out_;
};

// The document offset a line ends at, after its last character; `fallback` for a line with no
// marks.
std::size_t end_of(const text_line& l, std::size_t fallback) noexcept;

}  // namespace nianbao::layout
