// Reports of one agency year after year: each filled with what it carries over from the one
// before (the rules across years solved for with its own), unless it restates one of last year's
// figures, in which case the oracle across years says exactly what a checker must find.
#include <algorithm>
#include <map>

#include "model.hpp"
#include "prose.hpp"

namespace nianbao::generate {

namespace {

constexpr int most_restatement_attempts = 20;

bool is_count(const cell_slot& cell) {
  return cell.kind == edition::value_kind::count || cell.kind == edition::value_kind::signed_count;
}

// A document's seed for one year of a series: different per year, the same for a series' seed.
std::uint64_t seed_of(std::uint64_t seed, unsigned year) {
  std::uint64_t x = seed * 0x9e3779b97f4a7c15ULL + year;
  x ^= x >> 31;
  return x * 0xbf58476d1ce4e5b9ULL;
}

// Last year's figures as this year's report believes them, after a restatement: one drawn cell of
// last year's report changed and the cells computed from it computed again, so that the figures
// believed agree among themselves as last year's report did. Returns the restatement, or none
// when no figure that `candidates` read could be restated.
std::optional<restatement> restate(const generator::plan& following, const generator::plan& earlier,
                                   const std::vector<const claim_instance*>& candidates, std::vector<decimal>& believed,
                                   random_engine& random) {
  const std::size_t n = following.cells.size();
  const std::vector<decimal> was = believed;
  for (int attempt = 0; attempt < most_restatement_attempts && !candidates.empty(); ++attempt) {
    const claim_instance& claim = *pick(candidates, random);
    std::vector<std::size_t> read;  // last year's cells it reads, in last year's plan
    for (const linear_sum* side : {&claim.claim.left, &claim.claim.right}) {
      for (const signed_cell& c : side->cells) {
        if (c.cell >= n) read.push_back(*following.counterpart[c.cell - n]);
      }
    }
    if (read.empty()) continue;
    const std::size_t target = pick(read, random);
    std::size_t changed = target;
    if (earlier.determined[target]) {
      const auto d = std::find_if(earlier.definitions.begin(), earlier.definitions.end(),
                                  [&](const definition& def) { return def.cell == target; });
      if (d == earlier.definitions.end() || d->terms.empty()) continue;
      changed = pick(d->terms, random).first;
    }
    const cell_slot& cell = earlier.cells[changed];
    believed[changed] += is_count(cell) ? decimal::from_integer(uniform<long long>(random, 1, 9))
                                        : decimal(big_integer(uniform<long long>(random, 1, 999'999)), 2);
    compute_determined(earlier, believed);
    // A figure carried over must stay one a report could hold; last year's own is untouched.
    bool plausible = believed[target] != was[target];
    for (std::size_t c = 0; c < believed.size() && plausible; ++c) {
      plausible = !is_count(earlier.cells[c]) || earlier.cells[c].kind == edition::value_kind::signed_count ||
                  believed[c].sign() >= 0;
    }
    if (!plausible) {
      believed = was;
      continue;
    }
    return restatement{claim.rule->id, earlier.cells[target].coord,
                       "last year's report says " + was[target].to_string() + ", this one carries over " +
                           believed[target].to_string()};
  }
  return std::nullopt;
}

}  // namespace

struct series_generator::impl {
  const std::vector<edition::definition>& editions;
  std::vector<std::unique_ptr<generator::plan>> alone;  // per edition
  // (later, earlier) → the plan of a later report that follows an earlier one: for editions that
  // are the same or that a crosswalk relates.
  std::map<std::pair<std::size_t, std::size_t>, std::unique_ptr<generator::plan>> following;

  explicit impl(const std::vector<edition::definition>& all) : editions(all) {
    for (const edition::definition& ed : all) {
      if (ed.sections.empty())
        throw generate_error("edition " + ed.id + " declares no `sections` headings, which the generator writes");
      alone.push_back(make_plan(ed));
    }
    const auto relates = [](const edition::definition& a, const edition::definition& b) {
      return std::any_of(a.crosswalks.begin(), a.crosswalks.end(),
                         [&](const edition::crosswalk& w) { return w.from == b.id; });
    };
    for (std::size_t l = 0; l < all.size(); ++l) {
      for (std::size_t e = 0; e < all.size(); ++e) {
        if (l == e || relates(all[l], all[e]) || relates(all[e], all[l]))
          following.emplace(std::pair(l, e), make_plan(all[l], alone[e].get()));
      }
    }
  }

  std::size_t in_force(unsigned year) const {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < editions.size(); ++i) {
      const unsigned from = first_year(editions[i]);
      if (from <= year && (!best || from > first_year(editions[*best]))) best = i;
    }
    if (!best) throw generate_error("no edition covers the year " + std::to_string(year));
    return *best;
  }
};

series_generator::series_generator(const std::vector<edition::definition>& editions)
    : impl_(std::make_unique<impl>(editions)) {}
series_generator::~series_generator() = default;
series_generator::series_generator(series_generator&&) noexcept = default;
series_generator& series_generator::operator=(series_generator&&) noexcept = default;

std::vector<document> series_generator::generate(const series_options& opts) const {
  if (opts.first_year > opts.last_year)
    throw generate_error("a series from " + std::to_string(opts.first_year) + " to " + std::to_string(opts.last_year));
  random_engine random(opts.seed);
  options year_options;
  year_options.noise = opts.noise;
  year_options.agency = opts.agency.empty() ? agency_names(1, opts.seed).front() : opts.agency;
  std::vector<document> out;
  std::optional<made_document> last;
  std::size_t last_edition = 0;
  for (unsigned year = opts.first_year; year <= opts.last_year; ++year) {
    const std::size_t e = impl_->in_force(year);
    year_options.year = year;
    year_options.seed = seed_of(opts.seed, year);
    const auto follows = last ? impl_->following.find({e, last_edition}) : impl_->following.end();
    if (follows == impl_->following.end()) {
      last = make_document(*impl_->alone[e], year_options, nullptr);
    } else {
      const generator::plan& p = *follows->second;
      const bool restating = chance(random, opts.restate_percent);
      std::vector<const claim_instance*> candidates;
      for (const claim_instance* c : p.followed) {
        if (restating && c->is_equation() &&
            (opts.restate_rules.empty() ||
             std::find(opts.restate_rules.begin(), opts.restate_rules.end(), c->rule->id) != opts.restate_rules.end()))
          candidates.push_back(c);
      }
      // A restatement can leave this year's own rules no values to meet them with: another is
      // drawn, and after as many as a restatement gets, the report carries over what it should.
      for (int attempt = 0;; ++attempt) {
        std::vector<decimal> believed = last->values;
        std::optional<restatement> restated;
        if (!candidates.empty() && attempt < most_restatement_attempts)
          restated = restate(p, *impl_->alone[last_edition], candidates, believed, random);
        year_before before;
        for (const std::optional<std::size_t>& there : p.counterpart) {
          before.values.push_back(there ? believed[*there] : decimal{});
          before.reads.push_back(there ? last->reads[*there] : cell_value{std::nullopt, bind::value_state::missing});
        }
        try {
          made_document made = make_document(p, year_options, &before);
          if (restated) made.doc.restated.push_back(std::move(*restated));
          last = std::move(made);
          break;
        } catch (const generate_error&) {
          if (!restated) throw;
        }
      }
    }
    last_edition = e;
    out.push_back(last->doc);
  }
  return out;
}

}  // namespace nianbao::generate
