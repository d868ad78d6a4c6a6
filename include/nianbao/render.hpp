// Reports in the text layout written as the documents governments publish: web pages in the
// shapes sites use, and Word files. Merged cells, which the text layout writes as empty cells,
// become spans again, as in the official layout of the report's edition. For testing front ends
// (a page or a Word file must give the values and findings of its text) and for `nianbao
// generate --format`, which gives fuzz campaigns the formats other parsers read.
#pragma once

#include <string>
#include <vector>

#include "nianbao/edition.hpp"
#include "nianbao/source.hpp"

namespace nianbao::render {

enum class page_shape {
  word,   // Word's "save as web page": MsoNormal paragraphs, <o:p>, conditional comments, wrapped lines
  cms,    // a CMS article: navigation, title, a layout table around the content, footer; sloppy tags
  split,  // text and numbers split across <span>s, &nbsp; padding, <br> inside cells
};

struct page_options {
  page_shape shape = page_shape::word;
  std::string charset = "utf-8";  // declared, and used to write the bytes (gbk: GB18030 bytes)
};

// The page, or an empty string when the text does not parse as a report.
std::string render_html(const source& text, const std::vector<edition::definition>& editions,
                        const page_options& options);

// The report as a .docx file (paragraphs; tables with gridSpan and vMerge), or an empty string
// when the text does not parse as a report.
std::string render_docx(const source& text, const std::vector<edition::definition>& editions);

// The report as a PDF file (A4 pages of text and ruled tables in a Chinese font that is not
// embedded), or an empty string when the text does not parse as a report.
std::string render_pdf(const source& text, const std::vector<edition::definition>& editions);

// The report as Markdown (`#` headings, GFM pipe tables), or an empty string when the text does
// not parse as a report.
std::string render_markdown(const source& text, const std::vector<edition::definition>& editions);

// A Word package holding `document_xml` as its main document and, when not empty,
// `numbering_xml` as its numbering: for fuzzing the Word front end on XML.
std::string docx_package(const std::string& document_xml, const std::string& numbering_xml);

}  // namespace nianbao::render
