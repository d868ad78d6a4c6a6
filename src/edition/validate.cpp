#include "validate.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace nianbao::edition {

namespace {

struct problem {
  validation_error error;
};

[[noreturn]] void fail(std::size_t offset, std::string message) { throw problem{{offset, std::move(message)}}; }

// Hands value kinds down to the leaves and computes the keys labels are matched by.
void complete_tree(std::vector<node>& tree, const std::optional<value_kind>& inherited, const std::string& unit) {
  for (node& n : tree) {
    n.key = normalise_label(n.label);
    n.variant_keys.clear();  // a variant completes its inherited trees again
    for (const std::string& v : n.variants) n.variant_keys.push_back(normalise_label(v));
    if (!n.kind) n.kind = inherited;
    if (n.unit.empty()) n.unit = unit;
    complete_tree(n.children, n.kind, n.unit);
  }
}

void check_tree(const std::vector<node>& tree, bool columns) {
  std::set<std::string_view> ids;
  for (const node& n : tree) {
    if (!ids.insert(n.id).second) fail(n.offset, "duplicate id `" + n.id + "` among siblings");
    if (!columns && n.kind) fail(n.offset, "a value kind belongs on a column, not on row `" + n.path + "`");
    if (columns && n.is_leaf() && !n.kind) {
      fail(n.offset, "column `" + n.path + "` has no value kind (count, signed, decimal, text or money)");
    }
    check_tree(n.children, columns);
  }
}

// Labels the binder tells apart: no two of `nodes` may read the same once normalised, nor may a
// variant of one read as another's label, or the document's cell could bind to either.
// `what` names them in the message ("row", "column", "block").
void check_distinct_labels(const std::vector<const node*>& nodes, const std::string& what) {
  std::map<std::string_view, const node*> owner;
  for (const node* n : nodes) {
    if (n->key.empty()) fail(n->offset, what + " `" + n->path + "` has an empty label");
    for (const std::string& key : n->variant_keys) {
      if (key.empty()) fail(n->offset, what + " `" + n->path + "` has an empty variant");
    }
  }
  for (const node* n : nodes) {
    const auto [at, added] = owner.emplace(n->key, n);
    if (!added) {
      fail(n->offset, what + "s `" + at->second->path + "` and `" + n->path + "` both read `" + n->label +
                          "`: the binder could not tell them apart");
    }
  }
  for (const node* n : nodes) {
    for (std::size_t i = 0; i < n->variants.size(); ++i) {
      const auto at = owner.find(n->variant_keys[i]);
      if (at != owner.end() && at->second != n) {
        fail(n->offset, "the variant `" + n->variants[i] + "` of " + what + " `" + n->path + "` is the label of `" +
                            at->second->path + "`");
      }
    }
  }
}

// The rows of a table of one grid are found by their label among all its leaf rows. Its one row
// may go unlabelled (table 四: a row of numbers); its columns are taken in order, so labels may
// repeat under different groups (四's 结果维持).
void check_grid_labels(const table& t) {
  for (const node* column : leaves(t.columns)) {
    if (column->key.empty()) fail(column->offset, "column `" + column->path + "` has an empty label");
  }
  const std::vector<const node*> rows = leaves(t.rows);
  if (rows.size() != 1 || !rows.front()->label.empty()) check_distinct_labels(rows, "row");
}

// The tree a path of `t` lives in: the table's own, or the block its first id names.
const std::vector<node>* tree_of(const table& t, std::string_view path, bool rows) {
  if (t.blocks.empty()) return rows ? &t.rows : &t.columns;
  const std::string_view block_id = path.substr(0, path.find('.'));
  for (const block& b : t.blocks) {
    if (b.id == block_id) return rows ? &b.rows : &b.columns;
  }
  return nullptr;
}

enum class dimension { none, count, money };

dimension dimension_of(const node& column, std::size_t offset) {
  switch (*column.kind) {
    case value_kind::money:
      return dimension::money;
    case value_kind::text:
      fail(offset, "column `" + column.path + "` holds text, which has no value to compare");
    default:
      return dimension::count;
  }
}

// The leaves from `first` to `last` of one tree of `t`, checked to exist and run forward.
std::vector<const node*> resolve(const table& t, const std::string& first, const std::string& last, bool rows,
                                 std::size_t offset) {
  const char* what = rows ? "row" : "column";
  const std::vector<node>* tree = tree_of(t, first, rows);
  if (tree == nullptr || tree_of(t, last, rows) != tree) {
    fail(offset, std::string("no ") + what + " `" + first + "` in a block of table " + t.id);
  }
  const auto all = leaves(*tree);
  const auto find_leaf = [&](const std::string& path) {
    const auto it = std::find_if(all.begin(), all.end(), [&](const node* n) { return n->path == path; });
    if (it == all.end()) {
      fail(offset, std::string("no ") + what + " `" + path + "` in table " + t.id +
                       (find_node(*tree, path) != nullptr ? " holds values (it groups others; name a leaf)" : ""));
    }
    return it;
  };
  const auto from = find_leaf(first);
  const auto to = find_leaf(last);
  if (to < from) fail(offset, std::string("the ") + what + " range `" + first + " .. " + last + "` runs backwards");
  return {from, to + 1};
}

struct invariant_checker {
  const definition& ed;
  const invariant& inv;

  const table& table_named(const std::string& id, std::size_t offset) const {
    const table* t = ed.find_table(id);
    if (t == nullptr) fail(offset, "no table `" + id + "` in edition " + ed.id);
    return *t;
  }

  // The columns a range of cells reads, so that their kinds can be compared.
  std::vector<const node*> columns_read(const cell_range& r) const {
    const table& t = table_named(r.table, r.offset);
    const bool row_is_variable = r.row_first == inv.variable && !inv.variable.empty();
    const bool column_is_variable = r.column_first == inv.variable && !inv.variable.empty();
    if ((row_is_variable && inv.loop != loop_kind::each_row) ||
        (column_is_variable && inv.loop != loop_kind::each_column)) {
      fail(r.offset, "`" + inv.variable + "` runs over " + (inv.loop == loop_kind::each_row ? "rows" : "columns") +
                         ", not " + (row_is_variable ? "rows" : "columns"));
    }
    if ((row_is_variable || column_is_variable) && r.table != inv.table) {
      fail(r.offset, "`" + inv.variable + "` runs over table " + inv.table + ", not " + r.table);
    }
    if (!row_is_variable) resolve(t, r.row_first, r.row_last, true, r.offset);
    if (column_is_variable) {
      std::vector<const node*> all;
      const auto add = [&](const std::vector<node>& tree) {
        for (const node* n : leaves(tree)) all.push_back(n);
      };
      if (t.blocks.empty()) add(t.columns);
      for (const block& b : t.blocks) add(b.columns);
      return all;
    }
    if (row_is_variable && !t.blocks.empty()) {
      fail(r.offset, "a loop over the rows of a table of blocks is not supported; name the rows");
    }
    if (!row_is_variable && tree_of(t, r.row_first, true) != nullptr && !t.blocks.empty() &&
        r.row_first.substr(0, r.row_first.find('.')) != r.column_first.substr(0, r.column_first.find('.'))) {
      fail(r.offset, "row `" + r.row_first + "` and column `" + r.column_first + "` are in different blocks");
    }
    return resolve(t, r.column_first, r.column_last, false, r.offset);
  }

  void check_comparison(const comparison& c) const {
    std::optional<std::pair<dimension, std::string>> seen;
    for (const auto* side : {&c.left, &c.right}) {
      for (const term& t : *side) {
        if (!t.cells) continue;
        for (const node* column : columns_read(*t.cells)) {
          const dimension d = dimension_of(*column, t.cells->offset);
          if (!seen) {
            seen = {d, column->path};
          } else if (seen->first != d) {
            fail(t.cells->offset, "unit mismatch: column `" + column->path + "` holds " +
                                      (d == dimension::money ? "money" : "counts") + " but `" + seen->second +
                                      "` holds " + (seen->first == dimension::money ? "money" : "counts"));
          }
        }
      }
    }
  }

  // `last` cells only in a rule across years, and such a rule reads some: on one report it
  // would compare a cell with itself, and without them it is no rule across years.
  void check_years() const {
    bool reads_last = false;
    for (const comparison* c : {inv.condition ? &*inv.condition : nullptr, &inv.claim}) {
      if (c == nullptr) continue;
      for (const auto* side : {&c->left, &c->right}) {
        for (const term& t : *side) {
          if (!t.last_year) continue;
          reads_last = true;
          if (!inv.across_years)
            fail(t.cells->offset,
                 "`last` reads the report of the year before: only an invariant declared "
                 "`across years` may");
        }
      }
    }
    if (inv.across_years && !reads_last)
      fail(inv.offset, "invariant " + inv.id + " is declared `across years` but reads no `last` cells");
  }

  void check() const {
    if (inv.loop != loop_kind::none) table_named(inv.table, inv.offset);
    check_years();
    if (inv.condition) check_comparison(*inv.condition);
    check_comparison(inv.claim);
  }
};

// One side of a crosswalk's pairing: one cell, a leaf row and a leaf column of `t`, or the cells
// of a sum.
void check_walked_side(const definition& ed, const cell_range& c, bool summed) {
  const table* t = ed.find_table(c.table);
  if (t == nullptr) fail(c.offset, "no table `" + c.table + "` in edition " + ed.id);
  if (!summed && (c.row_first != c.row_last || c.column_first != c.column_last))
    fail(c.offset, "a crosswalk pairs a cell with a cell or with a sum: write `sum` before a range");
  resolve(*t, c.row_first, c.row_last, true, c.offset);
  resolve(*t, c.column_first, c.column_last, false, c.offset);
}

// `for column c in t3: …` as the pairings it stands for, one per column (row) of t3.
void expand_loops(const definition& ed, crosswalk& walk) {
  std::vector<crosswalk::cell> expanded;
  for (const crosswalk::cell& c : walk.cells) {
    if (c.loop == loop_kind::none) {
      expanded.push_back(c);
      continue;
    }
    const table* t = ed.find_table(c.loop_table);
    if (t == nullptr) fail(c.offset, "no table `" + c.loop_table + "` in edition " + ed.id + " to run the loop over");
    const bool rows = c.loop == loop_kind::each_row;
    std::vector<const node*> all = leaves(rows ? t->rows : t->columns);
    for (const block& b : t->blocks) {
      for (const node* n : leaves(rows ? b.rows : b.columns)) all.push_back(n);
    }
    const auto put = [&](std::string& path, const node* n) {
      if (path == c.variable) path = n->path;
    };
    for (const node* n : all) {
      crosswalk::cell one = c;
      one.loop = loop_kind::none;
      one.variable.clear();
      one.loop_table.clear();
      for (cell_range* side : {&one.here, &one.there}) {
        for (std::string* path : {&side->row_first, &side->row_last, &side->column_first, &side->column_last})
          put(*path, n);
      }
      expanded.push_back(std::move(one));
    }
  }
  walk.cells = std::move(expanded);
}

// This edition's side of a crosswalk; the earlier edition's side is checked once both are loaded
// (check_crosswalks).
void check_crosswalk(const definition& ed, const crosswalk& walk) {
  if (walk.from == ed.id) fail(walk.offset, "an edition does not follow itself: its own reports need no crosswalk");
  for (const std::string& id : walk.same_tables) {
    if (ed.find_table(id) == nullptr) fail(walk.offset, "no table `" + id + "` in edition " + ed.id);
  }
  for (const crosswalk::cell& c : walk.cells) {
    if (c.here_summed && c.there_summed)
      fail(c.offset,
           "a crosswalk pairs a cell with a sum, not a sum with a sum: neither side would have a counterpart");
    check_walked_side(ed, c.here, c.here_summed);
  }
}

// The most number slots on any one way through `parts`: a phrase gives one figure or states 0.
unsigned slots_on_a_path(const std::vector<phrase_part>& parts) {
  unsigned slots = 0;
  for (const phrase_part& p : parts) {
    if (p.what == phrase_part::kind::number) ++slots;
    unsigned most = 0;
    for (const auto& option : p.options) most = std::max(most, slots_on_a_path(option));
    slots += most;
  }
  return slots;
}

void check_phrase_parts(const std::vector<phrase_part>& parts) {
  for (const phrase_part& p : parts) {
    if ((p.what == phrase_part::kind::text || p.what == phrase_part::kind::not_after) && p.text.empty())
      fail(p.offset, "empty text in a phrase matches everywhere; leave it out");
    if (p.what == phrase_part::kind::gap && p.most == 0) fail(p.offset, "a gap of 0 characters skips nothing");
    if (p.what == phrase_part::kind::optional && slots_on_a_path(p.options.front()) > 0)
      fail(p.offset, "the figure N cannot be optional: a phrase without it states 0, so write two phrases");
    for (const auto& option : p.options) check_phrase_parts(option);
  }
}

bool has_text(const std::vector<phrase_part>& parts) {
  return std::any_of(parts.begin(), parts.end(), [](const phrase_part& p) {
    return p.what == phrase_part::kind::text ||
           (p.what == phrase_part::kind::choice &&
            std::all_of(p.options.begin(), p.options.end(), [](const auto& o) { return has_text(o); }));
  });
}

void check_sections(const definition& ed, const std::vector<unsigned>& sections, std::size_t offset) {
  for (const unsigned s : sections) {
    if (s == 0 || (!ed.sections.empty() && s > ed.sections.size()))
      fail(offset, "no section " + std::to_string(s) + " in edition " + ed.id + " (sections are numbered from 1)");
  }
}

// A fact's cells are read as an invariant's are, on one report: no numbers, no `last`.
void check_fact(const definition& ed, const fact& f) {
  check_sections(ed, f.sections, f.offset);
  invariant as_rule;
  as_rule.id = f.id;
  as_rule.claim.left = f.cells;
  // Every reading is compared with the first, so that all hold counts or all money.
  for (const std::vector<term>& other : f.or_cells)
    as_rule.claim.right.insert(as_rule.claim.right.end(), other.begin(), other.end());
  for (const auto* side : {&as_rule.claim.left, &as_rule.claim.right}) {
    for (const term& t : *side) {
      if (!t.cells) fail(f.offset, "a fact's figure is the sum of cells, not a number: write the cells");
      if (t.last_year) fail(t.cells->offset, "a fact is stated in one report: its cells cannot be `last` year's");
    }
  }
  invariant_checker{ed, as_rule}.check_comparison(as_rule.claim);
  for (const phrase& p : f.phrases) {
    check_phrase_parts(p);
    const std::size_t at = p.empty() ? f.offset : p.front().offset;
    if (slots_on_a_path(p) > 1) fail(at, "a phrase gives one figure: N at most once on any way through it");
    if (!has_text(p)) fail(at, "a phrase needs text that every match holds, or it matches any number");
  }
}

// Kinds, units and keys for every tree, before any check: a check that reads them must find them
// whatever another table's problem was.
void complete_edition(definition& ed) {
  for (table& t : ed.tables) {
    complete_tree(t.columns, std::nullopt, "");
    complete_tree(t.rows, std::nullopt, "");
    for (block& b : t.blocks) {
      b.title.id = b.title.path = b.id;
      b.title.offset = b.offset;
      b.title.label = b.label;
      b.title.key = normalise_label(b.label);
      complete_tree(b.columns, std::nullopt, "");
      complete_tree(b.rows, std::nullopt, "");
    }
  }
}

// A table's own declaration: its id and section among the others', its shape, a grid's trees.
void check_table(const table& t, std::set<std::string_view>& table_ids, std::map<unsigned, const table*>& by_section) {
  if (!table_ids.insert(t.id).second) fail(t.offset, "duplicate table id `" + t.id + "`");
  // The binder finds a table in its section, and the report's sections are numbered from 一.
  if (t.section == 0) fail(t.offset, "table " + t.id + " is in section 0; sections are numbered from 1 (一)");
  if (const auto [at, added] = by_section.emplace(t.section, &t); !added) {
    fail(t.offset, "tables " + at->second->id + " and " + t.id + " are both in section " + std::to_string(t.section) +
                       ": a section holds one table of the edition");
  }
  const bool grid = !t.columns.empty() || !t.rows.empty();
  if (grid == !t.blocks.empty()) {
    fail(t.offset, "table " + t.id + " needs either `columns` and `rows`, or `block`s, not both");
  }
  if (grid && (t.columns.empty() || t.rows.empty()))
    fail(t.offset, "table " + t.id + " needs both `columns` and `rows`");
  check_tree(t.columns, true);
  check_tree(t.rows, false);
  if (grid) check_grid_labels(t);
}

void check_block(const table& t, const block& b, std::set<std::string_view>& block_ids) {
  if (!block_ids.insert(b.id).second) fail(b.offset, "duplicate block id `" + b.id + "` in table " + t.id);
  if (b.columns.empty() || b.rows.empty()) fail(b.offset, "block " + b.id + " needs both `columns` and `rows`");
  check_tree(b.columns, true);
  check_tree(b.rows, false);
  check_distinct_labels(top_level(b.rows), "row");
  check_distinct_labels(top_level(b.columns), "column");
}

// Runs one unit's checks: its first problem is kept, and the other units are still checked. A
// unit a variant inherited is named, since its place is the variant's `extends`.
template <typename Check>
void check_unit(std::vector<validation_error>& found, Check check, const origin& from = {},
                const std::string& unit = {}) {
  try {
    check();
  } catch (const problem& p) {
    found.push_back(p.error);
    if (from.inherited())
      found.back().message = unit + " (inherited from " + from.inherited_from + "): " + p.error.message;
  }
}

std::vector<validation_error> check_edition(definition& ed) {
  std::vector<validation_error> found;
  check_unit(found, [&] {
    if (ed.id.empty()) fail(0, "the edition has no id");
  });
  std::set<std::string_view> table_ids;
  std::map<unsigned, const table*> by_section;
  for (const table& t : ed.tables) {
    check_unit(found, [&] { check_table(t, table_ids, by_section); });
    std::set<std::string_view> block_ids;
    std::vector<const node*> titles;
    for (const block& b : t.blocks) {
      const std::size_t before = found.size();
      check_unit(found, [&] { check_block(t, b, block_ids); });
      // A block that has its problem reported is not compared again by title.
      if (found.size() == before) titles.push_back(&b.title);
    }
    check_unit(found, [&] { check_distinct_labels(titles, "block"); });
  }
  if (!found.empty()) return found;
  std::set<std::string_view> invariant_ids;
  for (const invariant& inv : ed.invariants) {
    check_unit(
        found,
        [&] {
          if (!invariant_ids.insert(inv.id).second) fail(inv.offset, "duplicate invariant id `" + inv.id + "`");
          invariant_checker{ed, inv}.check();
        },
        inv.origin, "invariant " + inv.id);
  }
  for (crosswalk& walk : ed.crosswalks) {
    check_unit(
        found,
        [&] {
          expand_loops(ed, walk);
          check_crosswalk(ed, walk);
        },
        walk.origin, "the crosswalk from " + walk.from);
  }
  check_unit(found, [&] { check_sections(ed, ed.fact_sections, ed.id_offset); });
  std::set<std::string_view> fact_ids;
  for (const fact& f : ed.facts) {
    check_unit(
        found,
        [&] {
          if (!fact_ids.insert(f.id).second) fail(f.offset, "duplicate fact id `" + f.id + "`");
          check_fact(ed, f);
        },
        f.origin, "fact " + f.id);
  }
  return found;
}

}  // namespace

std::vector<load_error> check_crosswalks(const std::vector<definition>& editions) {
  std::vector<load_error> found;
  for (const definition& ed : editions) {
    const source text(ed.file, ed.text);
    for (const crosswalk& walk : ed.crosswalks) {
      const auto earlier =
          std::find_if(editions.begin(), editions.end(), [&](const definition& e) { return e.id == walk.from; });
      if (earlier == editions.end()) continue;  // not loaded: nothing is read through it
      try {
        for (const std::string& id : walk.same_tables) {
          if (earlier->find_table(id) == nullptr)
            fail(walk.offset, "edition " + walk.from + " has no table `" + id + "` to be the same as this one's");
        }
        for (const crosswalk::cell& c : walk.cells) check_walked_side(*earlier, c.there, c.there_summed);
      } catch (const problem& p) {
        found.push_back(load_error{ed.file, text.locate(p.error.offset), p.error.message});
      }
    }
  }
  return found;
}

std::vector<validation_error> validate(definition& ed) {
  complete_edition(ed);
  std::vector<validation_error> found = check_edition(ed);
  // A block's title is checked with the other titles, after the blocks: the file's order again.
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  return found;
}

}  // namespace nianbao::edition
