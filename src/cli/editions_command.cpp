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
  std::vector<std::string> diff;  // A B
  bool json = false;
};

int run_diff(const std::vector<edition::definition>& editions, const editions_options& options) {
  const edition::definition* a = edition_named(editions, options.diff[0]);
  const edition::definition* b = edition_named(editions, options.diff[1]);
  if (a == nullptr || b == nullptr) return exit_unreadable;
  const std::vector<edition::change> changes = edition::diff(*a, *b);
  if (options.json) {
    std::cout << output::edition_diff_json(*a, *b, changes);
  } else {
    output::write_edition_diff(std::cout, *a, *b, changes);
  }
  return exit_ok;
}

int run_editions(const editions_options& options) {
  const auto editions = known_editions(options.edition_files);
  if (!editions) return exit_unreadable;
  if (!options.diff.empty()) return run_diff(*editions, options);
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
  CLI::App* diff =
      cmd->add_subcommand("diff", "What changed from edition A to edition B: breaking, compatible, cosmetic");
  diff->add_option("editions", options->diff, "A and B: the edition ids (gov2019 gov2021, …)")->required()->expected(2);
  diff->add_flag("--json", options->json, "Write the changes as JSON (nianbao-edition-diff)");
  diff->fallthrough();
  cmd->callback([options, &exit_code] { exit_code = run_editions(*options); });
}

}  // namespace nianbao::cli
