// How wide a line of a report is drawn, and where it may break: the PDF writer lays its lines and
// cells out by these. The measure is that of
// a Song face such as SimSun (what the reports are set in): a Chinese character or full-width form
// a whole square, a Latin letter, digit or space half of one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::render {

// A character's advance, in thousandths of the font size.
int advance(char32_t c) noexcept;

// A Latin letter or digit's advance in a Song face, in thousandths of the size. A measure for
// another face's Latin (a wider one a converter may put in its place) is passed where it matters.
constexpr int song_latin = 500;

// How wide `text` is drawn at `size` points, its Latin `latin` thousandths of the size each.
double text_width(std::string_view text, double size, int latin = song_latin);

// `text` broken into lines no wider than `width` at `size`, as Word breaks a paragraph: between
// Chinese characters and at spaces, never inside a run of Latin letters or digits (a figure is
// never cut), never before closing punctuation (，。）) or after opening (（《). A piece that does
// not fit alone stands on a line of its own. Spaces at a break are dropped; an empty text is one
// empty line.
std::vector<std::string> wrapped(std::string_view text, double size, double width);

// How wide the widest piece of `text` that `wrapped` never cuts is drawn.
double widest_piece(std::string_view text, double size, int latin = song_latin);

}  // namespace nianbao::render
