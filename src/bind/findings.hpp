// Conformance findings the table binders share.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "cell_labels.hpp"
#include "label_match.hpp"
#include "nianbao/bind.hpp"

namespace nianbao::bind {

// A label bound through a declared variant or as a near miss: a finding quoting both forms.
// `table` is the id of the table the label belongs to, for the finding's subject.
void note_label_form(std::string_view text, std::string_view table, const ast::cell& cell, const label_match& match,
                     std::vector<finding>& findings);

// A row with fewer value cells than the layout's columns, or more (empty extra cells are a
// lesser matter than extra values).
void check_row_width(const ast::row& row, std::size_t values_from, std::size_t columns, const spec::node& row_node,
                     std::string_view table, std::vector<finding>& findings);

void add_header_labels(cell_labels& cells, const ast::row& row, std::set<std::string_view>& labels);

// Whether some header label is the column's label, a variant or a near miss.
bool match_any(const std::set<std::string_view>& header_labels, const spec::node& column);

// Blank cells where numbers belong, reported once per table rather than once per cell.
class blank_cells {
 public:
  void note(const bound_value& v, const std::string& row_label);
  void report(const spec::table& layout, std::vector<finding>& findings) const;

 private:
  std::size_t count_ = 0;
  std::vector<related_place> first_in_row_;
  std::set<std::string> rows_;
};

}  // namespace nianbao::bind
