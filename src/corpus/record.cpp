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

// Where each value is, located in document order: the values come in the edition's order, and
// locating each from its line's start costs a page written on one line its length per cell.
void locate_cells(const source& text, const bind::bound_report& bound, std::vector<cell_record>& cells) {
  std::vector<std::size_t> order;
  order.reserve(bound.values.size());
  for (std::size_t i = 0; i < bound.values.size(); ++i) {
    if (bound.values[i].state != bind::value_state::missing) order.push_back(i);
  }
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return bound.values[a].where.begin < bound.values[b].where.begin; });
  locator locate(text);
  for (const std::size_t i : order) {
    const location at = locate(bound.values[i].where.begin);
    cells[i].line = at.line;
    cells[i].column = at.column;
  }
}

}  // namespace

document_record record_of(std::string path, std::string sha256, const source& text, const ast::document& doc,
                          const bind::bound_report& bound) {
  document_record r;
  r.path = std::move(path);
  r.sha256 = std::move(sha256);
  r.who = identify(text.text(), doc);
  if (bound.choice.edition != nullptr) r.edition = bound.choice.edition->id;
  r.state = bound.choice.edition != nullptr ? status::checked : status::no_edition;
  locator locate(text);
  r.findings.reserve(bound.findings.size());
  for (const finding& f : bound.findings) {
    r.findings.push_back(record_of(locate, f));
    if (f.level == severity::error) ++r.errors;
    if (f.level == severity::warning) ++r.warnings;
  }
  r.cells.reserve(bound.values.size());
  for (const bind::bound_value& v : bound.values) r.cells.push_back(record_of(v));
  locate_cells(text, bound, r.cells);
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
