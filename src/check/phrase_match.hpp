// The phrases of an edition's facts matched in a clause of prose, by backtracking over the
// phrase as written: its alternatives and optional parts, its gaps and the readings of its number.
#pragma once

#include <optional>
#include <string_view>

#include "nianbao/edition.hpp"
#include "prose_number.hpp"

namespace nianbao::check {

struct phrase_match {
  std::size_t begin = 0, end = 0;  // in the clause
  std::optional<prose_number> number;
  std::size_t number_at = 0;  // where the number starts in the clause
};

// Whether every word a match of `phrase` must hold is in `clause` (the words of each part, one
// of the alternatives' of each choice): most clauses hold none of a phrase's words, and are
// passed over with a few searches. Asked once per clause: match_phrase does not ask it again.
bool could_match(const edition::phrase& phrase, std::string_view clause);

// The first match of `phrase` in `clause` that starts at `from` or later (a byte offset at a
// character's start); of the ways through it, the first written that matches there. `before` is
// the text before the clause on its line: a phrase that starts with `!"不"`, or a number, looks at
// it. A gap skips at most its number of characters and never a digit: a gap that could skip one
// would let a phrase take the wrong figure of a clause.
std::optional<phrase_match> match_phrase(const edition::phrase& phrase, std::string_view before,
                                         std::string_view clause, std::size_t from);

}  // namespace nianbao::check
