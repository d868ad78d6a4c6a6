// Faults: a document broken in one known way, and the findings that breaking it causes beyond
// what its values show (expected_findings() derives the arithmetic ones from the values).
#include <algorithm>
#include <string_view>
#include <vector>

#include "model.hpp"
#include "nianbao/core/utf8.hpp"

namespace nianbao::generate {

namespace {

constexpr int most_tries = 40;

// Given count cells that an equality reads, written as plain digits: where a changed value
// must break an invariant.
std::vector<std::size_t> checked_counts(const generator::plan& p, const document_model& doc, bool determined_only) {
  std::vector<std::size_t> out;
  for (std::size_t c = 0; c < p.cells.size(); ++c) {
    const value_text& v = doc.values[c];
    if (!p.in_equality[c] || v.faulted || v.read.state != bind::value_state::given ||
        p.cells[c].kind != edition::value_kind::count)
      continue;
    if (determined_only && !p.determined[c]) continue;
    out.push_back(c);
  }
  return out;
}

std::string row_subject(const table_model& t, const edition::node& row) { return t.layout->id + "/" + row.path; }

void rewrite(value_text& v, const decimal& value, std::string text) {
  v.text = std::move(text);
  v.read = {value, bind::value_state::given};
  v.oracle.value = value;
  v.faulted = true;
}

void record(std::vector<injected_fault>& injected, fault_kind kind, std::string coord, std::string detail) {
  injected.push_back({kind, std::move(coord), std::move(detail)});
}

bool wrong_total(document_model& doc, const generator::plan& p, random_engine& random,
                 std::vector<injected_fault>& injected) {
  const auto totals = checked_counts(p, doc, true);
  if (totals.empty()) return false;
  const std::size_t c = pick(totals, random);
  value_text& v = doc.values[c];
  const long long delta = uniform<long long>(random, 1, 9);
  const decimal old = *v.read.value;
  const bool down = old >= decimal::from_integer(delta) && uniform<int>(random, 0, 1) == 0;
  const decimal changed = down ? old - decimal::from_integer(delta) : old + decimal::from_integer(delta);
  rewrite(v, changed, changed.to_string());
  record(injected, fault_kind::wrong_total, v.oracle.coord,
         "found " + changed.to_string() + ", consistent " + old.to_string());
  return true;
}

std::vector<std::size_t> with_digits(const generator::plan& p, const document_model& doc) {
  std::vector<std::size_t> out;
  for (const std::size_t c : checked_counts(p, doc, false)) {
    if (*doc.values[c].read.value >= decimal::from_integer(10)) out.push_back(c);
  }
  return out;
}

bool split_digits(document_model& doc, const generator::plan& p, random_engine& random,
                  std::vector<injected_fault>& injected) {
  const auto candidates = with_digits(p, doc);
  if (candidates.empty()) return false;
  value_text& v = doc.values[pick(candidates, random)];
  const std::string digits = v.text;
  const std::size_t at = uniform<std::size_t>(random, 1, digits.size() - 1);
  v.text = digits.substr(0, at) + " " + digits.substr(at);
  v.read = {std::nullopt, bind::value_state::not_numeric};
  v.oracle.value.reset();
  v.faulted = true;
  record(injected, fault_kind::split_digits, v.oracle.coord, "`" + v.text + "` for " + digits);
  return true;
}

bool dropped_digit(document_model& doc, const generator::plan& p, random_engine& random,
                   std::vector<injected_fault>& injected) {
  const auto candidates = with_digits(p, doc);
  if (candidates.empty()) return false;
  value_text& v = doc.values[pick(candidates, random)];
  const std::string digits = v.text;
  for (int tries = 0; tries < most_tries; ++tries) {
    const std::size_t at = uniform<std::size_t>(random, 0, digits.size() - 1);
    const std::string shorter = digits.substr(0, at) + digits.substr(at + 1);
    if (shorter.front() == '0') continue;
    const decimal changed = *parse_decimal(shorter);
    if (changed == *v.read.value) continue;  // 11 → 1 … never, but 100 → 10 is a change
    rewrite(v, changed, shorter);
    record(injected, fault_kind::dropped_digit, v.oracle.coord,
           std::string("found ").append(shorter).append(", consistent ").append(digits));
    return true;
  }
  return false;
}

bool sign_flip(document_model& doc, const generator::plan& p, random_engine& random,
               std::vector<injected_fault>& injected) {
  std::vector<std::size_t> candidates;
  for (const std::size_t c : checked_counts(p, doc, false)) {
    if (doc.values[c].read.value->sign() > 0 && p.cells[c].table->count_form_level == severity::error) {
      candidates.push_back(c);
    }
  }
  if (candidates.empty()) return false;
  value_text& v = doc.values[pick(candidates, random)];
  const std::string was = v.text;
  rewrite(v, -*v.read.value, "-" + was);
  record(injected, fault_kind::sign_flip, v.oracle.coord, "found -" + was + ", consistent " + was);
  return true;
}

// A money cell an equality reads (only there can a factor of 10⁴ be seen).
std::vector<std::size_t> checked_amounts(const generator::plan& p, const document_model& doc) {
  std::vector<std::size_t> out;
  for (std::size_t c = 0; c < p.cells.size(); ++c) {
    const value_text& v = doc.values[c];
    if (p.in_equality[c] && !v.faulted && p.cells[c].kind == edition::value_kind::money && v.read.value &&
        v.read.value->sign() != 0 && p.cells[c].column->unit.empty()) {
      out.push_back(c);
    }
  }
  return out;
}

bool unit_slip(document_model& doc, const generator::plan& p, random_engine& random,
               std::vector<injected_fault>& injected) {
  const auto candidates = checked_amounts(p, doc);
  if (candidates.empty()) return false;
  value_text& v = doc.values[pick(candidates, random)];
  const bool to_wan = v.oracle.unit == "元";
  const std::string was = v.text;
  const decimal amount = *v.oracle.value;
  v.text = amount.to_string() + (to_wan ? "万元" : "元");
  v.oracle.unit = to_wan ? "万元" : "元";
  v.oracle.yuan = to_wan ? amount.times_power_of_ten(4) : amount;
  v.read = {v.oracle.yuan, bind::value_state::given};
  v.faulted = true;
  record(injected, fault_kind::unit_slip, v.oracle.coord, "`" + v.text + "` for `" + was + "`");
  return true;
}

// Data rows of labelled grids (tables 三, 四 have one unlabelled row, which has no label to
// shift from or to miss).
std::vector<row_place> grid_rows(document_model& doc) {
  std::vector<row_place> out;
  for (const row_place& at : rows_of(doc)) {
    const row_model& row = at.table->rows[at.row];
    if (row.node != nullptr && !row.node->label.empty() && at.table->layout->blocks.empty()) out.push_back(at);
  }
  return out;
}

std::vector<std::size_t> value_positions(const row_model& row) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (row.cells[i].value) out.push_back(i);
  }
  return out;
}

bool untouched(const document_model& doc, const row_model& row) {
  return std::none_of(row.cells.begin(), row.cells.end(),
                      [&](const cell_model& c) { return c.faulted || (c.value && doc.values[*c.value].faulted); });
}

bool adjacent_column(document_model& doc, const generator::plan& p, random_engine& random,
                     std::vector<injected_fault>& injected) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // two value cells side by side
  for (const row_place& at : grid_rows(doc)) {
    const row_model& row = at.table->rows[at.row];
    if (!untouched(doc, row)) continue;
    const auto positions = value_positions(row);
    for (std::size_t i = 0; i + 1 < positions.size(); ++i) {
      const std::size_t a = *row.cells[positions[i]].value, b = *row.cells[positions[i + 1]].value;
      if (doc.values[a].read.value != doc.values[b].read.value && p.in_equality[a] && p.in_equality[b] &&
          doc.values[a].read.state == bind::value_state::given &&
          doc.values[b].read.state == bind::value_state::given) {
        pairs.emplace_back(a, b);
      }
    }
  }
  if (pairs.empty()) return false;
  const auto [a, b] = pick(pairs, random);
  value_text& x = doc.values[a];
  value_text& y = doc.values[b];
  const decimal was_x = *x.read.value, was_y = *y.read.value;
  const std::string text_x = x.text, text_y = y.text;
  rewrite(x, was_y, text_y);
  rewrite(y, was_x, text_x);
  record(injected, fault_kind::adjacent_column, x.oracle.coord, "swapped with " + y.oracle.coord);
  return true;
}

// The row's value cells one column to the right: an empty cell after the label. Each column then
// reads its left neighbour's value, the first reads a blank, and the last value is an extra cell.
bool row_shift(document_model& doc, random_engine& random, std::vector<injected_fault>& injected,
               std::vector<expected_finding>& expected) {
  std::vector<row_place> candidates;
  for (const row_place& at : grid_rows(doc)) {
    if (untouched(doc, at.table->rows[at.row])) candidates.push_back(at);
  }
  if (candidates.empty()) return false;
  const row_place at = pick(candidates, random);
  row_model& row = at.table->rows[at.row];
  const auto positions = value_positions(row);
  std::vector<std::size_t> cells;
  std::vector<cell_value> reads;
  std::vector<written_value> oracles;
  for (const std::size_t i : positions) {
    cells.push_back(*row.cells[i].value);
    reads.push_back(doc.values[*row.cells[i].value].read);
    oracles.push_back(doc.values[*row.cells[i].value].oracle);
  }
  for (std::size_t k = 0; k < positions.size(); ++k) {
    value_text& v = doc.values[cells[k]];
    const std::string coord = v.oracle.coord;
    if (k == 0) {
      v.read = {std::nullopt, bind::value_state::blank};
      v.oracle = {coord, std::nullopt, std::nullopt, ""};
    } else {
      v.read = reads[k - 1];
      v.oracle = oracles[k - 1];
      v.oracle.coord = coord;
    }
    v.faulted = true;
  }
  cell_model gap{{""}, std::nullopt, nullptr, true};
  row.cells.insert(row.cells.begin() + static_cast<std::ptrdiff_t>(positions.front()), gap);
  const std::string subject = row_subject(*at.table, *row.node);
  doc.shifted.push_back({subject, std::move(cells), std::move(reads), std::move(oracles)});
  expected.push_back({"COLUMNS-EXTRA", severity::error, subject});
  record(injected, fault_kind::row_shift, subject, "an empty cell before the values");
  return true;
}

void mark_missing(document_model& doc, const row_model& row) {
  for (const cell_model& c : row.cells) {
    if (!c.value) continue;
    value_text& v = doc.values[*c.value];
    v.read = {std::nullopt, bind::value_state::missing};
    v.oracle = {v.oracle.coord, std::nullopt, std::nullopt, ""};
    v.faulted = true;
  }
}

bool missing_row(document_model& doc, random_engine& random, std::vector<injected_fault>& injected,
                 std::vector<expected_finding>& expected) {
  std::vector<row_place> candidates;
  for (const row_place& at : rows_of(doc)) {
    const row_model& row = at.table->rows[at.row];
    if (row.node != nullptr && !row.node->label.empty() && untouched(doc, row)) candidates.push_back(at);
  }
  if (candidates.empty()) return false;
  const row_place at = pick(candidates, random);
  const row_model row = at.table->rows[at.row];
  mark_missing(doc, row);
  at.table->rows.erase(at.table->rows.begin() + static_cast<std::ptrdiff_t>(at.row));
  const std::string subject = row_subject(*at.table, *row.node);
  expected.push_back({"ROW-MISSING", severity::error, subject});
  record(injected, fault_kind::missing_row, subject, "row `" + row.node->label + "` left out");
  return true;
}

// Levenshtein distance in code points, the textbook way. The oracle works it out on its own:
// asking the binder's matcher whether a typo is a near miss would let a bug there hide itself.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(utf8::decode(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(utf8::decode(b, i));
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

// Whether `typo` is a near miss of `own` that no reading can take for another label: one edit
// from it, and three or more from every other label and variant of the same rows. The edition
// language promises a label within its tolerance (at least one edit) and closer to one node
// than to any other binds to that node.
bool plainly_near_miss(std::string_view typo, const edition::node& own, const std::vector<const edition::node*>& rows) {
  const std::string key = edition::normalise_label(typo);
  if (edit_distance(key, own.key) != 1) return false;
  return std::all_of(rows.begin(), rows.end(), [&](const edition::node* other) {
    if (other == &own) return true;
    return edit_distance(key, other->key) >= 3 &&
           std::all_of(other->variant_keys.begin(), other->variant_keys.end(),
                       [&](const std::string& variant) { return edit_distance(key, variant) >= 3; });
  });
}

// One character of a row label replaced, so that the label is a near miss of its own node
// and of no other: the binder must still bind it, and say so (LABEL-TYPO).
bool misspelled_label(document_model& doc, random_engine& random, std::vector<injected_fault>& injected,
                      std::vector<expected_finding>& expected) {
  static const std::vector<std::string> wrong = {"杂", "锁", "汽", "岸", "缝", "蓝", "甜", "跳"};
  std::vector<std::pair<row_place, std::size_t>> candidates;  // row, label cell
  for (const row_place& at : rows_of(doc)) {
    const row_model& row = at.table->rows[at.row];
    if (row.node == nullptr || !untouched(doc, row)) continue;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      if (row.cells[i].labels == row.node && row.cells[i].lines.size() == 1) candidates.emplace_back(at, i);
    }
  }
  for (int tries = 0; tries < most_tries && !candidates.empty(); ++tries) {
    const auto [at, index] = pick(candidates, random);
    row_model& row = at.table->rows[at.row];
    const std::string label = row.cells[index].lines.front();
    const std::vector<std::size_t> starts = utf8::code_point_starts(label);
    if (starts.size() < 4) continue;
    const std::size_t k = uniform<std::size_t>(random, 1, starts.size() - 1);
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : label.size();
    if (end - starts[k] != 3) continue;  // a Chinese character, not punctuation or a digit
    const std::string typo = label.substr(0, starts[k]) + pick(wrong, random) + label.substr(end);
    const edition::table& t = *at.table->layout;
    std::vector<const edition::node*> rows;
    if (t.blocks.empty()) {
      rows = edition::leaves(t.rows);
    } else {
      for (const edition::block& b : t.blocks) {
        for (const edition::node& r : b.rows) {
          if (&r == row.node) {
            for (const edition::node& sibling : b.rows) rows.push_back(&sibling);
          }
        }
      }
    }
    if (!plainly_near_miss(typo, *row.node, rows)) continue;
    row.cells[index].lines = {typo};
    row.cells[index].faulted = true;
    const std::string subject = row_subject(*at.table, *row.node);
    expected.push_back({"LABEL-TYPO", severity::warning, subject});
    record(injected, fault_kind::misspelled_label, subject,
           std::string("`").append(typo).append("` for `").append(label).append("`"));
    return true;
  }
  return false;
}

// The document cut off after a row of a grid table: the rest of that table, every later section
// and its tables are missing.
bool truncated(document_model& doc, random_engine& random, std::vector<injected_fault>& injected,
               std::vector<expected_finding>& expected) {
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // section, row after which to cut
  for (std::size_t s = 0; s < doc.sections.size(); ++s) {
    if (doc.sections[s].body.size() != 1) continue;
    const auto* t = std::get_if<table_model>(&doc.sections[s].body.front());
    if (t == nullptr || !t->layout->blocks.empty()) continue;
    std::size_t first_data = 0;
    while (first_data < t->rows.size() && t->rows[first_data].node == nullptr) ++first_data;
    for (std::size_t r = std::max<std::size_t>(first_data, 1) - 1; r + 1 < t->rows.size(); ++r) cuts.emplace_back(s, r);
  }
  if (cuts.empty()) return false;
  const auto [s, r] = pick(cuts, random);
  auto& table = std::get<table_model>(doc.sections[s].body.front());
  for (std::size_t i = r + 1; i < table.rows.size(); ++i) {
    const row_model& row = table.rows[i];
    if (row.node == nullptr) continue;
    mark_missing(doc, row);
    const std::string subject = row_subject(table, *row.node);
    std::erase_if(expected, [&](const expected_finding& e) { return e.subject == subject; });  // an earlier fault's
    expected.push_back({"ROW-MISSING", severity::error, subject});
  }
  table.rows.resize(r + 1);
  for (std::size_t later = s + 1; later < doc.sections.size(); ++later) {
    expected.push_back({"SECTION-MISSING", severity::error, "section " + std::to_string(doc.sections[later].number)});
    for (body_item& item : doc.sections[later].body) {
      if (auto* t = std::get_if<table_model>(&item)) {
        // An earlier fault's findings in a table now gone: a missing table says all there is.
        std::erase_if(expected, [&](const expected_finding& e) { return e.subject.starts_with(t->layout->id + "/"); });
        expected.push_back({"TABLE-MISSING", severity::error, t->layout->id});
        for (const row_model& row : t->rows) mark_missing(doc, row);
      }
    }
  }
  doc.sections.resize(s + 1);
  doc.truncated = true;
  record(injected, fault_kind::truncated, table.layout->id,
         "cut after row " + std::to_string(r + 1) + " of " + table.layout->id);
  return true;
}

}  // namespace

bool inject_fault(fault_kind kind, document_model& doc, const generator::plan& p, random_engine& random,
                  std::vector<injected_fault>& injected, std::vector<expected_finding>& expected) {
  switch (kind) {
    case fault_kind::wrong_total:
      return wrong_total(doc, p, random, injected);
    case fault_kind::split_digits:
      return split_digits(doc, p, random, injected);
    case fault_kind::dropped_digit:
      return dropped_digit(doc, p, random, injected);
    case fault_kind::adjacent_column:
      return adjacent_column(doc, p, random, injected);
    case fault_kind::sign_flip:
      return sign_flip(doc, p, random, injected);
    case fault_kind::unit_slip:
      return unit_slip(doc, p, random, injected);
    case fault_kind::row_shift:
      return row_shift(doc, random, injected, expected);
    case fault_kind::missing_row:
      return missing_row(doc, random, injected, expected);
    case fault_kind::misspelled_label:
      return misspelled_label(doc, random, injected, expected);
    case fault_kind::truncated:
      return truncated(doc, random, injected, expected);
    case fault_kind::text_mismatch:
      return true;  // written with the prose's figures, once the tables are final (write_fact_sentence)
  }
  return false;
}

}  // namespace nianbao::generate
