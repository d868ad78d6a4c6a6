// A report as a PDF file, laid out as a word processor prints it on A4: the title centred, prose
// wrapped to the text's width, tables with ruled cells, their columns sized to their text (labels
// wrap, figures do not), figures centred in their cells, a cell's text at its top and a merged
// cell's in the middle of the rows it spans, rows that do not fit carried to the next page, and each page numbered at
// its foot.
#include <algorithm>

#include "nianbao/core/utf8.hpp"
#include "nianbao/render.hpp"
#include "pdf_writer.hpp"
#include "report_model.hpp"
#include "table_geometry.hpp"
#include "text_measure.hpp"

namespace nianbao::render {

namespace {

constexpr double page_width = 595.28, page_height = 841.89, margin = 72;
constexpr double text_size = 10.5, title_size = 16, table_size = 9;
constexpr double ascent = 0.86;  // the font's ascent, a fraction of its size

// A cell's text without the spaces around it (ASCII, no-break, full-width), which paper does not show.
std::string_view trimmed(std::string_view s) {
  while (const std::size_t n = utf8::inline_space_at(s, 0)) s.remove_prefix(n);
  return utf8::trim_end(s);
}

// A value cell's text is centred in it, as tables of figures are set: a figure (its separators
// and unit with it, `7，044`, `12.5万元`) or the mark of a value not given (`/`, `-`, `—`). A label
// starts at its cell's left.
bool is_value(const std::vector<std::string>& lines) {
  if (lines.size() != 1) return false;
  std::string_view t = lines[0];
  for (const std::string_view mark : {"/", "-", "—", "——", "－", "／"})
    if (t == mark) return true;
  for (const std::string_view unit : {"万元", "元", "件", "个", "条", "项"})
    if (t.ends_with(unit)) {
      t.remove_suffix(unit.size());
      break;
    }
  if (t.starts_with('-') || t.starts_with('+')) t.remove_prefix(1);
  bool digits = false;
  for (std::size_t i = 0; i < t.size();) {
    const char32_t c = utf8::decode(t, i);
    const bool digit = (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
    if (!digit && std::u32string_view(U",.，．").find(c) == std::u32string_view::npos) return false;
    digits = digits || digit;
  }
  return digits;
}

// Where the next line goes: a page, and how far down it the text has come.
class flow {
 public:
  explicit flow(pdf_writer& pdf) : pdf_(pdf) { next_page(); }

  // The page and top of a block `height` points high, on a new page when it does not fit.
  std::pair<std::size_t, double> place(double height) {
    if (y_ + height > page_height - margin && y_ > margin) next_page();
    const double top = y_;
    y_ += height;
    return {page_, top};
  }
  void skip(double height) { y_ = std::min(y_ + height, page_height - margin); }

 private:
  void next_page() {
    page_ = pdf_.new_page();
    const std::string number = "- " + std::to_string(page_ + 1) + " -";
    pdf_.text(page_, (page_width - text_width(number, text_size)) / 2, page_height - margin / 2, text_size, number);
    y_ = margin;
  }

  pdf_writer& pdf_;
  std::size_t page_ = 0;
  double y_ = margin;
};

void paragraph(pdf_writer& pdf, flow& at, std::string_view text, double size, bool centred) {
  const double width = page_width - 2 * margin, leading = size * 1.6;
  for (const std::string& line : wrapped(text, size, width)) {
    const auto [page, top] = at.place(leading);
    const double x = centred ? margin + (width - text_width(line, size)) / 2 : margin;
    pdf.text(page, x, top + (leading - size) / 2 + size * ascent, size, line);
  }
}

// A table's cell, wrapped to its width.
struct laid_cell {
  const page_cell* cell;
  std::size_t row, column;
  double width;
  std::vector<std::string> lines;
};

void table(pdf_writer& pdf, flow& at, const std::vector<page_row>& rows) {
  const table_geometry g = table_columns(rows, table_size, page_width - 2 * margin);
  // Rows a little apart, as tables in reports are set: a row's text further from the next row's
  // than a wrapped label's lines are from each other.
  const double leading = g.size * 1.3, above_text = g.size * 0.6;
  std::vector<laid_cell> cells;
  std::vector<double> heights(rows.size(), leading + 2 * above_text);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::vector<std::size_t> first = first_columns(rows[r]);
    for (std::size_t k = 0; k < rows[r].size(); ++k) {
      const page_cell& cell = rows[r][k];
      if (!cell.written) continue;
      laid_cell laid{&cell, r, first[k], span_width(g, first[k], cell.columns), {}};
      for (const std::string& line : cell.lines)
        for (std::string& piece : wrapped(trimmed(line), g.size, laid.width - 2 * g.padding))
          if (!piece.empty()) laid.lines.push_back(std::move(piece));
      cells.push_back(std::move(laid));
    }
  }
  // A row is as high as its tallest cell; a merged cell's lines that its rows leave no room for
  // make the last of them higher.
  const auto needed = [&](const laid_cell& c) {
    return static_cast<double>(c.lines.size()) * leading + 2 * above_text;
  };
  for (const laid_cell& c : cells)
    if (c.cell->rows == 1) heights[c.row] = std::max(heights[c.row], needed(c));
  for (const laid_cell& c : cells) {
    const std::size_t last = std::min(rows.size(), c.row + c.cell->rows) - 1;
    double spanned = 0;
    for (std::size_t r = c.row; r <= last; ++r) spanned += heights[r];
    if (spanned < needed(c)) heights[last] += needed(c) - spanned;
  }
  std::vector<std::pair<std::size_t, double>> tops;  // each row's page and top
  tops.reserve(heights.size());
  for (const double h : heights) tops.push_back(at.place(h));

  const double left = margin;
  for (const laid_cell& c : cells) {
    const std::size_t last = std::min(rows.size(), c.row + c.cell->rows) - 1;
    double x = left;
    for (std::size_t j = 0; j < c.column; ++j) x += g.columns[j];
    // The cell's part on each page it reaches; its text goes in the tallest part.
    std::pair<std::size_t, double> text_part{tops[c.row].first, tops[c.row].second};
    double text_height = 0;
    for (std::size_t r = c.row; r <= last;) {
      const std::size_t page = tops[r].first;
      const double top = tops[r].second;
      double h = 0;
      for (; r <= last && tops[r].first == page; ++r) h += heights[r];
      pdf.rule(page, x, top, c.width, h);
      if (h > text_height) text_part = {page, top}, text_height = h;
    }
    // A cell's text stands at its top, as Word and LibreOffice set it unless told otherwise; a merged
    // cell's in the middle of its rows, as authors set a label that groups rows.
    const double free = std::max(0.0, text_height - static_cast<double>(c.lines.size()) * leading);
    double baseline =
        text_part.second + (c.cell->rows > 1 ? free / 2 : above_text) + (leading - g.size) / 2 + g.size * ascent;
    const bool centred = is_value(c.lines);
    for (const std::string& line : c.lines) {
      const double indent = centred ? (c.width - text_width(line, g.size)) / 2 : g.padding;
      pdf.text(text_part.first, x + indent, baseline, g.size, line);
      baseline += leading;
    }
  }
}

}  // namespace

std::string render_pdf(const source& text, const std::vector<edition::definition>& editions) {
  const std::optional<report_model> model = model_of(text, editions);
  if (!model) return {};
  pdf_writer pdf(page_width, page_height);
  flow at(pdf);
  bool before_sections = true;
  for (const report_block& b : model->blocks) {
    switch (b.what) {
      case report_block::kind::line: {
        before_sections = before_sections && !b.section_head;
        const bool title = before_sections && !model->title.empty() && b.text == model->title;
        paragraph(pdf, at, b.text, title ? title_size : text_size, title);
        break;
      }
      case report_block::kind::blank:
        at.skip(text_size * 0.8);
        break;
      case report_block::kind::table:
        at.skip(text_size * 0.4);
        table(pdf, at, b.rows);
        at.skip(text_size * 0.4);
        break;
    }
  }
  return pdf.finish();
}

}  // namespace nianbao::render
