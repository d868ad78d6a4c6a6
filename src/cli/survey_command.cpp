// `nianbao survey [--compare A B] PATH…|--db FILE`: a corpus counted under its editions, or bound
// to two and compared: what a change to the format does to last year's reports.
#include <iostream>
#include <memory>
#include <sstream>

#include "commands.hpp"
#include "edition_files.hpp"
#include "exit_codes.hpp"
#include "inputs.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/corpus.hpp"
#include "nianbao/output.hpp"
#include "nianbao/version.hpp"
#include "options.hpp"
#include "ordered_run.hpp"
#include "progress.hpp"

namespace nianbao::cli {

namespace {

struct survey_options {
  std::vector<std::string> paths;
  std::string db;
  std::vector<std::string> edition_files;
  std::vector<std::string> compare;  // A B
  std::size_t max_bytes = load_options{}.max_bytes;
  bool json = false;
  bool quiet = false;
  unsigned jobs = 1;
};

// One file's records: under the edition its labels show, or under A and under B; for each, a
// record of each report in the file.
struct surveyed {
  std::vector<std::vector<corpus::document_record>> records;
  bool refused = false;
  std::string err;  // why it could not be read
};

struct survey_run {
  const survey_options& options;
  const bind::binding_plan& binding;
  const check::evaluation_plans& plans;
  std::vector<const edition::definition*> under;  // {nullptr}: each its own; else A and B
};

surveyed survey_one(const std::string& file, const survey_run& run) {
  surveyed out;
  bytes_result bytes = read_bytes(file, load_options{run.options.max_bytes});
  out.records.resize(run.under.size());
  // A file of several reports (pages concatenated) counts each, named as `check` names them.
  const auto survey_report = [&](const input::report_input& input) {
    const std::string name = output::record_name(input);
    for (std::size_t k = 0; k < run.under.size(); ++k) {
      bind::bound_report bound = bind::bind_input(input, run.binding, run.under[k]);
      if (bound.choice.edition != nullptr)
        check::add_findings(bound, run.plans.of(*bound.choice.edition), input.text, input.document);
      out.records[k].push_back(corpus::summary_record(name, input.text, input.document, bound));
    }
  };
  const input::read_status read = bytes.error ? input::read_status{bytes.name, std::move(bytes.error)}
                                              : input::read_reports(bytes.name, std::move(bytes.bytes),
                                                                    load_options{run.options.max_bytes}, survey_report);
  if (read.error) {
    std::ostringstream err;
    output::write_input_error(err, read.name, *read.error);
    out.err = err.str();
    for (auto& under : out.records) under.push_back(corpus::refused(read.name, "", *read.error));
    out.refused = true;
  }
  return out;
}

// The documents a store holds, read again from where they were checked.
std::optional<std::vector<std::string>> stored_paths(const std::string& db,
                                                     const std::vector<edition::definition>& editions) {
  try {
    const corpus::store store(db, corpus::fingerprint(NIANBAO_VERSION_STRING, editions), corpus::store::access::read);
    std::vector<std::string> paths;
    for (corpus::document_record& r : store.records()) paths.push_back(std::move(r.path));
    return paths;
  } catch (const corpus::store_error& e) {
    std::cerr << "nianbao: error: " << e.what() << '\n';
    return std::nullopt;
  }
}

int run_survey(const survey_options& options) {
  problems given;
  const auto editions = known_editions(options.edition_files, given);
  if (!editions) return exit_unreadable;
  const bind::binding_plan binding(*editions);
  const check::evaluation_plans plans(*editions);
  survey_run run{options, binding, plans, {nullptr}};
  if (!options.compare.empty()) {
    run.under.clear();
    for (const std::string& id : options.compare) {
      const edition::definition* ed = edition_named(*editions, id);
      if (ed == nullptr) return exit_unreadable;
      run.under.push_back(ed);
    }
  }
  bool empty_directory = false;
  std::vector<std::string> files;
  if (!options.db.empty()) {
    auto paths = stored_paths(options.db, *editions);
    if (!paths) return exit_unreadable;
    files = std::move(*paths);
  } else {
    files = expand_directories(options.paths, given, empty_directory);
  }
  std::vector<std::vector<corpus::document_record>> records(run.under.size());
  int status = empty_directory ? exit_unreadable : exit_ok;
  progress meter(std::cerr, files.size(), options.quiet);
  run_in_order<surveyed>(
      files.size(), options.jobs, [&](std::size_t i) { return survey_one(files[i], run); },
      [&](std::size_t, surveyed s) {
        if (s.refused) {
          meter.clear();
          std::cerr << s.err;
          status = exit_unreadable;
        }
        for (std::size_t k = 0; k < s.records.size(); ++k)
          for (corpus::document_record& r : s.records[k]) records[k].push_back(std::move(r));
        meter.step(s.refused);
      });
  meter.finish();
  if (options.compare.empty()) {
    const corpus::survey s = corpus::survey_of(records.front(), *editions);
    if (options.json) {
      std::cout << output::survey_json(s);
    } else {
      output::write_survey(std::cout, s);
    }
  } else {
    const corpus::survey_comparison c =
        corpus::compare_surveys(records[0], records[1], *editions, options.compare[0], options.compare[1]);
    if (options.json) {
      std::cout << output::survey_comparison_json(c);
    } else {
      output::write_survey_comparison(std::cout, c);
    }
  }
  return status;
}

}  // namespace

void add_survey_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<survey_options>();
  CLI::App* cmd = app.add_subcommand(
      "survey",
      "Count a corpus under its editions (documents, conforming, invariants, finding ids), or with --compare A B "
      "bind every document to A and to B and show what changes");
  CLI::Option* files = cmd->add_option("files", options->paths, "Report files or directories of them");
  CLI::Option* db = cmd->add_option("--db", options->db, "The documents of this store (check --db), read again");
  files->excludes(db);
  cmd->add_option("--compare", options->compare, "A B: bind every document to edition A and to edition B")
      ->expected(2)
      ->allow_extra_args(false);
  cmd->add_flag("--json", options->json, "Print JSON instead of text");
  cmd->add_flag("-q,--quiet", options->quiet, "No progress line");
  cmd->add_option("-j,--jobs", options->jobs, "Survey this many files at once")->check(CLI::Range(1u, 256u));
  add_max_bytes_option(*cmd, options->max_bytes);
  add_edition_file_option(*cmd, options->edition_files);
  cmd->callback([options, &exit_code, files, db] {
    if (files->count() == 0 && db->count() == 0) throw CLI::RequiredError("files or --db");
    exit_code = run_survey(*options);
  });
}

}  // namespace nianbao::cli
