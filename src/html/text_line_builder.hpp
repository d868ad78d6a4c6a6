// Collects the text of one line the way a browser shows it: runs of white space as one space,
// none at either end, and none where the page's source broke a line between two Chinese
// characters (CSS Text's rule for East Asian text, which Word's line wrapping relies on).
#pragma once

#include <string_view>
#include <vector>

#include "page_blocks.hpp"

namespace nianbao::html {

class text_line_builder {
 public:
  // A text node: `decoded` as Gumbo decoded it, `raw` its source with entities, at `raw_offset`.
  void add(std::string_view decoded, std::string_view raw, std::size_t raw_offset);
  // Text inside <pre>: white space kept, and each line end ends a line, which goes to `finished`
  // even when empty (a blank line separates the rows of a table in the text layout).
  void add_preformatted(std::string_view decoded, std::string_view raw, std::size_t raw_offset,
                        std::vector<text_line>& finished);
  bool empty() const noexcept { return line_.text.empty(); }
  // The line so far, and a fresh one started.
  text_line take();

 private:
  struct character {
    char32_t code_point;
    std::string_view bytes;
    std::size_t original;
    bool verbatim;
  };
  // The decoded character at `i`, aligned with the source at `j`; both move past it.
  static character next(std::string_view decoded, std::size_t& i, std::string_view raw, std::size_t& j,
                        std::size_t raw_offset);
  void put(std::string_view bytes, std::size_t original, bool verbatim);

  text_line line_;
  bool pending_space_ = false;
  bool pending_break_ = false;  // the pending white space holds a line break
  std::size_t space_origin_ = 0;
  bool last_wide_ = false;  // the last character written is East Asian wide
};

}  // namespace nianbao::html
