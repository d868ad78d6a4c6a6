// Rules and phrases written back as text in one canonical form: what `editions diff` compares to
// tell a changed rule from one whose message alone changed.
#pragma once

#include <functional>
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
// The cells the terms read in `ed`, each range spelt out as its leaves (the loop variable as `*`):
// what tells a rule whose text is the same but whose range now covers other rows.
// Each entry is a sign and a cell, `+t3[result.total, *]`.
// `renamed` gives a row's or column's path as the other edition names it (a row whose id alone
// changed reads as the same cell).
using path_names = std::function<std::string(const std::string& table, const std::string& path)>;
std::vector<std::string> cells_read(const definition& ed, const std::vector<term>& terms,
                                    std::string_view variable = {}, const path_names& renamed = {});
std::string phrases_text(const fact& f);

}  // namespace nianbao::edition
