#include "plan.hpp"

#include <algorithm>
#include <stdexcept>

namespace nianbao::check {

namespace {

class resolver {
 public:
  explicit resolver(evaluation_plan::rules& plan) : plan_(plan) {}

  planned_fact plan_fact(const edition::fact& f) {
    planned_fact out;
    out.fact = &f;
    for (const edition::phrase& p : f.phrases) out.phrase_masks.push_back(required_mask(p));
    out.except = word_list(f.except);
    out.except_sentences = word_list(f.except_sentences);
    static const edition::invariant no_loop;
    out.cells = resolve(no_loop, {}, f.cells);
    for (const std::vector<edition::term>& other : f.or_cells) out.others.push_back(resolve(no_loop, {}, other));
    return out;
  }

  resolved_rule resolve(const edition::invariant& rule) {
    resolved_rule out;
    out.rule = &rule;
    if (rule.loop != edition::loop_kind::none) {
      const edition::table& t = *plan_.edition->find_table(rule.table);
      out.instances = leaves_of(rule.loop == edition::loop_kind::each_row ? t.rows : t.columns);
    }
    if (rule.condition) {
      out.condition.emplace(resolve(rule, out.instances, rule.condition->left),
                            resolve(rule, out.instances, rule.condition->right));
    }
    out.left = resolve(rule, out.instances, rule.claim.left);
    out.right = resolve(rule, out.instances, rule.claim.right);
    return out;
  }

 private:
  const std::vector<const edition::node*>& leaves_of(const std::vector<edition::node>& tree) {
    auto [it, added] = plan_.leaves.try_emplace(&tree);
    if (added) it->second = edition::leaves(tree);
    return it->second;
  }

  // The leaves from `first` to `last` of the tree `first` lives in: a stretch of its leaves in
  // declaration order, so no list is built per term.
  leaf_span leaf_range(const edition::table& t, std::string_view first, std::string_view last, bool rows) {
    const std::vector<edition::node>* tree = rows ? &t.rows : &t.columns;
    for (const edition::block& b : t.blocks) {
      if (first.starts_with(b.id) && first.substr(b.id.size()).starts_with('.')) tree = rows ? &b.rows : &b.columns;
    }
    const std::vector<const edition::node*>& all = leaves_of(*tree);
    const auto begin = std::find_if(all.begin(), all.end(), [&](const edition::node* n) { return n->path == first; });
    const auto end = std::find_if(begin, all.end(), [&](const edition::node* n) { return n->path == last; });
    return {begin, end == all.end() ? end : end + 1};
  }

  // A range for each instance of the loop: the instance's id put for the variable. Where the range
  // is the loop's leaf itself, in the loop's own tree, that leaf, without a search.
  std::vector<leaf_span> by_instance(const edition::invariant& rule, leaf_span instances, const edition::table& t,
                                     const std::string& first, const std::string& last, bool rows) {
    const bool loop_tree =
        rows == (rule.loop == edition::loop_kind::each_row) && first == last && t.id == rule.table && t.blocks.empty();
    std::vector<leaf_span> out;
    out.reserve(instances.size());
    for (std::size_t i = 0; i < instances.size(); ++i) {
      if (loop_tree) {
        out.push_back(instances.subspan(i, 1));
        continue;
      }
      const auto substitute = [&](const std::string& path) {
        return path == rule.variable ? std::string_view(instances[i]->path) : std::string_view(path);
      };
      out.push_back(leaf_range(t, substitute(first), substitute(last), rows));
    }
    return out;
  }

  resolved_side resolve(const edition::invariant& rule, leaf_span instances, const std::vector<edition::term>& side) {
    resolved_side out;
    const auto is_variable = [&](const std::string& path) { return !rule.variable.empty() && path == rule.variable; };
    for (const edition::term& t : side) {
      resolved_term r;
      r.term = &t;
      if (!t.cells) {
        r.number = *parse_decimal(t.number);
        out.push_back(std::move(r));
        continue;
      }
      const edition::cell_range& c = *t.cells;
      r.table = plan_.edition->find_table(c.table);
      if (is_variable(c.row_first) || is_variable(c.row_last)) {
        r.rows_by_instance = by_instance(rule, instances, *r.table, c.row_first, c.row_last, true);
      } else {
        r.rows = leaf_range(*r.table, c.row_first, c.row_last, true);
      }
      if (is_variable(c.column_first) || is_variable(c.column_last)) {
        r.columns_by_instance = by_instance(rule, instances, *r.table, c.column_first, c.column_last, false);
      } else {
        r.columns = leaf_range(*r.table, c.column_first, c.column_last, false);
      }
      out.push_back(std::move(r));
    }
    return out;
  }

  evaluation_plan::rules& plan_;
};

}  // namespace

evaluation_plan::evaluation_plan(const edition::definition& edition, std::span<const edition::invariant* const> rules)
    : rules_(std::make_unique<struct rules>()) {
  rules_->edition = &edition;
  resolver r(*rules_);
  rules_->resolved.reserve(rules.size());
  for (const edition::invariant* rule : rules) rules_->resolved.push_back(r.resolve(*rule));
}

namespace {

std::vector<const edition::invariant*> invariants_of(const edition::definition& edition, evaluation_plan::scope which) {
  std::vector<const edition::invariant*> rules;
  for (const edition::invariant& rule : edition.invariants) {
    if (rule.across_years == (which == evaluation_plan::scope::across_years)) rules.push_back(&rule);
  }
  return rules;
}

}  // namespace

evaluation_plan::evaluation_plan(const edition::definition& edition, scope which)
    : evaluation_plan(edition, invariants_of(edition, which)) {
  if (which != scope::one_report) return;
  resolver r(*rules_);
  for (const edition::fact& f : edition.facts) rules_->facts.push_back(r.plan_fact(f));
  rules_->fact_except = word_list(edition.fact_except);
  rules_->fact_except_sentences = word_list(edition.fact_except_sentences);
}

evaluation_plan::evaluation_plan(evaluation_plan&&) noexcept = default;
evaluation_plan& evaluation_plan::operator=(evaluation_plan&&) noexcept = default;
evaluation_plan::~evaluation_plan() = default;

const edition::definition& evaluation_plan::edition() const noexcept { return *rules_->edition; }

evaluation_plans::evaluation_plans(const std::vector<edition::definition>& editions, evaluation_plan::scope which) {
  plans_.reserve(editions.size());
  for (const edition::definition& ed : editions) plans_.emplace_back(ed, which);
}

const evaluation_plan& evaluation_plans::of(const edition::definition& edition) const {
  for (const evaluation_plan& plan : plans_) {
    if (&plan.edition() == &edition) return plan;
  }
  throw std::logic_error("an edition the evaluation plans were not made for");
}

}  // namespace nianbao::check
