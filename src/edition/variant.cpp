#include "variant.hpp"

#include <algorithm>

namespace nianbao::edition::variant {

namespace {

void inherit_tree(std::vector<node>& tree, const origin& from, std::size_t offset) {
  for (node& n : tree) {
    n.origin = from;
    n.offset = offset;
    inherit_tree(n.children, from, offset);
  }
}

void inherit_terms(std::vector<term>& terms, std::size_t offset) {
  for (term& t : terms) {
    if (t.cells) t.cells->offset = offset;
  }
}

void inherit_phrase(std::vector<phrase_part>& parts, std::size_t offset) {
  for (phrase_part& p : parts) {
    p.offset = offset;
    for (auto& option : p.options) inherit_phrase(option, offset);
  }
}

bool is_under(std::string_view path, std::string_view removed) {
  return path == removed || (path.size() > removed.size() && path.starts_with(removed) && path[removed.size()] == '.');
}

// Whether a range of cells reads a removed part. A loop variable is no path: it runs over
// whatever the table has.
bool reads(const cell_range& r, const removal& gone, std::string_view variable) {
  if (r.table != gone.table) return false;
  const auto hit = [&](const std::string& path) { return path != variable && is_under(path, gone.path); };
  switch (gone.kind) {
    case removal::what::table:
      return true;
    case removal::what::row:
      return hit(r.row_first) || hit(r.row_last);
    case removal::what::column:
      return hit(r.column_first) || hit(r.column_last);
    case removal::what::block:
      return hit(r.row_first) || hit(r.row_last) || hit(r.column_first) || hit(r.column_last);
  }
  return false;
}

bool terms_read(const std::vector<term>& terms, const removal& gone, std::string_view variable) {
  return std::any_of(terms.begin(), terms.end(),
                     [&](const term& t) { return t.cells && reads(*t.cells, gone, variable); });
}

std::string named(const removal& gone) {
  switch (gone.kind) {
    case removal::what::table:
      return "table " + gone.table;
    case removal::what::block:
      return "block `" + gone.path + "` of table " + gone.table;
    case removal::what::row:
      return "row `" + gone.path + "` of table " + gone.table;
    case removal::what::column:
      return "column `" + gone.path + "` of table " + gone.table;
  }
  return {};
}

}  // namespace

definition inherit(const definition& base, std::size_t offset) {
  definition ed = base;
  const origin from{base.id, false};
  for (table& t : ed.tables) {
    t.origin = from;
    t.offset = offset;
    inherit_tree(t.columns, from, offset);
    inherit_tree(t.rows, from, offset);
    for (block& b : t.blocks) {
      b.origin = from;
      b.offset = b.title.offset = offset;
      inherit_tree(b.columns, from, offset);
      inherit_tree(b.rows, from, offset);
    }
  }
  for (invariant& inv : ed.invariants) {
    inv.origin = from;
    inv.offset = offset;
    if (inv.condition) {
      inherit_terms(inv.condition->left, offset);
      inherit_terms(inv.condition->right, offset);
    }
    inherit_terms(inv.claim.left, offset);
    inherit_terms(inv.claim.right, offset);
  }
  for (fact& f : ed.facts) {
    f.origin = from;
    f.offset = offset;
    inherit_terms(f.cells, offset);
    for (auto& reading : f.or_cells) inherit_terms(reading, offset);
    for (phrase& p : f.phrases) inherit_phrase(p, offset);
  }
  for (crosswalk& walk : ed.crosswalks) {
    walk.origin = from;
    walk.offset = offset;
    for (crosswalk::cell& c : walk.cells) c.offset = c.here.offset = c.there.offset = offset;
  }
  ed.base = base.id;
  ed.base_offset = offset;
  ed.base_text = base.text + base.base_text;
  return ed;
}

block* find_block(table& t, std::string_view id) {
  const auto it = std::find_if(t.blocks.begin(), t.blocks.end(), [&](const block& b) { return b.id == id; });
  return it == t.blocks.end() ? nullptr : &*it;
}

std::vector<node>* tree_of(table& t, bool rows, std::string_view path) {
  if (t.blocks.empty()) return rows ? &t.rows : &t.columns;
  block* b = find_block(t, path.substr(0, path.find('.')));
  if (b == nullptr) return nullptr;
  return rows ? &b->rows : &b->columns;
}

std::optional<place> find(table& t, bool rows, std::string_view path) {
  std::vector<node>* siblings = tree_of(t, rows, path);
  while (siblings != nullptr) {
    std::vector<node>* deeper = nullptr;
    for (std::size_t i = 0; i < siblings->size(); ++i) {
      node& n = (*siblings)[i];
      if (n.path == path) return place{siblings, i};
      if (is_under(path, n.path)) deeper = &n.children;
    }
    siblings = deeper;
  }
  return std::nullopt;
}

void reroot(node& n, const std::string& prefix) {
  n.path = prefix + n.id;
  for (node& child : n.children) reroot(child, n.path + ".");
}

void set_kind(node& n, value_kind kind, const std::string& unit) {
  n.kind = kind;
  n.unit = unit;
  for (node& child : n.children) set_kind(child, kind, unit);
}

std::vector<validation_error> check_removals(const definition& ed, const std::vector<removal>& removed) {
  std::vector<validation_error> found;
  for (const removal& gone : removed) {
    const auto refuse = [&](const std::string& what, const std::string& from) {
      std::string message = named(gone);
      message.append(" is removed, but ").append(what).append(" (inherited from ").append(from);
      message += ") still reads it: drop it here, or declare it again without it";
      found.push_back({gone.offset, std::move(message)});
    };
    for (const invariant& inv : ed.invariants) {
      if (!inv.origin.inherited()) continue;
      const bool loops_over =
          inv.loop != loop_kind::none && gone.kind == removal::what::table && inv.table == gone.table;
      bool hit = loops_over || terms_read(inv.claim.left, gone, inv.variable) ||
                 terms_read(inv.claim.right, gone, inv.variable);
      if (inv.condition)
        hit = hit || terms_read(inv.condition->left, gone, inv.variable) ||
              terms_read(inv.condition->right, gone, inv.variable);
      if (hit) refuse("invariant " + inv.id, inv.origin.inherited_from);
    }
    for (const fact& f : ed.facts) {
      if (!f.origin.inherited()) continue;
      bool hit = terms_read(f.cells, gone, {});
      for (const auto& reading : f.or_cells) hit = hit || terms_read(reading, gone, {});
      if (hit) refuse("fact " + f.id, f.origin.inherited_from);
    }
    for (const crosswalk& walk : ed.crosswalks) {
      if (!walk.origin.inherited()) continue;
      const bool same = gone.kind == removal::what::table && std::find(walk.same_tables.begin(), walk.same_tables.end(),
                                                                       gone.table) != walk.same_tables.end();
      const bool hit = same || std::any_of(walk.cells.begin(), walk.cells.end(),
                                           [&](const crosswalk::cell& c) { return reads(c.here, gone, {}); });
      if (hit) refuse("the crosswalk from " + walk.from, walk.origin.inherited_from);
    }
  }
  return found;
}

}  // namespace nianbao::edition::variant
