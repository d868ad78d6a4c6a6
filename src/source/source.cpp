#include "nianbao/source.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>

#include "nianbao/core/utf8.hpp"

namespace nianbao {

namespace {

constexpr std::size_t tab_stop = 8;

std::vector<std::size_t> index_lines(std::string_view text) {
  std::vector<std::size_t> starts{0};
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin; p < end;) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    if (p < end) starts.push_back(static_cast<std::size_t>(p - begin));
  }
  return starts;
}

}  // namespace

struct source::origin {
  std::shared_ptr<const source> original;
  std::vector<origin_mark> marks;
};

source::source(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)), line_starts_(index_lines(text_)) {}

source::source(std::string text, source original, std::vector<origin_mark> marks)
    : source(std::move(text), std::make_shared<const source>(std::move(original)), std::move(marks)) {}

source::source(std::string text, std::shared_ptr<const source> original, std::vector<origin_mark> marks)
    : name_(original->name()),
      text_(std::move(text)),
      // No line index of its own: lines and places are the original's.
      origin_(std::make_shared<const origin>(origin{std::move(original), std::move(marks)})) {}

const source* source::original() const noexcept { return origin_ ? origin_->original.get() : nullptr; }

std::size_t source::original_offset(std::size_t offset) const noexcept {
  if (!origin_ || origin_->marks.empty()) return offset;
  const auto& marks = origin_->marks;
  auto after = std::upper_bound(marks.begin(), marks.end(), offset,
                                [](std::size_t o, const origin_mark& m) { return o < m.rendered; });
  if (after == marks.begin()) return 0;
  const origin_mark& mark = *std::prev(after);
  const std::size_t original = mark.original + (mark.verbatim ? offset - mark.rendered : 0);
  return std::min(original, origin_->original->size());
}

std::size_t source::line_count() const noexcept {
  return origin_ ? origin_->original->line_count() : line_starts_.size();
}

location source::locate(std::size_t offset) const { return locate(offset, location{}); }

location source::locate(std::size_t offset, const location& from) const {
  if (origin_) return origin_->original->locate(original_offset(offset), from);
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(after - line_starts_.begin()) - 1;
  location where;
  where.line = line_index + 1;
  std::size_t i = line_starts_[line_index];
  if (line_index == 0 && std::string_view(text_).starts_with("\xEF\xBB\xBF")) {
    i = std::min<std::size_t>(3, offset);  // a byte-order mark is not a column
  }
  if (from.line == where.line && from.offset > i && from.offset <= offset) {
    where = from;
    i = from.offset;
  }
  where.offset = offset;
  const std::string_view text(text_);
  while (i < offset) {
    // Printable ASCII, one column each: most of a web page, whose tags lie between its cells.
    if (const auto byte = static_cast<unsigned char>(text[i]); byte >= 0x20 && byte < 0x7F) {
      ++i;
      ++where.column;
      ++where.display_column;
      continue;
    }
    const char32_t cp = utf8::decode(text, i);
    ++where.column;
    if (cp == U'\t') {
      where.display_column = ((where.display_column - 1) / tab_stop + 1) * tab_stop + 1;
    } else {
      where.display_column += cp == utf8::invalid ? 1 : display_width(cp);
    }
  }
  return where;
}

std::string_view source::line_text(std::size_t line) const {
  if (origin_) return origin_->original->line_text(line);
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  if (end > begin && text_[end - 1] == '\n') --end;
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

unsigned display_width(char32_t cp) noexcept {
  if (cp == 0 || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
  if (cp >= 0x300 && cp <= 0x36F) return 0;    // combining diacritics
  if (cp == 0x200B || cp == 0xFEFF) return 0;  // zero-width space, BOM
  const bool wide =
      (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
      (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
      (cp >= 0x20000 && cp <= 0x3FFFD);
  return wide ? 2 : 1;
}

}  // namespace nianbao
