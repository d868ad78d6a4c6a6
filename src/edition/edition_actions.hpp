// Actions of the edition language: they build a edition::definition as declarations are matched.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "edition_rules.hpp"
#include "nianbao/edition.hpp"
#include "variant.hpp"

namespace nianbao::edition::language {

struct build_state {
  build_state(const char* text_begin, const std::vector<edition::definition>& known_editions)
      : base(text_begin), known(known_editions) {}

  const char* base;
  const std::vector<edition::definition>& known;  // what `extends` may name
  edition::definition result;

  // A variant (variant_actions.hpp): the base it names when that is unknown; which inherited
  // settings its own declaration replaces (the first such declaration does); the change being
  // read: in the rows or the columns, the node to add before its place is read, the node or block
  // changed; and what it removed.
  std::string missing_base;
  bool inherited_recognise = false;
  bool inherited_sections = false;
  bool inherited_fact_settings = false;
  bool replace_recognise = false;
  bool edit_rows = true;
  std::vector<edition::node> added;
  enum class where { after, before, in } place = where::after;
  variant::place target;
  bool placed = false;
  bool adding_block = false;
  edition::block* edited_block = nullptr;
  std::vector<variant::removal> removals;

  // Trees: where the next node goes, and the nodes still open.
  edition::table* current_table = nullptr;
  edition::block* current_block = nullptr;
  std::vector<edition::node>* tree = nullptr;
  std::vector<edition::node*> open;
  std::optional<edition::value_kind> tree_kind;  // `columns count {`: for the roots that declare none
  std::string tree_unit;

  // Invariants: the one being declared and the comparison being built.
  edition::invariant pending;
  edition::comparison building;
  bool on_right = false;
  int next_sign = 1;
  bool next_is_sum = false;
  bool next_is_last = false;
  std::size_t last_offset = 0;  // where `last` stands: the operand starts there
  edition::cell_range range;

  // Crosswalks: the cell of this edition whose counterpart comes next.
  edition::crosswalk::cell walked;

  // Facts: the one being declared, where `in sections` and `except clauses with` go (the
  // edition's or the fact's), and the phrase parts being filled, innermost last.
  edition::fact fact;
  std::vector<unsigned>* sections = nullptr;
  std::vector<std::string>* except_clauses = nullptr;
  std::vector<std::string>* except_sentences = nullptr;
  std::vector<std::string>* except = nullptr;  // the one of the two being declared
  std::vector<std::vector<edition::phrase_part>*> phrase;

  std::size_t offset_of(const auto& in) const { return static_cast<std::size_t>(in.begin() - base); }
  std::vector<edition::term>& side() { return on_right ? building.right : building.left; }
  edition::node& top() { return *open.back(); }
};

// The text of a quoted string: quotes removed, \" and \\ unescaped.
inline std::string unquote(std::string_view quoted) {
  std::string text;
  for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\') ++i;
    text += quoted[i];
  }
  return text;
}

template <typename Rule>
struct action : nothing<Rule> {};

template <>
struct action<edition_id> {
  static void apply(const auto& in, build_state& st) {
    st.result.id = in.string();
    st.result.id_offset = st.offset_of(in);
  }
};
template <>
struct action<edition_name> {
  static void apply(const auto& in, build_state& st) { st.result.name = unquote(in.string_view()); }
};
template <>
struct action<issuer> {
  static void apply(const auto& in, build_state& st) { st.result.issued_by = unquote(in.string_view()); }
};
template <>
struct action<sections_start> {
  static void apply(const auto& /*in*/, build_state& st) {
    if (std::exchange(st.inherited_sections, false)) st.result.sections.clear();
  }
};
template <>
struct action<section_heading> {
  static void apply(const auto& in, build_state& st) { st.result.sections.push_back(unquote(in.string_view())); }
};
template <>
struct action<recognise_start> {
  static void apply(const auto& /*in*/, build_state& st) { st.replace_recognise = st.inherited_recognise; }
};
template <>
struct action<recognise_also> {
  static void apply(const auto& /*in*/, build_state& st) { st.replace_recognise = false; }
};
template <>
struct action<recognised_label> {
  static void apply(const auto& in, build_state& st) {
    if (std::exchange(st.replace_recognise, false)) {
      st.inherited_recognise = false;
      st.result.recognise.clear();
      st.result.recognise_keys.clear();
    }
    std::string label = unquote(in.string_view());
    // Normalised here, where an empty key can be refused at its place: every cell starts with
    // the empty label, which would make every document this edition's.
    std::string key = normalise_label(label);
    if (key.empty()) {
      throw tao::pegtl::parse_error("a recognising label must have text (spaces alone match every document)", in);
    }
    st.result.recognise.push_back(std::move(label));
    st.result.recognise_keys.push_back(std::move(key));
  }
};

// --- tables and trees ----------------------------------------------------------------------------
template <>
struct action<table_id> {
  // A variant's table of an inherited table's id takes its place, whole.
  static void apply(const auto& in, build_state& st) {
    auto& tables = st.result.tables;
    const auto inherited = std::find_if(tables.begin(), tables.end(), [&](const edition::table& t) {
      return t.id == in.string_view() && t.origin.inherited();
    });
    st.current_table = inherited != tables.end() ? &(*inherited = edition::table{}) : &tables.emplace_back();
    st.current_table->id = in.string();
    st.current_table->offset = st.offset_of(in);
  }
};
template <>
struct action<table_title> {
  static void apply(const auto& in, build_state& st) { st.current_table->title = unquote(in.string_view()); }
};
template <>
struct action<section_number> {
  static void apply(const auto& in, build_state& st) {
    st.current_table->section = static_cast<unsigned>(std::stoul(in.string()));
  }
};
template <>
struct action<corner_text> {
  static void apply(const auto& in, build_state& st) { st.current_table->corner = unquote(in.string_view()); }
};
template <>
struct action<blank_decl> {
  static void apply(const auto& /*in*/, build_state& st) { st.current_table->blank_is_zero = true; }
};
template <>
struct action<counts_decl> {
  // The severity's own actions set the pending invariant's level; each invariant sets it again.
  static void apply(const auto& /*in*/, build_state& st) { st.current_table->count_form_level = st.pending.level; }
};
template <>
struct action<block_id> {
  static void apply(const auto& in, build_state& st) {
    st.current_block = &st.current_table->blocks.emplace_back();
    st.current_block->id = in.string();
    st.current_block->offset = st.offset_of(in);
  }
};
template <>
struct action<block_label> {
  static void apply(const auto& in, build_state& st) { st.current_block->label = unquote(in.string_view()); }
};
template <>
struct action<block_decl> {
  static void apply(const auto& /*in*/, build_state& st) { st.current_block = nullptr; }
};

// A tree's root list: a block's or the table's own. Its default kind (`columns count {`) lands on
// a placeholder that validation hands down to the leaves.
template <>
struct action<columns_start> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.tree = st.current_block != nullptr ? &st.current_block->columns : &st.current_table->columns;
  }
};
template <>
struct action<rows_start> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.tree = st.current_block != nullptr ? &st.current_block->rows : &st.current_table->rows;
  }
};

template <>
struct action<node_id> {
  static void apply(const auto& in, build_state& st) {
    std::vector<edition::node>& siblings = st.open.empty() ? *st.tree : st.top().children;
    const std::string prefix = !st.open.empty()              ? st.top().path + "."
                               : st.current_block != nullptr ? st.current_block->id + "."
                                                             : std::string();
    edition::node& n = siblings.emplace_back();
    n.id = in.string();
    n.path = prefix + n.id;
    n.offset = st.offset_of(in);
    st.open.push_back(&n);
  }
};
template <>
struct action<node_label> {
  static void apply(const auto& in, build_state& st) { st.top().label = unquote(in.string_view()); }
};
template <>
struct action<variant_label> {
  static void apply(const auto& in, build_state& st) { st.top().variants.push_back(unquote(in.string_view())); }
};
template <>
struct action<node> {
  static void apply(const auto& /*in*/, build_state& st) { st.open.pop_back(); }
};

// A kind after a label belongs to that node; before a tree's `{`, to the tree's roots that
// declare none (validation hands kinds down to the leaves).
template <edition::value_kind Kind>
struct kind_action {
  static void apply(const auto& /*in*/, build_state& st) {
    if (!st.open.empty()) {
      st.top().kind = Kind;
    } else {
      st.tree_kind = Kind;
    }
  }
};
template <>
struct action<kind_count> : kind_action<edition::value_kind::count> {};
template <>
struct action<kind_signed> : kind_action<edition::value_kind::signed_count> {};
template <>
struct action<kind_decimal> : kind_action<edition::value_kind::decimal> {};
template <>
struct action<kind_text> : kind_action<edition::value_kind::text> {};
template <>
struct action<kind_money> : kind_action<edition::value_kind::money> {};
template <>
struct action<money_unit> {
  static void apply(const auto& in, build_state& st) { (st.open.empty() ? st.tree_unit : st.top().unit) = in.string(); }
};

template <>
struct action<columns_decl> {
  static void apply(const auto& /*in*/, build_state& st) {
    for (edition::node& root : *st.tree) {
      if (!root.kind) root.kind = st.tree_kind;
      if (root.unit.empty()) root.unit = st.tree_unit;
    }
    st.tree_kind.reset();
    st.tree_unit.clear();
  }
};

// --- invariants ----------------------------------------------------------------------------------
template <>
struct action<invariant_id> {
  static void apply(const auto& in, build_state& st) {
    st.pending = {};
    st.pending.id = in.string();
    st.pending.offset = st.offset_of(in);
  }
};
template <>
struct action<severity_error> {
  static void apply(const auto& /*in*/, build_state& st) { st.pending.level = edition::severity::error; }
};
template <>
struct action<severity_warning> {
  static void apply(const auto& /*in*/, build_state& st) { st.pending.level = edition::severity::warning; }
};
template <>
struct action<severity_note> {
  static void apply(const auto& /*in*/, build_state& st) { st.pending.level = edition::severity::note; }
};
template <>
struct action<kw_stated> {
  static void apply(const auto& /*in*/, build_state& st) { st.pending.stated = true; }
};
template <>
struct action<across_years> {
  static void apply(const auto& /*in*/, build_state& st) { st.pending.across_years = true; }
};
template <>
struct action<invariant_message> {
  static void apply(const auto& in, build_state& st) { st.pending.message = unquote(in.string_view()); }
};
template <>
struct action<loop_row> {
  static void apply(const auto& /*in*/, build_state& st) { st.pending.loop = edition::loop_kind::each_row; }
};
template <>
struct action<loop_column> {
  static void apply(const auto& /*in*/, build_state& st) { st.pending.loop = edition::loop_kind::each_column; }
};
template <>
struct action<loop_variable> {
  static void apply(const auto& in, build_state& st) { st.pending.variable = in.string(); }
};
template <>
struct action<loop_table> {
  static void apply(const auto& in, build_state& st) { st.pending.table = in.string(); }
};

template <>
struct action<cell_table> {
  static void apply(const auto& in, build_state& st) {
    st.range = {};
    st.range.offset = st.offset_of(in);
    st.range.table = in.string();
  }
};
template <>
struct action<row_first> {
  static void apply(const auto& in, build_state& st) { st.range.row_first = st.range.row_last = in.string(); }
};
template <>
struct action<row_last> {
  static void apply(const auto& in, build_state& st) { st.range.row_last = in.string(); }
};
template <>
struct action<column_first> {
  static void apply(const auto& in, build_state& st) { st.range.column_first = st.range.column_last = in.string(); }
};
template <>
struct action<column_last> {
  static void apply(const auto& in, build_state& st) { st.range.column_last = in.string(); }
};
template <>
struct action<last_year> {
  static void apply(const auto& in, build_state& st) {
    st.next_is_last = true;
    st.last_offset = st.offset_of(in);
  }
};
template <>
struct action<kw_sum> {
  static void apply(const auto& /*in*/, build_state& st) { st.next_is_sum = true; }
};
template <>
struct action<cells> {
  static void apply(const auto& /*in*/, build_state& st) {
    if (st.next_is_last) st.range.offset = st.last_offset;
    st.side().push_back(edition::term{st.next_sign, st.next_is_sum, st.range, {}, st.next_is_last});
    st.next_sign = 1;
    st.next_is_sum = false;
    st.next_is_last = false;
  }
};
template <>
struct action<summed_cells> : action<cells> {};
template <>
struct action<number> {
  static void apply(const auto& in, build_state& st) {
    st.side().push_back(edition::term{st.next_sign, false, std::nullopt, in.string()});
    st.next_sign = 1;
  }
};
template <>
struct action<plus_sign> {
  static void apply(const auto& /*in*/, build_state& st) { st.next_sign = 1; }
};
template <>
struct action<minus_sign> {
  static void apply(const auto& /*in*/, build_state& st) { st.next_sign = -1; }
};
template <>
struct action<comparator> {
  static void apply(const auto& in, build_state& st) {
    const std::string_view op = in.string_view();
    st.building.op = op == "=="   ? edition::comparison_op::eq
                     : op == "!=" ? edition::comparison_op::ne
                     : op == "<=" ? edition::comparison_op::le
                     : op == ">=" ? edition::comparison_op::ge
                     : op == "<"  ? edition::comparison_op::lt
                                  : edition::comparison_op::gt;
    st.on_right = true;
  }
};
template <>
struct action<condition> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.pending.condition = std::exchange(st.building, {});
    st.on_right = false;
  }
};
template <>
struct action<claim> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.pending.claim = std::exchange(st.building, {});
    st.on_right = false;
  }
};
template <>
struct action<plain_claim> : action<claim> {};
// A variant's declaration of an inherited id replaces the inherited one where it stood.
template <typename Part>
void declare(std::vector<Part>& parts, Part part) {
  const auto inherited =
      std::find_if(parts.begin(), parts.end(), [&](const Part& p) { return p.id == part.id && p.origin.inherited(); });
  if (inherited != parts.end()) {
    *inherited = std::move(part);
  } else {
    parts.push_back(std::move(part));
  }
}

template <>
struct action<invariant_decl> {
  static void apply(const auto& /*in*/, build_state& st) { declare(st.result.invariants, std::move(st.pending)); }
};

// --- crosswalks ----------------------------------------------------------------------------------
template <>
struct action<earlier_edition> {
  static void apply(const auto& in, build_state& st) {
    std::erase_if(st.result.crosswalks,
                  [&](const edition::crosswalk& w) { return w.from == in.string_view() && w.origin.inherited(); });
    edition::crosswalk& walk = st.result.crosswalks.emplace_back();
    st.pending = {};  // what the last invariant left, moved from: not a pairing's loop
    walk.from = in.string();
    walk.offset = st.offset_of(in);
  }
};
template <>
struct action<walked_table> {
  static void apply(const auto& in, build_state& st) { st.result.crosswalks.back().same_tables.push_back(in.string()); }
};
// A pairing's loop is read as an invariant's is, into `pending`, which no invariant holds here.
template <>
struct action<walk_here> {
  static void apply(const auto& in, build_state& st) {
    st.walked = {};
    st.walked.offset = st.offset_of(in);
    st.walked.here = st.range;
    st.walked.here_summed = std::exchange(st.next_is_sum, false);
    st.walked.loop = st.pending.loop;
    st.walked.variable = st.pending.variable;
    st.walked.loop_table = st.pending.table;
    st.pending = {};
  }
};
template <>
struct action<summed_here> : action<walk_here> {};
template <>
struct action<walk_there> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.walked.there = st.range;
    st.walked.there_summed = std::exchange(st.next_is_sum, false);
    st.result.crosswalks.back().cells.push_back(std::move(st.walked));
  }
};
template <>
struct action<summed_there> : action<walk_there> {};

// --- facts -----------------------------------------------------------------------------------------
template <>
struct action<facts_start> {
  static void apply(const auto& /*in*/, build_state& st) {
    if (std::exchange(st.inherited_fact_settings, false)) {
      st.result.fact_sections.clear();
      st.result.fact_except.clear();
      st.result.fact_except_sentences.clear();
    }
    st.sections = &st.result.fact_sections;
    st.except_clauses = &st.result.fact_except;
    st.except_sentences = &st.result.fact_except_sentences;
  }
};
template <>
struct action<fact_id> {
  static void apply(const auto& in, build_state& st) {
    st.fact = {};
    st.fact.id = in.string();
    st.fact.offset = st.offset_of(in);
    st.sections = &st.fact.sections;
    st.except_clauses = &st.fact.except;
    st.except_sentences = &st.fact.except_sentences;
  }
};
template <>
struct action<fact_message> {
  // The severity before it set the pending invariant's level, as for `counts checked as`.
  static void apply(const auto& in, build_state& st) {
    st.fact.message = unquote(in.string_view());
    st.fact.level = st.pending.level;
  }
};
template <>
struct action<fact_section> {
  static void apply(const auto& in, build_state& st) {
    st.sections->push_back(static_cast<unsigned>(std::stoul(in.string())));
  }
};
template <>
struct action<kw_clauses> {
  static void apply(const auto& /*in*/, build_state& st) { st.except = st.except_clauses; }
};
template <>
struct action<kw_sentences> {
  static void apply(const auto& /*in*/, build_state& st) { st.except = st.except_sentences; }
};
template <>
struct action<except_word> {
  static void apply(const auto& in, build_state& st) { st.except->push_back(unquote(in.string_view())); }
};
template <>
struct action<fact_cells> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.fact.cells = std::move(st.building.left);
    st.building = {};
  }
};
template <>
struct action<fact_other_cells> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.fact.or_cells.push_back(std::move(st.building.left));
    st.building = {};
  }
};
template <>
struct action<says_start> {
  static void apply(const auto& /*in*/, build_state& st) { st.phrase = {&st.fact.phrases.emplace_back()}; }
};

// A part of the phrase being filled: the innermost open alternative or optional part.
inline edition::phrase_part& add_part(const auto& in, build_state& st, edition::phrase_part::kind what) {
  edition::phrase_part& part = st.phrase.back()->emplace_back();
  part.what = what;
  part.offset = st.offset_of(in);
  return part;
}
template <>
struct action<phrase_text> {
  static void apply(const auto& in, build_state& st) {
    add_part(in, st, edition::phrase_part::kind::text).text = unquote(in.string_view());
  }
};
template <>
struct action<not_after_text> {
  static void apply(const auto& in, build_state& st) {
    add_part(in, st, edition::phrase_part::kind::not_after).text = unquote(in.string_view());
  }
};
template <>
struct action<gap_size> {
  static void apply(const auto& in, build_state& st) {
    add_part(in, st, edition::phrase_part::kind::gap).most = static_cast<unsigned>(std::stoul(in.string()));
  }
};
template <>
struct action<phrase_number> {
  static void apply(const auto& in, build_state& st) { add_part(in, st, edition::phrase_part::kind::number); }
};
// `(` and `[` open a part whose first alternative is filled next; `|` starts the next one. The
// parent's parts do not grow while one of theirs is open, so the pointers stay valid.
template <edition::phrase_part::kind What>
struct open_action {
  static void apply(const auto& in, build_state& st) {
    edition::phrase_part& part = add_part(in, st, What);
    st.phrase.push_back(&part.options.emplace_back());
  }
};
template <>
struct action<choice_open> : open_action<edition::phrase_part::kind::choice> {};
template <>
struct action<optional_open> : open_action<edition::phrase_part::kind::optional> {};
template <>
struct action<choice_bar> {
  static void apply(const auto& /*in*/, build_state& st) {
    st.phrase.pop_back();
    st.phrase.push_back(&st.phrase.back()->back().options.emplace_back());
  }
};
struct close_action {
  static void apply(const auto& /*in*/, build_state& st) { st.phrase.pop_back(); }
};
template <>
struct action<choice_close> : close_action {};
template <>
struct action<optional_close> : close_action {};
template <>
struct action<fact_decl> {
  static void apply(const auto& /*in*/, build_state& st) { declare(st.result.facts, std::move(st.fact)); }
};

}  // namespace nianbao::edition::language
