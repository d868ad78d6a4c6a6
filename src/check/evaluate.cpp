#include <algorithm>
#include <functional>
#include <map>
#include <span>

#include "nianbao/check.hpp"

namespace nianbao::check {

namespace {

// The leaves of each tree, collected once per evaluation rather than once per term.
class leaf_cache {
 public:
  const std::vector<const spec::node*>& of(const std::vector<spec::node>& tree) {
    auto [it, added] = cache_.try_emplace(&tree);
    if (added) it->second = spec::leaves(tree);
    return it->second;
  }

 private:
  std::map<const std::vector<spec::node>*, std::vector<const spec::node*>> cache_;
};

// The leaves from `first` to `last` of the tree `first` lives in: a stretch of its leaves in
// declaration order, so no list is built per term.
std::span<const spec::node* const> leaf_range(const spec::table& t, std::string_view first, std::string_view last,
                                              bool rows, leaf_cache& leaves) {
  const std::vector<spec::node>* tree = rows ? &t.rows : &t.columns;
  for (const spec::block& b : t.blocks) {
    if (first.starts_with(b.id) && first.substr(b.id.size()).starts_with('.')) tree = rows ? &b.rows : &b.columns;
  }
  const std::vector<const spec::node*>& all = leaves.of(*tree);
  const auto begin = std::find_if(all.begin(), all.end(), [&](const spec::node* n) { return n->path == first; });
  const auto end = std::find_if(begin, all.end(), [&](const spec::node* n) { return n->path == last; });
  return {begin, end == all.end() ? end : end + 1};
}

// The bound values by coordinate: an invariant over a table reads hundreds of cells. A bound
// value's row and column view the ids of the edition it was bound to, the same strings the
// invariants' ranges resolve to, so where those strings live identifies the cell; hashing or
// comparing their text cost more than the whole rest of the evaluation. One sorted array, not a
// node per value.
class value_index {
 public:
  explicit value_index(const std::vector<bind::bound_value>& values) {
    entries_.reserve(values.size());
    for (const bind::bound_value& v : values) entries_.push_back({{v.row.data(), v.column.data()}, &v});
    std::sort(entries_.begin(), entries_.end(), by_coordinate);
  }

  const bind::bound_value* find(const spec::node& row, const spec::node& column) const {
    const entry wanted{{row.path.data(), column.path.data()}, nullptr};
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), wanted, by_coordinate);
    return it != entries_.end() && it->at == wanted.at ? it->value : nullptr;
  }

 private:
  struct entry {
    std::pair<const char*, const char*> at;
    const bind::bound_value* value;
  };
  static bool by_coordinate(const entry& a, const entry& b) {
    const std::less<const char*> before;  // a total order, where `<` on unrelated pointers is not
    return before(a.at.first, b.at.first) || (a.at.first == b.at.first && before(a.at.second, b.at.second));
  }
  std::vector<entry> entries_;
};

struct evaluator {
  const spec::edition& edition;
  const value_index& values;
  leaf_cache& leaves;
  const spec::invariant& rule;
  std::string_view variable_value;  // what the loop variable stands for in this instance
  std::string_view variable_label;

  std::string_view substitute(const std::string& path) const {
    return !rule.variable.empty() && path == rule.variable ? variable_value : std::string_view(path);
  }

  // The operands of one side; false if some operand is not given.
  bool read(const std::vector<spec::term>& side, bool on_left, std::vector<operand>& operands, decimal& total) const {
    bool given = true;
    total = decimal{};
    for (const spec::term& t : side) {
      if (!t.cells) {
        const decimal number = *parse_decimal(t.number);
        t.sign < 0 ? total -= number : total += number;
        continue;
      }
      const spec::table& table = *edition.find_table(t.cells->table);
      const auto rows = leaf_range(table, substitute(t.cells->row_first), substitute(t.cells->row_last), true, leaves);
      const auto columns =
          leaf_range(table, substitute(t.cells->column_first), substitute(t.cells->column_last), false, leaves);
      operands.reserve(operands.size() + rows.size() * columns.size());
      for (const spec::node* row : rows) {
        for (const spec::node* column : columns) {
          operand op;
          op.cell = values.find(*row, *column);
          op.sign = t.sign;
          op.on_left = on_left;
          if (op.cell != nullptr && op.cell->value) {
            op.value = op.cell->yuan ? &*op.cell->yuan : &*op.cell->value;
          } else if (op.cell != nullptr && op.cell->state == bind::value_state::blank && table.blank_is_zero) {
            static const decimal zero;
            op.value = &zero;
            op.assumed_zero = true;
          }
          if (op.value) {
            op.sign < 0 ? total -= * op.value : total += *op.value;
          } else {
            given = false;
          }
          operands.push_back(std::move(op));
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
    evaluation e;
    e.rule = &rule;
    e.instance = std::string(variable_value);
    e.instance_label = std::string(variable_label);
    if (rule.condition) {
      std::vector<operand> ignored;
      decimal left, right;
      // Both sides are read even when the left is not given, so that every operand not given is named.
      const bool left_given = read(rule.condition->left, true, ignored, left);
      const bool right_given = read(rule.condition->right, false, ignored, right);
      if (!left_given || !right_given) {
        e.result = outcome::not_assessable;
        e.operands = std::move(ignored);
        return e;
      }
      if (!compare(left, rule.condition->op, right)) return e;  // the condition does not apply
    }
    const bool left_given = read(rule.claim.left, true, e.operands, e.left);
    const bool right_given = read(rule.claim.right, false, e.operands, e.right);
    if (!left_given || !right_given) {
      e.result = outcome::not_assessable;
    } else if (!compare(e.left, rule.claim.op, e.right)) {
      e.result = outcome::violated;
    }
    return e;
  }
};

}  // namespace

std::vector<evaluation> evaluate(const spec::edition& edition, const bind::bound_report& bound) {
  std::vector<const spec::invariant*> rules;
  for (const spec::invariant& rule : edition.invariants) rules.push_back(&rule);
  return evaluate(edition, bound, rules);
}

std::vector<evaluation> evaluate(const spec::edition& edition, const bind::bound_report& bound,
                                 std::span<const spec::invariant* const> rules) {
  const value_index values(bound.values);
  leaf_cache leaves;
  std::vector<evaluation> out;
  for (const spec::invariant* each : rules) {
    const spec::invariant& rule = *each;
    if (rule.loop == spec::loop_kind::none) {
      out.push_back(evaluator{edition, values, leaves, rule, {}, {}}.run());
      continue;
    }
    const spec::table& table = *edition.find_table(rule.table);
    const bool rows = rule.loop == spec::loop_kind::each_row;
    for (const spec::node* n : leaves.of(rows ? table.rows : table.columns)) {
      out.push_back(evaluator{edition, values, leaves, rule, n->path, n->label}.run());
    }
  }
  return out;
}

}  // namespace nianbao::check
