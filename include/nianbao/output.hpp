// The output stage: what nianbao prints, for people and for programs.
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "nianbao/ast.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/core/finding.hpp"
#include "nianbao/corpus.hpp"
#include "nianbao/edition.hpp"
#include "nianbao/edition_diff.hpp"
#include "nianbao/source.hpp"

namespace nianbao::output {

// `file:line:col: error: message`, the way compilers say it.
void write_input_error(std::ostream& out, const std::string& file, const input_error& error);

// A readable outline: title, sections and their headings, tables with row and cell counts, the
// sign-off, each with line:column, and the deviations in how sections were written.
void write_outline(std::ostream& out, const source& text, const ast::document& doc);

// The whole AST of one file as a JSON object (schema in the README, "nianbao-ast" version 1).
inline constexpr int ast_json_version = 1;
std::string ast_json(const source& text, const ast::document& doc);

// An edition as a tree: tables, blocks, column and row trees with labels and kinds, invariants.
// With `sources`, an edition that extends another marks each part with where it comes from:
// `{gov2021}` inherited as it is, `{gov2021, changed}` inherited and changed, `{this file}`.
void write_edition_tree(std::ostream& out, const edition::definition& ed, bool sources = false);

// `editions diff A B`: the changes from A to B by class (breaking, compatible, cosmetic), each
// with what it names and why it is in its class; as JSON ("nianbao-edition-diff" version 1) for
// tools.
inline constexpr int edition_diff_json_version = 1;
void write_edition_diff(std::ostream& out, const edition::definition& a, const edition::definition& b,
                        const std::vector<edition::change>& changes);
std::string edition_diff_json(const edition::definition& a, const edition::definition& b,
                              const std::vector<edition::change>& changes);

// One finding, compiler style: `file:line:col: severity: message [ID]`, the source line, a caret
// under the place, then a note for each related place.
// With `colour`, severities and positions in ANSI colours, as GCC does on a terminal.
void write_finding(std::ostream& out, const source& src, const finding& f, bool colour = false);

// What `nianbao check` says of one file: every finding (unless `quiet`), then a summary line
// naming it as `name` does (the file's name when empty). Returns whether the file fails: an
// error, or with `werror` a warning.
bool write_check(std::ostream& out, const source& src, const bind::bound_report& bound, bool quiet, bool werror,
                 bool colour = false, std::string_view name = {});

// What the summary line calls a report: its file's name, or for a report of several in one file
// (pages concatenated) the file and the line it starts at, `file.txt:4512`.
std::string report_name(const input::report_input& report);
// What a record calls a report: its file's path, or `file.txt#2` for the second of several.
std::string record_name(const input::report_input& report);

// What `check` says of a file a store holds unchanged: the summary line of its stored findings;
// `failed` as the caller judged it from them.
void write_unchanged(std::ostream& out, const corpus::document_record& record, bool failed);

// A finding about two documents (DUPLICATE-REPORT), on the document at `path`:
// `path: warning: message [ID]`.
void write_pair_finding(std::ostream& out, const std::string& path, const corpus::finding_record& f,
                        bool colour = false);

// The bound values of a report, one per line: coordinate, state, exact value, unit, position.
// With `facts` (extract --facts), the figures the prose states too, after the values: each with
// its place, the cells it is read against and the verdict.
void write_extract(std::ostream& out, const source& src, const bind::bound_report& bound,
                   const std::vector<check::fact_reading>* facts = nullptr);

// The bound values as a JSON object (schema "nianbao-extract" version 1 in the README).
inline constexpr int extract_json_version = 1;
// `report_in_file`: which report of a file holding several this is (from 1; 0 for a file of one),
// said with the line it starts on, so that each entry of such a file is told apart.
std::string extract_json(const source& src, const bind::bound_report& bound,
                         const std::vector<check::fact_reading>* facts = nullptr, std::size_t report_in_file = 0);

// `extract --as EDITION`: the report's values as that edition's cells, each with how it was carried
// (same, paired, sum_of, part_of_sum, no_counterpart) and from which of the report's cells.
void write_walked(std::ostream& out, const source& src, const bind::walked_report& walked);
std::string walked_json(const source& src, const bind::walked_report& walked);

// The findings as a JSON object (schema "nianbao-check" version 1 in the README).
inline constexpr int check_json_version = 1;
std::string findings_json(const source& src, const bind::bound_report& bound, std::size_t report_in_file = 0);

// One line of JSON (no line end) for a document of a corpus run: path, sha256, agency, year,
// edition, status, findings, and with `values` the bound cells. Every amount is a decimal
// string: JSON numbers become doubles in jq and Spark (schema "nianbao-corpus" version 1 in
// docs/corpus.md).
inline constexpr int jsonl_version = 1;
std::string jsonl_line(const corpus::document_record& record, bool values);
// A finding about two documents as one line of the same schema (kind "pair_finding").
std::string pair_finding_json(const std::string& path, const corpus::finding_record& f);
// What `check --json` says of a file the store holds unchanged: its verdict, not its findings.
std::string unchanged_json(const corpus::document_record& record);

// SARIF 2.1.0 (docs/findings.md, "SARIF"): one log, one run, for every file of a `check`. Each
// file's results are made on their own (on a worker thread), then written as one log.
struct sarif_rule {
  std::string level;  // the default: the level of the first finding of the id
  std::string text;   // an invariant's own text in its edition; empty for the others
};
struct sarif_results {
  std::vector<std::string> results;         // SARIF result objects, as JSON
  std::map<std::string, sarif_rule> rules;  // by finding id, those the results use
};
// The findings of a report at `path` (as the user named it: relative paths are written relative
// to the working directory), each with its place, the cells it read as related locations and a
// fingerprint that stays when the file is unchanged or edited elsewhere.
// `report` tells the reports of one file apart (`#2`) in the results' fingerprints.
sarif_results sarif_of(const source& src, const bind::bound_report& bound, const std::string& path,
                       std::string_view report = {});
// A file that could not be read, as one result (UNREADABLE) at the place the refusal names.
sarif_results sarif_refusal(const std::string& path, const input_error& error);
// A finding about two documents, on the one at `path`, the other as a related location.
sarif_results sarif_pair(const std::string& path, const corpus::finding_record& f);
// A problem with what the tool was given rather than with a report: an edition file that does
// not load, a directory with no reports. The log says the run did not succeed, and where.
struct tool_problem {
  std::string file;
  input_error error;
};
void write_sarif(std::ostream& out, const std::vector<sarif_results>& parts, const std::string& working_directory,
                 const std::vector<tool_problem>& problems = {});

// A report's review page, one self-contained HTML file (docs/findings.md, "Review pages"): its
// tables in the official layout of its edition, each cell as written and marked by the findings
// (in a rule that does not hold; the likeliest wrong, with its consistent value; blank, not
// given), and the findings beside them, each linking to its cells.
void write_review_page(std::ostream& out, const source& src, const bind::bound_report& bound, const std::string& file);

// The file name of a document's review page in a directory of pages: its path as given, folders
// joined by `_`, never `index.html` (the corpus's index).
std::string review_page_name(const std::string& document);
// A corpus's index page (docs/findings.md, "Corpus index"): the summary per year (with a chart),
// edition, finding, invariant, agency and year, every table sortable; `page_of(path)` is the href
// of a document's review page, empty where it has none.
void write_corpus_index(std::ostream& out, const corpus::summary& s, const std::string& title,
                        const std::function<std::string(const std::string&)>& page_of);

// `nianbao summary`: documents per edition and status, findings by id, invariants, agencies.
void write_summary(std::ostream& out, const corpus::summary& s);
// The same as a JSON object (schema "nianbao-summary" version 1 in docs/corpus.md).
inline constexpr int summary_json_version = 1;
std::string summary_json(const corpus::summary& s);

// `nianbao survey`: the corpus counted under its editions (documents by edition and status, how
// many conform, finding ids, invariants); with `--compare A B`, the documents whose verdict changes
// and the finding ids and invariants that shift. JSON: "nianbao-survey" and
// "nianbao-survey-comparison", version 1 (docs/editions.md).
inline constexpr int survey_json_version = 1;
void write_survey(std::ostream& out, const corpus::survey& s);
std::string survey_json(const corpus::survey& s);
void write_survey_comparison(std::ostream& out, const corpus::survey_comparison& c);
std::string survey_comparison_json(const corpus::survey_comparison& c);

}  // namespace nianbao::output
