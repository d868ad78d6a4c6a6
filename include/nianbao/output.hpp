// The output stage: what nianbao prints, for people and for programs.
#pragma once

#include <ostream>
#include <string>

#include "nianbao/ast.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/core/finding.hpp"
#include "nianbao/edition.hpp"
#include "nianbao/source.hpp"

namespace nianbao::output {

// `file:line:col: error: message`, the way compilers say it.
void write_input_error(std::ostream& out, const std::string& file, const input_error& error);

// A readable outline: title, sections and their headings, tables with row and cell counts, the
// sign-off, each with line:column, and the deviations in how sections were written.
void write_outline(std::ostream& out, const source& text, const ast::document& doc);

// The whole AST of one file as a JSON object (schema in the README, "nianbao-ast" version 1).
inline constexpr int ast_json_version = 1;
std::string ast_json(const source& text, const ast::document& doc);

// An edition as a tree: tables, blocks, column and row trees with labels and kinds, invariants.
void write_edition_tree(std::ostream& out, const edition::definition& ed);

// One finding, compiler style: `file:line:col: severity: message [ID]`, the source line, a caret
// under the place, then a note for each related place.
// With `colour`, severities and positions in ANSI colours, as GCC does on a terminal.
void write_finding(std::ostream& out, const source& src, const finding& f, bool colour = false);

// What `nianbao check` says of one file: every finding (unless `quiet`), then a summary line.
// Returns whether the file fails: an error, or with `werror` a warning.
bool write_check(std::ostream& out, const source& src, const bind::bound_report& bound, bool quiet, bool werror,
                 bool colour = false);

// The bound values of a report, one per line: coordinate, state, exact value, unit, position.
void write_extract(std::ostream& out, const source& src, const bind::bound_report& bound);

// The bound values as a JSON object (schema "nianbao-extract" version 1 in the README).
inline constexpr int extract_json_version = 1;
std::string extract_json(const source& src, const bind::bound_report& bound);

// The findings as a JSON object (schema "nianbao-check" version 1 in the README).
inline constexpr int check_json_version = 1;
std::string findings_json(const source& src, const bind::bound_report& bound);

}  // namespace nianbao::output
