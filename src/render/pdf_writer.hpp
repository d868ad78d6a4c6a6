// A PDF file written directly: pages of text in one Chinese font, and rules. The font is not
// embedded (a reader substitutes its own Song face); each character used gets a code of its own,
// with its width and, in the font's ToUnicode map, the character it stands for, so that any
// extractor gives the text back exactly, and the boxes it gives are those the layout measured.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::render {

class pdf_writer {
 public:
  pdf_writer(double page_width, double page_height) : width_(page_width), height_(page_height) {}

  // Starts a page; returns its index.
  std::size_t new_page();
  std::size_t pages() const noexcept { return pages_.size(); }

  // `text` at `size` points on page `page`, its baseline's left end `x` points from the page's
  // left edge and `baseline` points down from its top.
  void text(std::size_t page, double x, double baseline, double size, std::string_view text);

  // A rectangle's outline, its top left corner at (x, y) from the page's top left.
  void rule(std::size_t page, double x, double y, double w, double h);

  // Shows page `page` turned clockwise by `degrees` (a multiple of 90), as a scanner or a
  // publisher turns a page by its /Rotate; what is drawn on it stays as drawn.
  void turn(std::size_t page, int degrees) { turns_.at(page) = degrees; }

  // The file.
  std::string finish() const;

 private:
  std::string code_of(char32_t c);

  double width_, height_;
  std::vector<std::string> pages_;  // each page's content stream
  std::vector<int> turns_;          // each page's /Rotate
  std::map<char32_t, unsigned> codes_;
  std::vector<char32_t> characters_;  // by code - 1
};

}  // namespace nianbao::render
