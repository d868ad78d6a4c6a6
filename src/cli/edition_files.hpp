// The editions a command works with: the built-in ones and those given with --edition-file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "nianbao/edition.hpp"
#include "problems.hpp"

namespace nianbao::cli {

void add_edition_file_option(CLI::App& cmd, std::vector<std::string>& files);

// The built-in editions followed by those loaded from `files`; an edition file that cannot be
// loaded is reported as `file:line:col: error: …` on stderr and yields std::nullopt.
std::optional<std::vector<edition::definition>> known_editions(const std::vector<std::string>& files);
// The same, each problem also kept in `found`.
std::optional<std::vector<edition::definition>> known_editions(const std::vector<std::string>& files, problems& found);

// The edition with id `id`, or null after saying on stderr that there is none.
const edition::definition* edition_named(const std::vector<edition::definition>& editions, std::string_view id);

}  // namespace nianbao::cli
