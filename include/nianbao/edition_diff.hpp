// What changed from one edition to another (`nianbao editions diff A B`), each change classified
// by what it does to the reports and the tools that read them. Part of the edition stage: it
// reads two resolved editions and nothing else.
#pragma once

#include <string>
#include <vector>

#include "nianbao/edition.hpp"

namespace nianbao::edition {

// breaking: a report that conforms to A may fail B (it lacks a row B asks for, writes a label B
//   does not take, may fail a rule B added at error level), or a coordinate that tools read from
//   A's reports is gone;
// compatible: A's conforming reports still conform, though B may warn (a spelling accepted, a label
//   whose old form B takes as a variant, a rule dropped, a warning added: warnings fail no report);
// cosmetic: only words no report is read for change (an invariant's message, a table's title).
enum class change_class { breaking, compatible, cosmetic };
const char* name_of(change_class c) noexcept;

struct change {
  change_class what = change_class::cosmetic;
  // What kind of part changed (table, block, row, column, invariant, fact, crosswalk, edition) and
  // how: added, removed, renamed, relabelled, split, merged, changed.
  std::string part;
  std::string action;
  std::string table;   // the table it is in, when it is in one
  std::string before;  // its id or path in A; empty when added
  std::string after;   // in B; empty when removed
  std::string label_before, label_after;
  // What else the change names: a split row's new rows, a crosswalk pairing that relates them.
  std::vector<std::string> related;
  // Why it is in its class, in the terms of a report or a tool ("reports of gov2019 lack this row").
  std::string reason;
  // Which of the two ways a change breaks: a conforming report of A may fail B, or a coordinate
  // tools read disappears. Both false unless `what` is breaking.
  bool breaks_reports = false;
  bool breaks_coordinates = false;
};

// Every difference from `a` to `b`, in the order of b's file (tables, their blocks, columns and
// rows, then invariants, facts, crosswalks, then what edition-wide settings differ). A part whose
// id changed and whose label did not (or the reverse) is one change, `renamed`/`relabelled`, not a
// removal and an addition.
std::vector<change> diff(const definition& a, const definition& b);

// A rule's formula as text, independent of spacing and of the loop variable's name: what tells a
// changed rule from one whose message alone changed.
std::string formula_text(const invariant& inv);

}  // namespace nianbao::edition
