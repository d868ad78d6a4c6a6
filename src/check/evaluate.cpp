#include <algorithm>
#include <map>
#include <tuple>

#include "nianbao/check.hpp"

namespace nianbao::check {

namespace {

// The ids of the leaves from `first` to `last` of the tree `path` lives in.
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

// The ids of the leaves from `first` to `last` of the tree `first` lives in.
std::vector<std::string_view> leaf_range(const spec::table& t, std::string_view first, std::string_view last, bool rows,
                                         leaf_cache& leaves) {
  const std::vector<spec::node>* tree = rows ? &t.rows : &t.columns;
  for (const spec::block& b : t.blocks) {
    if (first.starts_with(b.id + ".")) tree = rows ? &b.rows : &b.columns;
  }
  std::vector<std::string_view> ids;
  bool inside = false;
  for (const spec::node* n : leaves.of(*tree)) {
    inside = inside || n->path == first;
    if (inside) ids.push_back(n->path);
    if (n->path == last) break;
  }
  return ids;
}

// The bound values by coordinate: an invariant over a table reads hundreds of cells.
using value_index =
    std::map<std::tuple<std::string_view, std::string_view, std::string_view>, const bind::bound_value*>;

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
        total += t.sign < 0 ? -number : number;
        continue;
      }
      const spec::table& table = *edition.find_table(t.cells->table);
      const auto rows = leaf_range(table, substitute(t.cells->row_first), substitute(t.cells->row_last), true, leaves);
      const auto columns =
          leaf_range(table, substitute(t.cells->column_first), substitute(t.cells->column_last), false, leaves);
      for (const std::string_view row : rows) {
        for (const std::string_view column : columns) {
          operand op;
          const auto found = values.find({table.id, row, column});
          op.cell = found == values.end() ? nullptr : found->second;
          op.sign = t.sign;
          op.on_left = on_left;
          if (op.cell != nullptr && op.cell->value) {
            op.value = op.cell->yuan ? *op.cell->yuan : *op.cell->value;
          } else if (op.cell != nullptr && op.cell->state == bind::value_state::blank && table.blank_is_zero) {
            op.value = decimal{};
            op.assumed_zero = true;
          }
          if (op.value) {
            total += op.sign < 0 ? -*op.value : *op.value;
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
    evaluation e;
    e.rule = &rule;
    e.instance = std::string(variable_value);
    e.instance_label = std::string(variable_label);
    if (rule.condition) {
      std::vector<operand> ignored;
      decimal left, right;
      // `&`, not `&&`: both sides are read, so that every operand not given is named.
      const bool given =
          read(rule.condition->left, true, ignored, left) & read(rule.condition->right, false, ignored, right);
      if (!given) {
        e.result = outcome::not_assessable;
        e.operands = std::move(ignored);
        return e;
      }
      if (!compare(left, rule.condition->op, right)) return e;  // the condition does not apply
    }
    const bool given =
        read(rule.claim.left, true, e.operands, e.left) & read(rule.claim.right, false, e.operands, e.right);
    if (!given) {
      e.result = outcome::not_assessable;
    } else if (!compare(e.left, rule.claim.op, e.right)) {
      e.result = outcome::violated;
    }
    return e;
  }
};

}  // namespace

std::vector<evaluation> evaluate(const spec::edition& edition, const bind::bound_report& bound) {
  value_index values;
  for (const bind::bound_value& v : bound.values) values.emplace(std::tuple{v.table, v.row, v.column}, &v);
  leaf_cache leaves;
  std::vector<evaluation> out;
  for (const spec::invariant& rule : edition.invariants) {
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
