#include "plan.hpp"

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <map>

#include "nianbao/check.hpp"

namespace nianbao::generate {

namespace {

using rational = big_rational;

void add_cell(generator::plan& p, const spec::table& t, const spec::block* b, const spec::node& row,
              const spec::node& column) {
  cell_slot c;
  c.table = &t;
  c.block = b;
  c.row = &row;
  c.column = &column;
  c.kind = column.kind.value_or(spec::value_kind::count);
  c.coord = t.id + "/" + row.path + "/" + column.path;
  p.cells.push_back(std::move(c));
}

// In the order bind_report lists values: tables in edition order; a grid row by row over its
// leaves, a table of blocks block by block over its declared rows and columns.
void list_cells(generator::plan& p) {
  for (const spec::table& t : p.edition->tables) {
    if (!t.blocks.empty()) {
      for (const spec::block& b : t.blocks) {
        for (const spec::node& row : b.rows) {
          for (const spec::node& column : b.columns) add_cell(p, t, &b, row, column);
        }
      }
      continue;
    }
    const auto columns = spec::leaves(t.columns);
    for (const spec::node* row : spec::leaves(t.rows)) {
      for (const spec::node* column : columns) add_cell(p, t, nullptr, *row, *column);
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

std::vector<equation> equations_of(const generator::plan& p) {
  const bind::bound_report zeros = synthetic_report(p, std::vector<decimal>(p.cells.size()));
  std::vector<equation> out;
  for (const check::evaluation& e : check::evaluate(*p.every_check, zeros)) {
    if (e.rule->condition || e.rule->claim.op != spec::comparison_op::eq) continue;
    equation eq;
    eq.constant = to_rational(e.left) - to_rational(e.right);
    std::size_t left = 0, right = 0;
    for (const check::operand& op : e.operands) (op.on_left ? left : right) += 1;
    for (const check::operand& op : e.operands) {
      const auto cell = static_cast<std::size_t>(op.cell - zeros.values.data());
      eq.coefficients[cell] += rational(op.sign * (op.on_left ? 1 : -1));
      if ((op.on_left ? left : right) == 1) eq.alone.push_back(cell);
    }
    out.push_back(std::move(eq));
  }
  return out;
}

}  // namespace

bind::bound_report synthetic_report(const generator::plan& p, const std::vector<decimal>& values) {
  std::vector<cell_value> cells;
  cells.reserve(values.size());
  for (const decimal& v : values) cells.push_back({v, bind::value_state::given});
  return synthetic_report(p, cells);
}

bind::bound_report synthetic_report(const generator::plan& p, const std::vector<cell_value>& values) {
  bind::bound_report r;
  r.choice.edition = p.edition;
  r.values.reserve(p.cells.size());
  for (std::size_t i = 0; i < p.cells.size(); ++i) {
    const cell_slot& c = p.cells[i];
    bind::bound_value v;
    v.table = c.table->id;
    v.row = c.row->path;
    v.column = c.column->path;
    v.kind = c.kind;
    v.state = values[i].state;
    v.value = values[i].value;
    if (c.kind == spec::value_kind::money && v.value) v.yuan = v.value, v.unit = "元";
    r.values.push_back(std::move(v));
  }
  return r;
}

// Gauss–Jordan elimination over the equalities. Pivots, the cells computed rather than drawn,
// are taken in order of preference: a cell standing alone on one side of an equality (a total)
// first, then the cells that most equalities read, then declaration order; so totals come out
// as sums of their parts and stay non-negative, as a report's do.
std::unique_ptr<generator::plan> make_plan(const spec::edition& edition) {
  auto p = std::make_unique<generator::plan>();
  p->edition = &edition;
  list_cells(*p);
  p->determined.assign(p->cells.size(), false);
  p->in_definition.assign(p->cells.size(), false);
  for (const spec::invariant& rule : edition.invariants) {
    if (rule.condition || rule.claim.op != spec::comparison_op::eq) p->drawn_checks.push_back(&rule);
  }
  p->every_check.emplace(edition);
  p->drawn_check.emplace(edition, p->drawn_checks);
  std::vector<equation> rows = equations_of(*p);
  p->in_equality.assign(p->cells.size(), false);
  for (const equation& eq : rows) {
    for (const auto& [cell, coefficient] : eq.coefficients) p->in_equality[cell] = true;
  }

  std::vector<std::size_t> alone(p->cells.size()), used(p->cells.size());
  for (const equation& eq : rows) {
    for (const std::size_t c : eq.alone) ++alone[c];
    for (const auto& [cell, coefficient] : eq.coefficients) ++used[cell];
  }
  std::vector<std::size_t> order;
  for (std::size_t c = 0; c < p->cells.size(); ++c) {
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
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (!pivot_row[r] && rows[r].constant != 0) {
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
    for (const auto& [c, coefficient] : d.terms) p->in_definition[c] = true;
    p->definitions.push_back(std::move(d));
  }
  return p;
}

}  // namespace nianbao::generate
