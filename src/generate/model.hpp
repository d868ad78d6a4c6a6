// A generated report before it becomes text: sections, lines and tables of rows of cells, each
// value cell tied to the plan's cell it holds. Noise and faults edit this model; render()
// writes it in the text layout of the seeds.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "plan.hpp"

namespace nianbao::generate {

struct cell_model {
  std::vector<std::string> lines;         // the first is written after the TAB
  std::optional<std::size_t> value;       // the plan cell this cell holds
  const edition::node* labels = nullptr;  // the row or column node this cell names
  bool faulted = false;                   // changed by a fault: noise leaves it alone
};

struct row_model {
  std::vector<cell_model> cells;
  const edition::node* node = nullptr;  // a data row's node (a block row or a grid leaf)
  bool title = false;                   // a block's title row
};

struct table_model {
  const edition::table* layout = nullptr;
  std::vector<row_model> rows;
};

using body_item = std::variant<std::string, table_model>;  // a line of text, or a table

struct section_model {
  unsigned number = 0;
  std::string mark;  // 二、
  std::string heading;
  bool heading_in_cell = false;  // written as the first cell of its table instead
  std::vector<body_item> body;
};

// How one value cell is written, and what a reader must take from it.
struct value_text {
  std::string text;      // as written: `627446.05元`, `１２`, `/`, ``
  cell_value read;       // what the checker reads (in 元 for money)
  written_value oracle;  // what the oracle says was written
  bool faulted = false;  // changed by a fault: noise leaves it alone
};

// A row the `row-shift` fault pushed one cell right: its cells (plan indices) and what they held.
struct shifted_row {
  std::string subject;             // the row, as COLUMNS-EXTRA and ROW-SHIFTED name it
  std::vector<std::size_t> cells;  // its value cells, in column order
  std::vector<cell_value> right;   // each one's value read right-aligned: the true ones
  std::vector<written_value> right_oracle;
};

struct document_model {
  std::string agency;
  unsigned year = 0;
  std::vector<std::string> title;  // one line, or two (`…年度报告` then `（机关）`)
  std::vector<section_model> sections;
  std::vector<std::string> closing;
  std::vector<value_text> values;  // per plan cell
  bool crlf = false;
  bool bom = false;
  bool truncated = false;  // the text ends after the last row kept: no sign-off
  std::vector<shifted_row> shifted;
};

// The model of a report with `values` (one per plan cell, in 元 for money), in the official form,
// of the agency and year `opts` gives (else drawn).
document_model build_document(const generator::plan& p, const std::vector<decimal>& values, random_engine& random,
                              const options& opts);

// The value cell text for a count or amount as the official form writes it.
value_text write_value(const cell_slot& cell, const decimal& value, random_engine& random);

// Applies one kind of layout noise, returning whether the document had a place for it.
bool apply_noise(noise_kind kind, document_model& doc, random_engine& random);

// Injects one fault, recording it and the findings it causes beyond what the values show (a
// missing row, an extra column, a typo); false when the document has no place for it.
bool inject_fault(fault_kind kind, document_model& doc, const generator::plan& p, random_engine& random,
                  std::vector<injected_fault>& injected, std::vector<expected_finding>& expected);

// A row pushed right by `row-shift` that the checker reads right-aligned, as its documentation
// says it does (docs/findings.md, ROW-SHIFTED): where that reading, and not the shifted one, makes
// every claim that reads the row hold, judged here with the generator's own claims: all such rows
// together first, else each on its own in the edition's order. Its values are then the true ones,
// and its COLUMNS-EXTRA is a ROW-SHIFTED.
void diagnose_shifted_rows(const generator::plan& p, document_model& doc, std::vector<expected_finding>& expected);

// The oracle's findings: those `expected` already holds, the value findings (a negative count,
// text where a number belongs) and every violated invariant instance of the values as read.
std::vector<expected_finding> expected_findings(const generator::plan& p, const document_model& doc, bool faulted,
                                                std::vector<expected_finding> expected);

std::string render(const document_model& doc);

// In a series, what a report follows: last year's values (those its figures agree on) and its
// cells as read, laid out in this edition; a cell with no counterpart is 0 and `missing`.
struct year_before {
  std::vector<decimal> values;
  std::vector<cell_value> reads;
};

// A document, and what a report that follows it reads of it.
struct made_document {
  document doc;
  std::vector<decimal> values;    // per plan cell, before faults (in 元 for money)
  std::vector<cell_value> reads;  // per plan cell, as a checker reads it
};

// A document of `p` (a plan that follows last year's when `before` is given): values, the
// official layout, faults, noise, the text and the oracle, across years too.
made_document make_document(const generator::plan& p, const options& opts, const year_before* before);

// Every table row of the document with its table, for noise and faults to choose from.
struct row_place {
  table_model* table;
  std::size_t row;
};
std::vector<row_place> rows_of(document_model& doc);

}  // namespace nianbao::generate
