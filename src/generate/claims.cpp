#include "claims.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "nianbao/generate.hpp"
#include "plan.hpp"

namespace nianbao::generate {

namespace {

// The plan's cells by coordinate, and each table's rows and columns in the order its cells meet
// them: row by row over the columns for a grid, block after block for a table of blocks, so a
// range of leaves (`r1..r5`) is the stretch between its ends.
class cell_index {
 public:
  explicit cell_index(const std::vector<cell_slot>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const cell_slot& c = cells[i];
      by_coordinate_.emplace(
          std::tuple(std::string_view(c.table->id), std::string_view(c.row->path), std::string_view(c.column->path)),
          i);
      lines& l = lines_[c.table->id];
      if (std::find(l.rows.begin(), l.rows.end(), c.row->path) == l.rows.end()) l.rows.push_back(c.row->path);
      if (std::find(l.columns.begin(), l.columns.end(), c.column->path) == l.columns.end())
        l.columns.push_back(c.column->path);
    }
  }

  std::vector<std::string_view> stretch(std::string_view table, std::string_view first, std::string_view last,
                                        bool rows) const {
    const auto t = lines_.find(table);
    if (t == lines_.end())
      throw generate_error("an invariant reads table " + std::string(table) + ", which has no cells");
    const std::vector<std::string_view>& all = rows ? t->second.rows : t->second.columns;
    const auto begin = std::find(all.begin(), all.end(), first);
    const auto end = std::find(begin, all.end(), last);
    if (begin == all.end() || end == all.end()) {
      throw generate_error("an invariant reads " + std::string(table) + " " + std::string(first) + ".." +
                           std::string(last) + ", which is no stretch of the table's " + (rows ? "rows" : "columns"));
    }
    return {begin, end + 1};
  }

  std::size_t at(std::string_view table, std::string_view row, std::string_view column) const {
    const auto it = by_coordinate_.find(std::tuple(table, row, column));
    if (it == by_coordinate_.end()) {
      throw generate_error("an invariant reads " + std::string(table) + "/" + std::string(row) + "/" +
                           std::string(column) + ", which is no cell of the edition");
    }
    return it->second;
  }

 private:
  struct lines {
    std::vector<std::string_view> rows, columns;
  };
  std::map<std::tuple<std::string_view, std::string_view, std::string_view>, std::size_t> by_coordinate_;
  std::map<std::string_view, lines, std::less<>> lines_;
};

// A `last` term's cells are numbered after this report's: cell i of the year before is
// `last_year_offset + i`.
linear_sum sum_of(const std::vector<edition::term>& terms, const cell_index& index, const edition::invariant& rule,
                  std::string_view instance, std::size_t last_year_offset) {
  const auto put = [&](const std::string& path) {
    return !rule.variable.empty() && path == rule.variable ? instance : std::string_view(path);
  };
  linear_sum out;
  for (const edition::term& t : terms) {
    if (!t.cells) {
      const decimal number = *parse_decimal(t.number);
      t.sign < 0 ? out.constant -= number : out.constant += number;
      out.has_number = true;
      continue;
    }
    const edition::cell_range& r = *t.cells;
    for (const std::string_view row : index.stretch(r.table, put(r.row_first), put(r.row_last), true)) {
      for (const std::string_view column : index.stretch(r.table, put(r.column_first), put(r.column_last), false)) {
        out.cells.push_back({index.at(r.table, row, column) + (t.last_year ? last_year_offset : 0), t.sign});
      }
    }
  }
  return out;
}

}  // namespace

std::vector<std::vector<linear_sum>> fact_sums(const edition::definition& edition,
                                               const std::vector<cell_slot>& cells) {
  static const edition::invariant no_loop;
  const cell_index index(cells);
  std::vector<std::vector<linear_sum>> out;
  for (const edition::fact& f : edition.facts) {
    std::vector<linear_sum>& readings = out.emplace_back();
    readings.push_back(sum_of(f.cells, index, no_loop, {}, 0));
    for (const auto& other : f.or_cells) readings.push_back(sum_of(other, index, no_loop, {}, 0));
  }
  return out;
}

namespace {

linear_claim claim_of(const edition::comparison& c, const cell_index& index, const edition::invariant& rule,
                      std::string_view instance, std::size_t last_year_offset) {
  return {sum_of(c.left, index, rule, instance, last_year_offset), c.op,
          sum_of(c.right, index, rule, instance, last_year_offset)};
}

// Reads the cells of one report for judging: which are blank counted as 0, which are set aside
// as lying on a line left blank.
struct reading {
  const std::vector<cell_slot>& cells;
  const std::vector<cell_value>& values;  // this report's cells, then (across years) last year's
  const std::vector<bool>* unfilled = nullptr;

  // Last year's cell i is laid out as this report's cell i.
  const cell_slot& slot(std::size_t c) const { return cells[c < cells.size() ? c : c - cells.size()]; }

  struct side {
    decimal total;
    bool given = true;
    bool only_blanks = true;  // every cell a blank counted as 0 (and there is a cell)
    bool unfilled = false;    // some cell lies on a line left blank
  };

  side read(const linear_sum& sum) const {
    side s;
    s.total = sum.constant;
    s.only_blanks = !sum.cells.empty() && !sum.has_number;
    for (const signed_cell& c : sum.cells) {
      const cell_value& v = values[c.cell];
      if (unfilled != nullptr && (*unfilled)[c.cell]) {
        s.unfilled = true;
        s.given = false;
      } else if (v.value) {
        c.sign < 0 ? s.total -= * v.value : s.total += *v.value;
      } else if (v.state != bind::value_state::blank || !slot(c.cell).table->blank_is_zero) {
        s.given = false;
      }
      s.only_blanks = s.only_blanks && !v.value && v.state == bind::value_state::blank;
    }
    return s;
  }

  // The verdict, and for a violation, the cells of a side that is nothing but blanks.
  verdict judge(const claim_instance& instance, std::vector<std::size_t>* blank_side) const {
    if (instance.condition) {
      const side left = read(instance.condition->left), right = read(instance.condition->right);
      if (!left.given || !right.given) {
        return left.unfilled || right.unfilled ? verdict::left_blank : verdict::not_assessable;
      }
      if (!edition::compare(left.total, instance.condition->op, right.total)) return verdict::holds;
    }
    const side left = read(instance.claim.left), right = read(instance.claim.right);
    if (left.unfilled || right.unfilled) return verdict::left_blank;
    if (!left.given || !right.given) return verdict::not_assessable;
    if (edition::compare(left.total, instance.claim.op, right.total)) return verdict::holds;
    if (blank_side != nullptr) {
      for (const bool on_left : {true, false}) {
        if (!(on_left ? left : right).only_blanks) continue;
        for (const signed_cell& c : (on_left ? instance.claim.left : instance.claim.right).cells)
          blank_side->push_back(c.cell);
      }
    }
    return verdict::violated;
  }
};

// The cells of `blank_sides` on a row or column that is blank in more than half its cells and
// holds two or more of them.
std::vector<bool> on_lines_left_blank(const std::vector<cell_slot>& cells, const std::vector<cell_value>& values,
                                      std::vector<std::size_t> blank_sides) {
  std::sort(blank_sides.begin(), blank_sides.end());
  blank_sides.erase(std::unique(blank_sides.begin(), blank_sides.end()), blank_sides.end());
  struct tally {
    std::size_t cells = 0, blank = 0, on_blank_sides = 0;
  };
  using line = std::pair<std::string_view, std::string_view>;
  std::map<line, tally> rows, columns;
  const auto row_of = [&](std::size_t c) { return line(cells[c].table->id, cells[c].row->path); };
  const auto column_of = [&](std::size_t c) { return line(cells[c].table->id, cells[c].column->path); };
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const bool blank = values[c].state == bind::value_state::blank;
    for (tally* t : {&rows[row_of(c)], &columns[column_of(c)]}) ++t->cells, t->blank += blank ? 1 : 0;
  }
  for (const std::size_t c : blank_sides) ++rows[row_of(c)].on_blank_sides, ++columns[column_of(c)].on_blank_sides;
  const auto left_blank = [](const tally& t) { return t.on_blank_sides >= 2 && 2 * t.blank > t.cells; };
  std::vector<bool> unfilled(cells.size(), false);
  for (const std::size_t c : blank_sides)
    unfilled[c] = left_blank(rows[row_of(c)]) || left_blank(columns[column_of(c)]);
  return unfilled;
}

}  // namespace

std::vector<claim_instance> claim_instances(const edition::definition& edition, const std::vector<cell_slot>& cells,
                                            bool across_years) {
  const cell_index index(cells);
  std::vector<claim_instance> out;
  for (const edition::invariant& rule : edition.invariants) {
    if (rule.across_years != across_years) continue;
    std::vector<std::string> instances{""};
    if (rule.loop != edition::loop_kind::none) {
      const edition::table& t = *edition.find_table(rule.table);
      instances.clear();
      for (const edition::node* leaf : edition::leaves(rule.loop == edition::loop_kind::each_row ? t.rows : t.columns))
        instances.push_back(leaf->path);
    }
    for (const std::string& instance : instances) {
      claim_instance c{&rule, instance, std::nullopt, claim_of(rule.claim, index, rule, instance, cells.size())};
      if (rule.condition) c.condition = claim_of(*rule.condition, index, rule, instance, cells.size());
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::vector<verdict> judge(const std::vector<claim_instance>& instances, const std::vector<cell_slot>& cells,
                           const std::vector<cell_value>& values) {
  std::vector<std::size_t> blank_sides;
  std::vector<verdict> out;
  out.reserve(instances.size());
  const reading first{cells, values};
  for (const claim_instance& instance : instances) out.push_back(first.judge(instance, &blank_sides));
  if (blank_sides.empty()) return out;
  const std::vector<bool> unfilled = on_lines_left_blank(cells, values, std::move(blank_sides));
  const reading again{cells, values, &unfilled};
  for (std::size_t i = 0; i < instances.size(); ++i) {
    if (out[i] == verdict::violated) out[i] = again.judge(instances[i], nullptr);
  }
  return out;
}

std::vector<verdict> judge_across_years(const std::vector<claim_instance>& instances,
                                        const std::vector<cell_slot>& cells, const std::vector<cell_value>& values) {
  std::vector<verdict> out;
  out.reserve(instances.size());
  const reading both{cells, values};
  for (const claim_instance& instance : instances) out.push_back(both.judge(instance, nullptr));
  return out;
}

bool holds(const linear_claim& claim, const std::vector<decimal>& values) {
  const auto total = [&](const linear_sum& sum) {
    decimal t = sum.constant;
    for (const signed_cell& c : sum.cells) c.sign < 0 ? t -= values[c.cell] : t += values[c.cell];
    return t;
  };
  return edition::compare(total(claim.left), claim.op, total(claim.right));
}

}  // namespace nianbao::generate
