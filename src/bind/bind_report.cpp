// Binding a document: the edition, how its sections are written, and each table of the edition
// bound in the section it belongs to.
#include <algorithm>
#include <iterator>
#include <optional>

#include "document_tables.hpp"
#include "findings.hpp"
#include "nianbao/bind.hpp"
#include "nianbao/core/numerals.hpp"
#include "several_reports.hpp"
#include "tables.hpp"
#include "truncation.hpp"

namespace nianbao::bind {

namespace {

// Sections numbered out of order or missing. How many a report must have is the edition's to say
// (its `sections`); a report of no edition is only held to numbering its sections without a gap.
void check_sections(std::string_view text, const ast::document& doc, const edition::definition* edition,
                    std::vector<finding>& findings) {
  unsigned previous = 0;
  const auto declared = static_cast<unsigned>(edition != nullptr ? edition->sections.size() : 0);
  for (const ast::section& s : doc.sections) {
    const unsigned n = s.head.mark.number;
    const ast::span at = s.head.mark.where;
    if (s.head.mark.kind == ast::marker_kind::section_arabic) {
      finding& f = add_finding(findings, "SECTION-NUMBERING", severity::warning,
                               "section " + chinese_numeral(n) + " is numbered " + bind::quoted(at.in(text)) +
                                   " instead of " + bind::quoted(chinese_numeral(n) + "、"),
                               at);
      f.expected = chinese_numeral(n) + "、";
      f.found = std::string(at.in(text));
    }
    if (s.head_in_cell) {
      add_finding(findings, "SECTION-IN-TABLE", severity::warning,
                  "the heading of section " + chinese_numeral(n) + " is written inside a table cell", at);
    }
    for (unsigned missing = previous + 1; missing < n; ++missing) {
      add_finding(findings, "SECTION-MISSING", severity::error,
                  "section " + chinese_numeral(missing) + " is missing (section " + chinese_numeral(n) + " follows " +
                      (previous == 0 ? std::string("the title") : "section " + chinese_numeral(previous)) + ")",
                  at, "section " + std::to_string(missing));
    }
    previous = std::max(previous, n);
  }
  for (unsigned missing = previous + 1; missing <= declared; ++missing) {
    add_finding(findings, "SECTION-MISSING", severity::error,
                "section " + chinese_numeral(missing) + " is missing (the report ends after section " +
                    chinese_numeral(previous) + ")",
                ast::span{text.size(), text.size()}, "section " + std::to_string(missing));
  }
}

// `a`, `b`, `c`: labels quoted, at most `shown` of them.
std::string quoted_list(const std::vector<std::string_view>& labels, std::size_t shown) {
  std::string out;
  for (std::size_t i = 0; i < labels.size() && i < shown; ++i) {
    if (i != 0) out += ", ";
    out += quoted(labels[i]);
  }
  return out;
}

// The first label cell of the document's tables: where a reader starts to tell its edition.
ast::span first_label(const ast::document& doc) {
  std::optional<ast::span> first;
  for_each_table(doc, [&](const ast::table& t) {
    for (const ast::row& r : t.rows) {
      for (const ast::cell& c : r.cells) {
        if (!first && c.value.kind == ast::value_kind::text) first = c.value.where;
      }
    }
  });
  return first.value_or(ast::span{});
}

// NO-EDITION: what the tables showed, so that a reader sees why no edition fits.
void no_edition(const cell_labels& cells, const ast::document& doc, std::vector<finding>& findings) {
  std::string message;
  if (cells.label_keys().empty()) {
    message =
        "the document has no table with labels, so no edition can be told (a report in the pre-2019 format, or "
        "its tables lost in extraction?)";
  } else {
    // The first few labels in document order, and how many different ones there are: counted on
    // a sorted copy, since a large file that is no report has labels by the million.
    constexpr std::size_t labels_shown = 8;
    std::vector<std::string_view> all;
    std::copy_if(cells.label_keys().begin(), cells.label_keys().end(), std::back_inserter(all),
                 [](std::string_view key) { return !key.empty(); });
    std::vector<std::string_view> shown;
    for (const std::string_view key : all) {
      if (shown.size() == labels_shown) break;
      if (std::find(shown.begin(), shown.end(), key) == shown.end()) shown.push_back(key);
    }
    std::sort(all.begin(), all.end());
    const auto distinct = static_cast<std::size_t>(std::unique(all.begin(), all.end()) - all.begin());
    std::string seen = quoted_list(shown, labels_shown);
    if (distinct > shown.size()) seen += " … (" + std::to_string(distinct) + " in all)";
    message = "the tables match no known edition: none of their labels is one an edition recognises (seen: " + seen +
              "; a report in the pre-2019 format?)";
  }
  add_finding(findings, "NO-EDITION", severity::error, std::move(message), first_label(doc));
}

// EDITION-AMBIGUOUS: editions alike in labels that the tables fit equally well.
void ambiguous_edition(const ast::document& doc, const edition_choice& choice, std::vector<finding>& findings) {
  std::vector<std::string_view> ids;
  for (const edition::definition* ed : choice.tied) ids.push_back(ed->id);
  add_finding(findings, "EDITION-AMBIGUOUS", severity::note,
              "the tables fit editions " + quoted_list(ids, ids.size()) +
                  " equally, by their labels and by how well they conform; bound to " +
                  bind::quoted(choice.edition->id) + ", given first",
              first_label(doc));
}

const ast::section* section_numbered(const ast::document& doc, unsigned n) {
  for (const ast::section& s : doc.sections) {
    if (s.head.mark.number == n) return &s;
  }
  return nullptr;
}

}  // namespace

const char* name_of(value_state state) noexcept {
  switch (state) {
    case value_state::given:
      return "given";
    case value_state::not_given:
      return "not_given";
    case value_state::blank:
      return "blank";
    case value_state::missing:
      return "missing";
    case value_state::not_numeric:
      return "not_numeric";
  }
  return "?";
}

std::string bound_value::coordinate() const {
  std::string coord;
  coord.reserve(table.size() + row.size() + column.size() + 2);
  return coord.append(table).append("/").append(row).append("/").append(column);
}

const bound_value* bound_report::find(std::string_view table, std::string_view row, std::string_view column) const {
  for (const bound_value& v : values) {
    if (v.table == table && v.row == row && v.column == column) return &v;
  }
  return nullptr;
}

namespace {

bound_report bind_to(const cell_labels& cells, const ast::document& doc, edition_choice choice,
                     const binding_plan& plan);

// How well a document's tables fit an edition: errors first, then rows and columns of the
// document the edition has no place for, then other warnings. What a variant adds is exactly
// what the edition it varies has no place for; the variant may still find that row imperfect
// (a blank cell, a typo in its label), which must not weigh as much.
struct fit {
  std::size_t errors = 0;
  std::size_t unplaced = 0;
  std::size_t warnings = 0;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 reads the synthesised comparison's 0 as a null
  friend auto operator<=>(const fit&, const fit&) = default;
};

fit fit_of(const bound_report& bound) {
  fit f;
  for (const finding& each : bound.findings) {
    if (each.level == severity::error) {
      ++f.errors;
    } else if (each.id == "ROW-UNKNOWN" || each.id == "COLUMN-UNKNOWN") {
      ++f.unplaced;
    } else if (each.level == severity::warning) {
      ++f.warnings;
    }
  }
  return f;
}

// Among editions the labels cannot tell apart, those the document's tables fit best (fit_of:
// their layout, not their arithmetic, which is the checker's). The first of them in the order
// the editions were given (the built-in ones first) is bound: a document that does not show a
// variant's differences fits both, and failing it would punish a maintainer for loading the
// variant. When several fit equally, they stay in `tied`, and a note says so.
edition_choice settle_tie(const cell_labels& cells, const ast::document& doc, edition_choice choice,
                          const binding_plan& plan) {
  std::optional<fit> best;
  std::vector<const edition::definition*> best_fits;
  for (const edition::definition* candidate : choice.tied) {
    edition_choice trial = choice;
    trial.edition = candidate;
    trial.tied.clear();
    const fit s = fit_of(bind_to(cells, doc, trial, plan));
    if (!best || s < *best) {
      best = s, best_fits = {candidate};
    } else if (s == *best) {
      best_fits.push_back(candidate);
    }
  }
  choice.edition = best_fits.front();
  choice.tied = best_fits.size() > 1 ? std::move(best_fits) : std::vector<const edition::definition*>{};
  return choice;
}

}  // namespace

bound_report bind_report(std::string_view text, const ast::document& doc,
                         const std::vector<edition::definition>& editions) {
  return bind_report(text, doc, binding_plan(editions));
}

bound_report bind_report(std::string_view text, const ast::document& doc, const binding_plan& plan,
                         const edition::definition* as, std::span<const label_end> label_ends) {
  const cell_labels cells(text, doc, label_ends);
  if (as != nullptr) {
    edition_choice chosen;
    chosen.edition = as;
    return bind_to(cells, doc, std::move(chosen), plan);
  }
  edition_choice choice = plan.tables().recognition.choose(cells);
  if (choice.edition == nullptr && choice.tied.size() > 1) choice = settle_tie(cells, doc, std::move(choice), plan);
  return bind_to(cells, doc, std::move(choice), plan);
}

namespace {

bound_report bind_to(const cell_labels& cells, const ast::document& doc, edition_choice choice,
                     const binding_plan& plan) {
  const std::string_view text = cells.text();
  bound_report out;
  out.choice = std::move(choice);
  check_sections(text, doc, out.choice.edition, out.findings);
  check_several_reports(text, doc, out.findings);
  if (out.choice.edition == nullptr) {
    no_edition(cells, doc, out.findings);
    return out;
  }
  const edition_shape& shapes = plan.tables().of(*out.choice.edition);
  std::size_t count = 0;
  for (const table_shape& shape : shapes.tables) count += shape.value_cells;
  out.values.reserve(count);
  for (const table_shape& shape : shapes.tables) {
    const edition::table& layout = *shape.layout;
    const ast::section* section = section_numbered(doc, layout.section);
    std::vector<const ast::table*> tables;
    if (section != nullptr) {
      for (const ast::block& b : section->body) {
        if (const auto* t = std::get_if<ast::table>(&b)) tables.push_back(t);
      }
    }
    const ast::span where = section != nullptr ? section->head.mark.where : ast::span{};
    if (tables.empty()) {
      add_finding(out.findings, "TABLE-MISSING", severity::error,
                  "the " + layout.title + " table (section " + chinese_numeral(layout.section) + ") is missing", where,
                  layout.id);
    }
    if (layout.blocks.empty()) {
      bind_grid(cells, shape, tables, where, out);
    } else {
      bind_blocks(cells, shape, tables, where, out);
    }
  }
  if (out.choice.tied.size() > 1) ambiguous_edition(doc, out.choice, out.findings);
  group_truncation(text, doc, *out.choice.edition, out.findings);
  std::stable_sort(out.findings.begin(), out.findings.end(),
                   [](const finding& a, const finding& b) { return a.where.begin < b.where.begin; });
  return out;
}

}  // namespace

namespace {

// The count cells left out by the front end that may be one figure (their words joined): the
// value they then have, beside the value as bound (not given).
void read_as_one(const std::vector<cell_reading>& readings, bound_report& bound) {
  for (const cell_reading& r : readings) {
    const auto cell = std::find_if(bound.values.begin(), bound.values.end(),
                                   [&](const bound_value& v) { return v.where.begin <= r.at && r.at < v.where.end; });
    if (cell == bound.values.end() || cell->kind != edition::value_kind::count) continue;
    // Nobody writes a count with a leading zero: `0` over `5` is two figures.
    if (r.reading.starts_with("0") || r.reading.starts_with("\uFF10")) continue;
    const std::optional<decimal> value = parse_decimal(r.reading);
    if (!value || value->sign() < 0 || !value->is_integer()) continue;
    bound.readings_read.push_back(std::make_shared<const std::string>(r.reading));
    bound_value as_one = *cell;
    as_one.state = value_state::given;
    as_one.raw = *bound.readings_read.back();
    as_one.value = value;
    bound.uncertain_cells.push_back({static_cast<std::size_t>(cell - bound.values.begin()), std::move(as_one), r.at});
  }
}

}  // namespace

bound_report bind_input(const input::report_input& input, const std::vector<edition::definition>& editions) {
  return bind_input(input, binding_plan(editions));
}

bound_report bind_input(const input::report_input& input, const binding_plan& plan, const edition::definition* as) {
  if (input.tables_scrambled) {
    bound_report unbound;
    unbound.findings = input.findings;
    return unbound;
  }
  bound_report bound = bind_report(input.text.text(), input.document, plan, as, input.label_ends);
  if (input.format == input::input_format::markdown) {
    // A pipe table pads every row to its head's width: empty cells past a row's columns, with
    // nothing written under them, are the format's, not the report's.
    std::erase_if(bound.findings, [](const finding& f) { return f.id == "EXTRA-EMPTY-COLUMNS" && f.related.empty(); });
  }
  bound.findings.insert(bound.findings.begin(), input.findings.begin(), input.findings.end());
  read_as_one(input.readings, bound);
  return bound;
}

}  // namespace nianbao::bind
