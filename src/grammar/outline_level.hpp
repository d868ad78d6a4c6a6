// How deep in a report's outline a numbered heading stands, by its marker.
#pragma once

#include "nianbao/ast.hpp"

namespace nianbao::grammar {

// The outline level a marker gives a heading: 1 for 一、, 2 for （一）, 3 for 1、, 4 for （1）;
// 0 for the markers of items (一是, bullets).
unsigned heading_level(ast::marker_kind kind) noexcept;

}  // namespace nianbao::grammar
