// Documents that are reports but not in a form nianbao reads: named, so that a PDF is not called
// "invalid UTF-8" and a Markdown conversion is not read as a report with no sections.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

struct other_format {
  std::size_t offset;  // where the sign of the format is
  std::string message;
};

// By the file's first bytes: PDF, Word 97–2003 (.doc), ZIP (a .docx is one).
std::optional<other_format> binary_document_format(std::string_view bytes) noexcept;

// A text that is Markdown, by its pipe tables: a delimiter row (`|---|---|`) under a row of cells.
// The text layout never writes one, and Markdown converters of PDF and Word files scramble the
// tables they write (cells of one row in several tables, headers cut in pieces), so such a text
// is refused rather than read as a report whose tables are all wrong.
std::optional<other_format> markdown_format(std::string_view text);

}  // namespace nianbao
