// How deeply a page nests its elements, estimated from its tags before it is parsed. Gumbo's
// tree construction slows with the square of the depth or worse (10,000 nested <div>s take a
// second, 40,000 take 45 s), while a report page nests a few dozen deep; a page nested past the
// limit is refused instead of parsed for hours.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace nianbao::html {

inline constexpr std::size_t max_nesting = 2000;

// Where the page first nests deeper than `max_nesting`, if it does.
std::optional<std::size_t> too_deep_at(std::string_view page);

}  // namespace nianbao::html
