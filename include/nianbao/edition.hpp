// The edition stage: format editions as data. Each edition is declared in a file in the edition
// language (grammar/*.nbf, documented in the README); the engine knows no label and no invariant
// of its own. The built-in editions are compiled into the binary.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "nianbao/decimal.hpp"
#include "nianbao/source.hpp"

namespace nianbao::edition {

enum class value_kind { count, signed_count, money, decimal, text };
// As the edition language writes it: count, signed, money, decimal, text.
const char* name_of(value_kind kind) noexcept;

// Where a part of an edition that extends another comes from (`editions show --source`): its own
// file (no `inherited_from`), or the edition it extends, and then whether its file changed it (a
// row added to an inherited table changes the table). An inherited part's places are the
// `extends` clause's: load errors about it point at the file a maintainer is editing.
struct origin {
  std::string inherited_from;
  bool changed = false;

  bool inherited() const noexcept { return !inherited_from.empty(); }
};

// A node of a row or column tree. Leaves are the coordinates that hold values; inner nodes are
// the headers that group them. `path` is the dotted id from the tree's root: result.withheld.state_secret.
struct node {
  std::string id;
  std::string path;
  std::string label;                  // canonical, as the official format writes it
  std::vector<std::string> variants;  // other spellings real reports use, accepted silently
  std::optional<value_kind> kind;     // on a column: what its cells hold (inherited by its leaves)
  std::string unit;                   // for money: the unit the label states (万元), empty if none
  std::size_t offset = 0;             // where it is declared, for load errors
  std::vector<node> children;
  std::string key;  // the label normalised (normalise_label), for matching
  std::vector<std::string> variant_keys;
  edition::origin origin;

  bool is_leaf() const noexcept { return children.empty(); }
};

// One block of table 二: a `第二十条第（X）项` title row, a header row, data rows.
struct block {
  std::size_t offset = 0;
  std::string id;
  std::string label;
  std::vector<node> columns;
  std::vector<node> rows;
  // The block's title row as a node (id, path, label, key), for matching like any other label.
  node title;
  edition::origin origin;
};

struct table {
  std::size_t offset = 0;
  std::string id;
  std::string title;
  unsigned section = 0;
  std::string corner;          // the note in the top-left cell, if the format has one
  bool blank_is_zero = false;  // a blank cell in this table counts as 0 (the finding says so)
  // How grave a negative or fractional count is here: the official text states rules for the
  // application tables, while table 二's are only expected (`counts checked as warning`).
  severity count_form_level = severity::error;
  std::vector<node> columns;  // tables of one grid (三, 四)
  std::vector<node> rows;
  std::vector<block> blocks;  // tables made of blocks (二); block ids prefix row and column paths
  edition::origin origin;
};

using nianbao::severity;

// A rectangle of cells: rows [row_first, row_last] × columns [column_first, column_last], each an
// id path or the loop variable; first == last for a single cell. Ranges run over leaves in
// declaration order.
struct cell_range {
  std::size_t offset = 0;
  std::string table;
  std::string row_first, row_last;
  std::string column_first, column_last;
};

struct term {
  int sign = 1;
  bool is_sum = false;
  std::optional<cell_range> cells;  // absent for a number
  std::string number;               // a literal, as written
  bool last_year = false;           // `last t3[…]`: the cells of the report of the year before
};

enum class comparison_op { eq, ne, lt, le, gt, ge };

// `a op b`, exactly: what an invariant's comparison means.
bool compare(const decimal& a, comparison_op op, const decimal& b);

struct comparison {
  std::vector<term> left;
  comparison_op op = comparison_op::eq;
  std::vector<term> right;
};

enum class loop_kind { none, each_row, each_column };

struct invariant {
  std::string id;
  severity level = severity::error;
  std::string message;
  loop_kind loop = loop_kind::none;
  std::string variable;  // the loop variable
  std::string table;     // the loop's table
  bool stated = false;   // the document states this rule itself, in its table's corner note
  // Over two reports of one agency, of consecutive years: `last` cells are the earlier one's.
  // Such a rule is checked only where both are at hand (a corpus run), never on one report.
  bool across_years = false;
  std::optional<comparison> condition;  // `if … then …`
  comparison claim;
  std::size_t offset = 0;
  edition::origin origin;
};

// How the cells of a report in an earlier edition stand for this edition's: what the checks
// across years read when last year's report is in another edition (2020's in gov2019, 2021's in
// gov2021). A cell it does not name has no counterpart, and a check reading it is not assessed.
struct crosswalk {
  std::string from;  // the earlier edition's id
  std::size_t offset = 0;
  std::vector<std::string> same_tables;  // tables whose cells keep their ids, row for row and column for column
  // One cell of this edition and one of the earlier, or one and a sum of several: a row the
  // earlier edition split into several (`sum t3[a .. c, x] from t3[old, x]`) or several it merged.
  // A cell stands for a sum and a sum for a cell; no one of the summed cells has a counterpart.
  struct cell {
    std::size_t offset = 0;
    cell_range here;   // of this edition
    cell_range there;  // of the earlier edition
    bool here_summed = false;
    bool there_summed = false;
    // `for column c in t3:` as written: one pairing per column (row) of t3, the variable in either
    // side standing for it. A loaded edition has its loops expanded into those pairings.
    loop_kind loop = loop_kind::none;
    std::string variable;
    std::string loop_table;

    bool one_to_one() const noexcept { return !here_summed && !there_summed; }
  };
  std::vector<cell> cells;
  edition::origin origin;
};
// A pairing as the edition language writes it: `sum t3[a .. c, x] from t3[old, x]`.
std::string pairing_text(const crosswalk::cell& c);

// A part of a phrase of the prose (`fact … says …`): text as written, a gap of at most `most`
// characters (never a clause's end, a digit or a word that keeps a clause from being read), the
// number slot `N`, alternatives, an optional part, or `!"不"`: not right after that text.
struct phrase_part {
  enum class kind { text, gap, number, choice, optional, not_after };
  kind what = kind::text;
  std::size_t offset = 0;
  std::string text;                               // text, not_after
  unsigned most = 0;                              // gap
  std::vector<std::vector<phrase_part>> options;  // choice: each alternative; optional: the one part
};
using phrase = std::vector<phrase_part>;

// A figure the prose of a report states, and the cells of its tables that hold it: the report's
// text and tables must agree. A phrase without `N` states that the figure is 0 (未收到…申请).
struct fact {
  std::string id;
  severity level = severity::warning;
  std::string message;
  std::size_t offset = 0;
  std::vector<unsigned> sections;  // where it is looked for; empty: the edition's `facts in sections`
  std::vector<term> cells;         // the figure is their sum (signs as written)
  // Other readings of the figure (`= A or B`), each a sum of cells: the text agrees with the
  // table when it gives any of them (收到申请5件 may count those carried over from last year).
  std::vector<std::vector<term>> or_cells;
  std::vector<phrase> phrases;                // any of them states it
  std::vector<std::string> except;            // words that keep a clause from being read for it, besides the edition's
  std::vector<std::string> except_sentences;  // words that keep a whole sentence from being read for it
  edition::origin origin;
};

struct definition {
  std::string id;
  std::size_t id_offset = 0;  // where the id is written in its file, for load errors
  std::string name;
  std::string issued_by;
  std::string file;
  std::string text;  // the file as written: what tells one version of an edition from another
  // `extends BASE`: the edition this one states its changes to, where the file names it, and the
  // text of the editions it stands on (its base's, and that one's base's …), which tell one version
  // of it from another as much as its own text does.
  std::string base;
  std::size_t base_offset = 0;
  std::string base_text;
  std::vector<std::string> recognise;
  std::vector<std::string> recognise_keys;  // the same labels normalised, for matching
  std::vector<std::string> sections;        // the headings of sections 一、二、…, when declared
  std::vector<table> tables;
  std::vector<invariant> invariants;
  std::vector<crosswalk> crosswalks;
  std::vector<unsigned> fact_sections;   // `facts in sections 1, 3`: where facts are looked for (empty: all)
  std::vector<std::string> fact_except;  // `facts except clauses with "去年"`: clauses not read for any fact
  std::vector<std::string> fact_except_sentences;  // `facts except sentences with …`: nor these sentences
  std::vector<fact> facts;

  const table* find_table(std::string_view id) const;
};

// A label as compared with the edition's labels: white space removed, full-width ASCII forms
// folded to ASCII (（一）→(一), ：→:), curly quotes straightened, `1、` written as `1.`.
std::string normalise_label(std::string_view label);
// The same, written at `out`, which has room for label.size() bytes (no form grows when
// normalised); the key being written began at `key` (a label's lines are normalised one after
// another into one key). Returns the end of what was written.
char* write_normalised_label(char* out, const char* key, std::string_view label);

// The first cell of a block's header row, in every edition (`信息内容`, then the column labels).
inline constexpr std::string_view block_header_label = "信息内容";

// The leaves of a tree, in declaration order: the coordinates that hold values.
std::vector<const node*> leaves(const std::vector<node>& tree);
// How a tree is drawn in the official layout: its levels (header rows, label columns), the
// leaves under a node (the columns or rows a group label spans), and whether any of its nodes has
// a label (a table whose one row has none draws no label column).
std::size_t depth(const std::vector<node>& tree);
std::size_t leaf_count(const node& n);
bool labelled(const std::vector<node>& tree);
// The nodes of a tree's top level, in declaration order: a block's rows and columns.
std::vector<const node*> top_level(const std::vector<node>& tree);

// The leaves of `t` from `first` to `last` (paths), in the tree that holds them (the grid's rows or
// columns, or a block's); empty when no tree holds both, in that order.
std::vector<const node*> leaves_between(const table& t, bool rows, std::string_view first, std::string_view last);

// The node at a dotted path (`result.withheld.state_secret`), or null.
const node* find_node(const std::vector<node>& tree, std::string_view path);

struct load_error {
  std::string file;
  location where;
  std::string message;  // "expected …", in the language's terms
};

struct load_result {
  std::optional<definition> loaded;
  std::vector<load_error> errors;  // in the file's order; empty exactly when loaded
  // When the file extends an edition not among those it was loaded with: that edition's id and
  // the file's own, so that a caller loading several files can load its base first.
  std::string missing_base;
  std::string id;
};

// Reads and validates one edition file: syntax, unique ids, coordinates that exist, units that
// agree. `name` is what errors call the file. A syntax error ends the reading, so it comes alone;
// past the syntax, each table, block and invariant is checked on its own and reports its first
// problem, so that a maintainer fixes several per load. The invariants are checked once the
// tables have no error: they name the tables' rows and columns. An edition that `extends` another
// finds it among `known`; the first form knows the built-in editions.
load_result load_edition(const source& text, const std::vector<definition>& known);
load_result load_edition(const source& text);

// The crosswalks' sides in the earlier editions, among `editions` (a crosswalk from an edition
// not among them is not read): errors at the crosswalk, in the later edition's file.
std::vector<load_error> check_crosswalks(const std::vector<definition>& editions);

// The editions compiled in from grammar/ (gov2019, gov2021), in file-name order.
const std::vector<definition>& builtin_editions();

}  // namespace nianbao::edition
