// `nianbao summary --db FILE`: the corpus view a reviewer opens first.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "edition_files.hpp"
#include "exit_codes.hpp"
#include "nianbao/corpus.hpp"
#include "nianbao/output.hpp"
#include "nianbao/version.hpp"

namespace nianbao::cli {

namespace {

struct summary_options {
  std::string db;
  std::vector<std::string> edition_files;
  bool json = false;
};

int run_summary(const summary_options& options) {
  const auto editions = known_editions(options.edition_files);
  if (!editions) return exit_unreadable;
  try {
    const corpus::store store(options.db, corpus::fingerprint(NIANBAO_VERSION_STRING, *editions),
                              corpus::store::access::read);
    const corpus::summary s = corpus::summarise(store.records(), *editions);
    if (options.json) {
      std::cout << output::summary_json(s) << '\n';
    } else {
      output::write_summary(std::cout, s);
    }
  } catch (const corpus::store_error& e) {
    std::cerr << "nianbao: error: " << e.what() << '\n';
    return exit_unreadable;
  }
  return exit_ok;
}

}  // namespace

void add_summary_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<summary_options>();
  CLI::App* cmd = app.add_subcommand("summary",
                                     "Summarise a store that `check --db` filled: editions, findings, "
                                     "invariants, and each agency's years");
  cmd->add_option("--db", options->db, "The store")->required();
  cmd->add_flag("--json", options->json, "Print JSON instead of text");
  add_edition_file_option(*cmd, options->edition_files);
  cmd->callback([options, &exit_code] { exit_code = run_summary(*options); });
}

}  // namespace nianbao::cli
