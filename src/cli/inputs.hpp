// Reading the reports a command is given: files, stdin (-) and, where allowed, directories.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nianbao/input.hpp"
#include "problems.hpp"

namespace nianbao::cli {

// Loads and parses one report; an input that cannot be read or parsed is reported on `errors` as
// `file:line:col: error: …` and yields std::nullopt.
std::optional<input::report_input> read_report(const std::string& file, std::size_t max_bytes, std::ostream& errors);

// The files named, with each directory replaced by the reports below it (*.txt, *.html, *.htm in
// any case), in name order. A directory with none is a problem and sets `any_empty`.
std::vector<std::string> expand_directories(const std::vector<std::string>& paths, problems& given, bool& any_empty);

}  // namespace nianbao::cli
