// Exit codes scripts can rely on (README, "Exit codes").
#pragma once

namespace nianbao::cli {

inline constexpr int exit_ok = 0;          // no errors
inline constexpr int exit_findings = 1;    // a report has errors
inline constexpr int exit_unreadable = 2;  // an input could not be read or parsed, or the usage was wrong

}  // namespace nianbao::cli
