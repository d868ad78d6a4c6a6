// The generate stage: reports written from an edition file, valid or broken in a known way, for
// testing report parsers (this one and others). Values satisfy every invariant of the edition by
// construction; layout noise imitates what Office-to-text extraction does to real reports;
// faults break a document on purpose, and the oracle says what a correct checker must report.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "nianbao/decimal.hpp"
#include "nianbao/edition.hpp"

namespace nianbao::generate {

// Layout noise: each kind keeps the document valid (no error finding) and bound to its edition.
enum class noise_kind {
  split_cells,      // a label cell's text over two lines
  merged_cells,     // the cells of a merged group label left empty or dropped
  missing_label,    // a group's label cell missing altogether
  heading_in_cell,  // the next section's heading inside the last cell of a table
  arabic_section,   // `2、` for `二、`
  label_variants,   // the edition's accepted variants instead of the official labels
  spaces,           // U+00A0, U+3000 and spaces around values
  grouped_digits,   // thousands separators: `1,234,567`, `12，345`
  wide_digits,      // full-width digits
  not_given,        // a 0 written blank or `/`
  crlf,             // CR LF line ends
  bom,              // a UTF-8 byte order mark
  artefacts,        // extraction artefacts such as `[bookmark: _GoBack]`
};

// Faults: each yields at least one finding (an error, or a warning that --werror fails on).
enum class fault_kind {
  wrong_total,       // a total off by a few
  split_digits,      // `1 0` for 10
  dropped_digit,     // 125 written 15
  adjacent_column,   // two neighbouring values of a row swapped
  sign_flip,         // a count written negative
  unit_slip,         // an amount written in 元 as 万元 or the reverse
  row_shift,         // a row's values one column to the right
  missing_row,       // a row left out
  misspelled_label,  // one character of a label wrong
  truncated,         // the document cut off after a table row
  text_mismatch,     // a figure of the prose (an edition's fact) other than its table's
};

const std::vector<noise_kind>& all_noise_kinds();
const std::vector<fault_kind>& all_fault_kinds();
std::string_view name_of(noise_kind kind) noexcept;
std::string_view name_of(fault_kind kind) noexcept;
std::optional<noise_kind> noise_named(std::string_view name);
std::optional<fault_kind> fault_named(std::string_view name);

struct options {
  std::uint64_t seed = 1;
  std::set<noise_kind> noise;      // the kinds that may be applied; each is drawn per document
  std::vector<fault_kind> faults;  // injected in this order, each at a random place
  std::string agency;              // the body the report is of; empty: drawn
  unsigned year = 0;               // the year it covers; 0: drawn
};

// A finding the oracle expects, by id and subject (finding::subject): exactly these errors must
// be reported; warnings listed are expected too, others may come from noise.
struct expected_finding {
  std::string id;
  severity level = severity::error;
  std::string subject;
  bool operator<(const expected_finding& other) const;
  bool operator==(const expected_finding& other) const = default;
};

// A value cell as written: the coordinate `table/row/column`, and the exact value in the unit
// written (money also in 元), or none when written not given (blank, `/`).
struct written_value {
  std::string coord;
  std::optional<decimal> value;
  std::optional<decimal> yuan;
  std::string unit;
};

struct injected_fault {
  fault_kind kind;
  std::string coord;   // the cell, row or table it changed
  std::string detail;  // what was written instead of what: `found 15, consistent 125`
};

// In a series: a figure of last year's report that this one carries over differently, as agencies
// that restate last year's figures do. The report itself is consistent; only the rules across
// years can see it.
struct restatement {
  std::string rule;    // the rule across years it was drawn for; `across_years` says all it breaks
  std::string coord;   // the cell of last year's report (in last year's edition) whose figure differs
  std::string detail;  // `last year's report says 7, this one carries over 12`
};

// A figure the prose states (an edition's `fact`), as written: what a checker reading the text
// against the tables must find there.
struct stated_fact {
  std::string fact;        // the fact's id
  std::string subject;     // its cell's coordinate, or its table's id when it is the sum of several
  std::size_t offset = 0;  // in `text`: the figure, or the phrase where it states 0 without one
  decimal stated;          // in 元 for money
  decimal table;           // the cells' sum as a checker reads them
  bool agrees = true;      // false for the `text-mismatch` fault: TEXT-TABLE-MISMATCH expected there
};

struct document {
  std::string text;
  std::string edition;
  std::uint64_t seed = 0;
  std::string agency;
  unsigned year = 0;
  std::set<noise_kind> noise;              // the kinds applied
  std::vector<written_value> values;       // every value cell of the edition, as written
  std::vector<injected_fault> faults;      // what was broken
  std::vector<expected_finding> expected;  // the oracle: errors exactly, and the faults' warnings
  std::vector<stated_fact> facts;          // the figures its prose states, in the order written
  // In a series, for a report after the first: what it restated, and the oracle across years:
  // exactly the instances of the rules across years it breaks against last year's report.
  std::vector<restatement> restated;
  std::vector<expected_finding> across_years;
};

// Thrown when an edition cannot be generated from (no `sections` headings, invariants that no
// choice of values satisfies) or a fault has no place to go in it (a 万元/元 slip where no
// invariant reads an amount); the message says which.
struct generate_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The values and layout plan of one edition, prepared once and used for many documents.
class generator {
 public:
  struct plan;  // what is prepared per edition (src/generate/plan.hpp)

  explicit generator(const edition::definition& edition);
  ~generator();
  generator(generator&&) noexcept;
  generator& operator=(generator&&) noexcept;

  document generate(const options& opts) const;

  // Whether `kind` can be injected into this edition's documents so that a checker sees it.
  bool can_inject(fault_kind kind) const;

 private:
  std::unique_ptr<plan> plan_;
};

// Reports of one agency for consecutive years, each in the edition in force that year (the latest
// whose 〔YYYY〕 is not after it), each following the one before: what a report carries over
// from last year's agrees with it, as the rules across years (`across years`) of the later
// report's edition say, through a crosswalk across an edition change; unless restated.
struct series_options {
  std::uint64_t seed = 1;
  std::string agency;  // empty: drawn
  unsigned first_year = 2019;
  unsigned last_year = 2023;
  std::set<noise_kind> noise;
  unsigned restate_percent = 0;            // how often a report after the first restates last year's figures
  std::vector<std::string> restate_rules;  // the rules across years a restatement may break; empty: any
};

class series_generator {
 public:
  // Throws generate_error for an edition that cannot be generated from. It views `editions`,
  // which must outlive it.
  explicit series_generator(const std::vector<edition::definition>& editions);
  ~series_generator();
  series_generator(series_generator&&) noexcept;
  series_generator& operator=(series_generator&&) noexcept;

  // One document per year, first to last. Throws generate_error for a year no edition covers.
  std::vector<document> generate(const series_options& opts) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// `count` agency names, each different (`淮安市江宁区财政局`), in an order drawn from `seed`;
// throws generate_error when more are asked for than the generator has.
std::vector<std::string> agency_names(std::size_t count, std::uint64_t seed);

// The oracle as JSON (schema "nianbao-oracle" version 1, in the README).
inline constexpr int oracle_json_version = 1;
// `follows`: in a series, the file of last year's report (then `restated` and `across_years` are
// written too).
std::string oracle_json(const document& doc, std::string_view file_name, std::string_view follows = {});
// One line of JSON holding a document and its oracle, `{"name", "text", "oracle"}`, for a fuzzer
// that reads a stream of documents rather than a file of each (`generate --jsonl`).
std::string document_jsonl(const document& doc, std::string_view file_name);

}  // namespace nianbao::generate
