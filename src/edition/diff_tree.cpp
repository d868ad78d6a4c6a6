// `editions diff`: tables, blocks, and their column and row trees. Nodes are paired level by level,
// first by id, then by label, so that a row whose id changed and whose label did not is one
// change (renamed), as is one whose label changed and whose id did not (relabelled).
#include <algorithm>
#include <optional>

#include "diff_parts.hpp"

namespace nianbao::edition {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// What B reads as this node among the labels a report of A writes for it.
bool takes(const node& b, const std::string& key) { return b.key == key || contains(b.variant_keys, key); }

// Every value of the first kind is one of the second.
bool widens(value_kind from, value_kind to) {
  return (from == value_kind::count && (to == value_kind::signed_count || to == value_kind::decimal)) ||
         (from == value_kind::signed_count && to == value_kind::decimal);
}

std::vector<std::string> leaf_paths(const node& n) {
  std::vector<std::string> out;
  if (n.is_leaf()) out.push_back(n.path);
  for (const node* leaf : leaves(n.children)) out.push_back(leaf->path);
  return out;
}

std::string count_of(std::size_t n, const std::string& part) {
  return std::to_string(n) + " " + part + (n == 1 ? "" : "s");
}

bool under(const std::string& path, const std::string& node_path) {
  return path == node_path || (path.starts_with(node_path) && path[node_path.size()] == '.');
}

bool names(const cell_range& c, const std::string& table, const std::string& node_path) {
  return c.table == table && (under(c.row_first, node_path) || under(c.row_last, node_path) ||
                              under(c.column_first, node_path) || under(c.column_last, node_path));
}

// The pairings of either edition's crosswalk from the other that name the node in A or in B: how a
// tool carries a value across the change.
void relate(const diff_context& cx, change& c, const std::string& table, const node& a, const node& b) {
  const auto add = [&](const definition& ed, const std::string& from, bool b_is_here) {
    for (const crosswalk& w : ed.crosswalks) {
      if (w.from != from) continue;
      for (const crosswalk::cell& p : w.cells) {
        const cell_range& in_a = b_is_here ? p.there : p.here;
        const cell_range& in_b = b_is_here ? p.here : p.there;
        if (names(in_a, table, a.path) || names(in_b, table, b.path))
          c.related.push_back("crosswalk of " + ed.id + ": " + pairing_text(p));
      }
    }
  };
  add(cx.b, cx.a.id, true);
  add(cx.a, cx.b.id, false);
}

struct tree_context {
  const diff_context& cx;
  std::string table;
  std::string part;  // row, column or block
};

void diff_level(const tree_context& tc, const std::vector<node>& a, const std::vector<node>& b,
                std::optional<value_kind> a_kind, std::optional<value_kind> b_kind);

change& node_change(const tree_context& tc, change_class what, std::string action, const node* a, const node* b) {
  change& c = tc.cx.add(what, tc.part, std::move(action), tc.table);
  if (a != nullptr) {
    c.before = a->path;
    c.label_before = a->label;
  }
  if (b != nullptr) {
    c.after = b->path;
    c.label_after = b->label;
  }
  return c;
}

void compare_labels(const tree_context& tc, const node& a, const node& b) {
  const std::string& edition_a = tc.cx.a.id;
  const std::string& edition_b = tc.cx.b.id;
  if (a.key != b.key) {
    change& c = node_change(tc, change_class::compatible, "relabelled", &a, &b);
    if (takes(b, a.key)) {
      c.reason = edition_b + " still takes " + edition_a + "'s label, as a variant (with a warning, LABEL-VARIANT)";
    } else {
      c.what = change_class::breaking;
      diff_context::breaks(c, true, false,
                           edition_b + " does not take the label a report of " + edition_a +
                               " writes: a close one is read as a typo (a warning), another is missing (an error)");
    }
  }
  for (std::size_t i = 0; i < a.variant_keys.size() && i < a.variants.size(); ++i) {
    if (takes(b, a.variant_keys[i])) continue;
    change& c = node_change(tc, change_class::breaking, "variant dropped", &a, &b);
    c.label_before = a.variants[i];
    diff_context::breaks(c, true, false, edition_b + " no longer takes this spelling");
  }
  for (std::size_t i = 0; i < b.variant_keys.size() && i < b.variants.size(); ++i) {
    if (b.variant_keys[i] == a.key || contains(a.variant_keys, b.variant_keys[i])) continue;
    change& c = node_change(tc, change_class::compatible, "variant added", &a, &b);
    c.label_after = b.variants[i];
    c.reason = edition_b + " also takes this spelling";
  }
}

void compare_values(const tree_context& tc, const node& a, const node& b, std::optional<value_kind> a_kind,
                    std::optional<value_kind> b_kind) {
  if (a_kind && b_kind && *a_kind != *b_kind) {
    const bool wider = widens(*a_kind, *b_kind);
    change& c = node_change(tc, wider ? change_class::compatible : change_class::breaking,
                            std::string("kind ") + name_of(*a_kind) + " → " + name_of(*b_kind), &a, &b);
    if (wider) {
      c.reason = "every " + std::string(name_of(*a_kind)) + " value is a " + name_of(*b_kind) + " value";
    } else {
      diff_context::breaks(
          c, true, false, "a " + std::string(name_of(*a_kind)) + " value need not be a " + name_of(*b_kind) + " value");
    }
  }
  // A money column that became a count loses its unit with its kind: one change, said above.
  if (a.unit != b.unit && a_kind == b_kind && a.is_leaf() == b.is_leaf()) {
    change& c =
        node_change(tc, change_class::breaking,
                    "unit " + (a.unit.empty() ? "none" : a.unit) + " → " + (b.unit.empty() ? "none" : b.unit), &a, &b);
    diff_context::breaks(c, true, false, "amounts a report of " + tc.cx.a.id + " states are read in another unit");
  }
}

void compare_nodes(const tree_context& tc, const node& a, const node& b, bool renamed, std::optional<value_kind> a_kind,
                   std::optional<value_kind> b_kind) {
  // A split or merged node whose id changed is said once, as split or merged.
  if (renamed && a.is_leaf() == b.is_leaf()) {
    change& c = node_change(tc, change_class::breaking, "renamed", &a, &b);
    diff_context::breaks(c, false, true, "the same label: tools that read " + a.path + " find it at " + b.path);
  }
  compare_labels(tc, a, b);
  a_kind = a.kind ? a.kind : a_kind;
  b_kind = b.kind ? b.kind : b_kind;
  compare_values(tc, a, b, a_kind, b_kind);
  if (!a.is_leaf() && !b.is_leaf()) {
    diff_level(tc, a.children, b.children, a_kind, b_kind);
  } else if (a.is_leaf() != b.is_leaf()) {
    const bool split = a.is_leaf();
    change& c = node_change(tc, change_class::breaking, split ? "split" : "merged", &a, &b);
    c.related = leaf_paths(split ? b : a);
    const std::size_t parts = c.related.size();
    relate(tc.cx, c, tc.table, a, b);
    diff_context::breaks(
        c, true, true,
        split ? "a report of " + tc.cx.a.id + " has one " + tc.part + " where " + tc.cx.b.id + " has " +
                    std::to_string(parts)
              : "a report of " + tc.cx.a.id + " has " + count_of(parts, tc.part) + " where " + tc.cx.b.id + " has one");
  }
}

void diff_level(const tree_context& tc, const std::vector<node>& a, const std::vector<node>& b,
                std::optional<value_kind> a_kind, std::optional<value_kind> b_kind) {
  const auto alike = [](const node& x, const node& y) { return takes(y, x.key) || takes(x, y.key); };
  const pairing<node, decltype(alike)> pairs(a, b, alike);
  const std::vector<const node*>& partner = pairs.partner;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (partner[i] != nullptr) {
      compare_nodes(tc, *partner[i], b[i], pairs.by_id[i] == nullptr, a_kind, b_kind);
      continue;
    }
    change& c = node_change(tc, change_class::breaking, "added", nullptr, &b[i]);
    diff_context::breaks(c, true, false,
                         "a report of " + tc.cx.a.id + " has no such " + tc.part +
                             (b[i].is_leaf() ? "" : " (" + count_of(leaf_count(b[i]), tc.part) + ")"));
  }
  for (std::size_t j = 0; j < a.size(); ++j) {
    if (pairs.paired_a[j]) continue;
    // In a grid, values in a column B has no place for are more values than its columns (COLUMNS-EXTRA,
    // an error); a block's column, a row or a block B has no place for is only a warning (…-UNKNOWN).
    const table* in_b = tc.cx.b.find_table(tc.table);
    const bool grid = in_b != nullptr && in_b->blocks.empty();
    change& c = node_change(tc, change_class::breaking, "removed", &a[j], nullptr);
    diff_context::breaks(c, tc.part == "column" && grid, true,
                         "a report of " + tc.cx.a.id + " has it: " + tc.cx.b.id +
                             " reads it as unknown, and its cells' coordinates are gone");
  }
}

void diff_grid(const tree_context& tc, const std::vector<node>& a_columns, const std::vector<node>& a_rows,
               const std::vector<node>& b_columns, const std::vector<node>& b_rows) {
  diff_level({tc.cx, tc.table, "column"}, a_columns, b_columns, std::nullopt, std::nullopt);
  diff_level({tc.cx, tc.table, "row"}, a_rows, b_rows, std::nullopt, std::nullopt);
}

void diff_blocks(const tree_context& tc, const std::vector<block>& a, const std::vector<block>& b) {
  std::vector<node> a_titles;
  std::vector<node> b_titles;
  a_titles.reserve(a.size());
  b_titles.reserve(b.size());
  for (const block& x : a) a_titles.push_back(x.title);
  for (const block& x : b) b_titles.push_back(x.title);
  // The blocks as nodes first (added, removed, renamed, relabelled), then the trees of the pairs.
  const std::size_t first = tc.cx.out.size();
  diff_level(tc, a_titles, b_titles, std::nullopt, std::nullopt);
  const std::vector<change> titles(tc.cx.out.begin() + static_cast<std::ptrdiff_t>(first), tc.cx.out.end());
  for (const block& y : b) {
    const auto x = std::find_if(a.begin(), a.end(), [&](const block& candidate) {
      return candidate.id == y.id || std::any_of(titles.begin(), titles.end(), [&](const change& c) {
               return c.action == "renamed" && c.before == candidate.title.path && c.after == y.title.path;
             });
    });
    if (x != a.end()) diff_grid(tc, x->columns, x->rows, y.columns, y.rows);
  }
}

void diff_table(const diff_context& cx, const table& a, const table& b) {
  const tree_context tc{cx, b.id, "block"};
  if (a.title != b.title) {
    change& c = cx.add(change_class::cosmetic, "table", "retitled", b.id);
    c.before = a.id;
    c.after = b.id;
    c.label_before = a.title;
    c.label_after = b.title;
    c.reason = "tables are found by their section and their labels, not their titles";
  }
  if (a.section != b.section) {
    change& c = cx.add(change_class::breaking, "table",
                       "moved from section " + std::to_string(a.section) + " to " + std::to_string(b.section), b.id);
    diff_context::breaks(c, true, false, "a report of " + cx.a.id + " has it in another section");
  }
  if (a.corner != b.corner) {
    change& c = cx.add(change_class::cosmetic, "table", "corner note changed", b.id);
    c.label_before = a.corner;
    c.label_after = b.corner;
    c.reason = "the note is read for the rules it states, which are declared apart";
  }
  if (a.blank_is_zero != b.blank_is_zero) {
    change& c = cx.add(a.blank_is_zero ? change_class::breaking : change_class::compatible, "table",
                       a.blank_is_zero ? "blank no longer means 0" : "blank now means 0", b.id);
    if (a.blank_is_zero) {
      diff_context::breaks(c, true, false, "blank cells a report of " + cx.a.id + " leaves are findings in " + cx.b.id);
    } else {
      c.reason = "blank cells are read as 0 rather than reported";
    }
  }
  if (a.count_form_level != b.count_form_level) {
    const bool graver = b.count_form_level == severity::error;
    change& c = cx.add(
        graver ? change_class::breaking : change_class::compatible, "table",
        std::string("counts checked as ") + name_of(a.count_form_level) + " → " + name_of(b.count_form_level), b.id);
    if (graver) {
      diff_context::breaks(c, true, false, "a negative or fractional count is now an error");
    } else {
      c.reason = "a negative or fractional count is now a warning";
    }
  }
  if (!a.blocks.empty() || !b.blocks.empty()) {
    diff_blocks(tc, a.blocks, b.blocks);
  } else {
    diff_grid(tc, a.columns, a.rows, b.columns, b.rows);
  }
}

}  // namespace

void diff_tables(const diff_context& cx) {
  std::vector<bool> paired(cx.a.tables.size(), false);
  for (const table& b : cx.b.tables) {
    const table* a = cx.a.find_table(b.id);
    if (a == nullptr) {
      // A table whose id changed keeps its section.
      for (const table& candidate : cx.a.tables) {
        if (candidate.section == b.section && cx.b.find_table(candidate.id) == nullptr) a = &candidate;
      }
      if (a != nullptr) {
        change& c = cx.add(change_class::breaking, "table", "renamed", b.id);
        c.before = a->id;
        c.after = b.id;
        diff_context::breaks(c, false, true, "tools that read " + a->id + " find it at " + b.id);
      }
    }
    if (a == nullptr) {
      change& c = cx.add(change_class::breaking, "table", "added", b.id);
      c.after = b.id;
      c.label_after = b.title;
      diff_context::breaks(c, true, false, "a report of " + cx.a.id + " has no such table");
      continue;
    }
    paired[static_cast<std::size_t>(a - cx.a.tables.data())] = true;
    diff_table(cx, *a, b);
  }
  for (std::size_t j = 0; j < cx.a.tables.size(); ++j) {
    if (paired[j]) continue;
    change& c = cx.add(change_class::breaking, "table", "removed", cx.a.tables[j].id);
    c.before = cx.a.tables[j].id;
    c.label_before = cx.a.tables[j].title;
    diff_context::breaks(c, false, true, "the coordinates of its cells are gone");
  }
}

}  // namespace nianbao::edition
