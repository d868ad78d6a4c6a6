// Options that several subcommands share.
#pragma once

#include <CLI/CLI.hpp>

namespace nianbao::cli {

void add_max_bytes_option(CLI::App& cmd, std::size_t& max_bytes);

}  // namespace nianbao::cli
