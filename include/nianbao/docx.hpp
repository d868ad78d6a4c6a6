// The Word front end: a report attached as a .docx file (Office Open XML) read into the same text
// layout and AST as a text report. Its paragraphs, automatic numbering, tables (merged cells
// placed on their grid, each written once) and text boxes are written in the text layout; places
// are located in the document's listing, a line for each paragraph and each table cell, named as
// a person finds them in Word (`table 2, row 5, cell 3: 12`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "nianbao/source.hpp"

namespace nianbao::docx {

// True when the bytes are a ZIP archive, as a .docx file is: the front end then says whether it
// holds a Word document.
bool looks_like_zip(std::string_view bytes) noexcept;

struct docx_result {
  std::optional<source> text;     // the report in the text layout; places locate in the listing
  std::vector<finding> findings;  // what reading the file found: numbering it could not read, spans
  std::optional<input_error> error;
};

// Refused, with what is wrong: a damaged or truncated archive, one without a Word document, an
// encrypted part, a part that unpacks past the size limit, XML that is not well-formed, content
// nested past any report's depth.
docx_result read_docx(const std::string& name, std::string_view bytes, const load_options& options = {});

// The libraries the front end reads with, as built against: the ZIP reader and the XML parser.
std::vector<std::pair<std::string, std::string>> library_versions();

}  // namespace nianbao::docx
