// Grouping by culprit: a wrong total breaks the rule of its column and that of its row, and a
// reviewer reading three errors for one wrong number reads three problems. Where the table's
// likeliest repair is clear, each of its cells becomes one finding, the violations it explains
// its notes (and, for programs, nested in it whole).
#include <algorithm>

#include "grouping.hpp"

namespace nianbao::check {

namespace {

// A column's label, with its groups' where the leaf's own is not unique in its table (table 四
// has a 总计 under 行政复议 and under each kind of 行政诉讼).
std::string column_label(const std::vector<edition::node>& columns, std::string_view path) {
  const edition::node* leaf = edition::find_node(columns, path);
  if (leaf == nullptr) return std::string(path);
  const auto leaves = edition::leaves(columns);
  const auto same =
      std::count_if(leaves.begin(), leaves.end(), [&](const edition::node* n) { return n->label == leaf->label; });
  if (same <= 1) return leaf->label;
  std::string out;
  for (std::size_t dot = path.find('.'); dot != std::string_view::npos; dot = path.find('.', dot + 1)) {
    if (const edition::node* group = edition::find_node(columns, path.substr(0, dot)))
      out.append(group->label).append(" ");
  }
  return out.append(leaf->label);
}

// The row's and the column's labels in the edition: `（七）总计 [自然人]`; a table's one unlabelled
// row, the column's alone.
std::string label_of(const edition::definition& ed, const bind::bound_value& c) {
  const edition::table* t = ed.find_table(c.table);
  if (t == nullptr) return c.coordinate();
  const std::vector<edition::node>* rows = &t->rows;
  const std::vector<edition::node>* columns = &t->columns;
  for (const edition::block& b : t->blocks) {
    if (edition::find_node(b.rows, c.row) != nullptr) rows = &b.rows;
    if (edition::find_node(b.columns, c.column) != nullptr) columns = &b.columns;
  }
  const edition::node* row = edition::find_node(*rows, c.row);
  std::string column = column_label(*columns, c.column);
  if (row != nullptr && row->label.empty()) return column;
  return (row != nullptr ? row->label : std::string(c.row)) + " [" + column + "]";
}

// Whether the repair's equations include this instance: an unconditional equality.
bool solved_for(const evaluation& e) {
  return e.result == outcome::violated && !e.rule->condition && e.rule->claim.op == edition::comparison_op::eq;
}

bool reads(const evaluation& e, const bind::bound_value* cell) {
  return std::any_of(e.operands.begin(), e.operands.end(), [&](const operand& op) { return op.cell == cell; });
}

// `E1 [自然人] and I2 [自然人]`: the rules a culprit's change makes hold.
std::string rules_named(const std::vector<const evaluation*>& violations) {
  std::string out;
  for (std::size_t i = 0; i < violations.size(); ++i) {
    const evaluation& e = *violations[i];
    out += i == 0 ? "" : i + 1 == violations.size() ? " and " : ", ";
    out += e.rule->id;
    if (!e.instance_label.empty()) out.append(" [").append(e.instance_label).append("]");
  }
  return out;
}

finding culprit_finding(const table_repairs& repairs, const repair_cell& culprit,
                        const std::vector<const evaluation*>& explained, const bind::bound_report& bound) {
  const repair& best = repairs.ranked.front();
  const bind::bound_value& c = *culprit.cell;
  finding f;
  f.id = "CELL-INCONSISTENT";
  f.level = severity::note;
  f.subject = c.coordinate();
  f.expected = shown(culprit.value);
  f.found = found_text(c);
  f.message = label_of(*bound.choice.edition, c) + " is " + (c.value ? "`" + f.found + "`" : f.found) +
              ", the table implies " + f.expected;
  if (!c.unit.empty() && c.yuan) f.message.append(" 元");
  std::string slips;
  for (const std::string& slip : culprit.slips) slips += (slips.empty() ? "" : ", ") + slip;
  if (!slips.empty()) f.message += " (" + slips + ")";
  f.message += ": with it, " + rules_named(explained) + (explained.size() == 1 ? " holds" : " hold");
  if (best.size() > 1) {
    std::string others;
    for (const repair_cell& other : best) {
      if (other.cell == culprit.cell) continue;
      others +=
          (others.empty() ? "" : ", ") + label_of(*bound.choice.edition, *other.cell) + " → " + shown(other.value);
    }
    f.message += " (together with " + others + ")";
  }
  // The blame is the likeliest, not the only one: say when others would do as well arithmetically.
  if (repairs.ranked.size() > 1) f.message += "; " + less_plausible(repairs);
  f.cells.push_back({f.subject, std::string(c.raw), f.expected, std::string(c.yuan ? "元" : c.unit), c.where});
  for (const evaluation* e : explained) {
    finding v = violation_of(*e, bound);
    f.level = std::min(f.level, v.level);  // the gravest of them: error before warning before note
    f.related.push_back({v.where, v.message + " [" + v.id + "]"});
    f.related.insert(f.related.end(), v.related.begin(), v.related.end());
    f.violations.push_back(std::move(v));
  }
  // At the cell; a cell the document lacks, at the first rule it breaks.
  f.where = c.state != bind::value_state::missing ? c.where : f.violations.front().where;
  return f;
}

}  // namespace

culprits group_by_culprit(const std::vector<evaluation>& evaluations, const std::vector<table_repairs>& repairs,
                          const bind::bound_report& bound) {
  culprits out;
  for (const table_repairs& t : repairs) {
    if (!t.unique || t.ranked.empty()) continue;
    const repair& best = t.ranked.front();
    std::vector<std::vector<const evaluation*>> explained(best.size());
    for (const evaluation& e : evaluations) {
      if (!solved_for(e) || e.operands.empty() || e.operands.front().cell == nullptr ||
          e.operands.front().cell->table != t.table)
        continue;
      for (std::size_t i = 0; i < best.size(); ++i) {
        if (!reads(e, best[i].cell)) continue;
        explained[i].push_back(&e);
        out.grouped.insert(&e);
        break;
      }
    }
    for (std::size_t i = 0; i < best.size(); ++i) {
      if (!explained[i].empty()) out.findings.push_back(culprit_finding(t, best[i], explained[i], bound));
    }
    out.tables.insert(t.table);
  }
  return out;
}

}  // namespace nianbao::check
