// What the report grammar says when a commit point (must<>) fails, in the reader's words. With
// must_if<errors> a must<> without a message here does not compile.
#pragma once

#include "report_rules.hpp"

namespace nianbao::grammar::report {

struct errors {
  template <typename Rule>
  static constexpr const char* message = nullptr;
};

template <>
inline constexpr const char* errors::message<end_of_report> = "expected a line of text, a table cell or a blank line";

template <typename Rule>
using control = must_if<errors>::control<Rule>;

}  // namespace nianbao::grammar::report
