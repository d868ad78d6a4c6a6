#include <algorithm>
#include "nianbao/edition.hpp"

namespace nianbao::edition {

namespace {

void collect_leaves(const std::vector<node>& tree, std::vector<const node*>& out) {
  for (const node& n : tree) {
    if (n.is_leaf()) {
      out.push_back(&n);
    } else {
      collect_leaves(n.children, out);
    }
  }
}

}  // namespace

const char* name_of(value_kind kind) noexcept {
  switch (kind) {
    case value_kind::count:
      return "count";
    case value_kind::signed_count:
      return "signed";
    case value_kind::money:
      return "money";
    case value_kind::decimal:
      return "decimal";
    case value_kind::text:
      return "text";
  }
  return "?";
}

std::vector<const node*> leaves(const std::vector<node>& tree) {
  std::vector<const node*> out;
  collect_leaves(tree, out);
  return out;
}

std::size_t depth(const std::vector<node>& tree) {
  std::size_t d = 0;
  for (const node& n : tree) d = std::max(d, 1 + depth(n.children));
  return d;
}

std::size_t leaf_count(const node& n) {
  if (n.is_leaf()) return 1;
  std::size_t count = 0;
  for (const node& child : n.children) count += leaf_count(child);
  return count;
}

bool labelled(const std::vector<node>& tree) {
  return std::any_of(tree.begin(), tree.end(), [](const node& n) { return !n.label.empty() || labelled(n.children); });
}

std::vector<const node*> top_level(const std::vector<node>& tree) {
  std::vector<const node*> nodes;
  nodes.reserve(tree.size());
  for (const node& n : tree) nodes.push_back(&n);
  return nodes;
}

std::vector<const node*> leaves_between(const table& t, bool rows, std::string_view first, std::string_view last) {
  std::vector<const std::vector<node>*> trees{rows ? &t.rows : &t.columns};
  for (const block& b : t.blocks) trees.push_back(rows ? &b.rows : &b.columns);
  for (const std::vector<node>* tree : trees) {
    const std::vector<const node*> all = leaves(*tree);
    const auto at = [&](std::string_view path) {
      return std::find_if(all.begin(), all.end(), [&](const node* n) { return n->path == path; });
    };
    const auto from = at(first);
    const auto to = at(last);
    if (from != all.end() && to != all.end() && from <= to) return {from, to + 1};
  }
  return {};
}

const node* find_node(const std::vector<node>& tree, std::string_view path) {
  for (const node& n : tree) {
    if (n.path == path) return &n;
    if (path.starts_with(n.path) && path.size() > n.path.size() && path[n.path.size()] == '.') {
      return find_node(n.children, path);
    }
  }
  return nullptr;
}

const table* definition::find_table(std::string_view id) const {
  for (const table& t : tables) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

bool compare(const decimal& a, comparison_op op, const decimal& b) {
  switch (op) {
    case comparison_op::eq:
      return a == b;
    case comparison_op::ne:
      return a != b;
    case comparison_op::lt:
      return a < b;
    case comparison_op::le:
      return a <= b;
    case comparison_op::gt:
      return a > b;
    case comparison_op::ge:
      return a >= b;
  }
  return false;
}

}  // namespace nianbao::edition
