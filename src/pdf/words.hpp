// The words of a PDF with their boxes, as poppler reads them from the file's text layer, page by
// page; and what keeps a PDF from being read (damaged, encrypted, scanned).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules.hpp"

namespace nianbao::pdf {

// A box in points, from the page's top left corner, y growing downwards.
struct box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double height() const noexcept { return y1 - y0; }
  double middle() const noexcept { return (y0 + y1) / 2; }
};

struct word {
  std::string text;  // UTF-8
  box where;
  bool space_after = false;  // the PDF puts a space between this word and the next
  std::size_t page = 0;      // from 1
  std::size_t listing = 0;   // where its text is in the document's listing (read_pdf sets it)
};

struct page_words {
  std::size_t number = 0;  // from 1
  double width = 0, height = 0;
  std::vector<word> words;  // in poppler's reading order
  page_rules rules;         // what it draws (rules_of)
};

struct document_words {
  std::vector<page_words> pages;
  std::optional<std::string> refusal;  // why the file cannot be read, in a reader's words
  std::optional<std::string> damage;   // what poppler found wrong while reading it
};

// Reads the text layer of every page, and the rules each draws. A file poppler cannot open, an encrypted one it cannot
// open without a password, and one with no text on any page (a scan) are refused.
document_words words_of(std::string_view bytes);

}  // namespace nianbao::pdf
