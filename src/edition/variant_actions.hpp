// Actions of a variant's statements (`extends`, `drop`, `in table … { add, remove, relabel,
// accept, change }`): each change is made to the inherited edition as it is read, and a change
// that names what the base does not have is refused where it is written.
#pragma once

#include <algorithm>
#include <string>
#include <utility>

#include "edition_actions.hpp"
#include "variant.hpp"

namespace nianbao::edition::language {

[[noreturn]] inline void refuse(const std::string& message, const auto& in) {
  throw tao::pegtl::parse_error(message, in);
}

inline std::string known_ids(const std::vector<edition::definition>& known) {
  std::string ids;
  for (const edition::definition& ed : known) ids += (ids.empty() ? "" : ", ") + ed.id;
  return ids.empty() ? "none" : ids;
}

template <>
struct action<base_edition> {
  static void apply(const auto& in, build_state& st) {
    const auto base = std::find_if(st.known.begin(), st.known.end(),
                                   [&](const edition::definition& ed) { return ed.id == in.string_view(); });
    if (base == st.known.end()) {
      st.missing_base = in.string();
      refuse("no edition `" + in.string() + "` to extend (known: " + known_ids(st.known) + ")", in);
    }
    edition::definition ed = variant::inherit(*base, st.offset_of(in));
    ed.id = std::move(st.result.id);
    ed.id_offset = st.result.id_offset;
    ed.name = std::move(st.result.name);
    st.result = std::move(ed);
    st.inherited_recognise = st.inherited_sections = st.inherited_fact_settings = true;
  }
};

// --- drop ----------------------------------------------------------------------------------------
template <typename Part>
void drop(std::vector<Part>& parts, const auto& in, const build_state& st, const char* what) {
  const auto n = std::erase_if(parts, [&](const Part& p) { return p.id == in.string_view() && p.origin.inherited(); });
  if (n == 0) {
    refuse(std::string("no ") + what + " `" + in.string() + "` inherited from " +
               (st.result.base.empty() ? std::string("another edition (this one extends none)") : st.result.base) +
               " to drop",
           in);
  }
}
template <>
struct action<dropped_invariant> {
  static void apply(const auto& in, build_state& st) { drop(st.result.invariants, in, st, "invariant"); }
};
template <>
struct action<dropped_fact> {
  static void apply(const auto& in, build_state& st) { drop(st.result.facts, in, st, "fact"); }
};
template <>
struct action<dropped_table> {
  static void apply(const auto& in, build_state& st) {
    drop(st.result.tables, in, st, "table");
    st.removals.push_back({variant::removal::what::table, in.string(), {}, st.offset_of(in)});
  }
};
template <>
struct action<dropped_crosswalk> {
  static void apply(const auto& in, build_state& st) {
    const auto n = std::erase_if(st.result.crosswalks, [&](const edition::crosswalk& w) {
      return w.from == in.string_view() && w.origin.inherited();
    });
    if (n == 0) refuse("no crosswalk from `" + in.string() + "` inherited to drop", in);
  }
};

// --- in table T { … } ------------------------------------------------------------------------------
template <>
struct action<changed_table> {
  static void apply(const auto& in, build_state& st) {
    auto& tables = st.result.tables;
    const auto t = std::find_if(tables.begin(), tables.end(),
                                [&](const edition::table& table) { return table.id == in.string_view(); });
    if (t == tables.end()) {
      refuse("no table `" + in.string() + "` in " +
                 (st.result.base.empty() ? std::string("this edition") : "edition " + st.result.base) +
                 " to change; a new table is declared with `table " + in.string() + " \"title\" section N { … }`",
             in);
    }
    if (!t->origin.inherited()) refuse("table " + in.string() + " is declared in this file: change it there", in);
    st.current_table = &*t;
    st.current_table->origin.changed = true;
  }
};

template <>
struct action<edited_rows> {
  static void apply(const auto& /*in*/, build_state& st) { st.edit_rows = true; }
};
template <>
struct action<edited_columns> {
  static void apply(const auto& /*in*/, build_state& st) { st.edit_rows = false; }
};

inline std::string tree_name(const build_state& st) { return st.edit_rows ? "row" : "column"; }

inline variant::place found_node(build_state& st, const auto& in) {
  const auto at = variant::find(*st.current_table, st.edit_rows, in.string_view());
  if (!at) refuse("no " + tree_name(st) + " `" + in.string() + "` in table " + st.current_table->id, in);
  return *at;
}

// The block a change names, and the table changed in it.
inline edition::block& found_block(build_state& st, const auto& in) {
  edition::block* b = variant::find_block(*st.current_table, in.string_view());
  if (b == nullptr) refuse("no block `" + in.string() + "` in table " + st.current_table->id, in);
  return *b;
}

inline void mark_block_changed(build_state& st, std::string_view path) {
  if (edition::block* b = variant::find_block(*st.current_table, path.substr(0, path.find('.')))) {
    b->origin.changed = true;
  }
}

// `add row|column NODE [after|before|in PATH]`: the node is read into `added`, then put in place.
template <>
struct action<kw_add> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.added.clear();
    st.tree = &st.added;
    st.open.clear();
    st.current_block = nullptr;
    st.placed = false;
    st.adding_block = false;
  }
};

using where = build_state::where;
template <where Where>
struct placement_action {
  static void apply(const auto& /*in*/, build_state& st) { st.place = Where; }
};
template <>
struct action<place_after> : placement_action<where::after> {};
template <>
struct action<place_before> : placement_action<where::before> {};
template <>
struct action<place_in> : placement_action<where::in> {};

inline void insert_node(build_state& st, std::vector<edition::node>& siblings, std::size_t index,
                        const std::string& prefix, const auto& in) {
  edition::node n = std::move(st.added.front());
  st.added.clear();
  if (std::any_of(siblings.begin(), siblings.end(), [&](const edition::node& s) { return s.id == n.id; })) {
    refuse("`" + n.id + "` is already the id of a " + tree_name(st) + " there: ids are unique among siblings", in);
  }
  variant::reroot(n, prefix);
  mark_block_changed(st, n.path);
  siblings.insert(siblings.begin() + static_cast<std::ptrdiff_t>(index), std::move(n));
  st.placed = true;
}

inline void place_block(build_state& st, const auto& in) {
  auto& blocks = st.current_table->blocks;
  if (st.place == where::in) refuse("a block goes `after` or `before` another block, not `in` one", in);
  edition::block added = std::move(blocks.back());
  blocks.pop_back();
  const auto next =
      std::find_if(blocks.begin(), blocks.end(), [&](const edition::block& b) { return b.id == in.string_view(); });
  if (next == blocks.end()) refuse("no block `" + in.string() + "` in table " + st.current_table->id, in);
  st.current_block = &*blocks.insert(st.place == where::after ? next + 1 : next, std::move(added));
}

template <>
struct action<place_path> {
  static void apply(const auto& in, build_state& st) {
    if (st.adding_block) return place_block(st, in);
    const std::string path = in.string();
    if (st.place == where::in) {
      if (const auto at = variant::find(*st.current_table, st.edit_rows, path)) {
        return insert_node(st, at->at().children, at->at().children.size(), path + ".", in);
      }
      if (edition::block* b = variant::find_block(*st.current_table, path)) {
        auto& tree = st.edit_rows ? b->rows : b->columns;
        return insert_node(st, tree, tree.size(), path + ".", in);
      }
      refuse("no " + tree_name(st) + " or block `" + path + "` in table " + st.current_table->id + " to add to", in);
    }
    const variant::place at = found_node(st, in);
    const std::string prefix = path.substr(0, path.rfind('.') + 1);
    insert_node(st, *at.siblings, at.index + (st.place == where::after ? 1 : 0), prefix, in);
  }
};

// The node added is read as any node is; its place comes after it.
template <>
struct action<added_node> : action<node> {};

template <>
struct action<add_node> {
  static void apply(const auto& in, build_state& st) {
    if (st.placed) return;
    edition::table& t = *st.current_table;
    if (!t.blocks.empty()) {
      refuse("table " + t.id + " is made of blocks: say where the " + tree_name(st) +
                 " goes (`in BLOCK`, `after PATH` or `before PATH`)",
             in);
    }
    auto& tree = st.edit_rows ? t.rows : t.columns;
    insert_node(st, tree, tree.size(), "", in);
  }
};

template <>
struct action<added_block_id> {
  static void apply(const auto& in, build_state& st) {
    if (st.current_table->blocks.empty()) refuse("table " + st.current_table->id + " has no blocks to add to", in);
    st.adding_block = true;
    st.current_block = &st.current_table->blocks.emplace_back();
    st.current_block->id = in.string();
    st.current_block->offset = st.offset_of(in);
  }
};
template <>
struct action<added_block> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.current_block = nullptr;
    st.adding_block = false;
  }
};

// --- remove, relabel, accept, change --------------------------------------------------------------
template <>
struct action<edited_path> {
  static void apply(const auto& in, build_state& st) {
    st.target = found_node(st, in);
    st.target.at().origin.changed = true;
    mark_block_changed(st, in.string_view());
    st.open = {&st.target.at()};
  }
};
template <>
struct action<edited_block> {
  static void apply(const auto& in, build_state& st) {
    st.edited_block = &found_block(st, in);
    st.edited_block->origin.changed = true;
  }
};

template <>
struct action<removed_node> {
  static void apply(const auto& in, build_state& st) {
    const edition::node& gone = st.target.at();
    st.removals.push_back({st.edit_rows ? variant::removal::what::row : variant::removal::what::column,
                           st.current_table->id, gone.path, st.offset_of(in)});
    st.target.siblings->erase(st.target.siblings->begin() + static_cast<std::ptrdiff_t>(st.target.index));
    st.open.clear();
  }
};
template <>
struct action<removed_block> {
  static void apply(const auto& in, build_state& st) {
    auto& blocks = st.current_table->blocks;
    st.removals.push_back({variant::removal::what::block, st.current_table->id, st.edited_block->id, st.offset_of(in)});
    blocks.erase(blocks.begin() + (st.edited_block - blocks.data()));
    st.edited_block = nullptr;
  }
};

// A new label replaces the old and its variants: those to keep are listed after `or`.
template <>
struct action<new_label> {
  static void apply(const auto& in, build_state& st) {
    if (st.open.empty()) {
      st.edited_block->label = unquote(in.string_view());
      return;
    }
    st.top().label = unquote(in.string_view());
    st.top().variants.clear();
  }
};
template <>
struct action<relabelled_node> {
  static void apply(const auto& /*in*/, build_state& st) { st.open.clear(); }
};
template <>
struct action<accepted_label> {
  static void apply(const auto& in, build_state& st) { st.top().variants.push_back(unquote(in.string_view())); }
};
template <>
struct action<accept_decl> {
  static void apply(const auto& /*in*/, build_state& st) { st.open.clear(); }
};

template <>
struct action<changed_column> {
  static void apply(const auto& in, build_state& st) {
    st.edit_rows = false;
    action<edited_path>::apply(in, st);
    st.top().unit.clear();
  }
};
template <>
struct action<change_decl> {
  static void apply(const auto& /*in*/, build_state& st) {
    edition::node& column = st.top();
    variant::set_kind(column, *column.kind, column.unit);
    st.open.clear();
  }
};

}  // namespace nianbao::edition::language
