// Rules and phrases written back as text in one canonical form: what `editions diff` compares to
// tell a changed rule from one whose message alone changed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/edition.hpp"

namespace nianbao::edition {

// Terms as a sum (`t3[new, applicant.total] - last t3[…]`); the loop variable, if any, written `*`.
std::string terms_text(const std::vector<term>& terms, std::string_view variable = {});
std::string phrase_text(const phrase& p);
// A fact's readings (`= A or B`), its phrases and the words that keep clauses from it.
std::string readings_text(const fact& f);
std::string phrases_text(const fact& f);

}  // namespace nianbao::edition
