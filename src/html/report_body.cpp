#include "report_body.hpp"

#include <gumbo.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "nianbao/core/utf8.hpp"

namespace nianbao::html {

namespace {

// A title is close above the first section; anything further up is the site's.
constexpr std::size_t title_reach = 12;

std::string_view first_text(const page_block& b) {
  if (const auto* line = std::get_if<text_line>(&b.content)) return line->text;
  const auto& table = std::get<table_block>(b.content);
  for (const table_row& row : table.rows)
    for (const table_cell& cell : row.cells)
      if (!cell.lines.empty()) return cell.lines.front().text;
  return {};
}

std::string_view trimmed(std::string_view s) {
  for (;;) {
    if (s.starts_with(" ")) {
      s.remove_prefix(1);
    } else if (s.starts_with("\u3000")) {
      s.remove_prefix(3);
    } else {
      return s;
    }
  }
}

bool is_section_heading(std::string_view text, bool first) {
  text = trimmed(text);
  if (first) return text.starts_with("一、") || text.starts_with("一．") || text.starts_with("一.");
  static constexpr std::string_view numerals[] = {"二", "三", "四", "五", "六", "七", "八", "九", "十"};
  return std::any_of(std::begin(numerals), std::end(numerals), [&](std::string_view n) {
    return text.starts_with(n) && (text.substr(n.size()).starts_with("、") || text.substr(n.size()).starts_with("．"));
  });
}

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

// `…2021年政府信息公开工作年度报告`, `…2021年度政府信息公开工作报告`, `…政府信息公开年报`: a
// short line, unlike a preamble that says what `本报告` covers.
bool is_title(std::string_view text) {
  constexpr std::size_t longest_title = 150;  // bytes: fifty Chinese characters
  if (text.size() > longest_title) return false;
  return contains(text, "年度报告") || contains(text, "年报") ||
         (contains(text, "政府信息公开") && contains(text, "报告"));
}

// A line a title broken over lines starts with: the agency and the year, `富阳区新桐乡2020年`.
bool is_title_head(std::string_view text) {
  constexpr std::size_t short_line = 60;  // bytes: twenty Chinese characters
  if (text.size() > short_line) return false;
  if (contains(text, "政府信息公开")) return true;
  const std::size_t year = text.find("年");
  return year != std::string_view::npos && year >= 4 &&
         std::all_of(text.begin() + static_cast<std::ptrdiff_t>(year - 4),
                     text.begin() + static_cast<std::ptrdiff_t>(year), [](char c) { return c >= '0' && c <= '9'; });
}

// `2021年1月13日`, `二〇二一年一月十三日`, with any spaces: the sign-off's date.
bool is_date_line(std::string_view text) {
  std::size_t i = 0;
  int fields = 0;
  bool digits = false;
  static constexpr std::u32string_view units = U"年月日";
  static constexpr std::u32string_view chinese_digits = U"〇零一二三四五六七八九十○";
  text = trimmed(text);
  while (i < text.size()) {
    const char32_t cp = utf8::decode(text, i);
    const bool digit = (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９') ||
                       chinese_digits.find(cp) != std::u32string_view::npos;
    if (digit) {
      digits = true;
    } else if (cp == U' ' || cp == 0x3000) {
      continue;
    } else if (digits && fields < 3 && cp == units[static_cast<std::size_t>(fields)]) {
      ++fields;
      digits = false;
    } else {
      return false;
    }
  }
  return fields == 3 && !digits;
}

bool is_heading_element(const GumboNode* node) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboTag tag = node->v.element.tag;
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3;
}

bool inside(const GumboNode* node, const GumboNode* container) {
  for (; node != nullptr; node = node->parent)
    if (node == container) return true;
  return false;
}

const GumboNode* common_ancestor(const GumboNode* a, const GumboNode* b) {
  for (const GumboNode* n = a; n != nullptr; n = n->parent)
    if (inside(b, n)) return n;
  return nullptr;
}

}  // namespace

block_range report_body(const std::vector<page_block>& blocks) {
  const auto first = std::find_if(blocks.begin(), blocks.end(),
                                  [](const page_block& b) { return is_section_heading(first_text(b), true); });
  if (first == blocks.end()) return {0, blocks.size()};
  const std::size_t one = static_cast<std::size_t>(first - blocks.begin());

  // The nearest title above, unless a heading element (<h1>…<h3>) holds one further up: a
  // sidebar of related reports can stand between the page's title and the report.
  block_range range{one, blocks.size()};
  std::optional<std::size_t> nearest, heading;
  for (std::size_t k = one; k > 0 && one - k < title_reach; --k) {
    if (!is_title(first_text(blocks[k - 1]))) continue;
    if (!nearest) nearest = k - 1;
    if (!heading && is_heading_element(blocks[k - 1].element)) heading = k - 1;
  }
  if (heading || nearest) range.begin = heading ? *heading : *nearest;
  if (heading && nearest && *nearest > *heading) range.skip_begin = *heading + 1, range.skip_end = *nearest + 1;
  // A title broken over lines: `富阳区新桐乡2020年` / `政府信息公开工作年度报告`.
  for (int more = 0; more < 2 && range.begin < one && range.begin > 0; ++more) {
    const std::string_view above = first_text(blocks[range.begin - 1]);
    if (is_title(above) || !is_title_head(above)) break;
    --range.begin;
  }

  std::size_t last = one;
  for (std::size_t k = one + 1; k < blocks.size(); ++k)
    if (is_section_heading(first_text(blocks[k]), false)) last = k;
  // The report's container holds its first and last sections; what follows it is the site's.
  // With one section only, nothing tells the container from the heading's own paragraph.
  const GumboNode* container = last > one ? common_ancestor(blocks[one].element, blocks[last].element) : nullptr;
  for (std::size_t k = last + 1; k < blocks.size(); ++k) {
    if (container != nullptr && !inside(blocks[k].element, container)) {
      range.end = k;
      break;
    }
    if (is_date_line(first_text(blocks[k]))) {
      range.end = k + 1;
      break;
    }
  }
  return range;
}

}  // namespace nianbao::html
