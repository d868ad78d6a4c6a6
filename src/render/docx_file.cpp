// A report as a Word file, written directly as WordprocessingML: paragraphs, section headings
// numbered by Word's automatic numbering where Word would count them the same (一、 …), and tables
// with their merged cells as Word writes them (gridSpan, vMerge). The package is zipped by libzip.
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <sstream>

#include "nianbao/core/numerals.hpp"
#include "nianbao/render.hpp"
#include "report_model.hpp"
#include "table_geometry.hpp"

namespace nianbao::render {

namespace {

constexpr std::string_view main_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr int table_width = 9000;  // twentieths of a point: the text width of an A4 page

// A run of text; `half_points` sets its size (0: the document's default).
void run(std::ostringstream& out, std::string_view text, unsigned half_points = 0) {
  out << "<w:r>";
  if (half_points > 0)
    out << "<w:rPr><w:sz w:val=\"" << half_points << "\"/><w:szCs w:val=\"" << half_points << "\"/></w:rPr>";
  out << "<w:t xml:space=\"preserve\">" << escaped(text) << "</w:t></w:r>";
}

// Section headings (一、总体情况 …) as one list numbered 一、 二、 …, where the text's numbers are
// the ones Word would count; any other heading keeps its number as text.
class section_numbers {
 public:
  // The text after the number when the line's number is the next one; empty otherwise.
  std::string_view numbered(std::string_view line) {
    const unsigned n = chinese_numeral_value(line);
    const std::string number = chinese_numeral(next_) + "、";
    if (n != next_ || !line.starts_with(number) || line.size() == number.size()) return {};
    ++next_;
    return line.substr(number.size());
  }
  bool used() const noexcept { return next_ > 1; }

 private:
  unsigned next_ = 1;
};

void paragraph(std::ostringstream& out, std::string_view line, section_numbers& numbers) {
  if (const std::string_view rest = numbers.numbered(line); !rest.empty()) {
    out << "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
    run(out, rest);
    out << "</w:p>";
    return;
  }
  out << "<w:p>";
  run(out, line);
  out << "</w:p>";
}

// Twentieths of a point, as WordprocessingML measures widths.
long twips(double points) { return std::lround(points * 20); }

// A table set in 五号 (10.5 pt), its columns fixed at the widths a word processor would fit to
// the page (as the PDF writer sets them): LibreOffice and Word keep them when they make a PDF, so
// labels wrap and figures do not, as in the files agencies attach. The figures are given room for
// a wider Latin face than SimSun's, for a machine without it puts another in its place (DejaVu's
// digits are 0.64 em).
constexpr int substituted_latin = 650;

void table(std::ostringstream& out, const std::vector<page_row>& rows) {
  const table_geometry g = table_columns(rows, 10.5, table_width / 20.0, substituted_latin);
  const auto half_points = static_cast<unsigned>(std::lround(g.size * 2));
  long total = 0;
  for (const double c : g.columns) total += twips(c);
  out << "<w:tbl><w:tblPr><w:tblW w:w=\"" << total
      << "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
    out << "<w:" << side << " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
  out << "</w:tblBorders><w:tblCellMar>";
  for (const char* side : {"left", "right"})
    out << "<w:" << side << " w:w=\"" << twips(g.padding) << "\" w:type=\"dxa\"/>";
  out << "</w:tblCellMar></w:tblPr><w:tblGrid>";
  for (const double c : g.columns) out << "<w:gridCol w:w=\"" << twips(c) << "\"/>";
  out << "</w:tblGrid>";
  for (const page_row& row : rows) {
    out << "<w:tr>";
    for (const page_cell& cell : row) {
      out << "<w:tc><w:tcPr>";
      if (cell.columns > 1) out << "<w:gridSpan w:val=\"" << cell.columns << "\"/>";
      if (!cell.written) {
        out << "<w:vMerge/>";
      } else if (cell.rows > 1) {
        out << "<w:vMerge w:val=\"restart\"/>";
      }
      out << "</w:tcPr>";
      bool any = false;
      for (const std::string& line : cell.lines) {
        if (!cell.written || is_empty({line})) continue;
        out << "<w:p>";
        run(out, line, half_points);
        out << "</w:p>";
        any = true;
      }
      if (!any) out << "<w:p/>";
      out << "</w:tc>";
    }
    out << "</w:tr>";
  }
  out << "</w:tbl>";
}

std::string numbering_part() {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"" << main_namespace
      << "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      << "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
      << "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  return out.str();
}

struct zip_writer {
  zip_source_t* buffer = nullptr;
  zip_t* archive = nullptr;
  // libzip reads the parts' bytes only when it closes the archive, so they must not move before then:
  // a deque keeps its elements in place as it grows, where a vector would move short strings' bytes.
  std::deque<std::string> kept;

  zip_writer() {
    zip_error_t error;
    zip_error_init(&error);
    buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
  }
  zip_writer(const zip_writer&) = delete;
  zip_writer& operator=(const zip_writer&) = delete;
  ~zip_writer() {
    if (archive != nullptr) zip_discard(archive);
    zip_source_free(buffer);
  }

  void add(const char* name, std::string bytes) {
    const std::string& b = kept.emplace_back(std::move(bytes));
    zip_source_t* part = zip_source_buffer(archive, b.data(), b.size(), 0);
    if (zip_file_add(archive, name, part, ZIP_FL_ENC_UTF_8) < 0) zip_source_free(part);
  }

  std::string take() {
    if (zip_close(archive) != 0) return {};
    archive = nullptr;
    std::string out;
    if (zip_source_open(buffer) != 0) return {};
    char chunk[1 << 14];
    for (zip_int64_t got; (got = zip_source_read(buffer, chunk, sizeof chunk)) > 0;)
      out.append(chunk, static_cast<std::size_t>(got));
    zip_source_close(buffer);
    return out;
  }
};

}  // namespace

std::string docx_package(const std::string& document_xml, const std::string& numbering_xml) {
  const bool numbered = !numbering_xml.empty();
  const std::string type = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
      "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"" +
      type + "document.main+xml\"/>";
  if (numbered) types += "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + type + "numbering+xml\"/>";
  types += "</Types>";
  const std::string rels_head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  zip_writer zip;
  zip.add("[Content_Types].xml", std::move(types));
  zip.add("_rels/.rels", rels_head + "<Relationship Id=\"rId1\" Type=\"" + std::string(relationships) +
                             "/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
  zip.add("word/document.xml", document_xml);
  if (numbered) {
    zip.add("word/_rels/document.xml.rels", rels_head + "<Relationship Id=\"rId1\" Type=\"" +
                                                std::string(relationships) +
                                                "/numbering\" Target=\"numbering.xml\"/></Relationships>");
    zip.add("word/numbering.xml", numbering_xml);
  }
  return zip.take();
}

std::string render_docx(const source& text, const std::vector<edition::definition>& editions) {
  const std::optional<report_model> model = model_of(text, editions);
  if (!model) return {};
  std::ostringstream body;
  section_numbers numbers;
  for (const report_block& b : model->blocks) {
    switch (b.what) {
      case report_block::kind::line:
        paragraph(body, b.text, numbers);
        break;
      case report_block::kind::blank:
        body << "<w:p/>";
        break;
      case report_block::kind::table:
        table(body, b.rows);
        break;
    }
  }
  std::ostringstream document;
  document << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" << main_namespace
           << "\"><w:body>" << body.str() << "</w:body></w:document>";
  return docx_package(document.str(), numbers.used() ? numbering_part() : std::string());
}

}  // namespace nianbao::render
