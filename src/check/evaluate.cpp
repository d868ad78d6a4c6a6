#include <algorithm>
#include <functional>
#include <map>
#include <optional>
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

// A term with what does not change from one instance of its invariant to the next looked up
// once: its table, its constant, the leaves of the ranges that do not name the loop variable.
// Looking them up per instance (tables and leaves found by their ids) cost most of the check.
struct resolved_term {
  const spec::term* term = nullptr;
  const spec::table* table = nullptr;
  std::optional<decimal> number;
  std::span<const spec::node*const> rows, columns;
  bool row_is_variable = false, column_is_variable = false;  // either end names the variable
  // Whether the variable's range is the loop's leaf itself: both ends name it, in the loop's tree.
  bool variable_in_loop_tree = false;
};

using resolved_side = std::vector<resolved_term>;

struct resolved_rule {
  const spec::invariant* rule = nullptr;
  const spec::table* loop_table = nullptr;
  std::optional<std::pair<resolved_side, resolved_side>> condition;
  resolved_side left, right;
};

resolved_side resolve(const spec::edition& edition, const spec::invariant& rule, const std::vector<spec::term>& side,
                      leaf_cache& leaves) {
  resolved_side out;
  const auto is_variable = [&](const std::string& path) { return !rule.variable.empty() && path == rule.variable; };
  for (const spec::term& t : side) {
    resolved_term r;
    r.term = &t;
    if (!t.cells) {
      r.number = *parse_decimal(t.number);
      out.push_back(std::move(r));
      continue;
    }
    const spec::cell_range& c = *t.cells;
    r.table = edition.find_table(c.table);
    r.row_is_variable = is_variable(c.row_first) || is_variable(c.row_last);
    r.column_is_variable = is_variable(c.column_first) || is_variable(c.column_last);
    if (!r.row_is_variable) r.rows = leaf_range(*r.table, c.row_first, c.row_last, true, leaves);
    if (!r.column_is_variable) r.columns = leaf_range(*r.table, c.column_first, c.column_last, false, leaves);
    const bool whole = r.row_is_variable ? c.row_first == c.row_last && rule.loop == spec::loop_kind::each_row
                                         : c.column_first == c.column_last && rule.loop == spec::loop_kind::each_column;
    r.variable_in_loop_tree = whole && r.table->id == rule.table && r.table->blocks.empty();
    out.push_back(std::move(r));
  }
  return out;
}

resolved_rule resolve(const spec::edition& edition, const spec::invariant& rule, leaf_cache& leaves) {
  resolved_rule out;
  out.rule = &rule;
  if (rule.loop != spec::loop_kind::none) out.loop_table = edition.find_table(rule.table);
  if (rule.condition) {
    out.condition.emplace(resolve(edition, rule, rule.condition->left, leaves),
                          resolve(edition, rule, rule.condition->right, leaves));
  }
  out.left = resolve(edition, rule, rule.claim.left, leaves);
  out.right = resolve(edition, rule, rule.claim.right, leaves);
  return out;
}

// One instance of a rule: for a loop, the leaf the variable stands for.
struct evaluator {
  const value_index& values;
  leaf_cache& leaves;
  const resolved_rule& rule;
  std::span<const spec::node* const> variable;  // one leaf, empty for no loop

  std::span<const spec::node* const> variable_range(const resolved_term& t, bool rows) const {
    if (t.variable_in_loop_tree) return variable;
    const spec::cell_range& c = *t.term->cells;
    const auto substitute = [&](const std::string& path) {
      return path == rule.rule->variable ? std::string_view(variable.front()->path) : std::string_view(path);
    };
    return rows ? leaf_range(*t.table, substitute(c.row_first), substitute(c.row_last), true, leaves)
                : leaf_range(*t.table, substitute(c.column_first), substitute(c.column_last), false, leaves);
  }

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
      const auto rows = t.row_is_variable ? variable_range(t, true) : t.rows;
      const auto columns = t.column_is_variable ? variable_range(t, false) : t.columns;
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
    if (!variable.empty()) {
      e.instance = variable.front()->path;
      e.instance_label = variable.front()->label;
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
    const resolved_rule rule = resolve(edition, *each, leaves);
    if (each->loop == spec::loop_kind::none) {
      out.push_back(evaluator{values, leaves, rule, {}}.run());
      continue;
    }
    const bool rows = each->loop == spec::loop_kind::each_row;
    const std::vector<const spec::node*>& loop = leaves.of(rows ? rule.loop_table->rows : rule.loop_table->columns);
    for (std::size_t i = 0; i < loop.size(); ++i) {
      out.push_back(evaluator{values, leaves, rule, std::span(loop).subspan(i, 1)}.run());
    }
  }
  return out;
}

}  // namespace nianbao::check
