// The body of a Word document (word/document.xml) as lines and tables for the text layout, and
// the listing they are located in: the document as people find things in it, a line for each
// paragraph and each table cell, named (`paragraph 12: …`, `table 2, row 5, cell 3: …`), since a
// Word file has no lines and columns of its own to point at.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "nianbao/layout.hpp"
#include "numbering.hpp"

namespace nianbao::docx {

struct body_text {
  std::vector<layout::block> blocks;  // in reading order; their marks point into `listing`
  std::string listing;
  std::optional<std::string> problem;  // content nested past any report's depth
};

// Reads `body` (w:body), numbering its paragraphs as Word does with `numbers`.
body_text read_body(const pugi::xml_node& body, numbering& numbers);

}  // namespace nianbao::docx
