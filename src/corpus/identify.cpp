// Which body's report, for which year: what a corpus pairs reports by.
#include "nianbao/core/numerals.hpp"
#include "nianbao/core/utf8.hpp"
#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

namespace {

// An agency as written, without the spacing around it and the parentheses a title puts it in
// when it stands on a line of its own (`（XX市XX局）`).
std::optional<std::string> agency_text(std::string_view text, ast::span where) {
  std::string_view name = utf8::trim_end(where.in(text));
  while (const std::size_t n = utf8::inline_space_at(name, 0)) name.remove_prefix(n);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (name.starts_with(open) && name.ends_with(close) && name.size() > open.size() + close.size()) {
      name = name.substr(open.size(), name.size() - open.size() - close.size());
    }
  }
  if (name.empty()) return std::nullopt;
  return std::string(name);
}

}  // namespace

identity identify(std::string_view text, const ast::document& doc) {
  identity who;
  const unsigned year = arabic_numeral_value(doc.title.year.in(text));
  if (!doc.title.year.empty() && year != 0) who.year = static_cast<int>(year);
  who.agency = agency_text(text, doc.title.agency);
  if (!who.agency && !doc.sign_off.agency.empty()) {
    who.agency = agency_text(text, doc.sign_off.agency);
    if (who.agency) who.note = "agency from the sign-off (the title names none)";
  }
  const auto add = [&](std::string_view why) {
    if (!who.note.empty()) who.note += "; ";
    who.note += why;
  };
  if (!who.agency) add("no agency: neither the title nor a sign-off names one");
  if (!who.year) add("no year: the title names none (a sign-off's date is not taken for it)");
  return who;
}

}  // namespace nianbao::corpus
