// `extract --as`: a report's values as another edition's cells, through what relates the two
// editions: a crosswalk, or `extends`.
#include <algorithm>

#include "nianbao/bind.hpp"

namespace nianbao::bind {

namespace {

using coordinate = std::tuple<std::string, std::string, std::string>;

std::vector<coordinate> cells_of(const edition::definition& ed, const edition::cell_range& r) {
  std::vector<coordinate> out;
  const edition::table* t = ed.find_table(r.table);
  if (t == nullptr) return out;
  for (const edition::node* row : edition::leaves_between(*t, true, r.row_first, r.row_last)) {
    for (const edition::node* column : edition::leaves_between(*t, false, r.column_first, r.column_last))
      out.emplace_back(r.table, row->path, column->path);
  }
  return out;
}

// Every value cell of an edition, in its order.
std::vector<coordinate> cells_of(const edition::definition& ed) {
  std::vector<coordinate> out;
  const auto add = [&](const edition::table& t, const std::vector<edition::node>& rows,
                       const std::vector<edition::node>& columns) {
    for (const edition::node* row : edition::leaves(rows)) {
      for (const edition::node* column : edition::leaves(columns)) out.emplace_back(t.id, row->path, column->path);
    }
  };
  for (const edition::table& t : ed.tables) {
    add(t, t.rows, t.columns);
    for (const edition::block& b : t.blocks) add(t, b.rows, b.columns);
  }
  return out;
}

// Whether `ed` stands on `base` (itself, or through its `extends`).
bool stands_on(const edition::definition& ed, const std::string& base, const std::vector<edition::definition>& known) {
  const edition::definition* at = &ed;
  for (std::size_t steps = 0; at != nullptr && steps <= known.size(); ++steps) {
    if (at->id == base) return true;
    const auto next =
        std::find_if(known.begin(), known.end(), [&](const edition::definition& e) { return e.id == at->base; });
    at = next == known.end() ? nullptr : &*next;
  }
  return false;
}

// One pairing seen from the report's side: `mine` are cells of the edition walked to.
struct pairing {
  std::vector<coordinate> mine;
  std::vector<coordinate> theirs;
  bool mine_summed = false;
  std::string mine_text;
};

}  // namespace

std::optional<walked_report> walk_to(const bound_report& bound, const edition::definition& to,
                                     const std::vector<edition::definition>& editions) {
  const edition::definition* from = bound.choice.edition;
  if (from == nullptr) return std::nullopt;
  walked_report out;
  out.from = from;
  out.to = to.id == from->id ? from : &to;
  bool all_same = false;
  std::vector<std::string> same_tables;
  std::vector<pairing> pairings;
  const auto take = [&](const edition::crosswalk& w, const edition::definition& here, const edition::definition& there,
                        bool here_is_mine) {
    same_tables.insert(same_tables.end(), w.same_tables.begin(), w.same_tables.end());
    for (const edition::crosswalk::cell& c : w.cells) {
      pairing p;
      p.mine = cells_of(here_is_mine ? here : there, here_is_mine ? c.here : c.there);
      p.theirs = cells_of(here_is_mine ? there : here, here_is_mine ? c.there : c.here);
      p.mine_summed = here_is_mine ? c.here_summed : c.there_summed;
      const edition::cell_range& mine = here_is_mine ? c.here : c.there;
      p.mine_text = mine.table + "[" + mine.row_first +
                    (mine.row_last != mine.row_first ? " .. " + mine.row_last : "") + ", " + mine.column_first +
                    (mine.column_last != mine.column_first ? " .. " + mine.column_last : "") + "]";
      pairings.push_back(std::move(p));
    }
  };
  if (stands_on(to, from->id, editions) || stands_on(*from, to.id, editions)) {
    all_same = true;
    out.through = to.id == from->id ? "the report's own edition" : "extends: the cells of the same coordinates";
  } else {
    for (const edition::crosswalk& w : to.crosswalks) {
      if (w.from != from->id) continue;
      take(w, to, *from, true);
      out.through = "the crosswalk of " + to.id + " from " + from->id;
    }
    for (const edition::crosswalk& w : from->crosswalks) {
      if (w.from != to.id) continue;
      take(w, *from, to, false);
      out.through = "the crosswalk of " + from->id + " from " + to.id;
    }
    if (out.through.empty()) return std::nullopt;
  }
  const auto value_of = [&](const coordinate& c) { return bound.find(std::get<0>(c), std::get<1>(c), std::get<2>(c)); };
  for (const coordinate& cell : cells_of(to)) {
    walked_value& w = out.cells.emplace_back();
    std::tie(w.table, w.row, w.column) = cell;
    const auto paired = std::find_if(pairings.begin(), pairings.end(), [&](const pairing& p) {
      return std::find(p.mine.begin(), p.mine.end(), cell) != p.mine.end();
    });
    if (paired != pairings.end()) {
      for (const coordinate& c : paired->theirs) {
        if (const bound_value* v = value_of(c)) w.from.push_back(v);
      }
      if (paired->mine_summed) {
        w.from_how = walked_value::how::part_of_sum;
        w.sum = paired->mine_text;
        continue;
      }
      w.from_how = paired->theirs.size() == 1 ? walked_value::how::paired : walked_value::how::sum_of;
      const bool all_given =
          !w.from.empty() && w.from.size() == paired->theirs.size() &&
          std::all_of(w.from.begin(), w.from.end(), [](const bound_value* v) { return v->compared() != nullptr; });
      if (all_given) {
        decimal total;
        for (const bound_value* v : w.from) total += *v->compared();
        w.value = total;
      }
      continue;
    }
    const bool same = all_same || std::find(same_tables.begin(), same_tables.end(), w.table) != same_tables.end();
    const bound_value* v = same ? value_of(cell) : nullptr;
    if (v == nullptr) continue;
    w.from_how = walked_value::how::same;
    w.from.push_back(v);
    if (const decimal* d = v->compared()) w.value = *d;
  }
  return out;
}

}  // namespace nianbao::bind
