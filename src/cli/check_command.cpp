// `nianbao check FILE|DIR…`: bind each report to its edition and report every finding.
// `nianbao extract FILE…`: the bound values themselves.
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "commands.hpp"
#include "edition_files.hpp"
#include "exit_codes.hpp"
#include "inputs.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/output.hpp"
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
  unsigned jobs = 1;
};

void add_common_options(CLI::App& cmd, bind_options& options) {
  cmd.add_option("files", options.paths,
                 "Report files, text or HTML (or, for check, directories of them); - reads stdin")
      ->required();
  add_max_bytes_option(cmd, options.max_bytes);
  cmd.add_flag("--json", options.json, "Print JSON instead of text");
  add_edition_file_option(cmd, options.edition_files);
}

enum class command { check, extract };

// What one input gives: its output, its error lines, and whether it fails.
struct file_result {
  std::string out;
  std::string err;
  bool unreadable = false;
  bool failed = false;
};

file_result run_one(const std::string& file, const bind_options& options, command what,
                    const bind::binding_plan& binding, const check::evaluation_plans* plans, bool colour) {
  file_result r;
  std::ostringstream out;
  std::ostringstream err;
  const auto input = read_report(file, options.max_bytes, err);
  r.err = err.str();
  if (!input) {
    r.unreadable = true;
    return r;
  }
  bind::bound_report bound = bind::bind_input(*input, binding);
  if (plans != nullptr && bound.choice.edition != nullptr) {
    check::add_invariant_findings(bound, plans->of(*bound.choice.edition));
  }
  if (what == command::check) {
    r.failed = fails(bound.findings, options.werror);
  } else if (bound.choice.edition == nullptr) {
    // Nothing is extracted from a report of no known edition: a script must not take it for one
    // with no values. Why, is the NO-EDITION finding, which `check` prints in full.
    r.failed = true;
    std::ostringstream why;
    for (const finding& f : bound.findings) {
      if (f.id == "NO-EDITION") output::write_finding(why, input->text, f, false);
    }
    r.err += why.str();
  }
  if (options.json) {
    out << (what == command::check ? output::findings_json(input->text, bound)
                                   : output::extract_json(input->text, bound));
  } else if (what == command::extract) {
    output::write_extract(out, input->text, bound);
  } else {
    output::write_check(out, input->text, bound, options.quiet, options.werror, colour);
  }
  r.out = out.str();
  return r;
}

// Runs `what` over every input, on `options.jobs` threads; output comes in input order, and the
// JSON documents of all files are collected into one.
int run(const bind_options& options, command what) {
  const auto editions = known_editions(options.edition_files);
  if (!editions) return exit_unreadable;
  const bind::binding_plan binding(*editions);
  // The invariants of every known edition, resolved once for all the inputs; extract needs none.
  std::optional<check::evaluation_plans> plans;
  if (what == command::check) plans.emplace(*editions);
  bool empty_directory = false;
  const std::vector<std::string> files =
      what == command::check ? expand_directories(options.paths, std::cerr, empty_directory) : options.paths;
  // Colour only on a terminal, and never when NO_COLOR is set.
  const char* no_colour = std::getenv("NO_COLOR");
  const bool colour = isatty(fileno(stdout)) != 0 && (no_colour == nullptr || *no_colour == '\0');

  std::vector<file_result> results(files.size());
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++)
      results[i] = run_one(files[i], options, what, binding, plans ? &*plans : nullptr, colour);
  };
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < std::min<std::size_t>(options.jobs, files.size()); ++j) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  const char* schema = what == command::check ? "nianbao-check" : "nianbao-extract";
  const int version = what == command::check ? output::check_json_version : output::extract_json_version;
  if (options.json) std::cout << "{\"schema\":\"" << schema << "\",\"version\":" << version << ",\"files\":[\n";
  int status = empty_directory ? exit_unreadable : exit_ok;
  bool first = true;
  for (const file_result& r : results) {
    std::cerr << r.err;
    if (r.unreadable) {
      status = exit_unreadable;
      continue;
    }
    if (r.failed && status == exit_ok) status = exit_findings;
    std::cout << (options.json && !first ? ",\n" : "") << r.out;
    first = false;
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
  cmd->add_option("-j,--jobs", options->jobs, "Check this many files at once (output stays in input order)")
      ->check(CLI::Range(1u, 256u));
  cmd->callback([options, &exit_code] { exit_code = run(*options, command::check); });
}

void add_extract_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<bind_options>();
  CLI::App* cmd = app.add_subcommand("extract", "Show every value of tables 二, 三, 四 at its coordinate, exactly");
  add_common_options(*cmd, *options);
  cmd->callback([options, &exit_code] { exit_code = run(*options, command::extract); });
}

}  // namespace nianbao::cli
