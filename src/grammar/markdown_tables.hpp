// Markdown's pipe tables, which converters of PDF and Word files write: told apart so that a
// Markdown conversion is refused as what it is, not read as a report whose tables are missing.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace nianbao::grammar {

// Where the first delimiter row (`|---|---|`) under a row of cells starts, if the text has one.
// The text layout never writes one.
std::optional<std::size_t> markdown_table(std::string_view text);

}  // namespace nianbao::grammar
