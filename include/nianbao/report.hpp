// The report stage: what nianbao prints, for people and for programs.
#pragma once

#include <ostream>
#include <string>

#include "nianbao/ast.hpp"
#include "nianbao/source.hpp"
#include "nianbao/spec.hpp"

namespace nianbao {

// `file:line:col: error: message`, the way compilers say it.
void write_input_error(std::ostream& out, const std::string& file, const input_error& error);

// A readable outline: title, sections and their headings, tables with row and cell counts, the
// sign-off, each with line:column, and the deviations in how sections were written.
void write_outline(std::ostream& out, const source& text, const ast::document& doc);

// The whole AST of one file as a JSON object (schema in the README, "nianbao-ast" version 1).
inline constexpr int ast_json_version = 1;
std::string ast_json(const source& text, const ast::document& doc);

// An edition as a tree: tables, blocks, column and row trees with labels and kinds, invariants.
void write_edition_tree(std::ostream& out, const spec::edition& ed);

}  // namespace nianbao
