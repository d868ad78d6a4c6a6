// An edition that `extends` another: what it inherits, and the changes it states to it (the
// variant statements of edition_rules.hpp), applied as its file is read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/edition.hpp"
#include "validate.hpp"

namespace nianbao::edition::variant {

// `base` as the start of an edition that extends it: every part's origin is `base`, and every
// place is `offset` (the `extends` clause), so that errors about inherited parts point at the
// variant's file. Its own id, name and file are the caller's to set.
definition inherit(const definition& base, std::size_t offset);

// Where a node sits: its siblings and its index among them.
struct place {
  std::vector<node>* siblings = nullptr;
  std::size_t index = 0;

  node& at() const { return (*siblings)[index]; }
};

// The rows or columns a path of `t` lives in: the table's own, or those of the block its first
// id names (null if there is no such block).
std::vector<node>* tree_of(table& t, bool rows, std::string_view path);
std::optional<place> find(table& t, bool rows, std::string_view path);
block* find_block(table& t, std::string_view id);

// A node moved under `prefix` (the parent's path and a dot, or the block's id and a dot, or
// nothing): its path and its children's follow.
void reroot(node& n, const std::string& prefix);
// A column's value kind, for it and every column under it (kinds are handed down on loading).
void set_kind(node& n, value_kind kind, const std::string& unit);

// A part of the base that the variant took away; invariants, facts and crosswalks inherited from
// the base that still name it are refused at the removal, in the variant's own terms.
struct removal {
  enum class what { row, column, block, table };
  what kind = what::row;
  std::string table;
  std::string path;  // a row or column path, a block id, empty for a table
  std::size_t offset = 0;
};
std::vector<validation_error> check_removals(const definition& ed, const std::vector<removal>& removed);

}  // namespace nianbao::edition::variant
