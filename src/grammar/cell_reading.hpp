// How a table cell's text reads: as a value (core/value_forms.hpp) and, for labels, by its numbering.
#pragma once

#include <optional>
#include <string_view>

#include "nianbao/ast.hpp"

namespace nianbao::grammar {

// A token of `kind` covering the whole cell text, with no number parts.
ast::value_token whole_cell_token(ast::value_kind kind, ast::span content);

// Classifies the cell text at `content` (no surrounding spaces) of `text`.
ast::value_token read_value(std::string_view text, ast::span content);

// The numbering that opens a label cell (（一）予以公开, 1.属于国家秘密), if any.
std::optional<ast::marker> read_label_mark(std::string_view text, ast::span content);

// A heading written as the first line of a cell (`\t二、主动公开政府信息情况`), if the line is one.
std::optional<ast::heading> read_cell_heading(std::string_view text, const ast::line& first);

}  // namespace nianbao::grammar
