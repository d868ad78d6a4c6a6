#include <malloc.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <new>

#include "commands.hpp"
#include "exit_codes.hpp"

namespace {

int run(int argc, char** argv) {
  CLI::App app{"nianbao: parser and strict checker of government information-disclosure annual reports"};
  app.require_subcommand(1);
  app.set_version_flag("--version", nianbao::cli::version_text,
                       "Print the version, the editions built in and the libraries, and exit");
  // Usage errors in the form of every other error, for scripts and people reading stderr alike.
  app.failure_message([](const CLI::App* top, const CLI::Error& e) {
    // A word no command takes is named before any other error: CLI11 checks required arguments
    // first, so `check --bogus` would say the files are missing, when the option is what is wrong.
    const bool command_given = !top->get_subcommands().empty();
    const auto stray = [&](const std::string& word) {
      if (word.starts_with('-')) return "unknown option `" + word + "`";
      return (command_given ? "unexpected argument `" : "unknown command `") + word + "`";
    };
    std::string what = e.what();
    std::vector<std::string> left = top->remaining();
    for (const CLI::App* command : top->get_subcommands()) {
      const std::vector<std::string> rest = command->remaining();
      left.insert(left.end(), rest.begin(), rest.end());
    }
    if (!left.empty()) what = stray(left.front());
    return "nianbao: error: " + what + " (see nianbao --help, or nianbao COMMAND --help)\n";
  });
  int exit_code = nianbao::cli::exit_ok;
  nianbao::cli::add_parse_command(app, exit_code);
  nianbao::cli::add_editions_command(app, exit_code);
  nianbao::cli::add_check_command(app, exit_code);
  nianbao::cli::add_extract_command(app, exit_code);
  nianbao::cli::add_generate_command(app, exit_code);
  nianbao::cli::add_summary_command(app, exit_code);
  nianbao::cli::add_survey_command(app, exit_code);
  nianbao::cli::add_version_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? nianbao::cli::exit_ok : nianbao::cli::exit_unreadable;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // A corpus run allocates and frees much the same memory for every document (its text, AST,
  // values, the store's pages); glibc would give the top of the heap back to the kernel after
  // each and fault it in again, which cost a run into the store half its time.
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "nianbao: error: out of memory (try a smaller --max-bytes)\n";
    return nianbao::cli::exit_unreadable;
  } catch (const std::exception& e) {
    // A bug, not bad input: say so plainly rather than abort.
    std::cerr << "nianbao: internal error: " << e.what() << '\n';
    return nianbao::cli::exit_unreadable;
  }
}
