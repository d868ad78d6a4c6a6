// One document: values, the official layout, faults, then noise; the text; the oracle.
#include <algorithm>
#include <set>

#include "fact_sentences.hpp"
#include "model.hpp"

namespace nianbao::generate {

namespace {

constexpr unsigned noise_percent = 35;  // how often each enabled kind of noise is applied
constexpr int most_attempts = 20;

}  // namespace

bool expected_finding::operator<(const expected_finding& other) const {
  return std::tie(id, level, subject) < std::tie(other.id, other.level, other.subject);
}

std::vector<expected_finding> expected_findings(const generator::plan& p, const document_model& doc, bool faulted,
                                                std::vector<expected_finding> expected) {
  std::vector<cell_value> reads;
  reads.reserve(doc.values.size());
  for (std::size_t c = 0; c < doc.values.size(); ++c) {
    const cell_value& read = doc.values[c].read;
    reads.push_back(read);
    const cell_slot& cell = p.cells[c];
    if (read.state == bind::value_state::not_numeric && cell.kind != edition::value_kind::text) {
      expected.push_back({"NOT-NUMERIC", severity::error, cell.coord});
    }
    if (read.state != bind::value_state::given || !read.value) continue;
    const bool count = cell.kind == edition::value_kind::count || cell.kind == edition::value_kind::signed_count;
    if (cell.kind == edition::value_kind::count && read.value->sign() < 0) {
      expected.push_back({"NEGATIVE-COUNT", cell.table->count_form_level, cell.coord});
    }
    if (count && !read.value->is_integer())
      expected.push_back({"NOT-INTEGER", cell.table->count_form_level, cell.coord});
  }
  // A document without faults has values that satisfy every invariant by construction, and noise
  // only writes some of them not given: nothing to evaluate.
  if (!faulted) {
    std::sort(expected.begin(), expected.end());
    return expected;
  }
  const std::vector<verdict> verdicts = judge(p.claims, p.cells, reads);
  for (std::size_t k = 0; k < verdicts.size(); ++k) {
    const claim_instance& c = p.claims[k];
    if (verdicts[k] == verdict::violated) expected.push_back({c.rule->id, c.rule->level, c.instance});
  }
  std::sort(expected.begin(), expected.end());
  return expected;
}

namespace {

bool reads_any(const linear_claim& claim, const std::set<std::size_t>& cells) {
  const auto in = [&](const linear_sum& sum) {
    return std::any_of(sum.cells.begin(), sum.cells.end(),
                       [&](const signed_cell& c) { return cells.contains(c.cell); });
  };
  return in(claim.left) || in(claim.right);
}

// Whether, over `reads`, a claim that reads one of `cells` is violated.
bool breaks_a_claim(const generator::plan& p, const std::vector<cell_value>& reads,
                    const std::set<std::size_t>& cells) {
  const std::vector<verdict> verdicts = judge(p.claims, p.cells, reads);
  for (std::size_t k = 0; k < verdicts.size(); ++k) {
    const claim_instance& c = p.claims[k];
    if (verdicts[k] == verdict::violated &&
        (reads_any(c.claim, cells) || (c.condition && reads_any(*c.condition, cells))))
      return true;
  }
  return false;
}

}  // namespace

void diagnose_shifted_rows(const generator::plan& p, document_model& doc, std::vector<expected_finding>& expected) {
  std::vector<const shifted_row*> rows;
  for (const shifted_row& row : doc.shifted) rows.push_back(&row);
  // In the edition's order, as the checker binds them.
  std::sort(rows.begin(), rows.end(),
            [](const shifted_row* a, const shifted_row* b) { return a->cells.front() < b->cells.front(); });
  const auto adds_up = [&](const std::vector<const shifted_row*>& some) {
    std::vector<cell_value> reads;
    reads.reserve(doc.values.size());
    for (const value_text& v : doc.values) reads.push_back(v.read);
    std::set<std::size_t> cells;
    for (const shifted_row* row : some) cells.insert(row->cells.begin(), row->cells.end());
    if (!breaks_a_claim(p, reads, cells)) return false;
    for (const shifted_row* row : some) {
      for (std::size_t k = 0; k < row->cells.size(); ++k) reads[row->cells[k]] = row->right[k];
    }
    return !breaks_a_claim(p, reads, cells);
  };
  const auto take = [&](const shifted_row& row) {
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
      doc.values[row.cells[k]].read = row.right[k];
      doc.values[row.cells[k]].oracle = row.right_oracle[k];
    }
    for (expected_finding& e : expected) {
      if (e.id == "COLUMNS-EXTRA" && e.subject == row.subject) e.id = "ROW-SHIFTED";
    }
  };
  // All together first, else each on its own against those taken before it.
  if (rows.size() > 1 && adds_up(rows)) {
    for (const shifted_row* row : rows) take(*row);
    return;
  }
  for (const shifted_row* row : rows) {
    if (adds_up({row})) take(*row);
  }
}

namespace {

std::vector<verdict> across_years_verdicts(const generator::plan& p, const document_model& doc,
                                           const year_before& before) {
  std::vector<cell_value> reads;
  reads.reserve(2 * doc.values.size());
  for (const value_text& v : doc.values) reads.push_back(v.read);
  reads.insert(reads.end(), before.reads.begin(), before.reads.end());
  return judge_across_years(p.year_claims, p.cells, reads);
}

// This report's cells in the instances of rules across years that it breaks.
std::vector<std::size_t> cells_breaking_across_years(const generator::plan& p, const document_model& doc,
                                                     const year_before& before) {
  const std::vector<verdict> verdicts = across_years_verdicts(p, doc, before);
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < verdicts.size(); ++k) {
    if (verdicts[k] != verdict::violated) continue;
    const linear_claim& claim = p.year_claims[k].claim;
    for (const linear_sum* side : {&claim.left, &claim.right}) {
      for (const signed_cell& c : side->cells) {
        if (c.cell < p.cells.size()) out.push_back(c.cell);
      }
    }
  }
  return out;
}

std::vector<expected_finding> expected_across_years(const generator::plan& p, const document_model& doc,
                                                    const year_before& before) {
  const std::vector<verdict> verdicts = across_years_verdicts(p, doc, before);
  std::vector<expected_finding> out;
  for (std::size_t k = 0; k < verdicts.size(); ++k) {
    const claim_instance& c = p.year_claims[k];
    if (verdicts[k] == verdict::violated) out.push_back({c.rule->id, c.rule->level, c.instance});
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

generator::generator(const edition::definition& edition) : plan_(make_plan(edition)) {
  if (edition.sections.empty()) {
    throw generate_error("edition " + edition.id + " declares no `sections` headings, which the generator writes");
  }
}
generator::~generator() = default;
generator::generator(generator&&) noexcept = default;
generator& generator::operator=(generator&&) noexcept = default;

bool generator::can_inject(fault_kind kind) const {
  if (kind == fault_kind::text_mismatch) return !plan_->edition->facts.empty();
  if (kind != fault_kind::unit_slip) return true;
  for (std::size_t c = 0; c < plan_->cells.size(); ++c) {
    const cell_slot& cell = plan_->cells[c];
    if (plan_->in_equality[c] && cell.kind == edition::value_kind::money && cell.column->unit.empty()) return true;
  }
  return false;
}

document generator::generate(const options& opts) const {
  for (const fault_kind kind : opts.faults) {
    if (!can_inject(kind)) {
      throw generate_error("fault " + std::string(name_of(kind)) + " cannot be seen in edition " + plan_->edition->id +
                           (kind == fault_kind::text_mismatch
                                ? ": it declares no fact"
                                : ": no invariant reads an amount of money that a slip by 10⁴ would change"));
    }
  }
  return make_document(*plan_, opts, nullptr).doc;
}

made_document make_document(const generator::plan& p, const options& opts, const year_before* before) {
  random_engine random(opts.seed);
  made_document out;
  out.doc.edition = p.edition->id;
  out.doc.seed = opts.seed;
  document_model doc;
  std::vector<expected_finding> expected;
  // Values with no place for a fault (no count of two digits to split …) are drawn again.
  for (int attempt = 0;; ++attempt) {
    out.values = fill_values(p, random, before != nullptr ? before->values : std::vector<decimal>{});
    out.values.resize(p.cells.size());
    doc = build_document(p, out.values, random, opts);
    out.doc.faults.clear();
    expected.clear();
    bool placed = true;
    for (const fault_kind kind : opts.faults)
      placed = placed && inject_fault(kind, doc, p, random, out.doc.faults, expected);
    if (placed) break;
    if (attempt == most_attempts) {
      throw generate_error("faults " + std::to_string(opts.faults.size()) + ": no document of " +
                           std::to_string(most_attempts) + " drawn had a place for all of them");
    }
  }
  // What breaks a rule across years stays as it is: noise writing a 0 of it as `/` would hide it.
  if (before != nullptr) {
    for (const std::size_t c : cells_breaking_across_years(p, doc, *before)) doc.values[c].faulted = true;
  }
  for (const noise_kind kind : opts.noise) {
    if (chance(random, noise_percent) && apply_noise(kind, doc, random)) out.doc.noise.insert(kind);
  }
  // The prose states the figures as a checker reads them: shifted rows read as it reads them.
  diagnose_shifted_rows(p, doc, expected);
  const bool mismatch =
      std::find(opts.faults.begin(), opts.faults.end(), fault_kind::text_mismatch) != opts.faults.end();
  fact_sentence facts;
  if (!write_fact_sentence(p, doc, random, mismatch, facts, out.doc.faults, expected)) {
    throw generate_error("fault text-mismatch: edition " + p.edition->id +
                         " states no fact whose cells this document gives");
  }
  out.doc.text = render(doc);
  out.doc.facts = place_facts(facts, out.doc.text);
  out.doc.agency = doc.agency;
  out.doc.year = doc.year;
  out.doc.expected = expected_findings(p, doc, !opts.faults.empty(), std::move(expected));
  if (before != nullptr) out.doc.across_years = expected_across_years(p, doc, *before);
  out.reads.reserve(doc.values.size());
  out.doc.values.reserve(doc.values.size());
  for (value_text& v : doc.values) {
    out.reads.push_back(v.read);
    out.doc.values.push_back(std::move(v.oracle));
  }
  return out;
}

}  // namespace nianbao::generate
