// One type for everything nianbao reports about a report: conformance and arithmetic alike.
#pragma once

#include <string>
#include <vector>

#include "nianbao/ast.hpp"

namespace nianbao {

enum class severity { error, warning, note };

const char* name_of(severity level) noexcept;

// Another place the finding concerns: a cell the rule read, the official form of a label …
struct related_place {
  ast::span where;
  std::string note;
};

// A cell an arithmetic finding read: its coordinate, text as written, exact value and unit.
struct finding_cell {
  std::string coord;  // t3/result.total/applicant.natural_person
  std::string text;
  std::string value;  // exact decimal; empty when not given
  std::string unit;
  ast::span where;
};

struct finding {
  std::string id;  // stable: LABEL-VARIANT, ROW-MISSING, E1 …
  severity level = severity::warning;
  std::string message;
  ast::span where;  // the primary place; empty span at 0 for the document as a whole
  std::vector<related_place> related;
  std::string expected;  // for arithmetic: the two sides' values, exact decimals
  std::string found;
  std::string status{};  // for invariants: "violated" or "not_assessable"
  std::string rule{};    // for invariants: the rule's own text from the edition file
  std::vector<finding_cell> cells{};
  // What the finding is about, for programs: a cell `t3/result.total/applicant.total`, a row
  // `t3/result.total`, a block `t2/item1`, a table `t3`, a section `section 5`, or an invariant's
  // instance (the row or column id its loop stands at). Empty for the document as a whole.
  std::string subject{};
  // For a finding that stands for several (CELL-INCONSISTENT: the violations one wrong cell
  // explains), those findings, as each would be reported on its own.
  std::vector<finding> violations{};
};

// Whether findings fail a check: any error, or with `werror` any warning too.
bool fails(const std::vector<finding>& findings, bool werror) noexcept;

}  // namespace nianbao
