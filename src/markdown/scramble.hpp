// Whether a converter (PDF to Markdown, mostly) has scrambled a pipe table: lost its columns, made
// its head up, or taken a row of values for a head. Told from the table alone, whatever the
// edition: a table so read is not one a reader can place values in with confidence.
#pragma once

#include <optional>
#include <string>

#include "blocks.hpp"

namespace nianbao::markdown {

// What shows the table scrambled, in a reader's words, or nothing when it reads as a table.
std::optional<std::string> scrambled(const pipe_table& table);

}  // namespace nianbao::markdown
