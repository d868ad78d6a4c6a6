// The page's DOM, walked in reading order into lines and tables. Block elements end lines; a
// table is a table of the report only when it holds no other table and has more than one column
// (pages wrap their content in layout tables).
#include <gumbo.h>

#include <algorithm>
#include <span>
#include <string_view>

#include "ascii.hpp"
#include "page_blocks.hpp"
#include "text_line_builder.hpp"

namespace nianbao::html {

namespace {

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

// What a reader never sees.
bool is_unseen(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

std::string squeezed_lower(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    out += ascii_lower(c);
  }
  return out;
}

// Hidden by the page itself: the `hidden` attribute, or an inline style as Word writes for
// hidden text (`display:none;mso-hide:all`).
bool is_hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style");
  if (style == nullptr) return false;
  const std::string s = squeezed_lower(style->value);
  return s.find("display:none") != std::string::npos || s.find("mso-hide:all") != std::string::npos;
}

const GumboElement* element_of(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE ? &node->v.element : nullptr;
}

std::span<GumboNode* const> children_of(const GumboNode* node) {
  const GumboVector& v = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  return {reinterpret_cast<GumboNode* const*>(v.data), v.length};
}

// The HTML standard's rules for parsing a non-negative integer, as rowspan and colspan use them.
unsigned span_attribute(const GumboElement& e, const char* name, unsigned fallback) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  if (a == nullptr) return fallback;
  std::string_view v = a->value;
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n')) v.remove_prefix(1);
  unsigned long n = 0;
  std::size_t digits = 0;
  for (; digits < v.size() && v[digits] >= '0' && v[digits] <= '9' && n < 100000; ++digits)
    n = n * 10 + static_cast<unsigned long>(v[digits] - '0');
  return digits == 0 ? fallback : static_cast<unsigned>(n);
}

// A table that holds another table, or that has a single column, lays the page out.
bool is_layout_table(const GumboNode* table) {
  std::vector<const GumboNode*> todo(children_of(table).begin(), children_of(table).end());
  bool wide = false;
  while (!todo.empty()) {
    const GumboNode* node = todo.back();
    todo.pop_back();
    const GumboElement* e = element_of(node);
    if (e == nullptr) continue;
    if (e->tag == GUMBO_TAG_TABLE) return true;
    if (e->tag == GUMBO_TAG_TR) {
      const auto cells = std::count_if(children_of(node).begin(), children_of(node).end(), [](const GumboNode* c) {
        const GumboElement* ce = element_of(c);
        return ce != nullptr && (ce->tag == GUMBO_TAG_TD || ce->tag == GUMBO_TAG_TH);
      });
      wide = wide || cells > 1;
    }
    for (const GumboNode* child : children_of(node)) todo.push_back(child);
  }
  return !wide;
}

class walker {
 public:
  explicit walker(const char* buffer) : buffer_(buffer) {}

  // Walks `root`'s subtree; without recursion, since a page may nest elements deeply.
  std::vector<page_block> walk(const GumboNode* root) {
    std::vector<page_block> out;
    struct frame {
      const GumboNode* node;
      std::size_t next_child;
    };
    std::vector<frame> stack{{root, 0}};
    while (!stack.empty()) {
      frame& top = stack.back();
      const GumboNode* node = top.node;
      const auto children = children_of(node);
      if (top.next_child == children.size()) {
        const GumboElement* e = element_of(node);
        if (e != nullptr && is_block(e->tag)) end_line(out, node);
        if (e != nullptr && e->tag == GUMBO_TAG_PRE) --preformatted_;
        stack.pop_back();
        continue;
      }
      const GumboNode* child = children[top.next_child++];
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
        const GumboText& t = child->v.text;
        const std::string_view raw(t.original_text.data, t.original_text.length);
        if (preformatted_ > 0) {
          std::vector<text_line> finished;
          line_.add_preformatted(t.text, raw, offset(raw.data()), finished);
          for (text_line& l : finished) out.push_back({std::move(l), node});
        } else {
          line_.add(t.text, raw, offset(raw.data()));
        }
        if (!line_.empty()) line_element_ = line_element_ ? line_element_ : node;
        continue;
      }
      const GumboElement* e = element_of(child);
      if (e == nullptr || is_unseen(e->tag) || is_hidden(*e)) continue;
      if (e->tag == GUMBO_TAG_BR) {
        end_line(out, node);
        continue;
      }
      if (is_block(e->tag)) end_line(out, node);
      if (e->tag == GUMBO_TAG_TABLE && !is_layout_table(child)) {
        add_table(out, child);
        continue;
      }
      if (e->tag == GUMBO_TAG_PRE) ++preformatted_;
      stack.push_back({child, 0});
    }
    end_line(out, root);
    return out;
  }

 private:
  std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - buffer_); }

  void end_line(std::vector<page_block>& out, const GumboNode* at) {
    if (!line_.empty()) out.push_back({line_.take(), line_element_ ? line_element_ : at});
    line_ = {};
    line_element_ = nullptr;
  }

  void add_table(std::vector<page_block>& out, const GumboNode* table) {
    table_block block;
    block.origin = table->v.element.start_pos.offset;
    std::vector<const GumboNode*> rows;
    for (const GumboNode* child : children_of(table)) {
      const GumboElement* e = element_of(child);
      if (e == nullptr) continue;
      if (e->tag == GUMBO_TAG_CAPTION) {
        for (page_block& b : walker(buffer_).walk(child)) out.push_back(std::move(b));
      } else if (e->tag == GUMBO_TAG_TR) {
        rows.push_back(child);
      } else if (e->tag == GUMBO_TAG_THEAD || e->tag == GUMBO_TAG_TBODY || e->tag == GUMBO_TAG_TFOOT) {
        for (const GumboNode* row : children_of(child))
          if (const GumboElement* re = element_of(row); re != nullptr && re->tag == GUMBO_TAG_TR) rows.push_back(row);
      }
    }
    for (const GumboNode* row : rows) {
      // Word ends its tables with a row of zero height that only fixes the column widths.
      const GumboAttribute* height = gumbo_get_attribute(&row->v.element.attributes, "height");
      if (is_hidden(row->v.element) || (height != nullptr && std::string_view(height->value) == "0")) continue;
      table_row r;
      r.origin = row->v.element.start_pos.offset;
      for (const GumboNode* cell : children_of(row)) {
        const GumboElement* e = element_of(cell);
        if (e == nullptr || (e->tag != GUMBO_TAG_TD && e->tag != GUMBO_TAG_TH)) continue;
        table_cell c;
        c.origin = e->start_pos.offset;
        c.shape = {span_attribute(*e, "rowspan", 1), std::max(1u, span_attribute(*e, "colspan", 1))};
        if (!is_hidden(*e)) {
          for (page_block& b : walker(buffer_).walk(cell))
            if (auto* line = std::get_if<text_line>(&b.content)) c.lines.push_back(std::move(*line));
        }
        r.cells.push_back(std::move(c));
      }
      block.rows.push_back(std::move(r));
    }
    out.push_back({std::move(block), table});
  }

  const char* buffer_;
  text_line_builder line_;
  const GumboNode* line_element_ = nullptr;
  int preformatted_ = 0;  // how many <pre> the walk is inside
};

}  // namespace

std::vector<page_block> page_blocks(const GumboNode* root, const char* buffer) { return walker(buffer).walk(root); }

}  // namespace nianbao::html
