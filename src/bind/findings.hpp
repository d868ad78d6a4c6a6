// Conformance findings the table binders share.
#pragma once

#include <string>
#include <vector>

#include "cell_labels.hpp"
#include "label_match.hpp"
#include "nianbao/bind.hpp"

namespace nianbao::bind {

// Appends a conformance finding at `where`, about `subject` (a cell, row, block, table or section
// as finding::subject says; empty for the document as a whole), and returns it.
finding& add_finding(std::vector<finding>& findings, std::string id, severity level, std::string message,
                     ast::span where, std::string subject = {});

// `text` in backquotes, as findings quote what a report wrote.
std::string quoted(std::string_view text);

// A label bound through a declared variant or as a near miss: a finding quoting both forms.
// `table` is the id of the table the label belongs to, for the finding's subject.
void note_label_form(std::string_view text, std::string_view table, const ast::cell& cell, const label_match& match,
                     std::vector<finding>& findings);

// A row with fewer value cells than the layout's columns, or more (empty extra cells are a
// lesser matter than extra values).
void check_row_width(const ast::row& row, std::size_t values_from, std::size_t columns, const edition::node& row_node,
                     std::string_view table, std::vector<finding>& findings);

void add_header_labels(const cell_labels& cells, const ast::row& row, std::vector<std::string_view>& labels);

// For each column, whether some header label is its label, a variant or a near miss.
std::vector<bool> columns_named(const std::vector<std::string_view>& header_labels, const label_list& columns);

// Blank cells where numbers belong, reported once per table rather than once per cell.
class blank_cells {
 public:
  // `row_label` is the edition's (it identifies the row). Inline: it sees every value, and few are blank.
  void note(const bound_value& v, const std::string& row_label) {
    if (v.state == value_state::blank) note_blank(v, row_label);
  }
  void report(const edition::table& layout, std::vector<finding>& findings) const;

 private:
  void note_blank(const bound_value& v, const std::string& row_label);

  std::size_t count_ = 0;
  std::vector<related_place> first_in_row_;
  std::vector<const std::string*> rows_;  // the edition's labels of the rows with blanks
};

}  // namespace nianbao::bind
