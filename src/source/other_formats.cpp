#include "other_formats.hpp"

#include <algorithm>

namespace nianbao {

std::optional<other_format> binary_document_format(std::string_view bytes) noexcept {
  if (bytes.starts_with("%PDF-")) {
    return other_format{0,
                        "a PDF document: nianbao does not read PDF files yet; check the report's web page, or "
                        "its Word file saved as a web page"};
  }
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return other_format{0,
                        "a Word 97-2003 document (.doc): nianbao does not read Word files yet; save it as a web "
                        "page (soffice --headless --convert-to html FILE)"};
  }
  if (bytes.starts_with("PK\x03\x04")) {
    return other_format{0,
                        "a ZIP archive (a .docx Word file is one): nianbao does not read Word files yet; save it "
                        "as a web page (soffice --headless --convert-to html FILE)"};
  }
  return std::nullopt;
}

namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// `|---|:--:|`, `--- | ---`: cells of dashes with optional alignment colons, at least one pipe.
bool delimiter_row(std::string_view line) {
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

}  // namespace

std::optional<other_format> markdown_format(std::string_view text) {
  std::string_view previous;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    if (trim(previous).starts_with('|') && delimiter_row(line)) {
      return other_format{at,
                          "a Markdown document (a pipe table's delimiter row): nianbao does not read Markdown; "
                          "converters scramble the tables of a report, so check the report as published"};
    }
    previous = line;
    at = end + 1;
  }
  return std::nullopt;
}

}  // namespace nianbao
