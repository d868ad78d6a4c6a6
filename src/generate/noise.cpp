// Layout noise: what extraction does to real reports (../shared/format-spec.md, "What real
// reports do"), each kind keeping the document bound to its edition with no error finding.
#include <algorithm>
#include <set>

#include "model.hpp"
#include "nianbao/core/utf8.hpp"

namespace nianbao::generate {

namespace {

// A continuation line must not read as a heading or an item of its own.
bool starts_like_a_mark(std::string_view rest) {
  static constexpr std::string_view marks[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九",
                                               "十", "（", "(",  "·",  "•",  "[",  "0",  "1",  "2",
                                               "3",  "4",  "5",  "6",  "7",  "8",  "9"};
  return std::any_of(std::begin(marks), std::end(marks), [&](std::string_view m) { return rest.starts_with(m); });
}

std::vector<cell_model*> label_cells(document_model& doc) {
  std::vector<cell_model*> out;
  for (const row_place& at : rows_of(doc)) {
    for (cell_model& c : at.table->rows[at.row].cells) {
      if (!c.faulted && c.labels != nullptr && c.lines.size() == 1) out.push_back(&c);
    }
  }
  return out;
}

bool split_cells(document_model& doc, random_engine& random) {
  bool any = false;
  for (cell_model* c : label_cells(doc)) {
    if (!chance(random, 20)) continue;
    const std::string text = c->lines.front();
    const auto starts = utf8::code_point_starts(text);
    if (starts.size() < 4) continue;
    const std::size_t at = starts[uniform<std::size_t>(random, 2, starts.size() - 2)];
    if (starts_like_a_mark(std::string_view(text).substr(at))) continue;
    c->lines = {text.substr(0, at), text.substr(at)};
    any = true;
  }
  return any;
}

// The empty cells that stood for merged cells dropped, as some extractors do.
bool drop_merged(document_model& doc, random_engine& random) {
  bool any = false;
  for (const row_place& at : rows_of(doc)) {
    row_model& row = at.table->rows[at.row];
    if (row.title || !chance(random, 50)) continue;
    // Only cells before the first value or label cell: dropping an empty value cell would move values.
    std::size_t first_named = 0;
    while (first_named < row.cells.size() && row.cells[first_named].labels == nullptr &&
           !row.cells[first_named].value && row.cells[first_named].lines == std::vector<std::string>{""}) {
      ++first_named;
    }
    if (first_named == 0 || first_named == row.cells.size() || row.node == nullptr) continue;
    row.cells.erase(row.cells.begin(), row.cells.begin() + static_cast<std::ptrdiff_t>(first_named));
    any = true;
  }
  return any;
}

// A group's label cell left empty: the group label a reviewer would miss (a warning).
bool missing_label(document_model& doc, random_engine& random) {
  std::vector<cell_model*> groups;
  for (const row_place& at : rows_of(doc)) {
    row_model& row = at.table->rows[at.row];
    if (row.node == nullptr) continue;
    for (cell_model& c : row.cells) {
      if (c.labels != nullptr && c.labels != row.node) groups.push_back(&c);
    }
  }
  if (groups.empty()) return false;
  pick(groups, random)->lines = {""};
  return true;
}

bool heading_in_cell(document_model& doc, random_engine& random) {
  std::vector<section_model*> candidates;
  for (section_model& s : doc.sections) {
    const auto* t = s.body.empty() ? nullptr : std::get_if<table_model>(&s.body.front());
    if (t != nullptr && !t->layout->blocks.empty()) candidates.push_back(&s);  // a title row comes first
  }
  if (candidates.empty()) return false;
  pick(candidates, random)->heading_in_cell = true;
  return true;
}

// `N、` for a section whose previous section numbers nothing N−1 in arabic (that would make
// `N、` read as an item), as in seed 004.
bool arabic_section(document_model& doc, random_engine& random) {
  std::vector<section_model*> candidates;
  for (std::size_t i = 1; i < doc.sections.size(); ++i) {
    const std::string previous_mark = std::to_string(doc.sections[i].number - 1);
    bool clash = false;
    for (const body_item& item : doc.sections[i - 1].body) {
      if (const auto* line = std::get_if<std::string>(&item)) clash = clash || line->starts_with(previous_mark);
    }
    if (!clash && !doc.sections[i].heading_in_cell) candidates.push_back(&doc.sections[i]);
  }
  if (candidates.empty()) return false;
  section_model& s = *pick(candidates, random);
  s.mark = std::to_string(s.number) + "、";
  return true;
}

bool label_variants(document_model& doc, random_engine& random) {
  bool any = false;
  for (cell_model* c : label_cells(doc)) {
    if (c->labels->variants.empty() || !chance(random, 60)) continue;
    c->lines = {pick(c->labels->variants, random)};
    any = true;
  }
  return any;
}

std::vector<value_text*> given_values(document_model& doc) {
  std::vector<value_text*> out;
  for (value_text& v : doc.values) {
    if (!v.faulted && v.read.state == bind::value_state::given) out.push_back(&v);
  }
  return out;
}

bool spaces(document_model& doc, random_engine& random) {
  static const std::vector<std::string> pads = {" ", "  ", "\xC2\xA0", "\xE3\x80\x80", "   ", "\xE2\x80\x83"};
  bool any = false;
  for (value_text* v : given_values(doc)) {
    if (!chance(random, 15)) continue;
    if (chance(random, 50)) v->text = pick(pads, random) + v->text;
    if (chance(random, 50)) v->text += pick(pads, random);
    any = true;
  }
  return any;
}

bool grouped_digits(document_model& doc, random_engine& random) {
  bool any = false;
  for (value_text* v : given_values(doc)) {
    std::string& text = v->text;
    const std::size_t begin = text.find_first_of("0123456789");
    if (begin == std::string::npos || !chance(random, 50)) continue;
    std::size_t end = begin;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end - begin < 4) continue;
    const std::string separator = chance(random, 80) ? "," : "，";
    for (std::size_t at = end; at > begin + 3;) {
      at -= 3;
      text.insert(at, separator);
    }
    any = true;
  }
  return any;
}

bool wide_digits(document_model& doc, random_engine& random) {
  bool any = false;
  for (value_text* v : given_values(doc)) {
    if (!chance(random, 10)) continue;
    std::string wide;
    for (const char c : v->text) {
      if (c >= '0' && c <= '9') {
        wide += "\xEF\xBC";  // U+FF10 + digit
        wide += static_cast<char>(0x90 + (c - '0'));
      } else {
        wide += c;
      }
    }
    v->text = wide;
    any = true;
  }
  return any;
}

// A 0 written blank (counted as 0 where the edition says so), or `/`, `—` or U+FFFD (not given,
// never 0; U+FFFD is what a lossy conversion leaves of a figure it could not read, and what the
// PDF reader writes for one it could not place).
// Not in a table a fault has changed: a `/` there could leave the fault's invariants not
// assessable, and the fault unseen.
bool not_given(document_model& doc, random_engine& random) {
  const auto table_of = [](const value_text& v) {
    return std::string_view(v.oracle.coord).substr(0, v.oracle.coord.find('/'));
  };
  std::set<std::string_view> faulted_tables;
  for (const value_text& v : doc.values) {
    if (v.faulted) faulted_tables.insert(table_of(v));
  }
  bool any = false;
  for (std::size_t c = 0; c < doc.values.size(); ++c) {
    value_text& v = doc.values[c];
    if (faulted_tables.contains(table_of(v)) || v.read.state != bind::value_state::given || v.read.value != decimal{} ||
        !chance(random, 8)) {
      continue;
    }
    const bool blank = chance(random, 50);
    v.text = blank ? "" : chance(random, 50) ? "/" : c % 4 == 0 ? "\uFFFD" : "—";
    // The checker counts the blank as 0 where the edition says so (`blank means 0`), by itself.
    v.read = {std::nullopt, blank ? bind::value_state::blank : bind::value_state::not_given};
    v.oracle.value.reset();
    v.oracle.yuan.reset();
    any = true;
  }
  return any;
}

bool artefacts(document_model& doc, random_engine& random) {
  static const std::vector<std::string> marks = {"[bookmark: _GoBack]", "[image: ]", "[bookmark: _Toc1]"};
  std::vector<std::string*> lines;
  for (section_model& s : doc.sections) {
    for (body_item& item : s.body) {
      if (auto* line = std::get_if<std::string>(&item)) lines.push_back(line);
    }
  }
  bool any = false;
  if (!lines.empty()) {
    std::string& line = *pick(lines, random);
    line = pick(marks, random) + line;
    any = true;
  }
  auto labels = label_cells(doc);
  if (!labels.empty()) {
    cell_model& c = *pick(labels, random);
    c.lines.front() = pick(marks, random) + c.lines.front();
    any = true;
  }
  return any;
}

}  // namespace

bool apply_noise(noise_kind kind, document_model& doc, random_engine& random) {
  switch (kind) {
    case noise_kind::split_cells:
      return split_cells(doc, random);
    case noise_kind::merged_cells:
      return drop_merged(doc, random);
    case noise_kind::missing_label:
      return missing_label(doc, random);
    case noise_kind::heading_in_cell:
      return heading_in_cell(doc, random);
    case noise_kind::arabic_section:
      return arabic_section(doc, random);
    case noise_kind::label_variants:
      return label_variants(doc, random);
    case noise_kind::spaces:
      return spaces(doc, random);
    case noise_kind::grouped_digits:
      return grouped_digits(doc, random);
    case noise_kind::wide_digits:
      return wide_digits(doc, random);
    case noise_kind::not_given:
      return not_given(doc, random);
    case noise_kind::crlf:
      doc.crlf = true;
      return true;
    case noise_kind::bom:
      doc.bom = true;
      return true;
    case noise_kind::artefacts:
      return artefacts(doc, random);
  }
  return false;
}

}  // namespace nianbao::generate
