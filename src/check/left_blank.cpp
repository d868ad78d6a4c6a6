// A table whose totals were not filled in (a 总计 column left blank in every row of results)
// would, with every blank counted as 0, break one invariant per row: a dozen errors stating sums
// of 0 that the report never gave, burying the one thing wrong. Such sides are reported here,
// once per table, as what they are.
#include "left_blank.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace nianbao::check {

namespace {

// An instance not assessed for reading cells left blank: those cells, and the other side's value
// where they all stand on one side.
struct blank_side {
  const evaluation* e;
  std::vector<const bind::bound_value*> cells;
  std::optional<decimal> facing;
};

blank_side side_of(const evaluation& e) {
  blank_side side{&e, {}, std::nullopt};
  bool left = false, right = false;
  for (const operand& op : e.operands) {
    if (!op.unfilled) continue;
    side.cells.push_back(op.cell);
    (op.on_left ? left : right) = true;
  }
  if (left != right) side.facing = left ? e.right : e.left;
  return side;
}

// The label of the leaf at `path` in `tree`, or the path itself.
std::string label_of(const std::vector<edition::node>& tree, std::string_view path) {
  const edition::node* n = edition::find_node(tree, path);
  return n != nullptr ? n->label : std::string(path);
}

std::string count_of(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

finding table_finding(const edition::table& layout, const std::vector<blank_side>& sides) {
  std::vector<const bind::bound_value*> cells;
  std::set<std::string_view> rows, columns;
  std::map<std::string, std::size_t> checks;  // rule id → instances not assessed
  for (const blank_side& s : sides) {
    ++checks[s.e->rule->id];
    for (const bind::bound_value* c : s.cells) {
      if (std::find(cells.begin(), cells.end(), c) != cells.end()) continue;
      cells.push_back(c);
      rows.insert(c->row);
      columns.insert(c->column);
    }
  }
  std::sort(cells.begin(), cells.end(),
            [](const bind::bound_value* a, const bind::bound_value* b) { return a->where.begin < b->where.begin; });

  std::string what;
  if (cells.size() > 1 && columns.size() == 1) {
    what = "column `" + label_of(layout.columns, *columns.begin()) + "` is blank in " +
           count_of(rows.size(), "row", "rows");
  } else if (cells.size() > 1 && rows.size() == 1) {
    const std::string label = label_of(layout.rows, *rows.begin());  // empty for table 四's one row
    what = (label.empty() ? "the row" : "row `" + label + "`") + " is blank in " +
           count_of(columns.size(), "column", "columns");
  } else {
    what = count_of(cells.size(), "cell is blank", "cells are blank");
  }
  std::string not_assessed;
  for (const auto& [id, n] : checks) {
    not_assessed += (not_assessed.empty() ? "" : ", ") + id + (n == 1 ? "" : " ×" + std::to_string(n));
  }
  finding f;
  f.id = "LEFT-BLANK";
  f.level = severity::warning;
  f.status = "not_assessable";
  f.subject = layout.id;
  f.message = what + " of the " + layout.title +
              " table where it should agree with numbers given: not filled in, so not counted as 0; not assessed: " +
              not_assessed;
  f.where = cells.front()->where;  // a blank cell's span is empty, where the cell stands
  for (const bind::bound_value* c : cells) {
    f.cells.push_back({c->coordinate(), std::string(c->raw), {}, std::string(c->unit), c->where});
  }
  for (const blank_side& s : sides) {
    const std::string instance = s.e->instance_label.empty() ? "" : " [" + std::string(s.e->instance_label) + "]";
    f.related.push_back(
        {s.cells.front()->where, s.e->rule->id + instance + ": not assessed" +
                                     (s.facing ? ", the other side is " + s.facing->to_canonical_string() : "")});
  }
  return f;
}

}  // namespace

std::vector<finding> left_blank_findings(const std::vector<evaluation>& evaluations, const bind::bound_report& bound) {
  std::map<std::string_view, std::vector<blank_side>> by_table;
  for (const evaluation& e : evaluations) {
    if (e.result != outcome::left_blank) continue;
    blank_side side = side_of(e);
    if (side.cells.empty()) continue;
    by_table[side.cells.front()->table].push_back(std::move(side));
  }
  std::vector<finding> out;
  out.reserve(by_table.size());
  for (const auto& [table, sides] : by_table) {
    out.push_back(table_finding(*bound.choice.edition->find_table(table), sides));
  }
  return out;
}

}  // namespace nianbao::check
