// What nianbao says of an input, as the expectation files beside corpus inputs hold it: X.outline
// (nianbao parse's outline) or X.error (the refusal), X.findings (nianbao check), X.values
// (nianbao extract). Shared by the corpus test and the real-reports test.
#pragma once

#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "nianbao/check.hpp"
#include "nianbao/input.hpp"
#include "nianbao/output.hpp"
#include "test_support.hpp"

namespace nianbao::test {

// The files the corpus holds as inputs: reports and what must be refused (a folder's README.md
// is about the inputs, not one of them).
inline bool is_input(const std::filesystem::path& p) {
  static const std::set<std::string> extensions{".txt", ".bin", ".html", ".md", ".pdf", ".docx"};
  return extensions.contains(p.extension().string()) && p.filename() != "README.md";
}

// Read as the command line reads it, named by its file name as the expectations are.
inline input::read_result read_input(const std::filesystem::path& path) {
  return input::read_report(path.filename().string(), read_file(path));
}

inline std::string outline_or_error(const input::read_result& read) {
  std::ostringstream out;
  if (read.error) {
    output::write_input_error(out, read.name, *read.error);
  } else {
    output::write_outline(out, read.input->text, read.input->document);
  }
  return out.str();
}

inline bind::bound_report checked(const input::report_input& input) {
  bind::bound_report bound = bind::bind_input(input, edition::builtin_editions());
  check::add_findings(bound, input.text, input.document);
  return bound;
}

// What `nianbao check` prints of a file: each report in it (a file of pages concatenated holds
// several), its findings and its summary line.
inline std::string findings_text(const std::filesystem::path& path) {
  std::ostringstream out;
  input::read_reports(path.filename().string(), read_file(path), {}, [&](const input::report_input& report) {
    output::write_check(out, report.text, checked(report), false, false, false, output::report_name(report));
  });
  return out.str();
}

// What `nianbao extract --facts` prints of a report: the values as `check` judges them, then the
// facts.
inline std::string report_values_text(const input::report_input& input) {
  std::ostringstream out;
  bind::bound_report bound = bind::bind_input(input, edition::builtin_editions());
  if (bound.choice.edition == nullptr) {
    output::write_extract(out, input.text, bound);
    return out.str();
  }
  const check::evaluation_plan plan(*bound.choice.edition);
  // As `extract` does: the values `check` judges.
  check::choose_cell_readings(bound, plan);
  check::choose_row_readings(bound, plan);
  const std::vector<check::fact_reading> facts = check::read_facts(plan, input.text, input.document, bound);
  output::write_extract(out, input.text, bound, &facts);
  return out.str();
}

// The same for each report of a file.
inline std::string values_text(const std::filesystem::path& path) {
  std::string out;
  input::read_reports(path.filename().string(), read_file(path), {},
                      [&](const input::report_input& report) { out += report_values_text(report); });
  return out;
}

}  // namespace nianbao::test
