// `editions diff`: the rules (invariants, facts, crosswalks) and the edition-wide settings, and the
// whole diff in order.
#include <algorithm>
#include <functional>
#include <map>

#include "diff_parts.hpp"
#include "rule_text.hpp"

namespace nianbao::edition {

const char* name_of(change_class c) noexcept {
  switch (c) {
    case change_class::breaking:
      return "breaking";
    case change_class::compatible:
      return "compatible";
    case change_class::cosmetic:
      return "cosmetic";
  }
  return "?";
}

change& diff_context::add(change_class what, std::string part, std::string action, std::string table) const {
  change& c = out.emplace_back();
  c.what = what;
  c.part = std::move(part);
  c.action = std::move(action);
  c.table = std::move(table);
  return c;
}

void diff_context::breaks(change& c, bool reports, bool coordinates, std::string reason) {
  c.what = change_class::breaking;
  c.breaks_reports = reports;
  c.breaks_coordinates = coordinates;
  c.reason = std::move(reason);
}

namespace {

// What a rule of B at this level does to a report of A that breaks it: an error makes it fail, a
// warning does not.
void judged_at(const diff_context& cx, change& c, severity level) {
  if (level == severity::error) {
    diff_context::breaks(c, true, false, "an error: a report that conforms to " + cx.a.id + " may fail it");
  } else {
    c.what = change_class::compatible;
    c.reason = std::string("a ") + name_of(level) + ": a report of " + cx.a.id + " that fails it still conforms";
  }
}

// A change to a part both editions have, under one id.
change& changed(const diff_context& cx, const char* part, std::string action, const std::string& id) {
  change& c = cx.add(change_class::compatible, part, std::move(action), "");
  c.before = id;
  c.after = id;
  return c;
}

// The parts of one kind (invariants, facts) paired by id, then by what they say (`same`): a rule
// whose id alone changed is renamed, not removed and added.
template <class Part>
void diff_parts(const diff_context& cx, const std::vector<Part>& a, const std::vector<Part>& b, const char* part,
                const std::function<bool(const Part&, const Part&)>& same,
                const std::function<void(const Part&, const Part&)>& compare) {
  const pairing<Part, std::function<bool(const Part&, const Part&)>> pairs(a, b, same);
  const std::vector<const Part*>& partner = pairs.partner;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (partner[i] == nullptr) {
      change& c = cx.add(change_class::compatible, part, "added", "");
      c.after = b[i].id;
      c.label_after = b[i].message;
      judged_at(cx, c, b[i].level);
      continue;
    }
    const Part& x = *partner[i];
    if (x.id != b[i].id) {
      change& c = cx.add(change_class::cosmetic, part, "renamed", "");
      c.before = x.id;
      c.after = b[i].id;
      c.reason = "it says the same; its findings carry the new id";
    }
    if (x.level != b[i].level) {
      change& c = changed(cx, part, std::string("level ") + name_of(x.level) + " → " + name_of(b[i].level), b[i].id);
      if (b[i].level == severity::error) {
        diff_context::breaks(c, true, false, "what was a warning is an error");
      } else {
        c.reason = "what was an error is a " + std::string(name_of(b[i].level));
      }
    }
    if (x.message != b[i].message) {
      change& c = changed(cx, part, "message changed", b[i].id);
      c.what = change_class::cosmetic;
      c.label_before = x.message;
      c.label_after = b[i].message;
      c.reason = "only the words of its findings change";
    }
    compare(x, b[i]);
  }
  for (std::size_t j = 0; j < a.size(); ++j) {
    if (pairs.paired_a[j]) continue;
    change& c = cx.add(change_class::compatible, part, "removed", "");
    c.before = a[j].id;
    c.label_before = a[j].message;
    c.reason = "one rule fewer: a report of " + cx.a.id + " that conforms still does";
  }
}

// Every cell a rule reads, its ranges spelt out in its edition, side by side (`|` between sides).
// A's paths are read as B names them, once the tables' changes are known (`renames`).
std::vector<std::string> invariant_reads(const definition& ed, const invariant& inv, const path_names& renamed) {
  std::vector<std::string> out;
  const auto add = [&](const std::vector<term>& side) {
    const std::vector<std::string> cells = cells_read(ed, side, inv.variable, renamed);
    out.insert(out.end(), cells.begin(), cells.end());
    out.emplace_back("|");
  };
  if (inv.condition) {
    add(inv.condition->left);
    add(inv.condition->right);
  }
  add(inv.claim.left);
  add(inv.claim.right);
  return out;
}

// What one reads and the other does not: `no longer reads t3[x, *]`, `now reads …`.
std::vector<std::string> reads_shift(std::vector<std::string> before, std::vector<std::string> after) {
  std::erase(before, "|");
  std::erase(after, "|");
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  std::vector<std::string> gone;
  std::vector<std::string> come;
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(gone));
  std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(come));
  std::vector<std::string> out;
  out.reserve(gone.size() + come.size());
  for (const std::string& c : gone) out.push_back("no longer reads " + c.substr(1));
  for (const std::string& c : come) out.push_back("now reads " + c.substr(1));
  return out;
}

// A rule or fact whose text is the same in both but whose ranges cover other cells in B: what it
// no longer reads and now reads.
template <class Part>
void cells_read_changed(const diff_context& cx, const char* part, const Part& in_b,
                        const std::vector<std::string>& before, const std::vector<std::string>& after) {
  if (before == after) return;
  change& c = changed(cx, part, "cells read changed", in_b.id);
  c.related = reads_shift(before, after);
  judged_at(cx, c, in_b.level);
  c.reason += " (its text is the same, but a range in it covers other cells)";
}

// A's rows and columns whose id alone changed, as B names them.
path_names renames(const diff_context& cx) {
  std::map<std::pair<std::string, std::string>, std::string> moved;
  for (const change& c : cx.out) {
    if (c.action == "renamed" && (c.part == "row" || c.part == "column")) moved[{c.table, c.before}] = c.after;
  }
  return [moved = std::move(moved)](const std::string& table, const std::string& path) {
    const auto it = moved.find({table, path});
    return it == moved.end() ? path : it->second;
  };
}

void diff_invariants(const diff_context& cx) {
  const path_names as_b = renames(cx);
  diff_parts<invariant>(
      cx, cx.a.invariants, cx.b.invariants, "invariant",
      [](const invariant& x, const invariant& y) {
        return formula_text(x) == formula_text(y) && x.across_years == y.across_years;
      },
      [&](const invariant& x, const invariant& y) {
        if (formula_text(x) != formula_text(y) || x.across_years != y.across_years) {
          change& c = changed(cx, "invariant", "formula changed", y.id);
          c.label_before = formula_text(x);
          c.label_after = formula_text(y);
          judged_at(cx, c, y.level);
        } else {
          cells_read_changed(cx, "invariant", y, invariant_reads(cx.a, x, as_b), invariant_reads(cx.b, y, {}));
        }
      });
}

void diff_facts(const diff_context& cx) {
  const auto same = [](const fact& x, const fact& y) {
    return readings_text(x) == readings_text(y) && phrases_text(x) == phrases_text(y);
  };
  const path_names as_b = renames(cx);
  const auto reads = [](const definition& ed, const fact& f, const path_names& renamed) {
    std::vector<std::string> out = cells_read(ed, f.cells, {}, renamed);
    for (const std::vector<term>& reading : f.or_cells) {
      out.emplace_back("|");
      const std::vector<std::string> cells = cells_read(ed, reading, {}, renamed);
      out.insert(out.end(), cells.begin(), cells.end());
    }
    return out;
  };
  diff_parts<fact>(cx, cx.a.facts, cx.b.facts, "fact", same, [&](const fact& x, const fact& y) {
    for (const auto& [what, text] : {std::pair{"cells changed", &readings_text}, {"phrases changed", &phrases_text}}) {
      if (text(x) == text(y)) continue;
      change& c = changed(cx, "fact", what, y.id);
      c.label_before = text(x);
      c.label_after = text(y);
      judged_at(cx, c, y.level);
    }
    if (readings_text(x) == readings_text(y))
      cells_read_changed(cx, "fact", y, reads(cx.a, x, as_b), reads(cx.b, y, {}));
  });
}

std::vector<std::string> crosswalk_lines(const crosswalk& w) {
  std::vector<std::string> out;
  for (const std::string& t : w.same_tables) out.push_back("same " + t);
  for (const crosswalk::cell& c : w.cells) out.push_back(pairing_text(c));
  return out;
}

// Crosswalks change only what the checks across years read of last year's report; they can make a
// report fail only through such a check at error level.
void diff_crosswalks(const diff_context& cx) {
  const bool graver = std::any_of(cx.b.invariants.begin(), cx.b.invariants.end(),
                                  [](const invariant& i) { return i.across_years && i.level == severity::error; });
  const auto judged = [&](change& c) {
    if (graver) {
      diff_context::breaks(c, true, false, "a check across years at error level may read other cells of last year's");
    } else {
      c.what = change_class::compatible;
      c.reason = "only checks across years read it, and " + cx.b.id + "'s are warnings";
    }
  };
  for (const crosswalk& y : cx.b.crosswalks) {
    const auto x = std::find_if(cx.a.crosswalks.begin(), cx.a.crosswalks.end(),
                                [&](const crosswalk& w) { return w.from == y.from; });
    if (x != cx.a.crosswalks.end() && crosswalk_lines(*x) == crosswalk_lines(y)) continue;
    change& c = cx.add(change_class::compatible, "crosswalk", x == cx.a.crosswalks.end() ? "added" : "changed", "");
    c.after = "follows " + y.from;
    c.related = crosswalk_lines(y);
    judged(c);
  }
  for (const crosswalk& x : cx.a.crosswalks) {
    if (std::any_of(cx.b.crosswalks.begin(), cx.b.crosswalks.end(),
                    [&](const crosswalk& w) { return w.from == x.from; }))
      continue;
    change& c = cx.add(change_class::compatible, "crosswalk", "removed", "");
    c.before = "follows " + x.from;
    c.reason = x.from == cx.b.id ? "it led from " + x.from + " itself, whose reports follow each other cell for cell"
                                 : "checks across years no longer read last year's report when it is in " + x.from;
  }
}

void diff_settings(const diff_context& cx) {
  if (cx.a.name != cx.b.name || cx.a.issued_by != cx.b.issued_by) {
    change& c = cx.add(change_class::cosmetic, "edition", "named otherwise", "");
    c.label_before = cx.a.name + (cx.a.issued_by.empty() ? "" : "（" + cx.a.issued_by + "）");
    c.label_after = cx.b.name + (cx.b.issued_by.empty() ? "" : "（" + cx.b.issued_by + "）");
    c.reason = "the format's title and the document that issues it are not read in a report";
  }
  if (cx.a.sections.size() != cx.b.sections.size()) {
    change& c =
        cx.add(change_class::breaking, "edition",
               "sections " + std::to_string(cx.a.sections.size()) + " → " + std::to_string(cx.b.sections.size()), "");
    diff_context::breaks(c, true, false, "a report of " + cx.a.id + " has another number of sections");
  } else if (cx.a.sections != cx.b.sections) {
    change& c = cx.add(change_class::cosmetic, "edition", "section headings changed", "");
    for (const std::string& h : cx.a.sections) c.label_before += (c.label_before.empty() ? "" : " ") + h;
    for (const std::string& h : cx.b.sections) c.label_after += (c.label_after.empty() ? "" : " ") + h;
    c.reason = "sections are counted, not matched by their headings";
  }
  if (cx.a.recognise != cx.b.recognise) {
    change& c = cx.add(change_class::cosmetic, "edition", "recognised by other labels", "");
    for (const std::string& label : cx.a.recognise) c.label_before += (c.label_before.empty() ? "" : "、") + label;
    for (const std::string& label : cx.b.recognise) c.label_after += (c.label_after.empty() ? "" : "、") + label;
    c.reason = "they only choose the edition a report is bound to; what " + cx.b.id + " asks of a report is the same";
  }
  if (cx.a.fact_sections != cx.b.fact_sections || cx.a.fact_except != cx.b.fact_except ||
      cx.a.fact_except_sentences != cx.b.fact_except_sentences) {
    change& c = cx.add(change_class::compatible, "edition", "facts read elsewhere", "");
    const bool graver =
        std::any_of(cx.b.facts.begin(), cx.b.facts.end(), [](const fact& f) { return f.level == severity::error; });
    judged_at(cx, c, graver ? severity::error : severity::warning);
  }
}

}  // namespace

std::vector<change> diff(const definition& a, const definition& b) {
  std::vector<change> out;
  const diff_context cx{a, b, out};
  diff_tables(cx);
  diff_invariants(cx);
  diff_facts(cx);
  diff_crosswalks(cx);
  diff_settings(cx);
  return out;
}

}  // namespace nianbao::edition
