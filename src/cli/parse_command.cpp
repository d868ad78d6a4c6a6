// `nianbao parse FILE…`: the outline, the AST as JSON, or the text written back from the AST.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "inputs.hpp"
#include "nianbao/grammar.hpp"
#include "nianbao/output.hpp"
#include "options.hpp"

namespace nianbao::cli {

namespace {

struct parse_options {
  std::vector<std::string> files;
  bool json = false;
  bool reprint = false;
  std::size_t max_bytes = load_options{}.max_bytes;
};

int run_parse(const parse_options& options) {
  int status = exit_ok;
  bool first_json = true;
  if (options.json)
    std::cout << "{\"schema\":\"nianbao-ast\",\"version\":" << output::ast_json_version << ",\"files\":[\n";
  for (const std::string& file : options.files) {
    const auto input = read_report(file, options.max_bytes, std::cerr);
    if (!input) {
      status = exit_unreadable;
      continue;
    }
    const source& src = input->text;
    const ast::document& doc = input->document;
    if (options.reprint) {
      std::cout << ast::reprint(src.text(), doc);
    } else if (options.json) {
      std::cout << (first_json ? "" : ",\n") << output::ast_json(src, doc);
      first_json = false;
    } else {
      std::cout << "# " << src.name() << '\n';
      output::write_outline(std::cout, src, doc);
    }
  }
  if (options.json) std::cout << "\n]}\n";
  return status;
}

}  // namespace

void add_parse_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<parse_options>();
  CLI::App* cmd = app.add_subcommand(
      "parse", "Parse reports and show their outline, their AST as JSON, or the text reprinted from the AST");
  cmd->add_option("files", options->files, "Report files: text, web pages (HTML) or Word files (.docx); - reads stdin")
      ->required();
  auto* json = cmd->add_flag("--json", options->json, "Print the whole AST as JSON");
  cmd->add_flag(
         "--reprint", options->reprint,
         "Write each document back from its AST (byte-identical; for a web page, the text layout it was read as)")
      ->excludes(json);
  add_max_bytes_option(*cmd, options->max_bytes);
  cmd->callback([options, &exit_code] { exit_code = run_parse(*options); });
}

}  // namespace nianbao::cli
