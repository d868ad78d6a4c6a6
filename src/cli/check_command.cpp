// `nianbao check FILE|DIR…`: bind each report to its edition and report every finding.
// `nianbao extract FILE…`: the bound values themselves.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <unordered_set>

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

struct bind_options {
  std::vector<std::string> paths;
  std::vector<std::string> edition_files;
  std::string edition;  // --edition: bind every report to it
  std::string as;       // extract --as: its values as this edition's cells
  std::size_t max_bytes = load_options{}.max_bytes;
  bool json = false;
  bool werror = false;
  bool quiet = false;
  unsigned jobs = 1;
  // check only: a corpus run
  std::string db;
  bool jsonl = false;
  bool values = false;
  bool sarif = false;
  std::string html;  // a review page per report: a file for one input, else a directory
  bool recheck = false;
  bool no_group = false;  // every violation on its own, not grouped by the cell that explains it
  bool facts = false;     // extract --facts: the figures the prose states, and their verdicts
};

void add_common_options(CLI::App& cmd, bind_options& options) {
  cmd.add_option("files", options.paths,
                 "Report files: text, web pages (HTML) or Word files (.docx); for check, directories of them too; - "
                 "reads stdin")
      ->required();
  add_max_bytes_option(cmd, options.max_bytes);
  cmd.add_flag("--json", options.json, "Print JSON instead of text");
  add_edition_file_option(cmd, options.edition_files);
  cmd.add_option("--edition", options.edition,
                 "Bind every report to this edition (gov2019, gov2021, …) whatever its labels show: what a report of "
                 "one edition lacks in another");
}

enum class command { check, extract };

// What one input gives: its output, its error lines, whether it fails, and for a corpus run its
// record (or, when the store holds it unchanged, only that).
struct file_result {
  std::string name;  // what messages call the input
  std::string out;
  std::string err;
  bool unreadable = false;
  bool failed = false;
  bool unchanged = false;
  bool unwritten = false;  // its review page could not be written
  std::optional<corpus::document_record> record;
  std::string encoded;                              // for a store: the record's cells as it writes them
  std::optional<corpus::document_record> compared;  // what the rules across years read of it
  output::sarif_results sarif;                      // with --sarif: its results, for the one log
};

// What every file of a run shares.
struct run_context {
  const bind_options& options;
  command what;
  const bind::binding_plan& binding;
  const check::evaluation_plans& plans;
  bool colour;
  bool records;                                                // for a store or JSON lines: a record of each file
  const std::unordered_map<std::string, std::string>* stored;  // path → sha256 the store holds unchanged
  const corpus::year_checker* compares;  // a run of several files without a store: compared across years
  std::string html_file;                 // --html for one input: its page
  std::string html_dir;                  // --html for several: a page each, named for the input
  // The page of each input of the run, by its name: review_page_name, made unique within the run
  // (`a_b/c.txt` and `a/b_c.txt` would both be `a_b_c.txt.html`) by `-2`, `-3` in input order.
  std::unordered_map<std::string, std::string> pages;
  const edition::definition* as = nullptr;       // --edition
  const edition::definition* walk_to = nullptr;  // extract --as
};

std::unordered_map<std::string, std::string> page_names(const std::vector<std::string>& files) {
  std::unordered_map<std::string, std::string> out;
  std::unordered_set<std::string> taken;
  for (const std::string& file : files) {
    if (out.contains(file)) continue;
    std::string name = output::review_page_name(file);
    const std::string stem = name.substr(0, name.size() - std::string_view(".html").size());
    for (int n = 2; !taken.insert(name).second; ++n) name = stem + "-" + std::to_string(n) + ".html";
    out.emplace(file, std::move(name));
  }
  return out;
}

// The page of an input: its name in the run, or for a document of the store that the run did not
// give, its name alone.
std::string page_of(const std::unordered_map<std::string, std::string>& pages, const std::string& name) {
  const auto at = pages.find(name);
  return at != pages.end() ? at->second : output::review_page_name(name);
}

std::string page_path(const run_context& run, const std::string& name) {
  return !run.html_file.empty() ? run.html_file
                                : (std::filesystem::path(run.html_dir) / page_of(run.pages, name)).string();
}

// Writes the review page of a report; an error line, and false, when it cannot.
bool write_page(const run_context& run, const std::string& name, const source& text, const bind::bound_report& bound,
                std::ostream& err) {
  const std::string path = page_path(run, name);
  std::ofstream page(path, std::ios::binary);
  output::write_review_page(page, text, bound, name);
  if (page.flush()) return true;
  err << "nianbao: error: cannot write " << path << '\n';
  return false;
}

// extract --as: the values as another edition's cells, or why they cannot be.
void write_walked(std::ostream& out, std::ostream& err, const run_context& run, const source& text,
                  const bind::bound_report& bound, file_result& r) {
  const auto walked = bind::walk_to(bound, *run.walk_to, run.binding.editions());
  if (walked) {
    if (run.options.json) {
      out << output::walked_json(text, *walked);
    } else {
      output::write_walked(out, text, *walked);
    }
    return;
  }
  err << "nianbao: error: " << text.name() << ": nothing relates edition " << bound.choice.edition->id << " to "
      << run.walk_to->id << " (no crosswalk from either to the other, and neither extends the other)\n";
  r.failed = true;
}

// Without a store, the index page is made of the run's own records: identity and findings.
bool records_for_index(const run_context& run) {
  return !run.html_dir.empty() && run.stored == nullptr && run.what == command::check;
}

// One report of a file, read: bound, checked and written in the run's output form.
file_result check_report(const input::report_input& input, const std::string& sha256, const run_context& run) {
  const bind_options& options = run.options;
  const bool for_index = records_for_index(run);
  file_result r;
  // A file of several reports keeps a record of each, named apart, with the digest of its own bytes.
  r.name = output::record_name(input);
  const std::string own_sha256 =
      input.report == 0 || sha256.empty() ? sha256 : corpus::sha256_hex(std::string(input.text.text()));
  std::ostringstream out;
  std::ostringstream err;
  bind::bound_report bound = bind::bind_input(input, run.binding, run.as);
  std::optional<std::vector<check::fact_reading>> facts;
  if (bound.choice.edition != nullptr) {
    const check::evaluation_plan& plan = run.plans.of(*bound.choice.edition);
    if (run.what == command::check) {
      check::add_findings(bound, plan, input.text, input.document, {.group = !options.no_group});
    } else {
      check::choose_cell_readings(bound, plan);  // the values `check` judges
      check::choose_row_readings(bound, plan);
      if (options.facts) facts = check::read_facts(plan, input.text, input.document, bound);
    }
  }
  if (run.what == command::check) {
    r.failed = fails(bound.findings, options.werror);
  } else if (bound.choice.edition == nullptr) {
    // Nothing is extracted from a report of no known edition: a script must not take it for one
    // with no values. Why, is the NO-EDITION finding, which `check` prints in full.
    r.failed = true;
    for (const finding& f : bound.findings) {
      if (f.id == "NO-EDITION") output::write_finding(err, input.text, f, false);
    }
  }
  if (!run.html_file.empty() || !run.html_dir.empty()) r.unwritten = !write_page(run, r.name, input.text, bound, err);
  if (run.records) {
    r.record = corpus::record_of(r.name, own_sha256, input.text, input.document, bound);
  } else if (for_index) {
    r.record = corpus::summary_record(r.name, input.text, input.document, bound);
  }
  if (run.stored != nullptr) r.encoded = corpus::store::encode(*r.record);
  if (run.compares != nullptr)
    r.compared = corpus::compared_record(r.name, input.text, input.document, bound, *run.compares);
  if (run.walk_to != nullptr && bound.choice.edition != nullptr) {
    write_walked(out, err, run, input.text, bound, r);
  } else if (options.sarif) {
    // Its results are the file's; the record name's `#2` keeps their fingerprints apart.
    r.sarif = output::sarif_of(input.text, bound, input.text.name(), r.name.substr(input.text.name().size()));
  } else if (options.jsonl) {
    out << output::jsonl_line(*r.record, options.values) << '\n';
  } else if (options.json) {
    out << (run.what == command::check
                ? output::findings_json(input.text, bound, input.report)
                : output::extract_json(input.text, bound, facts ? &*facts : nullptr, input.report));
  } else if (run.what == command::extract) {
    output::write_extract(out, input.text, bound, facts ? &*facts : nullptr);
  } else {
    output::write_check(out, input.text, bound, options.quiet, options.werror, run.colour, output::report_name(input));
  }
  r.out = out.str();
  r.err += err.str();
  return r;
}

// A file: read, and each report in it checked (one, unless pages were concatenated into it).
std::vector<file_result> run_one(const std::string& file, const run_context& run) {
  const bind_options& options = run.options;
  file_result r;
  const bool for_index = records_for_index(run);
  std::ostringstream err;
  bytes_result bytes = read_bytes(file, load_options{options.max_bytes});
  r.name = bytes.name;
  const std::string sha256 = bytes.error || !run.records ? std::string() : corpus::sha256_hex(bytes.bytes);
  if (run.stored != nullptr && !bytes.error) {
    const auto held = run.stored->find(bytes.name);
    // A file the store holds unchanged is not checked again, unless its review page is wanted
    // and not there.
    std::error_code ec;
    if (held != run.stored->end() && held->second == sha256 &&
        (run.html_dir.empty() || std::filesystem::exists(page_path(run, bytes.name), ec))) {
      r.unchanged = true;
      return {std::move(r)};
    }
  }
  std::vector<file_result> results;
  input::read_status read =
      bytes.error ? input::read_status{bytes.name, std::move(bytes.error)}
                  : input::read_reports(bytes.name, std::move(bytes.bytes), load_options{options.max_bytes},
                                        [&](const input::report_input& report) {
                                          results.push_back(check_report(report, sha256, run));
                                        });
  if (read.error) {
    output::write_input_error(err, read.name, *read.error);
    r.err = err.str();
    r.unreadable = true;
    if (run.records || for_index) r.record = corpus::refused(read.name, sha256, *read.error);
    // A line for every document, refused ones too: a reader of the lines sees the whole corpus.
    if (options.jsonl) r.out = output::jsonl_line(*r.record, options.values) + '\n';
    if (options.sarif) r.sarif = output::sarif_refusal(read.name, *read.error);
    results.push_back(std::move(r));  // after the reports read before it, if any
  }
  return results;
}

// A finding about two documents, as the run's output form writes it; returns whether it fails.
bool write_pair_finding(const bind_options& options, const std::string& path, const corpus::finding_record& f,
                        bool colour, std::string& json_items, std::vector<output::sarif_results>& sarif) {
  if (options.sarif) {
    sarif.push_back(output::sarif_pair(path, f));
  } else if (options.jsonl) {
    std::cout << output::pair_finding_json(path, f) << '\n';
  } else if (options.json) {
    json_items += (json_items.empty() ? "" : ",\n") + output::pair_finding_json(path, f);
  } else {
    output::write_pair_finding(std::cout, path, f, colour);
  }
  return f.severity == "error" || (options.werror && f.severity == "warning");
}

// What `check` prints of a file the store holds unchanged, in the run's output form; sets `failed`.
std::string unchanged_output(const bind_options& options, const corpus::document_record& record, bool& failed) {
  std::ostringstream out;
  failed = record.errors > 0 || (options.werror && record.warnings > 0);
  if (options.jsonl) {
    out << output::jsonl_line(record, options.values) << '\n';
  } else if (options.json) {
    out << output::unchanged_json(record);
  } else {
    output::write_unchanged(out, record, failed);
  }
  return out.str();
}

// The findings about pairs of documents that concern the run's: from the whole store, whose
// other documents count too.
std::vector<std::pair<std::string, corpus::finding_record>> pair_findings(
    corpus::store& store, const corpus::year_checker& years, const std::unordered_set<std::string>& in_run) {
  store.flush();
  std::vector<std::pair<std::string, corpus::finding_record>> out;
  for (auto& pair : store.refresh_pair_findings(years)) {
    if (in_run.contains(pair.first)) out.push_back(std::move(pair));
  }
  return out;
}

// Without a store, the rules across years between the run's own reports. Not DUPLICATE-REPORT:
// the files of a run may well be variants of one report (a test corpus is), and a run is not held
// to one report per agency and year; two reports of a year are simply not compared.
std::vector<std::pair<std::string, corpus::finding_record>> pair_findings(
    const std::vector<corpus::document_record>& run, const corpus::year_checker& years) {
  std::vector<const corpus::document_record*> views;
  views.reserve(run.size());
  for (const corpus::document_record& r : run) views.push_back(&r);
  std::vector<std::pair<std::string, corpus::finding_record>> out;
  for (const auto& [later, earlier] : corpus::consecutive_years(views)) {
    for (corpus::finding_record& f : years.compare(run[later], run[earlier]))
      out.emplace_back(run[later].path, std::move(f));
  }
  return out;
}

// Puts each finding about two documents on its document's record, as a store holds them.
void add_pair_findings(std::vector<corpus::document_record>& records,
                       const std::vector<std::pair<std::string, corpus::finding_record>>& pairs) {
  std::unordered_map<std::string_view, corpus::document_record*> by_path;
  for (corpus::document_record& r : records) by_path.emplace(r.path, &r);
  for (const auto& [path, f] : pairs) {
    const auto at = by_path.find(path);
    if (at != by_path.end()) at->second->findings.push_back(f);
  }
}

// Writes `dir`/index.html, linking each document to its page where the directory has one; an
// error line, and false, when it cannot.
bool write_index(const std::string& dir, const std::unordered_map<std::string, std::string>& pages,
                 const std::string& title, const corpus::summary& s) {
  const std::filesystem::path path = std::filesystem::path(dir) / "index.html";
  std::ofstream page(path, std::ios::binary);
  output::write_corpus_index(page, s, title, [&](const std::string& document) {
    std::string name = page_of(pages, document);
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::path(dir) / name, ec) ? name : std::string();
  });
  if (page.flush()) return true;
  std::cout.flush();  // what the run wrote before, first
  std::cerr << "nianbao: error: cannot write " << path.string() << '\n';
  return false;
}

// Runs `what` over every input, on `options.jobs` threads; output comes in input order as each
// file is done (the JSON documents of all files are collected into one), and with --db each
// file's record goes into the store.
int run(const bind_options& options, command what) {
  problems given;  // in a SARIF log, what kept the run from checking everything it was given
  const auto editions = known_editions(options.edition_files, given);
  if (!editions) {
    if (options.sarif) output::write_sarif(std::cout, {}, std::filesystem::current_path().string(), given.list());
    return exit_unreadable;
  }
  const bind::binding_plan binding(*editions);
  // The invariants of every known edition, resolved once for all the inputs (extract reads rows
  // pushed right as check does, by them).
  const check::evaluation_plans plans(*editions);
  std::optional<corpus::store> store;
  std::unordered_map<std::string, std::string> stored;
  if (!options.db.empty()) {
    try {
      store.emplace(options.db, corpus::fingerprint(NIANBAO_VERSION_STRING, *editions));
      if (!options.recheck) stored = store->current();
    } catch (const corpus::store_error& e) {
      std::cerr << "nianbao: error: " << e.what() << '\n';
      return exit_unreadable;
    }
  }
  bool empty_directory = false;
  const std::vector<std::string> files =
      what == command::check ? expand_directories(options.paths, given, empty_directory) : options.paths;
  // Colour only on a terminal, and never when NO_COLOR is set.
  const char* no_colour = std::getenv("NO_COLOR");
  const bool colour = isatty(fileno(stdout)) != 0 && (no_colour == nullptr || *no_colour == '\0');
  // Review pages: a file for one input, else (and always with a store) a directory of pages with
  // the corpus's index.
  std::string html_file, html_dir;
  if (!options.html.empty()) {
    std::error_code ec;
    if (files.size() == 1 && !store && !std::filesystem::is_directory(options.html)) {
      html_file = options.html;
    } else if (std::filesystem::create_directories(options.html, ec); ec) {
      std::cerr << "nianbao: error: --html " << options.html << ": " << ec.message() << '\n';
      return exit_unreadable;
    } else {
      html_dir = options.html;
    }
  }
  // Records for the store and the JSON lines; the rules across years for a store or several files.
  const bool records = what == command::check && (store || options.jsonl);
  std::optional<corpus::year_checker> years;
  if (what == command::check && (store || files.size() > 1)) years.emplace(*editions);
  run_context context{options,
                      what,
                      binding,
                      plans,
                      colour,
                      records,
                      store ? &stored : nullptr,
                      store || !years ? nullptr : &*years,
                      html_file,
                      html_dir,
                      html_dir.empty() ? std::unordered_map<std::string, std::string>() : page_names(files)};
  if (!options.edition.empty()) {
    context.as = edition_named(*editions, options.edition);
    if (context.as == nullptr) return exit_unreadable;
  }
  if (!options.as.empty()) {
    context.walk_to = edition_named(*editions, options.as);
    if (context.walk_to == nullptr) return exit_unreadable;
  }
  std::vector<corpus::document_record> compared;  // without a store, what the rules across years read of each
  const char* schema = what == command::check ? "nianbao-check" : "nianbao-extract";
  const int version = what == command::check ? output::check_json_version : output::extract_json_version;
  if (options.json) std::cout << "{\"schema\":\"" << schema << "\",\"version\":" << version << ",\"files\":[\n";
  int status = empty_directory ? exit_unreadable : exit_ok;
  bool first = true;
  progress meter(std::cerr, files.size(), options.quiet);
  std::unordered_set<std::string> run_paths;     // the documents of this run, as the store names them
  std::vector<output::sarif_results> sarif;      // with --sarif: each file's results, in input order
  std::vector<corpus::document_record> indexed;  // for the index page without a store: each record, no cells
  // Each report's lines go out as it is taken on a terminal, and as JSON Lines (a stream a
  // program reads as it comes); otherwise to a file or a pipe in blocks, for a write per file was
  // a system call per file (3% of a corpus run). What goes to stderr waits for what stdout has
  // before it, so that the two merged (2>&1) keep their order.
  const bool flush_each = options.jsonl || isatty(fileno(stdout)) != 0;
  const auto to_stderr = [&]() -> std::ostream& { return std::cout.flush(), std::cerr; };
  const auto take_report = [&](file_result r) {
    if (!r.err.empty()) to_stderr() << r.err;
    if (r.unchanged) {
      r.record = store->load(r.name);
      if (r.record->state == corpus::status::refused && !r.record->findings.empty()) {
        // Refused again, in the same words: a script sees the same exit status on every run.
        const corpus::finding_record& why = r.record->findings.front();
        output::write_input_error(to_stderr(), r.name, input_error{why.message, location{0, why.line, why.column, 0}});
        r.unreadable = true;
        if (options.jsonl) r.out = output::jsonl_line(*r.record, options.values) + '\n';
      } else {
        r.out = unchanged_output(options, *r.record, r.failed);
      }
    }
    if (r.unreadable || r.unwritten) status = exit_unreadable;
    if (r.failed && status == exit_ok) status = exit_findings;
    if (!r.out.empty()) {
      std::cout << (options.json && !first ? ",\n" : "") << r.out;
      if (flush_each) std::cout.flush();
      first = false;
    }
    if (store && r.record && !r.unchanged) store->put(*r.record, r.encoded.empty() ? nullptr : &r.encoded);
    if (r.compared) compared.push_back(std::move(*r.compared));
    if (options.sarif) sarif.push_back(std::move(r.sarif));
    if (!html_dir.empty() && !store && r.record) indexed.push_back(*r.record);
    if (r.record) run_paths.insert(std::move(r.record->path));
    return r.unreadable || r.failed;
  };
  const auto take = [&](std::size_t, std::vector<file_result> reports) {
    meter.clear();
    bool failed = false;
    for (file_result& r : reports) failed = take_report(std::move(r)) || failed;
    meter.step(failed);
  };
  std::string json_pairs;
  try {
    run_in_order<std::vector<file_result>>(
        files.size(), options.jobs, [&](std::size_t i) { return run_one(files[i], context); }, take);
    meter.finish();
    if (years) {
      const auto pairs = store ? pair_findings(*store, *years, run_paths) : pair_findings(compared, *years);
      // Each file's line above judged it alone; what follows compares reports with each other.
      if (!pairs.empty() && !options.json && !options.jsonl && !options.sarif)
        std::cout << "across reports (one agency's consecutive years" << (store ? ", duplicates" : "") << "):\n";
      for (const auto& [path, f] : pairs) {
        if (write_pair_finding(options, path, f, colour, json_pairs, sarif) && status == exit_ok)
          status = exit_findings;
      }
      if (!html_dir.empty() && !store) add_pair_findings(indexed, pairs);
    }
    if (!html_dir.empty()) {
      const std::string title = store ? "store " + options.db : std::to_string(files.size()) + " inputs checked";
      if (!write_index(html_dir, context.pages, title,
                       corpus::summarise(store ? store->records() : indexed, *editions)))
        status = exit_unreadable;
    }
  } catch (const corpus::store_error& e) {
    meter.finish();
    to_stderr() << "nianbao: error: " << e.what() << '\n';
    return exit_unreadable;
  }
  if (options.sarif) output::write_sarif(std::cout, sarif, std::filesystem::current_path().string(), given.list());
  // In every check, empty where nothing was compared: a program reads one shape.
  if (options.json)
    std::cout << "\n]" << (what == command::check ? ",\"corpus_findings\":[" + json_pairs + "]" : "") << "}\n";
  return status;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<bind_options>();
  CLI::App* cmd = app.add_subcommand("check", "Check reports against their format edition and report every finding");
  add_common_options(*cmd, *options);
  cmd->add_flag("--werror", options->werror, "Treat warnings as errors (strict conformance: any deviation fails)");
  cmd->add_flag("--quiet", options->quiet, "Print only the one-line summary of each file");
  cmd->add_flag("--no-group", options->no_group,
                "Report every violated rule on its own, not as one finding at the cell whose likeliest repair "
                "explains them (CELL-INCONSISTENT)");
  cmd->add_option("-j,--jobs", options->jobs, "Check this many files at once (output stays in input order)")
      ->check(CLI::Range(1u, 256u));
  CLI::Option* db =
      cmd->add_option("--db", options->db,
                      "Record every document in this SQLite store (created if missing); files it holds unchanged are "
                      "not checked again");
  // A store holds each document as bound to its own edition.
  cmd->get_option("--edition")->excludes(db);
  cmd->add_flag("--recheck", options->recheck,
                "With --db: check every file again, even those the store holds unchanged")
      ->needs(db);
  CLI::Option* jsonl =
      cmd->add_flag("--jsonl", options->jsonl, "Print one JSON object per document per line, as each is done");
  cmd->add_flag("--values", options->values, "With --jsonl: include the bound values of tables 二, 三, 四")
      ->needs(jsonl);
  jsonl->excludes(cmd->get_option("--json"));
  cmd->add_flag("--sarif", options->sarif,
                "Print one SARIF 2.1.0 log of every file's findings, for code-review and CI systems (docs/findings.md)")
      ->excludes(jsonl)
      ->excludes(cmd->get_option("--json"))
      ->excludes(db);
  cmd->add_option(
      "--html", options->html,
      "Write a review page of each report: its tables in the official layout with the cells the findings "
      "concern marked (a file for one input, else a directory of pages with index.html, the corpus's summary)");
  cmd->callback([options, &exit_code] { exit_code = run(*options, command::check); });
}

void add_extract_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<bind_options>();
  CLI::App* cmd = app.add_subcommand("extract", "Show every value of tables 二, 三, 四 at its coordinate, exactly");
  add_common_options(*cmd, *options);
  cmd->add_flag("--facts", options->facts,
                "Also list every figure the prose states (the edition's facts): where, its value, the cells it is "
                "read against and the verdict");
  cmd->add_option("--as", options->as,
                  "Show the values as this edition's cells, through the crosswalk between the two editions, saying "
                  "which cells have no counterpart");
  cmd->callback([options, &exit_code] { exit_code = run(*options, command::extract); });
}

}  // namespace nianbao::cli
