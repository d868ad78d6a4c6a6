#include <algorithm>
#include <functional>
#include <optional>
#include <span>

#include "plan.hpp"

namespace nianbao::check {

namespace {

// The bound values by coordinate: an invariant over a table reads hundreds of cells. A bound
// value's row and column view the ids of the edition it was bound to, the same strings the
// invariants' ranges resolve to, so where those strings live identifies the cell; hashing or
// comparing their text cost more than the whole rest of the evaluation.
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
  const bind::bound_value* find(const spec::node& row, const spec::node& column, std::ptrdiff_t guess) const {
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
  std::size_t instance;  // into the loop's leaves; 0 for no loop

  // The operands of one side; false if some operand is not given.
  bool read(const resolved_side& side, bool on_left, std::vector<operand>& operands, decimal& total) const {
    bool given = true;
    total = decimal{};
    for (const resolved_term& t : side) {
      const int sign = t.term->sign;
      if (t.number) {
        sign < 0 ? total -= * t.number : total += *t.number;
        continue;
      }
      const leaf_span rows = t.rows_at(instance);
      const leaf_span columns = t.columns_at(instance);
      // Reserved to grow as a vector would, not to the exact size per term: a side of many terms
      // would move its operands once per term.
      const std::size_t needed = operands.size() + rows.size() * columns.size();
      if (needed > operands.capacity()) operands.reserve(std::max(needed, 2 * operands.capacity()));
      // Where the last row's first cell is among the values, and how far apart rows are there.
      std::ptrdiff_t row_start = -1, row_width = -1;
      for (const spec::node* row : rows) {
        std::ptrdiff_t guess = row_start >= 0 && row_width > 0 ? row_start + row_width : -1;
        for (const spec::node* column : columns) {
          operand op;
          op.cell = values.find(*row, *column, guess);
          const std::ptrdiff_t at = values.index_of(op.cell);
          if (column == columns.front()) {
            row_width = row_start >= 0 && at >= 0 ? at - row_start : -1;
            row_start = at;
          }
          guess = at < 0 ? -1 : at + 1;
          op.sign = sign;
          op.on_left = on_left;
          if (op.cell != nullptr && op.cell->value) {
            op.value = op.cell->yuan ? &*op.cell->yuan : &*op.cell->value;
          } else if (op.cell != nullptr && op.cell->state == bind::value_state::blank && t.table->blank_is_zero) {
            static const decimal zero;
            op.value = &zero;
            op.assumed_zero = true;
          }
          if (op.value) {
            op.sign < 0 ? total -= * op.value : total += *op.value;
          } else {
            given = false;
          }
          operands.push_back(op);
        }
      }
    }
    return given;
  }

  static bool compare(const decimal& a, spec::comparison_op op, const decimal& b) {
    switch (op) {
      case spec::comparison_op::eq:
        return a == b;
      case spec::comparison_op::ne:
        return a != b;
      case spec::comparison_op::lt:
        return a < b;
      case spec::comparison_op::le:
        return a <= b;
      case spec::comparison_op::gt:
        return a > b;
      case spec::comparison_op::ge:
        return a >= b;
    }
    return false;
  }

  evaluation run() const {
    const spec::invariant& invariant = *rule.rule;
    evaluation e;
    e.rule = &invariant;
    if (!rule.instances.empty()) {
      e.instance = rule.instances[instance]->path;
      e.instance_label = rule.instances[instance]->label;
    }
    if (rule.condition) {
      std::vector<operand> ignored;
      decimal left, right;
      // Both sides are read even when the left is not given, so that every operand not given is named.
      const bool left_given = read(rule.condition->first, true, ignored, left);
      const bool right_given = read(rule.condition->second, false, ignored, right);
      if (!left_given || !right_given) {
        e.result = outcome::not_assessable;
        e.operands = std::move(ignored);
        return e;
      }
      if (!compare(left, invariant.condition->op, right)) return e;  // the condition does not apply
    }
    const bool left_given = read(rule.left, true, e.operands, e.left);
    const bool right_given = read(rule.right, false, e.operands, e.right);
    if (!left_given || !right_given) {
      e.result = outcome::not_assessable;
    } else if (!compare(e.left, invariant.claim.op, e.right)) {
      e.result = outcome::violated;
    }
    return e;
  }
};

}  // namespace

std::vector<evaluation> evaluate(const evaluation_plan& plan, const bind::bound_report& bound) {
  const value_index values(bound.values);
  std::vector<evaluation> out;
  for (const resolved_rule& rule : plan.resolved().resolved) {
    if (rule.rule->loop == spec::loop_kind::none) {
      out.push_back(evaluator{values, rule, 0}.run());
      continue;
    }
    for (std::size_t i = 0; i < rule.instances.size(); ++i) out.push_back(evaluator{values, rule, i}.run());
  }
  return out;
}

std::vector<evaluation> evaluate(const spec::edition& edition, const bind::bound_report& bound) {
  return evaluate(evaluation_plan(edition), bound);
}

}  // namespace nianbao::check
