// A page's words as the lines a reader sees, and each line's cells: runs of words with no more
// than a word space between them (a table's columns stand further apart). The page's number in
// its margin is not part of the report.
#pragma once

#include <string>
#include <vector>

#include "words.hpp"

namespace nianbao::pdf {

struct cell {
  std::vector<const word*> words;  // left to right
  box where;
  std::string text() const;
  bool numeric() const;  // a figure: digits with their separators, a decimal point, a sign, a unit
};

struct line {
  std::vector<cell> cells;  // left to right
  box where;
  std::size_t page = 0;
  std::string text() const;  // the cells' text, a space between two
};

std::vector<line> lines_of(const page_words& page);

// The line height of a word: its box, for a word of one line.
double height_of(const word& w) noexcept;

// Whether a text starts as a heading or an item does (`（二）`, `2.`, `2、`, `2）`, `(2)`, `②`,
// `二、`), not as the rest of a sentence or of a label.
bool starts_numbered(const std::string& text);

}  // namespace nianbao::pdf
