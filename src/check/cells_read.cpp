// The cells a plan's rules read, from their resolved terms rather than by evaluating them: an
// evaluation stops at a condition that does not hold and never reads its claim.
#include "nianbao/check.hpp"
#include "plan.hpp"

namespace nianbao::check {

std::vector<cell_read> cells_read(const evaluation_plan& plan) {
  std::vector<cell_read> out;
  const auto add = [&](const resolved_side& side, std::size_t instance) {
    for (const resolved_term& t : side) {
      if (t.number) continue;
      for (const edition::node* row : t.rows_at(instance)) {
        for (const edition::node* column : t.columns_at(instance))
          out.push_back({t.table->id, row->path, column->path, t.term->last_year});
      }
    }
  };
  for (const resolved_rule& rule : plan.resolved().resolved) {
    const std::size_t instances = rule.rule->loop == edition::loop_kind::none ? 1 : rule.instances.size();
    for (std::size_t i = 0; i < instances; ++i) {
      if (rule.condition) {
        add(rule.condition->first, i);
        add(rule.condition->second, i);
      }
      add(rule.left, i);
      add(rule.right, i);
    }
  }
  return out;
}

}  // namespace nianbao::check
