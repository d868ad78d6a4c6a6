#include <algorithm>
#include <stdexcept>

#include "shapes.hpp"

namespace nianbao::bind {

namespace {

void collect_groups(const std::vector<edition::node>& tree, std::vector<const edition::node*>& out) {
  for (const edition::node& n : tree) {
    if (n.is_leaf()) continue;
    if (!n.label.empty()) out.push_back(&n);
    collect_groups(n.children, out);
  }
}

std::vector<const edition::node*> groups_of(const std::vector<edition::node>& tree) {
  std::vector<const edition::node*> out;
  collect_groups(tree, out);
  return out;
}

table_shape shape_of(const edition::table& layout) {
  table_shape t;
  t.layout = &layout;
  std::vector<const edition::node*> row_leaves = edition::leaves(layout.rows);
  std::vector<const edition::node*> column_leaves = edition::leaves(layout.columns);
  t.value_cells = layout.blocks.empty() ? row_leaves.size() * column_leaves.size() : 0;
  t.rows = label_list(std::move(row_leaves));
  t.row_groups = label_list(groups_of(layout.rows));
  std::vector<const edition::node*> column_nodes = groups_of(layout.columns);
  column_nodes.insert(column_nodes.end(), column_leaves.begin(), column_leaves.end());
  t.column_nodes = label_list(std::move(column_nodes));
  t.columns = label_list(std::move(column_leaves));
  t.corner_key = edition::normalise_label(layout.corner);
  if (!layout.blocks.empty()) t.header_key = edition::normalise_label(edition::block_header_label);
  std::vector<const edition::node*> titles;
  for (const edition::block& b : layout.blocks) {
    titles.push_back(&b.title);
    t.blocks.push_back({&b, label_list(edition::top_level(b.rows)), label_list(edition::top_level(b.columns))});
    t.value_cells += b.rows.size() * b.columns.size();
  }
  t.block_titles = label_list(std::move(titles));
  return t;
}

}  // namespace

const edition_shape& binding_plan::shapes::of(const edition::definition& edition) const {
  for (const edition_shape& e : by_edition) {
    if (e.edition == &edition) return e;
  }
  throw std::logic_error("an edition the binding plan was not made for");
}

binding_plan::binding_plan(const std::vector<edition::definition>& editions)
    : shapes_(std::make_unique<shapes>(editions)) {
  for (const edition::definition& ed : editions) {
    edition_shape e;
    e.edition = &ed;
    for (const edition::table& layout : ed.tables) e.tables.push_back(shape_of(layout));
    shapes_->by_edition.push_back(std::move(e));
  }
}

binding_plan::binding_plan(binding_plan&&) noexcept = default;
binding_plan& binding_plan::operator=(binding_plan&&) noexcept = default;
binding_plan::~binding_plan() = default;

const std::vector<edition::definition>& binding_plan::editions() const noexcept { return *shapes_->editions; }

}  // namespace nianbao::bind
