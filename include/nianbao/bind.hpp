// The bind stage: a parsed document becomes a report of a known edition whose every value cell
// sits at a named coordinate, with an exact value, and every deviation from the official form is
// a finding.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/ast.hpp"
#include "nianbao/core/finding.hpp"
#include "nianbao/decimal.hpp"
#include "nianbao/edition.hpp"
#include "nianbao/input.hpp"
#include "nianbao/source.hpp"

namespace nianbao::bind {

using edition::normalise_label;

// The text of a table cell, its lines joined (`本年新` + `制作数量`).
std::string cell_text(std::string_view text, const ast::cell& cell);

struct edition_choice {
  const edition::definition* edition = nullptr;  // null when no edition, or more than one, fits best
  std::size_t labels_matched = 0;
  std::vector<std::string_view> labels_seen;  // the recognising labels found, of every edition; views the editions
  // The editions that share the best count, when several do. Once bound (bind_report), those of
  // them the tables fit equally well, when several do: the first was bound (EDITION-AMBIGUOUS).
  std::vector<const edition::definition*> tied;
};

// The edition whose recognising labels the document's table cells show most, judged by labels,
// not by the year (some 2022 reports still use the 2019 tables). A document that shows no
// edition's labels, e.g. one in the pre-2019 format, gets no edition.
edition_choice choose_edition(std::string_view text, const ast::document& doc,
                              const std::vector<edition::definition>& editions);

enum class value_state {
  given,        // a number
  not_given,    // "/", "-", "—"
  blank,        // an empty cell
  missing,      // no cell at all where the layout has one
  not_numeric,  // text where a number belongs
};

// `given`, `not_given`, `blank`, `missing`, `not_numeric`: as JSON and the store write a state.
const char* name_of(value_state state) noexcept;

// One canonical value cell of the edition, as the document fills it. The coordinate views the
// edition's ids, `raw` the source text, and `unit` the one or the other (or a constant): both
// must outlive the report.
struct bound_value {
  // Provided, so that a value made in place (every value of every report) is not first zeroed
  // whole and then initialised member by member.
  bound_value() noexcept {}  // NOLINT(modernize-use-equals-default): `= default` would zero it
  std::string_view table;    // t3
  std::string_view row;      // result.withheld.state_secret
  std::string_view column;   // applicant.natural_person
  edition::value_kind kind = edition::value_kind::count;
  value_state state = value_state::missing;
  std::string_view raw;          // the cell's text as written
  ast::span where;               // the cell's text (empty when missing)
  std::optional<decimal> value;  // as written, in the written unit
  std::string_view unit;         // for money: 元/万元/亿元 as written in the cell, its header or the edition
  std::optional<decimal> yuan;   // for money with a unit: the exact amount in 元
  // What the checks compare: the amount in 元 where money has a unit, else the value as written;
  // null when not given.
  const decimal* compared() const noexcept { return yuan ? &*yuan : value ? &*value : nullptr; }

  // `t3/result.total/applicant.total`: the coordinate as findings and JSON write it.
  std::string coordinate() const;
};

// Views the editions it was bound to (the choice, each value's coordinate) and the source text:
// both must outlive it.
struct bound_report {
  edition_choice choice;
  std::vector<bound_value> values;  // every canonical value cell, in the edition's order
  std::vector<finding> findings;    // conformance findings, in document order
  // The notes tables state about themselves, where the document has them: table id → the cell
  // (table 三's `（本列数据的勾稽关系为：…）`).
  std::vector<std::pair<std::string_view, ast::span>> stated_notes;
  // Rows with more cells than the layout's columns whose surplus leads, empty, before the values
  // (a cell pushed in front of them): bound left-aligned as every row is, and read right-aligned
  // here too, for the check stage to take where that reading, and not the other, adds up.
  struct row_reading {
    std::string subject;              // the row, as its COLUMNS-EXTRA finding names it
    std::size_t first_value = 0;      // into values: the row's first
    std::size_t leading_empty = 0;    // the empty cells before its values
    std::vector<bound_value> values;  // the row's values read right-aligned
    std::vector<finding> findings;    // what binding them so says of them (NOT-NUMERIC …)
  };
  std::vector<row_reading> shifted_rows;
  // Count cells a front end could not read for sure (a PDF's figure over another in one cell),
  // bound as not given, and read as the one figure they may be: for the check stage to take where
  // the arithmetic says so (check::choose_cell_readings).
  struct cell_reading {
    std::size_t value = 0;  // into values
    bound_value as_one;     // the cell read as one figure; its `raw` views one of `readings_read`
    std::size_t at = 0;     // where its mark stands in the text: what the front end's finding points at
  };
  std::vector<cell_reading> uncertain_cells;
  // The texts those readings view, held here, where the report's other views are of the source.
  std::vector<std::shared_ptr<const std::string>> readings_read;

  const bound_value* find(std::string_view table, std::string_view row, std::string_view column) const;
};

// Chooses the edition and binds tables 二, 三, 四 to it. Editions that the labels cannot tell apart
// (a maintainer's variant of a built-in one) are each tried, and the one the tables conform to
// best, with the fewest errors and then warnings, is taken; of several that fit equally, the one
// given first, with a note (EDITION-AMBIGUOUS). With no edition chosen, `values` is empty and one
// finding (NO-EDITION) says which labels were seen.
bound_report bind_report(std::string_view text, const ast::document& doc,
                         const std::vector<edition::definition>& editions);

// The editions' tables as the binders read them (leaves, groups, label lists indexed for exact
// lookup), made once for every report: a program binding many reports makes one. It views
// `editions`, which must outlive it.
class binding_plan {
 public:
  explicit binding_plan(const std::vector<edition::definition>& editions);
  binding_plan(binding_plan&&) noexcept;
  binding_plan& operator=(binding_plan&&) noexcept;
  ~binding_plan();

  const std::vector<edition::definition>& editions() const noexcept;

  struct shapes;  // src/bind/shapes.hpp
  const shapes& tables() const noexcept { return *shapes_; }

 private:
  std::unique_ptr<shapes> shapes_;
};

// bind_report with the plan of the editions, made beforehand. With `as` (one of the plan's
// editions), the tables are bound to it whatever their labels show: a report of one edition
// checked against another shows what it lacks there (`check --edition`).
// `label_ends`: the row labels the front end said may end the label before them; where joined they
// make a row of the edition, they are read as one label.
bound_report bind_report(std::string_view text, const ast::document& doc, const binding_plan& plan,
                         const edition::definition* as = nullptr, std::span<const label_end> label_ends = {});

// A report's values as another edition's cells (`extract --as`). The two editions are related by
// a crosswalk (either one `follows` the other) or by `extends` (a variant and the editions it
// stands on share their ids, cell for cell).
struct walked_value {
  enum class how {
    same,            // the cell of the same coordinate
    paired,          // the one cell the crosswalk pairs it with
    sum_of,          // the sum of the cells the crosswalk names (a merge)
    part_of_sum,     // one of cells that together hold one of the report's (a split): no value alone
    no_counterpart,  // nothing of the report stands for it
  };
  std::string table, row, column;  // the other edition's coordinate
  how from_how = how::no_counterpart;
  // What it holds: the report's value (in 元 for money with a unit), or the sum of the values it
  // is the sum of when each is given. Null for a part of a sum, no counterpart, or a value not given.
  std::optional<decimal> value;
  std::vector<const bound_value*> from;  // the report's cells: read, or (a part) that the sum holds
  std::string sum;                       // for a part of a sum: the cells that together hold `from` (t3[a .. c, x])
};
struct walked_report {
  const edition::definition* from = nullptr;
  const edition::definition* to = nullptr;
  std::string through;              // how they are related: "the crosswalk of gov2021 from gov2019", …
  std::vector<walked_value> cells;  // every value cell of `to`, in its order
};
// Null when the report has no edition, or nothing relates its edition to `to`; `editions` are those
// known, for the `extends` chains.
std::optional<walked_report> walk_to(const bound_report& bound, const edition::definition& to,
                                     const std::vector<edition::definition>& editions);

// A report as the front door read it, bound the same way; what the front end found (a page's
// charset, its tables' spans) comes first among the findings.
bound_report bind_input(const input::report_input& input, const std::vector<edition::definition>& editions);
bound_report bind_input(const input::report_input& input, const binding_plan& plan,
                        const edition::definition* as = nullptr);

}  // namespace nianbao::bind
