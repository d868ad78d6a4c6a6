#include "words.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

#include "rules.hpp"

namespace nianbao::pdf {

namespace {

// poppler writes its complaints about a damaged file to stderr; they are kept instead, the first
// of them for the reader, on the thread that reads (check -j reads several files at once).
thread_local std::size_t complaints = 0;
thread_local std::string first_complaint;
thread_local bool reading_rules = false;  // the same file read again: its complaints are kept once

void keep(const std::string& message, void* /*closure*/) {
  if (reading_rules) return;
  if (complaints++ == 0) first_complaint = message;
}

// The rules of each page, read while the words' document is open, so that poppler's parameters
// and its way of complaining stay the document's.
void add_rules(std::string_view bytes, std::vector<page_words>& pages) {
  reading_rules = true;
  std::vector<page_rules> rules = rules_of(bytes);
  reading_rules = false;
  for (std::size_t p = 0; p < rules.size() && p < pages.size(); ++p) pages[p].rules = std::move(rules[p]);
}

// A word's box on the page as it was drawn. poppler gives the boxes of a page turned by its
// /Rotate as the page is shown, turned, so that the lines of a page turned a quarter run down it;
// turned back, they run across again. `width` and `height` are the page's as drawn.
box as_drawn(const poppler::rectf& r, poppler::page::orientation_enum turned, double width, double height) {
  switch (turned) {
    case poppler::page::landscape:  // turned a quarter clockwise
      return {r.top(), height - r.right(), r.bottom(), height - r.left()};
    case poppler::page::upside_down:
      return {width - r.right(), height - r.bottom(), width - r.left(), height - r.top()};
    case poppler::page::seascape:  // a quarter counter-clockwise
      return {width - r.bottom(), r.left(), width - r.top(), r.right()};
    case poppler::page::portrait:
      break;
  }
  return {r.left(), r.top(), r.right(), r.bottom()};
}

std::string utf8_of(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return {bytes.begin(), bytes.end()};
}

}  // namespace

document_words words_of(std::string_view bytes) {
  poppler::set_debug_error_function(keep, nullptr);
  complaints = 0;
  first_complaint.clear();
  document_words out;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    out.refusal = "a PDF too large for the PDF reader";
    return out;
  }
  const std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    out.refusal = "a PDF that cannot be read: the file is damaged or truncated";
    return out;
  }
  if (doc->is_locked()) {
    out.refusal =
        "an encrypted PDF that needs a password to open: nianbao cannot read it; save a copy without "
        "the password";
    return out;
  }
  bool any_text = false;
  for (int p = 0; p < doc->pages(); ++p) {
    const std::unique_ptr<poppler::page> page(doc->create_page(p));
    page_words& words = out.pages.emplace_back();
    words.number = static_cast<std::size_t>(p) + 1;
    if (!page) continue;
    const poppler::rectf size = page->page_rect();
    words.width = size.width();
    words.height = size.height();
    const poppler::page::orientation_enum turned = page->orientation();
    for (const poppler::text_box& t : page->text_list()) {
      std::string text = utf8_of(t.text());
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      words.words.push_back(
          {std::move(text), as_drawn(t.bbox(), turned, words.width, words.height), t.has_space_after(), words.number});
    }
    any_text = any_text || !words.words.empty();
  }
  if (any_text) add_rules(bytes, out.pages);
  if (complaints > 0) out.damage = std::to_string(complaints) + " errors, the first: " + first_complaint;
  if (doc->pages() == 0) {
    out.refusal = "a PDF with no pages";
  } else if (!any_text && out.damage) {
    out.refusal = "a damaged PDF: no text could be read from it (" + *out.damage + ")";
  } else if (!any_text) {
    out.refusal =
        "a PDF with no text layer (a scanned document: its pages are images); nianbao reads the text "
        "a PDF holds and does no OCR";
  }
  return out;
}

}  // namespace nianbao::pdf
