// `nianbao editions [show ID]`: the known format editions.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "edition_files.hpp"
#include "exit_codes.hpp"
#include "nianbao/output.hpp"

namespace nianbao::cli {

namespace {

struct editions_options {
  std::vector<std::string> edition_files;
  std::string show;
  bool sources = false;
};

int run_editions(const editions_options& options) {
  const auto editions = known_editions(options.edition_files);
  if (!editions) return exit_unreadable;
  if (options.show.empty()) {
    for (const edition::definition& ed : *editions) {
      std::cout << ed.id << "  " << ed.name << "  (" << (ed.issued_by.empty() ? "" : ed.issued_by + ", ") << ed.file
                << ")\n";
    }
    return exit_ok;
  }
  const edition::definition* shown = edition_named(*editions, options.show);
  if (shown == nullptr) return exit_unreadable;
  output::write_edition_tree(std::cout, *shown, options.sources);
  return exit_ok;
}

}  // namespace

void add_editions_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<editions_options>();
  CLI::App* cmd = app.add_subcommand("editions", "List the known format editions, or show one as a tree");
  add_edition_file_option(*cmd, options->edition_files);
  CLI::App* show = cmd->add_subcommand("show", "Show one edition: tables, rows, columns, invariants");
  show->add_option("id", options->show, "The edition's id (gov2019, gov2021, …)")->required();
  show->add_flag("--source", options->sources,
                 "For an edition that extends another: mark each part inherited ({gov2021}), changed or its own");
  // `editions show ID --edition-file F` as well as `editions --edition-file F show ID`.
  show->fallthrough();
  cmd->callback([options, &exit_code] { exit_code = run_editions(*options); });
}

}  // namespace nianbao::cli
