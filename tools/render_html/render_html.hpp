// Writes a report in the text layout as a web page, the way government sites publish them, for
// testing the HTML front end against the text one: the page must give the same values and
// findings. Merged cells, which the text layout writes as empty cells, become rowspan and colspan
// again, as in the official layout of the report's edition.
#pragma once

#include <string>
#include <vector>

#include "nianbao/edition.hpp"
#include "nianbao/source.hpp"

namespace nianbao::tools {

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

}  // namespace nianbao::tools
