#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <span>

#include "plan.hpp"

namespace nianbao::check {

namespace {

// The bound values by coordinate: an invariant over a table reads hundreds of cells. A bound
// value's row and column view the ids of the edition it was bound to, the same strings the
// invariants' ranges resolve to, so where those strings live identifies the cell, with no
// hashing or comparing of their text.
class value_index {
 public:
  explicit value_index(const std::vector<bind::bound_value>& values) : values_(values) {
    entries_.reserve(values.size());
    for (const bind::bound_value& v : values) entries_.push_back({{v.row.data(), v.column.data()}, &v});
    std::sort(entries_.begin(), entries_.end(), by_coordinate);
  }

  // The cell at (row, column), or null; tried first at `guess`, an index into the values. The
  // binder lays a table's values out row after row, so a range's next cell is where its
  // neighbours say, and only a wrong guess costs a search.
  const bind::bound_value* find(const edition::node& row, const edition::node& column, std::ptrdiff_t guess) const {
    if (guess >= 0 && static_cast<std::size_t>(guess) < values_.size()) {
      const bind::bound_value& v = values_[static_cast<std::size_t>(guess)];
      if (v.row.data() == row.path.data() && v.column.data() == column.path.data()) return &v;
    }
    const entry wanted{{row.path.data(), column.path.data()}, nullptr};
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), wanted, by_coordinate);
    return it != entries_.end() && it->at == wanted.at ? it->value : nullptr;
  }

  // Where `v`, a value found here, is in the values; -1 for none, which no guess matches.
  std::ptrdiff_t index_of(const bind::bound_value* v) const { return v == nullptr ? -1 : v - values_.data(); }

 private:
  struct entry {
    std::pair<const char*, const char*> at;
    const bind::bound_value* value;
  };
  static bool by_coordinate(const entry& a, const entry& b) {
    const std::less<const char*> before;  // a total order, where `<` on unrelated pointers is not
    return before(a.at.first, b.at.first) || (a.at.first == b.at.first && before(a.at.second, b.at.second));
  }
  const std::vector<bind::bound_value>& values_;
  std::vector<entry> entries_;
};

// One instance of a rule: for a loop, the leaf the variable stands for.
struct evaluator {
  const value_index& values;
  const resolved_rule& rule;
  std::size_t instance = 0;                               // into the loop's leaves; 0 for no loop
  const std::vector<const bind::bound_value*>& unfilled;  // cells of lines left blank, by address
  // Where a violation whose one side is all blank cells puts those cells; null for none wanted.
  std::vector<const bind::bound_value*>* blank_sides = nullptr;
  const value_index* last_year = nullptr;  // the values `last` cells are read in (rules across years)
  mutable bool reads_unfilled = false;

  // The operands of one side; false if some operand is not given. `only_blanks` tells whether
  // the side is nothing but blank cells counted as 0.
  bool read(const resolved_side& side, bool on_left, std::vector<operand>& operands, decimal& total,
            bool& only_blanks) const {
    bool given = true;
    only_blanks = true;
    const std::size_t first = operands.size();
    total = decimal{};
    for (const resolved_term& t : side) {
      const int sign = t.term->sign;
      if (t.number) {
        only_blanks = false;
        sign < 0 ? total -= * t.number : total += *t.number;
        continue;
      }
      const value_index& cells = t.term->last_year && last_year != nullptr ? *last_year : values;
      const leaf_span rows = t.rows_at(instance);
      const leaf_span columns = t.columns_at(instance);
      // Reserved to grow as a vector would, not to the exact size per term: a side of many terms
      // would move its operands once per term.
      const std::size_t needed = operands.size() + rows.size() * columns.size();
      if (needed > operands.capacity()) operands.reserve(std::max(needed, 2 * operands.capacity()));
      // Where the last row's first cell is among the values, and how far apart rows are there.
      std::ptrdiff_t row_start = -1, row_width = -1;
      for (const edition::node* row : rows) {
        std::ptrdiff_t guess = row_start >= 0 && row_width > 0 ? row_start + row_width : -1;
        for (const edition::node* column : columns) {
          operand op;
          op.cell = cells.find(*row, *column, guess);
          const std::ptrdiff_t at = cells.index_of(op.cell);
          if (column == columns.front()) {
            row_width = row_start >= 0 && at >= 0 ? at - row_start : -1;
            row_start = at;
          }
          guess = at < 0 ? -1 : at + 1;
          op.sign = sign;
          op.on_left = on_left;
          if (op.cell != nullptr && op.cell->value) {
            op.value = op.cell->compared();
          } else if (!unfilled.empty() && std::binary_search(unfilled.begin(), unfilled.end(), op.cell)) {
            op.unfilled = true;
            reads_unfilled = true;
          } else if (op.cell != nullptr && op.cell->state == bind::value_state::blank && t.table->blank_is_zero) {
            static const decimal zero;
            op.value = &zero;
            op.assumed_zero = true;
          }
          only_blanks = only_blanks && op.assumed_zero;
          if (op.value) {
            op.sign < 0 ? total -= * op.value : total += *op.value;
          } else {
            given = false;
          }
          operands.push_back(op);
        }
      }
    }
    only_blanks = only_blanks && operands.size() > first;
    return given;
  }

  evaluation run() const {
    const edition::invariant& invariant = *rule.rule;
    evaluation e;
    e.rule = &invariant;
    if (!rule.instances.empty()) {
      e.instance = rule.instances[instance]->path;
      e.instance_label = rule.instances[instance]->label;
    }
    bool left_blank = false, right_blank = false;
    if (rule.condition) {
      std::vector<operand> ignored;
      decimal left, right;
      // Both sides are read even when the left is not given, so that every operand not given is named.
      const bool left_given = read(rule.condition->first, true, ignored, left, left_blank);
      const bool right_given = read(rule.condition->second, false, ignored, right, right_blank);
      if (!left_given || !right_given) {
        e.result = reads_unfilled ? outcome::left_blank : outcome::not_assessable;
        e.operands = std::move(ignored);
        return e;
      }
      if (!edition::compare(left, invariant.condition->op, right)) return e;  // the condition does not apply
    }
    const bool left_given = read(rule.left, true, e.operands, e.left, left_blank);
    const bool right_given = read(rule.right, false, e.operands, e.right, right_blank);
    if (reads_unfilled) {
      e.result = outcome::left_blank;
    } else if (!left_given || !right_given) {
      e.result = outcome::not_assessable;
    } else if (!edition::compare(e.left, invariant.claim.op, e.right)) {
      e.result = outcome::violated;
      if (blank_sides != nullptr && (left_blank || right_blank)) {
        for (const operand& op : e.operands) {
          if (op.on_left == left_blank) blank_sides->push_back(op.cell);
        }
      }
    }
    return e;
  }
};

}  // namespace

namespace {

// Every instance of every rule, in the plan's order: how evaluate() walks them, once and, for
// the instances that broke, again with the cells of lines left blank read as not given.
template <typename Visit>
void for_each_instance(const evaluation_plan& plan, Visit&& visit) {
  for (const resolved_rule& rule : plan.resolved().resolved) {
    const std::size_t instances = rule.rule->loop == edition::loop_kind::none ? 1 : rule.instances.size();
    for (std::size_t i = 0; i < instances; ++i) visit(rule, i);
  }
}

using line = std::pair<std::string_view, std::string_view>;  // a table and a row or column id

struct line_counts {
  std::size_t cells = 0, blank = 0, on_blank_sides = 0;
  // Blank in more than half its cells, and two or more of them each the whole side of a broken
  // rule: the line was not filled in.
  bool left_blank() const noexcept { return on_blank_sides >= 2 && 2 * blank > cells; }
};

// The cells of `blank_sides` that lie on a line left blank. One blank where a number belongs is
// the odd cell the edition counts as 0, and so are a few along a line that is filled in; a line
// mostly blank whose blanks break the rules that read them was not filled in (a 总计 column left
// empty in every row of results).
std::vector<const bind::bound_value*> lines_left_blank(const std::vector<bind::bound_value>& values,
                                                       std::vector<const bind::bound_value*> blank_sides) {
  std::sort(blank_sides.begin(), blank_sides.end());
  blank_sides.erase(std::unique(blank_sides.begin(), blank_sides.end()), blank_sides.end());
  std::map<line, line_counts> columns, rows;
  for (const bind::bound_value& v : values) {
    const bool blank = v.state == bind::value_state::blank;
    line_counts& column = columns[{v.table, v.column}];
    line_counts& row = rows[{v.table, v.row}];
    ++column.cells, ++row.cells;
    column.blank += blank, row.blank += blank;
  }
  for (const bind::bound_value* c : blank_sides) {
    ++columns[{c->table, c->column}].on_blank_sides;
    ++rows[{c->table, c->row}].on_blank_sides;
  }
  std::erase_if(blank_sides, [&](const bind::bound_value* c) {
    return !columns[{c->table, c->column}].left_blank() && !rows[{c->table, c->row}].left_blank();
  });
  return blank_sides;
}

}  // namespace

std::vector<evaluation> evaluate(const evaluation_plan& plan, const bind::bound_report& bound) {
  const value_index values(bound.values);
  std::vector<const bind::bound_value*> blank_sides;
  std::vector<evaluation> out;
  for_each_instance(plan, [&](const resolved_rule& rule, std::size_t i) {
    out.push_back(evaluator{values, rule, i, {}, &blank_sides}.run());
  });
  if (blank_sides.empty()) return out;
  const std::vector<const bind::bound_value*> unfilled = lines_left_blank(bound.values, std::move(blank_sides));
  if (unfilled.empty()) return out;
  std::size_t k = 0;
  for_each_instance(plan, [&](const resolved_rule& rule, std::size_t i) {
    if (out[k].result == outcome::violated) out[k] = evaluator{values, rule, i, unfilled, nullptr}.run();
    ++k;
  });
  return out;
}

std::vector<evaluation> evaluate(const edition::definition& edition, const bind::bound_report& bound) {
  return evaluate(evaluation_plan(edition), bound);
}

// No line of either report is taken as left blank here: that is each report's own check's to say.
std::vector<evaluation> evaluate_across_years(const evaluation_plan& plan, const bind::bound_report& bound,
                                              const bind::bound_report& last) {
  const value_index values(bound.values);
  const value_index last_values(last.values);
  std::vector<evaluation> out;
  for_each_instance(plan, [&](const resolved_rule& rule, std::size_t i) {
    out.push_back(evaluator{values, rule, i, {}, nullptr, &last_values}.run());
  });
  return out;
}

}  // namespace nianbao::check
