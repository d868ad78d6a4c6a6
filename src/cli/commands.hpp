// Each subcommand registers itself on the application; its callback stores the exit code.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace nianbao::cli {

void add_parse_command(CLI::App& app, int& exit_code);
void add_editions_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_extract_command(CLI::App& app, int& exit_code);
void add_generate_command(CLI::App& app, int& exit_code);
void add_summary_command(CLI::App& app, int& exit_code);
void add_survey_command(CLI::App& app, int& exit_code);
void add_version_command(CLI::App& app, int& exit_code);
// What `--version` prints: the version, the editions built in, the libraries.
std::string version_text();

}  // namespace nianbao::cli
