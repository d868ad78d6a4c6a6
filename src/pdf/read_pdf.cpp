// The PDF front end's stages in order: the words and their boxes, the listing places are shown
// in, each page's lines, the tables rebuilt, the text layout.
#include <poppler/cpp/poppler-version.h>

#include <algorithm>
#include <cstdio>

#include "lines.hpp"
#include "nianbao/layout.hpp"
#include "nianbao/pdf.hpp"
#include "regions.hpp"

namespace nianbao::pdf {

namespace {

std::string point(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

// A line of the listing for each word, `page 4 (260.3, 464.9): 3001`; control characters a PDF's
// text may hold become spaces, so that the listing is text messages can quote.
std::string listing_of(std::vector<page_words>& pages) {
  std::string listing;
  for (page_words& page : pages) {
    for (word& w : page.words) {
      for (char& c : w.text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
      listing += "page " + std::to_string(page.number) + " (" + point(w.where.x0) + ", " + point(w.where.y0) + "): ";
      w.listing = listing.size();
      listing += w.text;
      listing += '\n';
    }
  }
  return listing;
}

std::string place_of(const word& w) {
  return "page " + std::to_string(w.page) + " (" + point(w.where.x0) + ", " + point(w.where.y0) + ")";
}

constexpr std::string_view not_read = "\uFFFD";

finding uncertain_finding(const uncertain_cell& u, std::size_t at, std::size_t length) {
  std::string text;
  for (const word* w : u.words) text += (text.empty() ? "" : " ") + ("`" + w->text + "`");
  finding f;
  f.id = "PDF-UNCERTAIN";
  f.level = severity::warning;
  f.where = {at, at + length};
  const bool one = u.words.size() == 1;
  f.message = std::string(one ? "a figure" : "figures") + " of this table that cannot be placed with confidence, " +
              text + " on " + place_of(*u.words.front()) + ": " + u.why + (one ? "; it is" : "; they are") +
              " left out, and the rules that read " + (one ? "its cell" : "their cells") + " are not assessed";
  return f;
}

// Where the text has the mark of a value not read (U+FFFD) for the word at `listing`.
std::optional<std::size_t> mark_of(const layout::laid_out_text& text, std::size_t listing) {
  for (const origin_mark& m : text.marks)
    if (m.original == listing && std::string_view(text.text).substr(m.rendered).starts_with(not_read))
      return m.rendered;
  return std::nullopt;
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) noexcept { return bytes.starts_with("%PDF-"); }

pdf_result read_pdf(const std::string& name, std::string_view bytes) {
  document_words words = words_of(bytes);
  if (words.refusal) return {std::nullopt, {}, input_error{*words.refusal, {}}, {}, {}};
  std::string listing = listing_of(words.pages);
  load_result listed = make_source(name, std::move(listing), load_options{std::size_t(-1)});
  if (listed.error) {
    listed.error->message = "the PDF's text is not text a report holds: " + listed.error->message;
    return {std::nullopt, {}, std::move(listed.error), {}, {}};
  }
  std::vector<line> lines;
  for (const page_words& page : words.pages) {
    std::vector<line> on_page = lines_of(page);
    lines.insert(lines.end(), std::make_move_iterator(on_page.begin()), std::make_move_iterator(on_page.end()));
  }
  const laid_blocks laid = blocks_of(lines, words.pages);
  layout::writer w("PDF-TABLE-SPANS");
  std::vector<std::size_t> starts;
  for (const auto& b : laid.blocks) {
    starts.push_back(w.size());
    w.write(b);
  }
  pdf_result result;
  if (words.damage) {
    finding f;
    f.id = "PDF-DAMAGED";
    f.level = severity::warning;
    f.message = "the PDF is damaged (" + *words.damage +
                "): what is read of it may be incomplete or out of "
                "place, and the findings below may be about the damage, not the report";
    result.findings.push_back(std::move(f));
  }
  layout::laid_out_text text = w.take();
  for (const auto& [block, u] : laid.uncertain) {
    // A figure left out stands as U+FFFD where its words were: the finding points there, else
    // (a figure among heads, dropped) at its table.
    const std::optional<std::size_t> mark = mark_of(text, u.words.front()->listing);
    result.findings.push_back(uncertain_finding(u, mark.value_or(starts[block]), mark ? not_read.size() : 1));
    if (mark && u.may_be_one) {
      std::string joined;
      for (const word* x : u.words) joined += x->text;
      result.readings.push_back({*mark, std::move(joined)});
    }
  }
  for (const word* w : laid.label_ends) {
    const auto mark = std::find_if(text.marks.begin(), text.marks.end(),
                                   [&](const origin_mark& m) { return m.original == w->listing && m.verbatim; });
    if (mark != text.marks.end()) result.label_ends.push_back({mark->rendered});
  }
  for (finding& f : text.findings) result.findings.push_back(std::move(f));
  result.text = source(std::move(text.text), std::move(*listed.text), std::move(text.marks));
  return result;
}

// Its headers' macro, not poppler::version_string(): the command must not link poppler to print it.
std::pair<std::string, std::string> library_version() { return {"poppler", POPPLER_VERSION}; }

}  // namespace nianbao::pdf
