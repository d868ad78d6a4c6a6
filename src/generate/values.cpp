// Values that satisfy every invariant by construction: drawn cells at the magnitudes reports
// show, totals computed exactly from them.
#include <algorithm>

#include "plan.hpp"

namespace nianbao::generate {

namespace {

constexpr int most_draws = 200;

decimal draw(const cell_slot& cell, random_engine& random) {
  switch (cell.kind) {
    case edition::value_kind::count:
      return decimal::from_integer(draw_count(random));
    case edition::value_kind::signed_count:
      return decimal::from_integer(uniform<long long>(random, 0, 3) == 0 ? -draw_count(random) : draw_count(random));
    case edition::value_kind::money:
    case edition::value_kind::decimal: {
      if (uniform<long long>(random, 0, 4) == 0) return decimal{};
      // An amount in 元 with 0 to 2 decimals; written in 万元 it has up to 6.
      const unsigned scale = static_cast<unsigned>(uniform<long long>(random, 0, 2));
      return decimal(big_integer(uniform<long long>(random, 1, 2'000'000'000)), scale);
    }
    case edition::value_kind::text:
      return decimal{};
  }
  return decimal{};
}

// Computes the determined cells from the drawn ones; for each definition, whether its
// denominator divided its sum (with coefficients from a ±1 system it always does).
std::vector<bool> compute(const generator::plan& p, std::vector<decimal>& values) {
  std::vector<bool> exact(p.definitions.size(), true);
  for (std::size_t k = 0; k < p.definitions.size(); ++k) {
    const definition& d = p.definitions[k];
    decimal sum = d.constant;
    for (const auto& [cell, coefficient] : d.terms) {
      if (coefficient == 1) {
        sum += values[cell];
      } else if (coefficient == -1) {
        sum -= values[cell];
      } else {
        sum += values[cell] * decimal(coefficient, 0);
      }
    }
    if (d.denominator != 1) {
      values[d.cell] = decimal(sum.coefficient() / d.denominator, sum.scale());
      exact[k] = values[d.cell] * decimal(d.denominator, 0) == sum;
    } else {
      values[d.cell] = std::move(sum);
    }
  }
  return exact;
}

// A computed value a report could hold: exact, not negative unless signed, whole for a count.
bool plausible(const cell_slot& cell, const decimal& v, bool exact) {
  if (!exact || (cell.kind != edition::value_kind::signed_count && v.sign() < 0)) return false;
  return (cell.kind != edition::value_kind::count && cell.kind != edition::value_kind::signed_count) || v.is_integer();
}

// The values, once the rules solved for are seen to hold. Last year's values, held fixed, can
// leave an equality no cell to meet it with: a rule across years that only last year's cells are
// left to meet holds when last year's report met its own rules, and one of this report's own
// holds unless last year's figures (restated) contradict it.
std::vector<decimal> meets_followed(const generator::plan& p, std::vector<decimal>& values) {
  if (p.followed.empty()) return std::move(values);
  const auto check = [&](const claim_instance& c, std::string_view after) {
    if ((!c.condition || generate::holds(*c.condition, values)) && !generate::holds(c.claim, values)) {
      throw generate_error("edition " + p.edition->id + ": rule " + c.rule->id + " (" + c.instance +
                           ") cannot be met by any values after " + std::string(after));
    }
  };
  for (const claim_instance* c : p.followed) check(*c, "last year's report");
  for (const claim_instance& c : p.claims) {
    if (c.is_equation()) check(c, "last year's figures");
  }
  return std::move(values);
}

}  // namespace

void compute_determined(const generator::plan& p, std::vector<decimal>& values) { compute(p, values); }

long long draw_count(random_engine& random) {
  const long long band = uniform<long long>(random, 0, 99);
  if (band < 45) return 0;
  if (band < 80) return uniform<long long>(random, 1, 9);
  if (band < 92) return uniform<long long>(random, 10, 99);
  if (band < 97) return uniform<long long>(random, 100, 9'999);
  return uniform<long long>(random, 10'000, 1'000'000);
}

std::vector<decimal> fill_values(const generator::plan& p, random_engine& random,
                                 const std::vector<decimal>& last_year) {
  const std::size_t n = p.cells.size();
  std::vector<decimal> values(n);
  values.insert(values.end(), last_year.begin(), last_year.end());
  const auto drawable = [&](std::size_t c) { return c < n && !p.determined[c]; };
  std::vector<std::size_t> drawn;
  for (std::size_t c = 0; c < p.cells.size(); ++c) {
    if (!p.determined[c]) values[c] = draw(p.cells[c], random), drawn.push_back(c);
  }
  std::vector<std::size_t> redrawn = drawn;
  for (int attempt = 0; attempt < most_draws; ++attempt) {
    const bool totals_change =
        std::any_of(redrawn.begin(), redrawn.end(), [&](std::size_t c) { return p.in_definition[c]; });
    redrawn.clear();
    if (totals_change) {
      const std::vector<bool> exact = compute(p, values);
      bool all_plausible = true;
      for (std::size_t k = 0; k < p.definitions.size(); ++k) {  // a total came out wrong: draw its parts again
        const definition& d = p.definitions[k];
        if (plausible(p.cells[d.cell], values[d.cell], exact[k])) continue;
        all_plausible = false;
        for (const auto& [cell, coefficient] : d.terms) {
          if (!drawable(cell)) continue;
          values[cell] = draw(p.cells[cell], random);
          redrawn.push_back(cell);
        }
      }
      if (!all_plausible) continue;
    }
    bool holds = true;
    for (const claim_instance* drawn_claim : p.drawn_claims) {
      const claim_instance& c = *drawn_claim;
      if (c.condition && !generate::holds(*c.condition, values)) continue;
      if (generate::holds(c.claim, values)) continue;
      holds = false;
      for (const linear_sum* side : {&c.claim.left, &c.claim.right}) {
        for (const signed_cell& cell : side->cells) {
          if (drawable(cell.cell)) values[cell.cell] = draw(p.cells[cell.cell], random), redrawn.push_back(cell.cell);
        }
      }
    }
    if (holds) return meets_followed(p, values);
    if (redrawn.empty()) {  // only totals fail: everything is drawn again
      for (const std::size_t c : drawn) values[c] = draw(p.cells[c], random);
      redrawn = drawn;
    }
  }
  throw generate_error("edition " + p.edition->id + ": no values satisfying its invariants were found in " +
                       std::to_string(most_draws) + " draws");
}

}  // namespace nianbao::generate
