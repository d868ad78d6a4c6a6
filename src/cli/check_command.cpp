// `nianbao check FILE|DIR…`: bind each report to its edition and report every finding.
// `nianbao extract FILE…`: the bound values themselves.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "edition_files.hpp"
#include "exit_codes.hpp"
#include "inputs.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/report.hpp"
#include "options.hpp"

namespace nianbao::cli {

namespace {

struct bind_options {
  std::vector<std::string> paths;
  std::vector<std::string> edition_files;
  std::size_t max_bytes = load_options{}.max_bytes;
  bool json = false;
  bool werror = false;
  bool quiet = false;
};

void add_common_options(CLI::App& cmd, bind_options& options) {
  cmd.add_option("files", options.paths, "Report files (or, for check, directories of *.txt); - reads stdin")
      ->required();
  add_max_bytes_option(cmd, options.max_bytes);
  cmd.add_flag("--json", options.json, "Print JSON instead of text");
  add_edition_file_option(cmd, options.edition_files);
}

enum class command { check, extract };

// Runs `what` over every input; the JSON documents of all files are collected into one.
int run(const bind_options& options, command what) {
  const auto editions = known_editions(options.edition_files);
  if (!editions) return exit_unreadable;
  const char* schema = what == command::check ? "nianbao-check" : "nianbao-extract";
  const int version = what == command::check ? check_json_version : extract_json_version;
  if (options.json) std::cout << "{\"schema\":\"" << schema << "\",\"version\":" << version << ",\"files\":[\n";
  int status = exit_ok;
  bool first = true;
  for (const std::string& file : what == command::check ? expand_directories(options.paths) : options.paths) {
    const auto input = read_report(file, options.max_bytes);
    if (!input) {
      status = exit_unreadable;
      continue;
    }
    bind::bound_report bound = bind::bind_report(input->text.text(), input->doc, *editions);
    if (what == command::check) check::add_invariant_findings(bound);
    if (what == command::check && fails(bound.findings, options.werror) && status == exit_ok) status = exit_findings;
    if (options.json) {
      std::cout << (first ? "" : ",\n")
                << (what == command::check ? findings_json(input->text, bound) : extract_json(input->text, bound));
      first = false;
    } else if (what == command::extract) {
      write_extract(std::cout, input->text, bound);
    } else {
      write_check(std::cout, input->text, bound, options.quiet, options.werror);
    }
  }
  if (options.json) std::cout << "\n]}\n";
  return status;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<bind_options>();
  CLI::App* cmd = app.add_subcommand("check", "Check reports against their format edition and report every finding");
  add_common_options(*cmd, *options);
  cmd->add_flag("--werror", options->werror, "Treat warnings as errors (strict conformance: any deviation fails)");
  cmd->add_flag("--quiet", options->quiet, "Print only the one-line summary of each file");
  cmd->callback([options, &exit_code] { exit_code = run(*options, command::check); });
}

void add_extract_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<bind_options>();
  CLI::App* cmd = app.add_subcommand("extract", "Show every value of tables 二, 三, 四 at its coordinate, exactly");
  add_common_options(*cmd, *options);
  cmd->callback([options, &exit_code] { exit_code = run(*options, command::extract); });
}

}  // namespace nianbao::cli
