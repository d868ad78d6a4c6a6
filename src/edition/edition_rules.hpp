// The grammar of the edition language (grammar/*.nbf). Rules only; what they build is in
// edition_actions.hpp, what they say on failure in edition_errors.hpp. The README documents the
// language with an example.
#pragma once

#include <tao/pegtl.hpp>

#include "nianbao/core/value_forms.hpp"

namespace nianbao::edition::language {

using namespace tao::pegtl;         // NOLINT(google-build-using-namespace): rules read like the language
namespace utf8 = tao::pegtl::utf8;  // PEGTL's, not nianbao::utf8 (core/utf8.hpp)

// --- lexical -----------------------------------------------------------------------------------
struct comment : seq<one<'#'>, until<eolf>> {};
struct blank : sor<one<' ', '\t', '\n', '\r', '\f', '\v'>, utf8::one<0x3000>, comment> {};
struct sp : star<blank> {};

struct identifier : seq<ranges<'a', 'z', 'A', 'Z', '_'>, star<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>>> {};
struct escaped : seq<one<'\\'>, one<'"', '\\'>> {};
struct string_char : sor<escaped, not_one<'"', '\\', '\n'>> {};
struct string_body : star<string_char> {};
struct closing_quote : one<'"'> {};
template <typename Body>
struct quoted : if_must<one<'"'>, Body, closing_quote> {};

struct kw_edition : TAO_PEGTL_KEYWORD("edition") {};
struct kw_issued_by : TAO_PEGTL_KEYWORD("issued_by") {};
struct kw_recognise : TAO_PEGTL_KEYWORD("recognise") {};
struct kw_sections : TAO_PEGTL_KEYWORD("sections") {};
struct kw_table : TAO_PEGTL_KEYWORD("table") {};
struct kw_section : TAO_PEGTL_KEYWORD("section") {};
struct kw_block : TAO_PEGTL_KEYWORD("block") {};
struct kw_columns : TAO_PEGTL_KEYWORD("columns") {};
struct kw_rows : TAO_PEGTL_KEYWORD("rows") {};
struct kw_corner : TAO_PEGTL_KEYWORD("corner") {};
struct kw_blank : TAO_PEGTL_KEYWORD("blank") {};
struct kw_means : TAO_PEGTL_KEYWORD("means") {};
struct kw_or : TAO_PEGTL_KEYWORD("or") {};
struct kw_invariant : TAO_PEGTL_KEYWORD("invariant") {};
struct kw_for : TAO_PEGTL_KEYWORD("for") {};
struct kw_row : TAO_PEGTL_KEYWORD("row") {};
struct kw_column : TAO_PEGTL_KEYWORD("column") {};
struct kw_in : TAO_PEGTL_KEYWORD("in") {};
struct kw_if : TAO_PEGTL_KEYWORD("if") {};
struct kw_then : TAO_PEGTL_KEYWORD("then") {};
struct kw_sum : TAO_PEGTL_KEYWORD("sum") {};
struct kw_counts : TAO_PEGTL_KEYWORD("counts") {};
struct kw_checked : TAO_PEGTL_KEYWORD("checked") {};
struct kw_as : TAO_PEGTL_KEYWORD("as") {};
struct kw_across : TAO_PEGTL_KEYWORD("across") {};
struct kw_years : TAO_PEGTL_KEYWORD("years") {};
struct kw_last : TAO_PEGTL_KEYWORD("last") {};
struct kw_follows : TAO_PEGTL_KEYWORD("follows") {};
struct kw_same : TAO_PEGTL_KEYWORD("same") {};
struct kw_from : TAO_PEGTL_KEYWORD("from") {};
struct kw_after : TAO_PEGTL_KEYWORD("after") {};
struct kw_before : TAO_PEGTL_KEYWORD("before") {};
struct kw_inside : TAO_PEGTL_KEYWORD("in") {};  // a variant's `in`: kw_in says what a loop expects

struct severity_error : TAO_PEGTL_KEYWORD("error") {};
struct severity_warning : TAO_PEGTL_KEYWORD("warning") {};
struct severity_note : TAO_PEGTL_KEYWORD("note") {};
struct severity : sor<severity_error, severity_warning, severity_note> {};

struct open_brace : one<'{'> {};
struct close_brace : one<'}'> {};
struct list_comma : one<','> {};
struct colon : one<':'> {};

// --- value kinds ---------------------------------------------------------------------------------
struct kind_count : TAO_PEGTL_KEYWORD("count") {};
struct kind_signed : TAO_PEGTL_KEYWORD("signed") {};
struct kind_decimal : TAO_PEGTL_KEYWORD("decimal") {};
struct kind_text : TAO_PEGTL_KEYWORD("text") {};
struct kind_money : TAO_PEGTL_KEYWORD("money") {};
struct money_unit : forms::value::unit {};  // the units a report may write (core/value_forms.hpp)
// A unit the language does not know (`money 千元`) is said to be one, where it stands. The error
// is raised as a rule of its own: every rule with a message raises when it fails (must_if), and
// money_unit may fail, the unit being optional.
struct unit_expected : money_unit {};
struct unknown_unit : seq<at<utf8::not_range<0, 0x7F>>, raise<unit_expected>> {};
struct money_kind : seq<kind_money, opt<plus<one<' ', '\t'>>, sor<money_unit, unknown_unit>>> {};
struct value_kind : sor<kind_count, kind_signed, kind_decimal, kind_text, money_kind> {};

// Words with a meaning after a label cannot name a node.
struct reserved : sor<kw_or, kind_count, kind_signed, kind_decimal, kind_text, kind_money> {};

// --- row and column trees ------------------------------------------------------------------------
//   made "本年新制作数量" count
//   petition "1.信访举报投诉类申请" or "1.信访举报类申请"
//   withheld "（三）不予公开" { state_secret "1.属于国家秘密" … }
struct node;
struct node_id : seq<not_at<reserved>, identifier> {};
struct node_label : quoted<string_body> {};
struct variant_label : quoted<string_body> {};
struct variants : if_must<kw_or, sp, variant_label, star<sp, list_comma, sp, variant_label>> {};
struct children_open : one<'{'> {};
struct node_children : if_must<children_open, sp, star<node, sp>, close_brace> {};
// A word after a node's label that is neither a value kind nor the next node (an id, then its
// label in quotes), such as a misspelt kind: said where it stands, not as a missing label later.
// A node a variant adds is followed by where it goes.
struct stray_word
    : seq<not_at<sor<kw_after, kw_before, kw_inside>>, identifier, star<one<' ', '\t'>>, not_at<one<'"'>>> {};
struct kind_expected : stray_word {};
struct no_stray_word : opt<plus<one<' ', '\t'>>, at<stray_word>, raise<kind_expected>> {};
struct node
    : if_must<node_id, sp, node_label, opt<sp, variants>, opt<sp, value_kind>, no_stray_word, opt<sp, node_children>> {
};

struct columns_start : kw_columns {};
struct rows_start : kw_rows {};
struct columns_open : one<'{'> {};  // after an optional kind for every column, which a typo may be
struct columns_decl : if_must<columns_start, sp, opt<value_kind, sp>, columns_open, sp, star<node, sp>, close_brace> {};
struct rows_decl : if_must<rows_start, sp, open_brace, sp, star<node, sp>, close_brace> {};

struct block_id : identifier {};
struct block_label : quoted<string_body> {};
struct block_decl : if_must<kw_block, sp, block_id, sp, block_label, sp, open_brace, sp,
                            star<sor<columns_decl, rows_decl>, sp>, close_brace> {};

struct corner_text : quoted<string_body> {};
struct corner_decl : if_must<kw_corner, sp, corner_text> {};
struct zero : one<'0'> {};
struct blank_decl : if_must<kw_blank, sp, kw_means, sp, zero> {};
//   counts checked as warning      (a negative or fractional count is a finding of this severity)
struct counts_decl : if_must<kw_counts, sp, kw_checked, sp, kw_as, sp, severity> {};

struct table_id : identifier {};
struct table_title : quoted<string_body> {};
// A report has six sections; two digits leave room and keep the number in range.
struct section_number : seq<rep_min_max<1, 2, digit>, not_at<digit>> {};
struct table_item : sor<corner_decl, blank_decl, counts_decl, columns_decl, rows_decl, block_decl> {};
struct table_decl : if_must<kw_table, sp, table_id, sp, table_title, sp, kw_section, sp, section_number, sp, open_brace,
                            sp, star<table_item, sp>, close_brace> {};

// --- invariants -----------------------------------------------------------------------------------
//   invariant E1 error "…" for column c in t3: t3[new, c] + t3[carried_in, c] == t3[result.total, c] + …
//   invariant W warning "…" if t2[a, b] == 0 then t2[a, c] == 0
struct path : seq<identifier, star<one<'.'>, identifier>> {};
struct range_dots : two<'.'> {};
struct row_first : path {};
struct row_last : path {};
struct column_first : path {};
struct column_last : path {};
struct row_range : seq<row_first, opt<sp, if_must<range_dots, sp, row_last>>> {};
struct column_range : seq<column_first, opt<sp, if_must<range_dots, sp, column_last>>> {};
struct close_bracket : one<']'> {};
struct cell_table : identifier {};
struct coordinate_comma : one<','> {};
// `last t3[…]`: the cells of the same agency's report of the year before (invariants across years).
struct last_year : kw_last {};
struct cells : if_must<seq<opt<last_year, sp>, cell_table, one<'['>>, sp, row_range, sp, coordinate_comma, sp,
                       column_range, sp, close_bracket> {};
struct summed_cells : cells {};
struct sum_of : if_must<kw_sum, sp, summed_cells> {};
struct number : seq<opt<one<'-'>>, plus<digit>, opt<one<'.'>, plus<digit>>> {};
struct operand : sor<sum_of, cells, number> {};
struct plus_sign : one<'+'> {};
struct minus_sign : one<'-'> {};
struct next_operand : if_must<sor<plus_sign, minus_sign>, sp, operand> {};
struct side : seq<operand, star<sp, next_operand>> {};
struct comparator : sor<TAO_PEGTL_STRING("=="), TAO_PEGTL_STRING("!="), TAO_PEGTL_STRING("<="), TAO_PEGTL_STRING(">="),
                        one<'<'>, one<'>'>> {};
struct right_side : side {};
struct comparison : seq<side, sp, must<comparator>, sp, must<right_side>> {};
struct condition : comparison {};
struct claim : comparison {};
struct implication : if_must<kw_if, sp, condition, sp, kw_then, sp, claim> {};
struct plain_claim : claim {};
struct formula : sor<implication, plain_claim> {};

struct loop_row : kw_row {};
struct loop_column : kw_column {};
struct loop_variable : identifier {};
struct loop_table : identifier {};
struct loop_direction : sor<loop_row, loop_column> {};
struct loop : if_must<kw_for, sp, loop_direction, sp, loop_variable, sp, kw_in, sp, loop_table, sp, colon> {};

struct invariant_id : identifier {};
struct invariant_message : quoted<string_body> {};
struct kw_stated : TAO_PEGTL_KEYWORD("stated") {};
//   invariant X1 warning across years "…" for column c in t3: t3[carried_in, c] == last t3[carried_out, c]
struct across_years : if_must<kw_across, sp, kw_years> {};
struct invariant_decl : if_must<kw_invariant, sp, invariant_id, sp, severity, sp, opt<kw_stated, sp>,
                                opt<across_years, sp>, invariant_message, sp, opt<loop, sp>, formula> {};

// --- crosswalks ------------------------------------------------------------------------------------
//   follows gov2019 {                         (a report of this edition may follow one in gov2019)
//     same t3, t4                             (these tables' cells are the same, id for id)
//     t2[item1.rules, item1.in_force] from t2[item1.rules, item1.in_force]
//     for column c in t3: sum t3[result.other_handling.no_correction .. result.other_handling.other, c]
//                           from t3[result.other, c]            (one row split into three)
//   }
struct walked_table : identifier {};
struct same_tables : if_must<kw_same, sp, walked_table, star<sp, list_comma, sp, walked_table>> {};
struct walk_here : cells {};
struct summed_here : walk_here {};
struct here_side : sor<if_must<kw_sum, sp, summed_here>, walk_here> {};
struct walk_there : cells {};
struct summed_there : walk_there {};
struct there_side : sor<if_must<kw_sum, sp, summed_there>, walk_there> {};
struct walked_cell : seq<opt<loop, sp>, if_must<here_side, sp, kw_from, sp, there_side>> {};
struct crosswalk_item : sor<same_tables, walked_cell> {};
struct earlier_edition : identifier {};
struct crosswalk_decl
    : if_must<kw_follows, sp, earlier_edition, sp, open_brace, sp, star<crosswalk_item, sp>, close_brace> {};

// --- facts ----------------------------------------------------------------------------------------
//   facts in sections 1, 3, 4 except clauses with "去年", "同比"
//   fact received warning "本年新收政府信息公开申请数量" = t3[new, applicant.total]
//     says ("收到" | "受理") ~10 "申请" ~8 N ("件" | "个")      (N: the figure, as the text writes it)
//     says "未" ("收到" | "受理") ~12 "申请"                    (no N: the figure is 0)
//     except clauses with "网上"                        (a clause holding one is not read for it)
//     except sentences with "主动公开"                  (nor a sentence)
struct kw_facts : TAO_PEGTL_KEYWORD("facts") {};
struct kw_fact : TAO_PEGTL_KEYWORD("fact") {};
struct kw_says : TAO_PEGTL_KEYWORD("says") {};
struct kw_in_sections : TAO_PEGTL_KEYWORD("in") {};
struct kw_sections_listed : TAO_PEGTL_KEYWORD("sections") {};
struct kw_except : TAO_PEGTL_KEYWORD("except") {};
struct kw_clauses : TAO_PEGTL_KEYWORD("clauses") {};
struct kw_with : TAO_PEGTL_KEYWORD("with") {};

struct phrase_sequence;
struct phrase_text : quoted<string_body> {};
struct gap_size : seq<rep_min_max<1, 2, digit>, not_at<digit>> {};
struct phrase_gap : if_must<one<'~'>, gap_size> {};
struct phrase_number : TAO_PEGTL_KEYWORD("N") {};
struct choice_open : one<'('> {};
struct choice_bar : one<'|'> {};
struct choice_close : one<')'> {};
struct phrase_choice
    : if_must<choice_open, sp, phrase_sequence, star<sp, choice_bar, sp, phrase_sequence>, sp, choice_close> {};
struct optional_open : one<'['> {};
struct optional_close : one<']'> {};
struct phrase_optional : if_must<optional_open, sp, phrase_sequence, sp, optional_close> {};
struct not_after_text : quoted<string_body> {};
struct phrase_not_after : if_must<one<'!'>, not_after_text> {};
struct phrase_part : sor<phrase_text, phrase_gap, phrase_number, phrase_choice, phrase_optional, phrase_not_after> {};
struct phrase_sequence : seq<phrase_part, star<sp, phrase_part>> {};
struct says_start : kw_says {};
struct says_decl : if_must<says_start, sp, phrase_sequence> {};
struct first_says : says_decl {};

struct fact_section : seq<rep_min_max<1, 2, digit>, not_at<digit>> {};
struct in_sections
    : if_must<kw_in_sections, sp, kw_sections_listed, sp, fact_section, star<sp, list_comma, sp, fact_section>> {};
struct kw_sentences : TAO_PEGTL_KEYWORD("sentences") {};
struct except_word : quoted<string_body> {};
struct except_scope : sor<kw_clauses, kw_sentences> {};
struct except_decl
    : if_must<kw_except, sp, except_scope, sp, kw_with, sp, except_word, star<sp, list_comma, sp, except_word>> {};
struct facts_start : kw_facts {};
struct facts_settings : sor<seq<in_sections, star<sp, except_decl>>, seq<except_decl, star<sp, except_decl>>> {};
struct facts_decl : if_must<facts_start, sp, facts_settings> {};

struct fact_id : identifier {};
struct fact_message : quoted<string_body> {};
struct fact_equals : one<'='> {};
struct fact_cells : side {};
struct kw_or_reading : TAO_PEGTL_KEYWORD("or") {};
struct fact_other_cells : side {};
struct other_reading : if_must<kw_or_reading, sp, fact_other_cells> {};
struct fact_decl
    : if_must<kw_fact, sp, fact_id, sp, severity, sp, fact_message, sp, opt<in_sections, sp>, fact_equals, sp,
              fact_cells, sp, star<other_reading, sp>, first_says, star<sp, says_decl>, star<sp, except_decl>> {};

// --- a variant's changes to the edition it extends -------------------------------------------------
//   drop invariant W1          drop fact made          drop table t4          drop follows gov2019
//   in table t2 {
//     add row other "其他主动公开文件" after item1.normative      (or before P, or in P: last under P)
//     add column x "本年撤销件数" count in item1
//     add block item9 "第二十条第（九）项" after item8 { columns { … } rows { … } }
//     remove row item6.coercion                remove column item5.change      remove block item9
//     relabel row item1.normative "规范性文件" or "行政规范性文件"    relabel block item8 "…"
//     accept row item5.licensing "行政审批"   (another spelling, accepted as the label is)
//     change column item8.amount money 元      (a leaf column's value kind)
//     corner "…"   blank means 0   counts checked as warning      (the table's settings)
//   }
struct kw_extends : TAO_PEGTL_KEYWORD("extends") {};
struct kw_drop : TAO_PEGTL_KEYWORD("drop") {};
struct kw_add : TAO_PEGTL_KEYWORD("add") {};
struct kw_remove : TAO_PEGTL_KEYWORD("remove") {};
struct kw_relabel : TAO_PEGTL_KEYWORD("relabel") {};
struct kw_accept : TAO_PEGTL_KEYWORD("accept") {};
struct kw_change : TAO_PEGTL_KEYWORD("change") {};
struct kw_also : TAO_PEGTL_KEYWORD("also") {};
struct kw_fact_dropped : TAO_PEGTL_KEYWORD("fact") {};

struct base_edition : identifier {};
struct extends_clause : if_must<kw_extends, sp, base_edition> {};

struct dropped_invariant : identifier {};
struct dropped_fact : identifier {};
struct dropped_table : identifier {};
struct dropped_crosswalk : identifier {};
struct dropped : sor<seq<kw_invariant, sp, must<dropped_invariant>>, seq<kw_fact_dropped, sp, must<dropped_fact>>,
                     seq<kw_table, sp, must<dropped_table>>, seq<kw_follows, sp, must<dropped_crosswalk>>> {};
struct drop_decl : if_must<kw_drop, sp, dropped> {};

// Which tree a change is in: `row` and `column` name a node, `block` a block of table 二.
struct edited_rows : kw_row {};
struct edited_columns : kw_column {};
struct edited_tree : sor<edited_rows, edited_columns> {};
struct edited_path : path {};
struct edited_block : identifier {};

struct place_after : kw_after {};
struct place_before : kw_before {};
struct place_in : kw_inside {};
struct place_path : path {};
struct placement : if_must<sor<place_after, place_before, place_in>, sp, place_path> {};
struct added_node : node {};  // a rule of its own: a node's message would fire inside opt<> and star<>
struct add_node : seq<edited_tree, sp, must<added_node>, opt<sp, placement>> {};
struct added_block_id : identifier {};
struct added_block : if_must<kw_block, sp, added_block_id, sp, block_label, opt<sp, placement>, sp, open_brace, sp,
                             star<sor<columns_decl, rows_decl>, sp>, close_brace> {};
struct added : sor<added_block, add_node> {};
struct add_decl : if_must<kw_add, sp, added> {};

struct removed_node : seq<edited_tree, sp, must<edited_path>> {};
struct removed_block : if_must<kw_block, sp, edited_block> {};
struct removed : sor<removed_block, removed_node> {};
struct remove_decl : if_must<kw_remove, sp, removed> {};

struct new_label : quoted<string_body> {};
struct relabelled_node : seq<edited_tree, sp, must<edited_path>, sp, must<new_label>, opt<sp, variants>> {};
struct relabelled_block : if_must<kw_block, sp, edited_block, sp, new_label> {};
struct relabelled : sor<relabelled_block, relabelled_node> {};
struct relabel_decl : if_must<kw_relabel, sp, relabelled> {};

struct accepted_label : quoted<string_body> {};
struct accepted_tree : edited_tree {};
struct accept_decl : if_must<kw_accept, sp, accepted_tree, sp, edited_path, sp, accepted_label,
                             star<sp, list_comma, sp, accepted_label>> {};
struct changed_column : path {};
struct kw_changed_column : kw_column {};
struct new_kind : value_kind {};
struct change_decl : if_must<kw_change, sp, kw_changed_column, sp, changed_column, sp, new_kind> {};

struct table_change
    : sor<add_decl, remove_decl, relabel_decl, accept_decl, change_decl, corner_decl, blank_decl, counts_decl> {};
struct changed_table : identifier {};
struct kw_changed_table : kw_table {};
struct change_table_decl : if_must<kw_inside, sp, kw_changed_table, sp, changed_table, sp, open_brace, sp,
                                   star<table_change, sp>, close_brace> {};

// --- the edition ----------------------------------------------------------------------------------
struct issuer : quoted<string_body> {};
struct issued_by_decl : if_must<kw_issued_by, sp, issuer> {};
struct recognised_label : quoted<string_body> {};
// `recognise also …` in a variant: labels added to the inherited ones, which `recognise` replaces.
struct recognise_also : kw_also {};
struct recognise_start : kw_recognise {};
struct recognise_decl : if_must<recognise_start, sp, opt<recognise_also, sp>, recognised_label,
                                star<sp, list_comma, sp, recognised_label>> {};

struct edition_id : identifier {};
struct edition_name : quoted<string_body> {};
//   sections "总体情况", "主动公开政府信息情况", …      (the headings after 一、 二、 …, in order)
struct section_heading : quoted<string_body> {};
struct sections_start : kw_sections {};
struct sections_decl : if_must<sections_start, sp, section_heading, star<sp, list_comma, sp, section_heading>> {};
struct edition_item : sor<issued_by_decl, recognise_decl, sections_decl, table_decl, invariant_decl, crosswalk_decl,
                          facts_decl, fact_decl, drop_decl, change_table_decl> {};
struct edition_open : open_brace {};
struct edition_decl : if_must<kw_edition, sp, edition_id, sp, edition_name, sp, opt<extends_clause, sp>, edition_open,
                              sp, star<edition_item, sp>, close_brace> {};
struct end_of_file : eof {};
// Editors on Windows often save UTF-8 with a byte-order mark: it is no part of the edition.
struct edition_file : seq<opt<utf8::bom>, sp, must<edition_decl>, sp, must<end_of_file>> {};

}  // namespace nianbao::edition::language
