// Checks one report with the built-in editions and prints its findings as `nianbao check` does,
// one a line: FILE:LINE:COLUMN: SEVERITY: MESSAGE [ID]. Exit 0 when the report has no error,
// 1 when it has, 2 when it cannot be read. docs/library.md walks through it.
#include <iostream>
#include <nianbao/bind.hpp>
#include <nianbao/check.hpp>
#include <nianbao/edition.hpp>
#include <nianbao/input.hpp>
#include <nianbao/version.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: check_report FILE   (nianbao " NIANBAO_VERSION_STRING ")\n";
    return 2;
  }
  // Made once, for every report a program checks: the editions, how their tables are bound, and
  // their invariants resolved against those tables.
  const std::vector<nianbao::edition::definition>& editions = nianbao::edition::builtin_editions();
  const nianbao::bind::binding_plan binding(editions);
  const nianbao::check::evaluation_plans invariants(editions);

  // A file, text or web page (or read_report for bytes already in memory, an upload say).
  const nianbao::input::read_result read = nianbao::input::read_report_file(argv[1]);
  if (!read.input) {
    std::cerr << argv[1] << ":" << read.error->where.line << ":" << read.error->where.column
              << ": error: " << read.error->message << '\n';
    return 2;
  }
  nianbao::bind::bound_report report = nianbao::bind::bind_input(*read.input, binding);
  if (report.choice.edition != nullptr) {
    std::cout << argv[1] << ": edition " << report.choice.edition->id << '\n';
    nianbao::check::add_invariant_findings(report, invariants.of(*report.choice.edition));
  }

  for (const nianbao::finding& f : report.findings) {
    const nianbao::location at = read.input->text.locate(f.where.begin);
    std::cout << argv[1] << ':' << at.line << ':' << at.column << ": " << nianbao::name_of(f.level) << ": " << f.message
              << " [" << f.id << "]\n";
  }
  return nianbao::fails(report.findings, false) ? 1 : 0;
}
