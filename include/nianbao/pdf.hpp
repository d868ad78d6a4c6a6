// The PDF front end: a report published as a PDF read, through the text layer poppler gives with
// every word's box, into the same text layout and AST as a text report. Tables are rebuilt from
// where their words stand (docs/pdf.md): rows from the lines their figures stand on, value columns
// from where the figures stand, labels wrapped over several lines and merged cells' text joined.
// A figure that cannot be placed with confidence is left out and said (PDF-UNCERTAIN). Places are
// located in the document's listing, a line for each word: `page 4 (260.3, 464.9): 3001`, the
// word's page and the top left corner of its box in points.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "nianbao/source.hpp"

namespace nianbao::pdf {

// True when the bytes are a PDF file (they start with `%PDF-`).
bool looks_like_pdf(std::string_view bytes) noexcept;

struct pdf_result {
  std::optional<source> text;     // the report in the text layout; places locate in the listing
  std::vector<finding> findings;  // PDF-UNCERTAIN for each figure left out
  std::optional<input_error> error;
  // The figures left out that may be one figure wrapped or split, and what they read as one.
  std::vector<cell_reading> readings;
  // The labels alone at the head of a page that may end the label at the foot of the page before.
  std::vector<label_end> label_ends;
};

// Refused, in one line: a file poppler cannot read (damaged, truncated), an encrypted file that
// needs a password, a scan with no text layer.
pdf_result read_pdf(const std::string& name, std::string_view bytes);

// The PDF library, as built against.
std::pair<std::string, std::string> library_version();

}  // namespace nianbao::pdf
