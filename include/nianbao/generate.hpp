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

struct document {
  std::string text;
  std::string edition;
  std::uint64_t seed = 0;
  std::set<noise_kind> noise;              // the kinds applied
  std::vector<written_value> values;       // every value cell of the edition, as written
  std::vector<injected_fault> faults;      // what was broken
  std::vector<expected_finding> expected;  // the oracle: errors exactly, and the faults' warnings
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

// The oracle as JSON (schema "nianbao-oracle" version 1, in the README).
inline constexpr int oracle_json_version = 1;
std::string oracle_json(const document& doc, std::string_view file_name);

}  // namespace nianbao::generate
