// The corpus stage: what a run over many reports keeps of each (its identity, its findings, its
// bound values) as records, written as JSON Lines for other engines or into a SQLite store that
// a later run, a summary and the checks across documents read.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nianbao/ast.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/edition.hpp"
#include "nianbao/source.hpp"

namespace nianbao::corpus {

// Which body's report for which year: from the title (`XX市XX局2023年政府信息公开工作年度报告`),
// the agency else from the sign-off. Never guessed from the sign-off's date: a report is often
// signed in the next year, or late, and a wrong year would pair it with the wrong reports.
struct identity {
  std::optional<std::string> agency;
  std::optional<int> year;
  std::string note;  // why a part is missing or where it came from; empty when the title gave both
};
identity identify(std::string_view text, const ast::document& doc);

// The lower-case hex SHA-256 of `bytes`: a file's identity across runs.
std::string sha256_hex(std::string_view bytes);

// The libraries the store and the digests are read through, as (name, version) of the copies
// this program runs with: SQLite, OpenSSL.
std::vector<std::pair<std::string, std::string>> library_versions();

// What a document's findings depend on besides its bytes: the program's version and the text of
// every edition in use. A store checks again what was checked under another fingerprint.
std::string fingerprint(std::string_view version, const std::vector<edition::definition>& editions);

enum class status { checked, refused, no_edition };
const char* name_of(status s) noexcept;

// A finding as a store keeps it: positions as numbers, severity and texts as strings.
struct finding_record {
  std::string id;
  std::string severity;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t end_line = 0;
  std::size_t end_column = 0;
  std::string subject;
  std::string message;
  std::string rule;
  std::string status;
  std::string expected;
  std::string found;
  // For a finding about two documents: the other one's path, its place there and, in a store,
  // its row id.
  std::string other_path;
  std::size_t other_line = 0;
  std::size_t other_column = 0;
  std::optional<std::int64_t> other_document;
};

// A bound value as a store keeps it: the exact decimal as a string, never a float.
struct cell_record {
  std::string coordinate;
  std::string state;
  std::string value;  // as written, in the written unit; empty when none
  std::string unit;
  std::string yuan;  // money in 元, exactly; empty when not money or no unit
  std::size_t line = 0;
  std::size_t column = 0;  // 0, 0 for a cell the document lacks
};

struct document_record {
  std::string path;
  std::string sha256;
  identity who;
  std::string edition;  // empty for none
  status state = status::checked;
  std::string refusal;  // why a refused file was not read; where, is its one finding (UNREADABLE)
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::vector<finding_record> findings;
  std::vector<cell_record> cells;
};

// The record of a report read and bound (and checked, if its findings include the invariants').
document_record record_of(std::string path, std::string sha256, const source& text, const ast::document& doc,
                          const bind::bound_report& bound);
// What a summary reads of a report: its identity and findings, not its cells nor its digest.
document_record summary_record(std::string path, const source& text, const ast::document& doc,
                               const bind::bound_report& bound);
class year_checker;
// Only what `years` compares of a report: its identity and the cells the rules across years read,
// no findings (a run without a store keeps this much of each report, not the whole record).
document_record compared_record(std::string path, const source& text, const ast::document& doc,
                                const bind::bound_report& bound, const year_checker& years);
// The record of a file that could not be read: its one finding, UNREADABLE, says where and why.
document_record refused(std::string path, std::string sha256, const input_error& error);

// Findings about pairs of documents: reports of the same agency and year (DUPLICATE-REPORT),
// one on each, naming the others (`other` is the first of them).
struct pair_finding {
  std::size_t document = 0;  // indices into the records given
  std::size_t other = 0;
  finding_record finding;
};
std::vector<pair_finding> duplicate_reports(const std::vector<const document_record*>& records);

// The corpus view a reviewer opens first.
struct summary {
  std::size_t documents = 0;
  // (edition or "" for none, status) → documents
  std::map<std::pair<std::string, std::string>, std::size_t> by_edition;
  // finding id → documents that have it at least once
  std::map<std::string, std::size_t> documents_with;
  // Per invariant of each edition held: over the checked documents of that edition, in how many
  // it holds, is violated (somewhere) or cannot be assessed (and is nowhere violated).
  struct invariant_tally {
    std::string edition;
    std::string id;
    std::string message;
    std::size_t holds = 0;
    std::size_t violated = 0;
    std::size_t not_assessable = 0;
  };
  std::vector<invariant_tally> invariants;
  // A finding about this document and another (a rule across years broken against last year's
  // report, a duplicate), with the instances where there are several.
  struct with_other {
    std::string id;
    std::string severity;
    std::vector<std::string> subjects;
    std::string other_path;
  };
  // Per agency ("" for documents with none), its documents by year: status and counts.
  struct held {
    std::optional<int> year;
    std::string path;
    std::string edition;
    status state = status::checked;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::vector<with_other> pairs;  // errors and warnings only, in id order
  };
  std::map<std::string, std::vector<held>> agencies;
};
summary summarise(const std::vector<document_record>& records, const std::vector<edition::definition>& editions);

// `nianbao survey`: a corpus as its editions see it. A document conforms when it was bound to an
// edition and has no error there.
struct survey {
  summary counts;                                 // by edition and status, finding ids, invariants
  std::map<std::string, std::size_t> conforming;  // edition → documents that conform to it
};
survey survey_of(const std::vector<document_record>& records, const std::vector<edition::definition>& editions);

// `survey --compare A B`: the same documents bound to A and to B (records_a[i] and records_b[i] are
// one document's), and what a maintainer puts in a proposal: whose verdict changes, and which
// finding ids and invariants shift.
struct survey_comparison {
  std::string a, b;
  survey under_a, under_b;
  struct verdict_change {
    std::string path;
    std::size_t errors_a = 0;
    std::size_t errors_b = 0;
    std::vector<std::string> gained;  // ids of errors it has under B and not under A
    std::vector<std::string> lost;    // and the reverse
  };
  std::vector<verdict_change> changed;  // conforming to one of A and B only, in the documents' order
  struct count_shift {
    std::string id;
    std::size_t a = 0;
    std::size_t b = 0;
  };
  std::vector<count_shift> findings;  // documents with each finding id, where A and B differ
  // Per invariant id, the documents where it holds, is violated, cannot be assessed, under each
  // (absent from an edition: all 0), where they differ.
  struct rule_shift {
    std::string id;
    summary::invariant_tally a, b;
  };
  std::vector<rule_shift> invariants;
};
survey_comparison compare_surveys(const std::vector<document_record>& records_a,
                                  const std::vector<document_record>& records_b,
                                  const std::vector<edition::definition>& editions, const std::string& a,
                                  const std::string& b);

// The reports of one agency for consecutive years, each report with the one of the year before:
// indices into `records`, (later, earlier). Only checked reports, and only where the agency has
// one report for each of the two years: of two reports for a year, neither is known to be the one.
std::vector<std::pair<std::size_t, std::size_t>> consecutive_years(const std::vector<const document_record*>& records);

// The rules across years (`across years` in the edition files) over two records with their
// cells: each of the later report's edition's rules, reading the earlier report's cells, through
// a crosswalk when it was in another edition. It views `editions`, which must outlive it.
class year_checker {
 public:
  explicit year_checker(const std::vector<edition::definition>& editions);
  year_checker(year_checker&&) noexcept;
  year_checker& operator=(year_checker&&) noexcept;
  ~year_checker();

  // A finding per violated instance, on the later report and naming the earlier (its path and
  // the place of its first cell read), and a note per rule not assessable somewhere.
  std::vector<finding_record> compare(const document_record& later, const document_record& earlier) const;

  // Whether compare() reads a cell of a report in `edition`, as this year's report or as last
  // year's; the cell by its coordinate `table/row/column`, or by its parts.
  bool reads(std::string_view edition, std::string_view coordinate) const;
  bool reads(std::string_view edition, std::string_view table, std::string_view row, std::string_view column) const;
  // The indices of the values of a report bound in `edition` that compare() reads.
  std::vector<std::size_t> values_read(std::string_view edition, const std::vector<bind::bound_value>& values) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// Why a store cannot be used: a foreign or corrupt file, a newer schema, a read-only or full disk.
class store_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A SQLite file of records (schema in docs/corpus.md, version kept in the file). Every document is
// written in one transaction with its findings and cells, so an interrupted run leaves whole
// documents only, and the next run completes it.
class store {
 public:
  enum class access { write, read };
  // Opens the file, for writing created if missing; throws store_error for one that is not a
  // nianbao store or is of a schema this version does not know. `editions` fingerprints the
  // editions in use: a document checked under others is checked again.
  store(const std::string& file, std::string editions, access mode = access::write);
  store(store&&) noexcept;
  store& operator=(store&&) noexcept;
  ~store();

  // path → sha256 of every document held that was checked under the same editions: a file
  // with the same path and bytes need not be checked again.
  std::unordered_map<std::string, std::string> current() const;
  // The record held for `path`: its own findings (not those about pairs) and its cells.
  std::optional<document_record> load(const std::string& path) const;

  // Replaces what the store holds for the record's path. Writes are batched into transactions
  // of whole documents; flush() commits what is pending. `encoded`, when given, is encode(record),
  // made beforehand: a run prepares its records on its worker threads, and writes on one.
  void put(const document_record& record, const std::string* encoded = nullptr);
  static std::string encode(const document_record& record);
  void flush();

  // Recomputes the findings about pairs of documents over everything held: DUPLICATE-REPORT, and
  // those of the rules across years between consecutive reports of an agency. Returns them, each
  // with the path of the document it is on.
  std::vector<std::pair<std::string, finding_record>> refresh_pair_findings(const year_checker& years);

  // Every record held, in path order, with its findings (pair findings too) but not its cells.
  std::vector<document_record> records() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace nianbao::corpus
