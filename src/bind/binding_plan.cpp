#include <algorithm>
#include <stdexcept>

#include "shapes.hpp"

namespace nianbao::bind {

namespace {

void collect_groups(const std::vector<spec::node>& tree, std::vector<const spec::node*>& out) {
  for (const spec::node& n : tree) {
    if (n.is_leaf()) continue;
    if (!n.label.empty()) out.push_back(&n);
    collect_groups(n.children, out);
  }
}

std::vector<const spec::node*> groups_of(const std::vector<spec::node>& tree) {
  std::vector<const spec::node*> out;
  collect_groups(tree, out);
  return out;
}

table_shape shape_of(const spec::table& layout) {
  table_shape t;
  t.layout = &layout;
  std::vector<const spec::node*> row_leaves = spec::leaves(layout.rows);
  std::vector<const spec::node*> column_leaves = spec::leaves(layout.columns);
  t.value_cells = layout.blocks.empty() ? row_leaves.size() * column_leaves.size() : 0;
  t.rows = label_list(std::move(row_leaves));
  t.row_groups = label_list(groups_of(layout.rows));
  std::vector<const spec::node*> column_nodes = groups_of(layout.columns);
  column_nodes.insert(column_nodes.end(), column_leaves.begin(), column_leaves.end());
  t.column_nodes = label_list(std::move(column_nodes));
  t.columns = label_list(std::move(column_leaves));
  t.corner_key = spec::normalise_label(layout.corner);
  if (!layout.blocks.empty()) t.header_key = spec::normalise_label(spec::block_header_label);
  std::vector<const spec::node*> titles;
  for (const spec::block& b : layout.blocks) {
    titles.push_back(&b.title);
    t.blocks.push_back({&b, label_list(spec::top_level(b.rows)), label_list(spec::top_level(b.columns))});
    t.value_cells += b.rows.size() * b.columns.size();
  }
  t.block_titles = label_list(std::move(titles));
  return t;
}

}  // namespace

const edition_shape& binding_plan::shapes::of(const spec::edition& edition) const {
  for (const edition_shape& e : by_edition) {
    if (e.edition == &edition) return e;
  }
  throw std::logic_error("an edition the binding plan was not made for");
}

binding_plan::binding_plan(const std::vector<spec::edition>& editions) : shapes_(std::make_unique<shapes>(editions)) {
  for (const spec::edition& ed : editions) {
    edition_shape e;
    e.edition = &ed;
    for (const spec::table& layout : ed.tables) e.tables.push_back(shape_of(layout));
    shapes_->by_edition.push_back(std::move(e));
  }
}

binding_plan::binding_plan(binding_plan&&) noexcept = default;
binding_plan& binding_plan::operator=(binding_plan&&) noexcept = default;
binding_plan::~binding_plan() = default;

const std::vector<spec::edition>& binding_plan::editions() const noexcept { return *shapes_->editions; }

}  // namespace nianbao::bind
