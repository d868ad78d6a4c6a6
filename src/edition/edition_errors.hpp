// What the edition language says when a declaration is cut short, in the language's own terms.
// if_must<> also commits to the parts that cannot fail (white space, star<>, opt<>), so messages
// are not required of every rule at compile time; grammar_test parses broken files to check that
// each commit point that can fail speaks in these words.
#pragma once

#include "edition_rules.hpp"

namespace nianbao::edition::language {

struct errors {
  template <typename Rule>
  static constexpr const char* message = nullptr;
};

// clang-format off
template <> inline constexpr const char* errors::message<edition_decl> = "expected `edition ID \"name\" { … }`";
template <> inline constexpr const char* errors::message<end_of_file> = "expected the end of the file after the edition's closing }";
template <> inline constexpr const char* errors::message<edition_id> = "expected the edition's id (letters, digits, _)";
template <> inline constexpr const char* errors::message<edition_name> = "expected the edition's name in quotes";
template <> inline constexpr const char* errors::message<open_brace> = "expected {";
template <> inline constexpr const char* errors::message<close_brace> = "expected } or another declaration";
template <> inline constexpr const char* errors::message<closing_quote> = "expected \" to close the string (a string ends on its line)";
template <> inline constexpr const char* errors::message<string_body> = "expected the text of a string";
template <> inline constexpr const char* errors::message<issuer> = "expected the issuing document in quotes";
template <> inline constexpr const char* errors::message<recognised_label> = "expected a label in quotes";
template <> inline constexpr const char* errors::message<section_heading> = "expected a section heading in quotes";
template <> inline constexpr const char* errors::message<table_id> = "expected the table's id";
template <> inline constexpr const char* errors::message<table_title> = "expected the table's title in quotes";
template <> inline constexpr const char* errors::message<kw_section> = "expected `section N` after the table's title";
template <> inline constexpr const char* errors::message<section_number> = "expected the number of the section the table belongs to (1 to 99)";
template <> inline constexpr const char* errors::message<corner_text> = "expected the corner note in quotes";
template <> inline constexpr const char* errors::message<kw_means> = "expected `blank means 0`";
template <> inline constexpr const char* errors::message<zero> = "expected `blank means 0`";
template <> inline constexpr const char* errors::message<kw_checked> = "expected `counts checked as error|warning|note`";
template <> inline constexpr const char* errors::message<kw_as> = "expected `counts checked as error|warning|note`";
template <> inline constexpr const char* errors::message<block_id> = "expected the block's id";
template <> inline constexpr const char* errors::message<block_label> = "expected the block's title row label in quotes";
template <> inline constexpr const char* errors::message<node_label> = "expected the label in quotes after the id";
template <> inline constexpr const char* errors::message<columns_open> = "expected { or a value kind for every column (count, signed, decimal, text or money [元|万元|亿元])";
template <> inline constexpr const char* errors::message<unit_expected> = "expected a unit after `money`: 元, 万元 or 亿元";
template <> inline constexpr const char* errors::message<kind_expected> = "expected a value kind (count, signed, decimal, text or money [元|万元|亿元]), or the next id and its label in quotes";
template <> inline constexpr const char* errors::message<variant_label> = "expected an accepted variant label in quotes after `or`";
template <> inline constexpr const char* errors::message<invariant_id> = "expected the invariant's id";
template <> inline constexpr const char* errors::message<severity> = "expected a severity: error, warning or note";
template <> inline constexpr const char* errors::message<invariant_message> = "expected the invariant's message in quotes";
template <> inline constexpr const char* errors::message<formula> = "expected a formula: `A == B`, `A <= B` … or `if A == B then C == D`";
template <> inline constexpr const char* errors::message<condition> = "expected a comparison after `if`";
template <> inline constexpr const char* errors::message<kw_then> = "expected `then` after the condition";
template <> inline constexpr const char* errors::message<claim> = "expected a comparison after `then`";
template <> inline constexpr const char* errors::message<comparator> = "expected a comparison: == != <= >= < >";
template <> inline constexpr const char* errors::message<operand> = "expected cells `table[row, column]`, `sum table[a .. b, column]` or a number";
template <> inline constexpr const char* errors::message<summed_cells> = "expected cells `table[row, column]` after `sum`";
template <> inline constexpr const char* errors::message<row_range> = "expected a row id path, or `first .. last`";
template <> inline constexpr const char* errors::message<column_range> = "expected a column id path, or `first .. last`";
template <> inline constexpr const char* errors::message<coordinate_comma> = "expected , between the row and the column";
template <> inline constexpr const char* errors::message<close_bracket> = "expected ] after the column";
template <> inline constexpr const char* errors::message<loop_variable> = "expected the loop variable after `for row`/`for column`";
template <> inline constexpr const char* errors::message<kw_in> = "expected `in TABLE:` after the loop variable";
template <> inline constexpr const char* errors::message<loop_table> = "expected the table the loop runs over";
template <> inline constexpr const char* errors::message<colon> = "expected : after the loop's table";
template <> inline constexpr const char* errors::message<row_last> = "expected the last row of the range after ..";
template <> inline constexpr const char* errors::message<column_last> = "expected the last column of the range after ..";
template <> inline constexpr const char* errors::message<loop_direction> = "expected `row` or `column` after `for`";
template <> inline constexpr const char* errors::message<kw_years> = "expected `across years`";
template <> inline constexpr const char* errors::message<earlier_edition> = "expected the id of the edition this one follows: `follows gov2019 { … }`";
template <> inline constexpr const char* errors::message<walked_table> = "expected a table id after `same`";
template <> inline constexpr const char* errors::message<kw_from> = "expected `from` and the earlier edition's cell after this edition's: `t2[a, b] from t2[c, d]`";
template <> inline constexpr const char* errors::message<there_side> = "expected the earlier edition's cell `table[row, column]`, or `sum` and its cells, after `from`";
template <> inline constexpr const char* errors::message<summed_here> = "expected the cells to sum `table[first .. last, column]` after `sum`";
template <> inline constexpr const char* errors::message<summed_there> = "expected the earlier edition's cells to sum `table[first .. last, column]` after `sum`";
template <> inline constexpr const char* errors::message<phrase_sequence> = "expected a phrase: text in quotes, ~N (a gap of at most N characters), N (the figure), ( … | … ), [ … ] or !\"text\"";
template <> inline constexpr const char* errors::message<gap_size> = "expected the most characters the gap may skip after ~ (1 to 99)";
template <> inline constexpr const char* errors::message<choice_close> = "expected | and another alternative, or ) to close the alternatives";
template <> inline constexpr const char* errors::message<optional_close> = "expected ] to close the optional part";
template <> inline constexpr const char* errors::message<not_after_text> = "expected the text in quotes the phrase may not follow, after !";
template <> inline constexpr const char* errors::message<kw_sections_listed> = "expected `in sections N, M`";
template <> inline constexpr const char* errors::message<fact_section> = "expected the number of a section (1 to 99)";
template <> inline constexpr const char* errors::message<except_scope> = "expected `except clauses with \"word\", …` or `except sentences with \"word\", …`";
template <> inline constexpr const char* errors::message<kw_with> = "expected `with` and the words in quotes";
template <> inline constexpr const char* errors::message<except_word> = "expected a word in quotes";
template <> inline constexpr const char* errors::message<facts_settings> = "expected `facts in sections N, M` or `facts except clauses with \"word\", …`";
template <> inline constexpr const char* errors::message<fact_id> = "expected the fact's id";
template <> inline constexpr const char* errors::message<fact_message> = "expected the fact's message in quotes";
template <> inline constexpr const char* errors::message<fact_equals> = "expected `= CELLS` after the fact's message (or `in sections N, M` first)";
template <> inline constexpr const char* errors::message<fact_cells> = "expected the cells the figure is: `t3[new, applicant.total]`, or several joined by + and -";
template <> inline constexpr const char* errors::message<fact_other_cells> = "expected the cells of another reading of the figure after `or`";
template <> inline constexpr const char* errors::message<first_says> = "expected `says` and a phrase after the fact's cells";
template <> inline constexpr const char* errors::message<base_edition> = "expected the id of the edition this one extends: `extends gov2021`";
template <> inline constexpr const char* errors::message<dropped> = "expected what to drop: `invariant ID`, `fact ID`, `table ID` or `follows ID`";
template <> inline constexpr const char* errors::message<dropped_invariant> = "expected the id of the invariant to drop";
template <> inline constexpr const char* errors::message<dropped_fact> = "expected the id of the fact to drop";
template <> inline constexpr const char* errors::message<dropped_table> = "expected the id of the table to drop";
template <> inline constexpr const char* errors::message<dropped_crosswalk> = "expected the id of the edition whose crosswalk to drop";
template <> inline constexpr const char* errors::message<kw_changed_table> = "expected `table ID { … }`: `in table t2 { add row … }`";
template <> inline constexpr const char* errors::message<changed_table> = "expected the id of the table to change";
template <> inline constexpr const char* errors::message<added> = "expected what to add: `row ID \"label\"`, `column ID \"label\" KIND` or `block ID \"label\" { … }`";
template <> inline constexpr const char* errors::message<removed> = "expected what to remove: `row PATH`, `column PATH` or `block ID`";
template <> inline constexpr const char* errors::message<relabelled> = "expected what to relabel: `row PATH \"label\"`, `column PATH \"label\"` or `block ID \"label\"`";
template <> inline constexpr const char* errors::message<accepted_tree> = "expected `row` or `column`";
template <> inline constexpr const char* errors::message<added_node> = "expected an id and its label in quotes: `other \"其他主动公开文件\"`";
template <> inline constexpr const char* errors::message<edited_path> = "expected the id path of a row or column: `item1.rules`, `result.total`";
template <> inline constexpr const char* errors::message<changed_column> = "expected the id path of a column: `item8.amount`";
template <> inline constexpr const char* errors::message<edited_block> = "expected the id of a block";
template <> inline constexpr const char* errors::message<added_block_id> = "expected the new block's id";
template <> inline constexpr const char* errors::message<place_path> = "expected the id path of a row, column or block after `after`, `before` or `in`";
template <> inline constexpr const char* errors::message<new_label> = "expected the new label in quotes";
template <> inline constexpr const char* errors::message<accepted_label> = "expected a label in quotes to accept as a variant";
template <> inline constexpr const char* errors::message<kw_changed_column> = "expected `change column PATH KIND`";
template <> inline constexpr const char* errors::message<new_kind> = "expected a value kind: count, signed, decimal, text or money [元|万元|亿元]";
// clang-format on

template <typename Rule>
using control = must_if<errors, normal, false>::control<Rule>;

}  // namespace nianbao::edition::language
