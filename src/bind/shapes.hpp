// The editions' tables as the binders read them, made once per binding_plan rather than per
// report, since they depend on the edition alone: leaves and groups listed, label lists indexed,
// the corner note normalised.
#pragma once

#include <string>
#include <vector>

#include "label_match.hpp"
#include "nianbao/bind.hpp"
#include "recognising_labels.hpp"

namespace nianbao::bind {

struct block_shape {
  const edition::block* layout = nullptr;
  label_list rows, columns;  // the nodes of the block's two trees, top level
};

struct table_shape {
  const edition::table* layout = nullptr;
  label_list rows;              // the leaves
  label_list columns;           // the leaves
  label_list row_groups;        // rows with children and a label of their own
  label_list column_nodes;      // the column groups, then the column leaves
  std::string corner_key;       // the corner note, normalised
  std::string header_key;       // for a table of blocks: edition::block_header_label, normalised
  std::size_t value_cells = 0;  // rows × columns, of each block for table 二
  label_list block_titles;
  std::vector<block_shape> blocks;  // in the order of layout->blocks
};

struct edition_shape {
  const edition::definition* edition = nullptr;
  std::vector<table_shape> tables;  // in the order of edition->tables
};

struct binding_plan::shapes {
  explicit shapes(const std::vector<edition::definition>& editions) : editions(&editions), recognition(editions) {}

  const std::vector<edition::definition>* editions;
  std::vector<edition_shape> by_edition;  // in the order of *editions
  recognising_labels recognition;

  const edition_shape& of(const edition::definition& edition) const;
};

}  // namespace nianbao::bind
