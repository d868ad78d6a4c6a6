// A checked report as a record: positions resolved to line and column, values as exact strings.
#include <algorithm>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

const char* name_of(status s) noexcept {
  switch (s) {
    case status::checked:
      return "checked";
    case status::refused:
      return "refused";
    case status::no_edition:
      return "no_edition";
  }
  return "?";
}

namespace {

finding_record record_of(locator& locate, const finding& f) {
  const location at = locate(f.where.begin);
  const location end = locate(f.where.end);
  finding_record r;
  r.id = f.id;
  r.severity = name_of(f.level);
  r.line = at.line;
  r.column = at.column;
  r.end_line = end.line;
  r.end_column = end.column;
  r.subject = f.subject;
  r.message = f.message;
  r.rule = f.rule;
  r.status = f.status;
  r.expected = f.expected;
  r.found = f.found;
  return r;
}

cell_record record_of(const bind::bound_value& v) {
  cell_record r;
  r.coordinate = v.coordinate();
  r.state = bind::name_of(v.state);
  if (v.value) r.value = v.value->to_string();
  r.unit = v.unit;
  if (v.yuan) r.yuan = v.yuan->to_canonical_string();
  return r;
}

// Records of `values` (indices into the bound values), each located; in document order, since the
// values come in the edition's order, and locating each from its line's start costs a page
// written on one line its length per cell.
std::vector<cell_record> cells_of(const source& text, const bind::bound_report& bound,
                                  const std::vector<std::size_t>& values) {
  std::vector<cell_record> cells;
  cells.reserve(values.size());
  std::vector<std::size_t> order;
  order.reserve(values.size());
  for (std::size_t k = 0; k < values.size(); ++k) {
    cells.push_back(record_of(bound.values[values[k]]));
    if (bound.values[values[k]].state != bind::value_state::missing) order.push_back(k);
  }
  const auto begin = [&](std::size_t k) { return bound.values[values[k]].where.begin; };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return begin(a) < begin(b); });
  locator locate(text);
  for (const std::size_t k : order) {
    const location at = locate(begin(k));
    cells[k].line = at.line;
    cells[k].column = at.column;
  }
  return cells;
}

document_record identified(std::string path, std::string sha256, const source& text, const ast::document& doc,
                           const bind::bound_report& bound) {
  document_record r;
  r.path = std::move(path);
  r.sha256 = std::move(sha256);
  r.who = identify(text.text(), doc);
  if (bound.choice.edition != nullptr) r.edition = bound.choice.edition->id;
  r.state = bound.choice.edition != nullptr ? status::checked : status::no_edition;
  return r;
}

}  // namespace

document_record record_of(std::string path, std::string sha256, const source& text, const ast::document& doc,
                          const bind::bound_report& bound) {
  document_record r = summary_record(std::move(path), text, doc, bound);
  r.sha256 = std::move(sha256);
  std::vector<std::size_t> all(bound.values.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  r.cells = cells_of(text, bound, all);
  return r;
}

document_record summary_record(std::string path, const source& text, const ast::document& doc,
                               const bind::bound_report& bound) {
  document_record r = identified(std::move(path), std::string(), text, doc, bound);
  locator locate(text);
  r.findings.reserve(bound.findings.size());
  for (const finding& f : bound.findings) {
    r.findings.push_back(record_of(locate, f));
    if (f.level == severity::error) ++r.errors;
    if (f.level == severity::warning) ++r.warnings;
    // The violations a culprit stands for are kept, as its notes: the tallies per invariant count
    // them, the errors of the document do not count them again.
    for (const finding& v : f.violations) {
      r.findings.push_back(record_of(locate, v));
      r.findings.back().severity = name_of(severity::note);
    }
  }
  return r;
}

document_record compared_record(std::string path, const source& text, const ast::document& doc,
                                const bind::bound_report& bound, const year_checker& years) {
  document_record r = identified(std::move(path), {}, text, doc, bound);
  if (r.state != status::checked || !r.who.agency || !r.who.year) return r;  // never compared
  r.cells = cells_of(text, bound, years.values_read(r.edition, bound.values));
  return r;
}

document_record refused(std::string path, std::string sha256, const input_error& error) {
  document_record r;
  r.path = std::move(path);
  r.sha256 = std::move(sha256);
  r.state = status::refused;
  r.refusal = error.message;
  // Also as a finding, so that the place is kept and a later run can say it again.
  finding_record f;
  f.id = "UNREADABLE";
  f.severity = name_of(severity::error);
  f.line = f.end_line = error.where.line;
  f.column = f.end_column = error.where.column;
  f.message = error.message;
  r.findings.push_back(std::move(f));
  r.errors = 1;
  return r;
}

}  // namespace nianbao::corpus
