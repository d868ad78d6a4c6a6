#include "plan.hpp"

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <map>

namespace nianbao::generate {

namespace {

using rational = big_rational;

void add_cell(generator::plan& p, const edition::table& t, const edition::block* b, const edition::node& row,
              const edition::node& column) {
  cell_slot c;
  c.table = &t;
  c.block = b;
  c.row = &row;
  c.column = &column;
  c.kind = column.kind.value_or(edition::value_kind::count);
  c.coord = t.id + "/" + row.path + "/" + column.path;
  p.cells.push_back(std::move(c));
}

// In the order bind_report lists values: tables in edition order; a grid row by row over its
// leaves, a table of blocks block by block over its declared rows and columns.
void list_cells(generator::plan& p) {
  for (const edition::table& t : p.edition->tables) {
    if (!t.blocks.empty()) {
      for (const edition::block& b : t.blocks) {
        for (const edition::node& row : b.rows) {
          for (const edition::node& column : b.columns) add_cell(p, t, &b, row, column);
        }
      }
      continue;
    }
    const auto columns = edition::leaves(t.columns);
    for (const edition::node* row : edition::leaves(t.rows)) {
      for (const edition::node* column : columns) add_cell(p, t, nullptr, *row, *column);
    }
  }
}

decimal to_decimal(const rational& r) {  // r's denominator divides a power of ten: a constant of the edition
  big_integer scaled = numerator(r);
  big_integer denominator = boost::multiprecision::denominator(r);
  unsigned scale = 0;
  while (denominator != 1 && scale < 40) {
    scaled *= 10;
    ++scale;
    if (scaled % denominator == 0) {
      scaled /= denominator;
      denominator = 1;
    }
  }
  if (denominator != 1) throw generate_error("an invariant's constant is not a decimal");
  return decimal(scaled, scale);
}

struct equation {
  std::map<std::size_t, rational> coefficients;
  rational constant;               // Σ coefficient × value + constant = 0
  std::vector<std::size_t> alone;  // cells standing alone on one side: the totals it defines
};

equation equation_of(const claim_instance& c) {
  equation eq;
  eq.constant = to_rational(c.claim.left.constant) - to_rational(c.claim.right.constant);
  for (const bool on_left : {true, false}) {
    const linear_sum& side = on_left ? c.claim.left : c.claim.right;
    for (const signed_cell& cell : side.cells) {
      eq.coefficients[cell.cell] += rational(cell.sign * (on_left ? 1 : -1));
      if (side.cells.size() == 1) eq.alone.push_back(cell.cell);
    }
  }
  return eq;
}

// The rules across years that a report following `earlier` can be made to meet: those whose
// last-year cells all stand for cells of last year's report.
std::vector<const claim_instance*> followed_claims(const generator::plan& p) {
  std::vector<const claim_instance*> out;
  const std::size_t n = p.cells.size();
  const auto known = [&](const linear_sum& side) {
    return std::all_of(side.cells.begin(), side.cells.end(),
                       [&](const signed_cell& c) { return c.cell < n || p.counterpart[c.cell - n].has_value(); });
  };
  for (const claim_instance& c : p.year_claims) {
    if (known(c.claim.left) && known(c.claim.right) &&
        (!c.condition || (known(c.condition->left) && known(c.condition->right))))
      out.push_back(&c);
  }
  return out;
}

}  // namespace

// Gauss–Jordan elimination over the equalities. Pivots, the cells computed rather than drawn,
// are taken in order of preference: a cell standing alone on one side of an equality (a total)
// first, then the cells that most equalities read, then declaration order; so totals come out
// as sums of their parts and stay non-negative, as a report's do.
std::unique_ptr<generator::plan> make_plan(const edition::definition& edition, const generator::plan* earlier) {
  auto p = std::make_unique<generator::plan>();
  p->edition = &edition;
  list_cells(*p);
  const std::size_t n = p->cells.size();
  p->determined.assign(n, false);
  p->in_definition.assign(n, false);
  p->in_equality.assign(n, false);
  p->claims = claim_instances(edition, p->cells);
  p->facts = fact_sums(edition, p->cells);
  for (const edition::fact& f : edition.facts) p->fact_ways.push_back(ways_through(f));
  std::vector<equation> rows;
  for (const claim_instance& c : p->claims) {
    if (!c.is_equation()) {
      p->drawn_claims.push_back(&c);
      continue;
    }
    rows.push_back(equation_of(c));
    for (const auto& [cell, coefficient] : rows.back().coefficients) p->in_equality[cell] = true;
  }
  if (earlier != nullptr) {
    p->year_claims = claim_instances(edition, p->cells, true);
    p->counterpart = counterparts(*p, *earlier);
    p->followed = followed_claims(*p);
    for (const claim_instance* c : p->followed)
      c->is_equation() ? rows.push_back(equation_of(*c)) : p->drawn_claims.push_back(c);
  }

  // Last year's cells (numbered from n) are given: never drawn, never computed.
  std::vector<std::size_t> alone(2 * n), used(2 * n);
  for (const equation& eq : rows) {
    for (const std::size_t c : eq.alone) ++alone[c];
    for (const auto& [cell, coefficient] : eq.coefficients) ++used[cell];
  }
  std::vector<std::size_t> order;
  for (std::size_t c = 0; c < n; ++c) {
    if (used[c] > 0) order.push_back(c);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair(alone[a], used[a]) > std::pair(alone[b], used[b]);
  });

  std::vector<std::pair<std::size_t, std::size_t>> pivots;  // row, cell
  std::vector<bool> pivot_row(rows.size(), false);
  for (const std::size_t cell : order) {
    std::size_t r = 0;
    while (r < rows.size() &&
           (pivot_row[r] || !rows[r].coefficients.contains(cell) || rows[r].coefficients[cell] == 0)) {
      ++r;
    }
    if (r == rows.size()) continue;
    const rational lead = rows[r].coefficients[cell];
    for (auto& [c, coefficient] : rows[r].coefficients) coefficient /= lead;
    rows[r].constant /= lead;
    for (std::size_t other = 0; other < rows.size(); ++other) {
      if (other == r) continue;
      const auto it = rows[other].coefficients.find(cell);
      if (it == rows[other].coefficients.end() || it->second == 0) continue;
      const rational factor = it->second;
      for (const auto& [c, coefficient] : rows[r].coefficients) rows[other].coefficients[c] -= factor * coefficient;
      rows[other].constant -= factor * rows[r].constant;
    }
    pivot_row[r] = true;
    pivots.emplace_back(r, cell);
    p->determined[cell] = true;
  }
  // A row left without a pivot reads only last year's cells (if any): whether last year's values
  // meet it is seen when values are filled.
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool reads_cells = std::any_of(rows[r].coefficients.begin(), rows[r].coefficients.end(),
                                         [](const auto& term) { return term.second != 0; });
    if (!pivot_row[r] && !reads_cells && rows[r].constant != 0) {
      throw generate_error("edition " + edition.id + ": its equalities contradict each other, no values satisfy them");
    }
  }
  for (const auto& [r, cell] : pivots) {
    // cell = −(Σ coefficient × free + constant), over a common denominator
    big_integer denominator = 1;
    for (const auto& [c, coefficient] : rows[r].coefficients) {
      if (c != cell && coefficient != 0)
        denominator = lcm(denominator, boost::multiprecision::denominator(coefficient));
    }
    definition d;
    d.cell = cell;
    d.denominator = denominator;
    for (const auto& [c, coefficient] : rows[r].coefficients) {
      if (c == cell || coefficient == 0) continue;
      const rational scaled = -coefficient * rational(denominator);
      d.terms.emplace_back(c, numerator(scaled));
    }
    d.constant = to_decimal(-rows[r].constant * rational(denominator));
    for (const auto& [c, coefficient] : d.terms) {
      if (c < n) p->in_definition[c] = true;
    }
    p->definitions.push_back(std::move(d));
  }
  return p;
}

}  // namespace nianbao::generate
