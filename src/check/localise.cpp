// Which cells are most likely wrong: the smallest sets of cells of one table whose change makes
// every equality of that table hold, found by exact search (tables are small: the candidates are
// the cells of the violated equalities) with exact rational arithmetic.
#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <map>
#include <set>

#include "localise.hpp"

namespace nianbao::check {

namespace {

using rational = big_rational;
using cell = const bind::bound_value*;

constexpr std::size_t largest_repair = 3;  // cells changed at once
constexpr std::size_t most_candidates = 60;
constexpr std::size_t most_repairs_named = 5;

// An equality instance as Σ coefficient × cell = constant.
struct equation {
  // Each operand counts ±1, so a cell's coefficient is a small sum; by cell, none zero. A sorted
  // list, not a map, so that no node is allocated per operand of every equation.
  std::vector<std::pair<cell, int>> coefficients;
  bool holds = true;

  int coefficient_of(cell c) const {
    const auto it =
        std::lower_bound(coefficients.begin(), coefficients.end(), c,
                         [](const std::pair<cell, int>& a, cell b) { return std::less<cell>()(a.first, b); });
    return it != coefficients.end() && it->first == c ? it->second : 0;
  }
};

std::optional<equation> equation_of(const evaluation& e) {
  if (e.result == outcome::not_assessable || e.result == outcome::left_blank || e.rule->condition ||
      e.rule->claim.op != edition::comparison_op::eq) {
    return std::nullopt;
  }
  equation eq;
  eq.holds = e.result == outcome::holds;
  std::vector<std::pair<cell, int>> terms;
  terms.reserve(e.operands.size());
  for (const operand& op : e.operands) terms.emplace_back(op.cell, op.sign * (op.on_left ? 1 : -1));
  std::sort(terms.begin(), terms.end(),
            [](const auto& a, const auto& b) { return std::less<cell>()(a.first, b.first); });
  for (const auto& [c, coefficient] : terms) {
    if (!eq.coefficients.empty() && eq.coefficients.back().first == c) {
      eq.coefficients.back().second += coefficient;
    } else {
      eq.coefficients.emplace_back(c, coefficient);
    }
    if (eq.coefficients.back().second == 0) eq.coefficients.pop_back();  // `a − a`: no part in it
  }
  return eq;
}

// The residual of `eq` with the cells of `changed` taken out: Σ coefficient × value over the rest,
// plus the literal numbers (left − right of the evaluation minus the cells' part).
struct system {
  std::vector<equation> equations;
  std::vector<rational> totals;     // left − right as evaluated
  std::map<cell, rational> values;  // of the candidates, made fractions once: solving reads them often
};

// A cell's value as the evaluation counted it: not given and blank both count 0 here.
rational value_of(const system& s, cell c) {
  if (const auto it = s.values.find(c); it != s.values.end()) return it->second;
  if (!c->value) return 0;
  return to_rational(*c->compared());
}

// Solves for the cells of `changed` so that every equation holds; nullopt when no solution, or
// when a count would not be a whole number ≥ 0 (no plausible repair).
std::optional<std::vector<rational>> solve(const system& s, const std::vector<cell>& changed) {
  const std::size_t n = changed.size();
  std::vector<rational> current(n);
  for (std::size_t j = 0; j < n; ++j) current[j] = value_of(s, changed[j]);
  std::vector<std::vector<rational>> rows;
  std::vector<int> coefficients(n);
  for (std::size_t i = 0; i < s.equations.size(); ++i) {
    const equation& eq = s.equations[i];
    // Most equations of a table involve none of the cells: they are passed over before any
    // fraction is made.
    bool involved = false;
    for (std::size_t j = 0; j < n; ++j) {
      coefficients[j] = eq.coefficient_of(changed[j]);
      involved = involved || coefficients[j] != 0;
    }
    if (!involved) {
      if (!eq.holds) return std::nullopt;  // a violated equation these cells cannot touch
      continue;
    }
    std::vector<rational> row(n + 1);
    rational rest = s.totals[i];
    for (std::size_t j = 0; j < n; ++j) {
      if (coefficients[j] == 0) continue;
      row[j] = coefficients[j];
      rest -= coefficients[j] * current[j];
    }
    row[n] = -rest;
    rows.push_back(std::move(row));
  }
  // Gauss–Jordan elimination; a free unknown means the repair is not determined: not a repair.
  std::size_t rank = 0;
  for (std::size_t col = 0; col < n; ++col) {
    std::size_t pivot = rank;
    while (pivot < rows.size() && rows[pivot][col] == 0) ++pivot;
    if (pivot == rows.size()) return std::nullopt;
    std::swap(rows[rank], rows[pivot]);
    const rational lead = rows[rank][col];
    for (rational& x : rows[rank]) x /= lead;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (r == rank || rows[r][col] == 0) continue;
      const rational factor = rows[r][col];
      for (std::size_t c = 0; c <= n; ++c) rows[r][c] -= factor * rows[rank][c];
    }
    ++rank;
  }
  for (std::size_t r = rank; r < rows.size(); ++r) {
    if (rows[r][n] != 0) return std::nullopt;  // inconsistent
  }
  std::vector<rational> solution(n);
  for (std::size_t j = 0; j < n; ++j) {
    solution[j] = rows[j][n];
    const bool count =
        changed[j]->kind != edition::value_kind::money && changed[j]->kind != edition::value_kind::decimal;
    if (count && (denominator(solution[j]) != 1 || solution[j] < 0)) return std::nullopt;
    if (solution[j] == current[j]) return std::nullopt;  // not a change: a smaller set works
  }
  return solution;
}

// The one slip that says nothing of the value found: any total may be wrong by any amount. A
// cell it alone explains ranks below one a particular slip explains (9851 written 985).
constexpr std::string_view wrong_total = "a total that is wrong";

// The common slips that explain finding `c` where `consistent` belongs: the kinds a reviewer
// checks first. A wrong total whose digits also slipped is explained twice.
std::vector<std::string> slips_of(cell c, const rational& consistent, const system& s,
                                  const std::vector<std::pair<cell, rational>>& repair) {
  std::vector<std::string> slips;
  if (!c->value) {
    if (c->state == bind::value_state::blank) slips.emplace_back("left blank");
    return slips;
  }
  const rational found = value_of(s, c);
  if (found != 0 && consistent == -found) slips.emplace_back("sign slip");
  if (found != 0 && (consistent == found * 10000 || found == consistent * 10000)) slips.emplace_back("万元/元 slip");
  for (const auto& [other, value] : repair) {
    if (other != c && other->row == c->row && other->value && value_of(s, other) == consistent && value == found) {
      slips.emplace_back("value in the neighbouring column");
      break;
    }
  }
  if (denominator(found) == 1 && denominator(consistent) == 1 && found >= 0 && consistent >= 0) {
    const std::string a = numerator(found).str();
    const std::string b = numerator(consistent).str();
    const std::string& longer = a.size() > b.size() ? a : b;
    const std::string& shorter = a.size() > b.size() ? b : a;
    for (std::size_t i = 0; longer.size() == shorter.size() + 1 && i < longer.size(); ++i) {
      if (longer.substr(0, i) + longer.substr(i + 1) == shorter) {
        slips.emplace_back("a digit dropped or added");
        break;
      }
    }
  }
  if (c->row.ends_with("total") || c->column.ends_with("total")) slips.emplace_back(wrong_total);
  return slips;
}

// Every subset of size `k` of the indices 0 … n−1, in order.
template <typename Visit>
void for_each_subset(std::size_t n, std::size_t k, Visit&& visit) {
  std::vector<std::size_t> index(k);
  for (std::size_t i = 0; i < k; ++i) index[i] = i;
  while (true) {
    visit(index);
    std::size_t i = k;
    while (i > 0 && index[i - 1] == n - k + i - 1) --i;
    if (i == 0) return;
    ++index[i - 1];
    for (std::size_t j = i; j < k; ++j) index[j] = index[j - 1] + 1;
  }
}

table_repairs repairs_of_table(std::string_view table, const system& s, const std::vector<cell>& candidates) {
  table_repairs out{table, {}, false};
  // A repair must touch every violated equation: a bitmask per candidate of the violated equations
  // it appears in lets most subsets be dismissed before any arithmetic.
  std::vector<std::uint64_t> touches(candidates.size());
  std::uint64_t all_violated = 0;
  std::size_t violated_count = 0;
  for (const equation& eq : s.equations) {
    if (eq.holds) continue;
    if (violated_count < 64) {
      const std::uint64_t bit = std::uint64_t{1} << violated_count;
      all_violated |= bit;
      for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (eq.coefficient_of(candidates[i]) != 0) touches[i] |= bit;
      }
    }
    ++violated_count;
  }
  const auto hits_every_violation = [&](const std::vector<std::size_t>& subset) {
    if (violated_count > 64) return true;  // too many to mask: let solve() decide
    std::uint64_t hit = 0;
    for (const std::size_t i : subset) hit |= touches[i];
    return hit == all_violated;
  };
  std::vector<std::vector<std::pair<cell, rational>>> repairs;
  std::vector<cell> changed;
  for (std::size_t k = 1; k <= std::min(largest_repair, candidates.size()) && repairs.empty(); ++k) {
    for_each_subset(candidates.size(), k, [&](const std::vector<std::size_t>& subset) {
      if (!hits_every_violation(subset)) return;
      changed.clear();
      for (const std::size_t i : subset) changed.push_back(candidates[i]);
      if (const auto solution = solve(s, changed)) {
        std::vector<std::pair<cell, rational>> found;
        for (std::size_t j = 0; j < changed.size(); ++j) found.emplace_back(changed[j], (*solution)[j]);
        repairs.push_back(std::move(found));
      }
    });
  }
  // A repair may also change a cell outside the violated equalities, to keep an equality it
  // shares with a changed cell holding: a value swapped into a column whose own equality cannot be
  // assessed (a `/` in it) is found only so. Tried last, in pairs: such neighbours are many.
  if (repairs.empty()) {
    for (const cell c : candidates) {
      std::set<cell> neighbours;
      for (const equation& eq : s.equations) {
        if (!eq.holds || eq.coefficient_of(c) == 0) continue;
        for (const auto& [other, coefficient] : eq.coefficients) {
          if (std::find(candidates.begin(), candidates.end(), other) == candidates.end()) {
            neighbours.insert(other);
          }
        }
      }
      for (const cell other : neighbours) {
        changed = {c, other};
        if (const auto solution = solve(s, changed)) repairs.push_back({{c, (*solution)[0]}, {other, (*solution)[1]}});
      }
    }
  }
  if (repairs.empty()) return out;
  // Ordered by how well common slips explain their cells; the first is reported.
  std::vector<std::size_t> score(repairs.size());
  std::vector<repair> explained(repairs.size());
  for (std::size_t i = 0; i < repairs.size(); ++i) {
    for (const auto& [c, value] : repairs[i]) {
      explained[i].push_back({c, value, slips_of(c, value, s, repairs[i])});
      // A cell counts once, by its best explanation: a total whose digits also slipped is
      // explained no better than a part whose digits did.
      std::size_t best = 0;
      for (const std::string& slip : explained[i].back().slips)
        best = std::max<std::size_t>(best, slip == wrong_total ? 1 : 2);
      score[i] += best;
    }
  }
  std::vector<std::size_t> order(repairs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  out.likeliest = static_cast<std::size_t>(
      std::count_if(score.begin(), score.end(), [&](std::size_t v) { return v == score[order.front()]; }));
  out.unique = out.likeliest == 1;
  for (const std::size_t i : order) out.ranked.push_back(std::move(explained[i]));
  return out;
}

}  // namespace

std::vector<table_repairs> likeliest_repairs(const std::vector<evaluation>& evaluations) {
  // Most reports add up: their tables are never turned into systems of rationals.
  std::set<std::string_view> violated;
  for (const evaluation& e : evaluations) {
    if (e.result == outcome::violated && !e.operands.empty() && e.operands.front().cell != nullptr) {
      violated.insert(e.operands.front().cell->table);
    }
  }
  std::map<std::string_view, system> tables;
  std::map<std::string_view, std::vector<cell>> candidates;
  for (const evaluation& e : evaluations) {
    if (e.operands.empty() || e.operands.front().cell == nullptr) continue;
    const std::string_view table = e.operands.front().cell->table;
    if (!violated.contains(table)) continue;
    auto eq = equation_of(e);
    if (!eq) continue;
    system& s = tables[table];
    s.totals.push_back(to_rational(e.left - e.right));
    if (!eq->holds) {
      auto& list = candidates[table];
      for (const auto& [c, coefficient] : eq->coefficients) {
        if (std::find(list.begin(), list.end(), c) == list.end()) {
          list.push_back(c);
          s.values.emplace(c, value_of(s, c));
        }
      }
    }
    s.equations.push_back(std::move(*eq));
  }
  std::vector<table_repairs> out;
  for (const auto& [table, list] : candidates) {
    if (list.size() > most_candidates) continue;
    out.push_back(repairs_of_table(table, tables[table], list));
  }
  return out;
}

std::string shown(const big_rational& r) {
  if (denominator(r) == 1) return numerator(r).str();
  // A fraction whose denominator divides a power of ten (an amount of money) is a decimal: written
  // so, exactly, not as `970853218/5`.
  big_integer rest = denominator(r);
  unsigned twos = 0, fives = 0;
  for (; rest % 2 == 0; rest /= 2) ++twos;
  for (; rest % 5 == 0; rest /= 5) ++fives;
  if (rest != 1) return r.str();
  const unsigned scale = std::max(twos, fives);
  big_integer ten_power = 1;
  for (unsigned i = 0; i < scale; ++i) ten_power *= 10;
  return decimal(numerator(r) * (ten_power / denominator(r)), scale).to_canonical_string();
}

std::string less_plausible(const table_repairs& repairs) {
  const std::size_t others = repairs.ranked.size() - repairs.likeliest;
  return std::to_string(others) + (others == 1 ? " other repair" : " other repairs") + " as small, less plausible";
}

std::string found_text(const bind::bound_value& c) {
  if (!c.value) return c.state == bind::value_state::blank ? "blank" : "not given";
  return std::string(c.raw);
}

finding likely_wrong_note(const table_repairs& repairs) {
  finding f;
  f.id = "LIKELY-WRONG";
  f.level = severity::note;
  const std::string table(repairs.table);
  if (repairs.ranked.empty()) {
    f.message = "table " + table + ": no change of up to " + std::to_string(largest_repair) +
                " cells makes its equalities hold";
    return f;
  }
  const auto describe = [](const repair& r) {
    std::string text;
    for (const repair_cell& c : r) {
      text += (text.empty() ? "" : ", ") + std::string(c.cell->row) + " / " + std::string(c.cell->column) + " (found " +
              found_text(*c.cell) + ", consistent value " + shown(c.value) + ")";
    }
    return text;
  };
  const repair& best = repairs.ranked.front();
  if (repairs.unique) {
    f.message = "most likely wrong in table " + table + ": " + describe(best);
    if (repairs.ranked.size() > 1) f.message += " (" + less_plausible(repairs) + ")";
  } else {
    f.message =
        "table " + table + ": " + std::to_string(repairs.likeliest) + " equally likely repairs, none preferred: ";
    for (std::size_t i = 0; i < std::min(repairs.likeliest, most_repairs_named); ++i)
      f.message += (i == 0 ? "{" : "; {") + describe(repairs.ranked[i]) + "}";
    if (repairs.likeliest > most_repairs_named) f.message += "; …";
    if (repairs.ranked.size() > repairs.likeliest) f.message += " (" + less_plausible(repairs) + ")";
  }
  // Every answer, the likeliest first, for programs (JSON "cells"); the notes name the likeliest.
  for (const repair& r : repairs.ranked) {
    for (const repair_cell& c : r) {
      f.cells.push_back(
          {c.cell->coordinate(), std::string(c.cell->raw), shown(c.value), std::string(c.cell->unit), c.cell->where});
    }
  }
  for (const repair_cell& c : best) {
    if (f.where.empty()) f.where = c.cell->where;
    std::string slips;
    for (const std::string& slip : c.slips) slips += (slips.empty() ? "" : ", ") + slip;
    f.related.push_back({c.cell->where, std::string(c.cell->row) + " / " + std::string(c.cell->column) +
                                            ": consistent value " + shown(c.value) +
                                            (slips.empty() ? "" : " (" + slips + ")")});
  }
  return f;
}

std::vector<finding> localise(const std::vector<evaluation>& evaluations) {
  std::vector<finding> out;
  for (const table_repairs& t : likeliest_repairs(evaluations)) out.push_back(likely_wrong_note(t));
  return out;
}

}  // namespace nianbao::check
