#include "table_geometry.hpp"

#include <algorithm>
#include <numeric>

#include "text_measure.hpp"

namespace nianbao::render {

namespace {

constexpr double smallest_size = 5;

struct needs {
  std::vector<double> least;  // the widest piece never cut, with padding
  std::vector<double> whole;  // the widest line unwrapped, with padding
};

needs needs_of(const std::vector<page_row>& rows, std::size_t width, double size, double padding, int latin) {
  needs n{std::vector<double>(width, 2 * padding + size), std::vector<double>(width, 2 * padding + size)};
  for (const page_row& row : rows) {
    const std::vector<std::size_t> first = first_columns(row);
    for (std::size_t k = 0; k < row.size(); ++k) {
      const page_cell& cell = row[k];
      if (!cell.written) continue;
      double least = 0, whole = 0;
      for (const std::string& line : cell.lines) {
        least = std::max(least, widest_piece(line, size, latin));
        whole = std::max(whole, text_width(line, size, latin));
      }
      least += 2 * padding;
      whole += 2 * padding;
      // A cell over several columns needs them together as wide as its widest piece; its whole
      // line is left to wrap, as a word processor leaves a spanning head.
      const std::size_t c = first[k];
      const std::size_t span = std::min(cell.columns, width - c);
      double together = 0;
      for (std::size_t j = c; j < c + span; ++j) together += n.least[j];
      if (together < least)
        for (std::size_t j = c; j < c + span; ++j) n.least[j] += (least - together) / static_cast<double>(span);
      if (span == 1) n.whole[c] = std::max(n.whole[c], whole);
    }
  }
  for (std::size_t j = 0; j < width; ++j) n.whole[j] = std::max(n.whole[j], n.least[j]);
  return n;
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

}  // namespace

std::vector<std::size_t> first_columns(const page_row& row) {
  std::vector<std::size_t> out;
  std::size_t c = 0;
  for (const page_cell& cell : row) {
    out.push_back(c);
    c += cell.columns;
  }
  return out;
}

double span_width(const table_geometry& g, std::size_t first, std::size_t span) {
  double w = 0;
  for (std::size_t j = first; j < first + span && j < g.columns.size(); ++j) w += g.columns[j];
  return w;
}

table_geometry table_columns(const std::vector<page_row>& rows, double size, double width, int latin) {
  const std::size_t count = width_of(rows);
  table_geometry g{size, size * 0.45, {}};
  needs n = needs_of(rows, count, g.size, g.padding, latin);
  // A table too wide for the page even with every label wrapped is set smaller, as an author does.
  if (const double least = sum(n.least); least > width && g.size > smallest_size) {
    g.size = std::max(smallest_size, g.size * width / least);
    g.padding = g.size * 0.45;
    n = needs_of(rows, count, g.size, g.padding, latin);
  }
  const double least = sum(n.least), whole = sum(n.whole);
  g.columns = n.whole;
  if (whole <= width) {
    // Room to spare goes to every column alike in proportion, as a table set to the page's width.
    for (double& c : g.columns) c *= width / whole;
  } else if (least < width) {
    const double share = (width - least) / (whole - least);
    for (std::size_t j = 0; j < count; ++j) g.columns[j] = n.least[j] + (n.whole[j] - n.least[j]) * share;
  } else {
    g.columns = n.least;
  }
  return g;
}

}  // namespace nianbao::render
