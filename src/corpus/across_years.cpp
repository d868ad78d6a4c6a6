// The rules across years, over two stored reports: their cells are bound again to the later
// report's edition (never re-parsed), last year's through a crosswalk where it was in another, and
// the check stage evaluates them with its own exact, three-state semantics.
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "nianbao/check.hpp"
#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

std::vector<std::pair<std::size_t, std::size_t>> consecutive_years(const std::vector<const document_record*>& records) {
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> by_year;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const document_record& r = *records[i];
    if (r.state == status::checked && r.who.agency && r.who.year) by_year[{*r.who.agency, *r.who.year}].push_back(i);
  }
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& [key, documents] : by_year) {
    const auto before = by_year.find({key.first, key.second - 1});
    if (documents.size() == 1 && before != by_year.end() && before->second.size() == 1)
      out.emplace_back(documents.front(), before->second.front());
  }
  return out;
}

namespace {

// A leaf cell of an edition: its table, row and column as the check stage finds them.
struct slot {
  const edition::table* table = nullptr;
  const edition::node* row = nullptr;
  const edition::node* column = nullptr;
};

using slots = std::unordered_map<std::string, slot>;

std::string coordinate(std::string_view table, std::string_view row, std::string_view column) {
  return std::string(table).append("/").append(row).append("/").append(column);
}

slots slots_of(const edition::definition& ed) {
  slots out;
  const auto add = [&](const edition::table& t, const std::vector<edition::node>& rows,
                       const std::vector<edition::node>& columns) {
    for (const edition::node* row : edition::leaves(rows)) {
      for (const edition::node* column : edition::leaves(columns))
        out.emplace(coordinate(t.id, row->path, column->path), slot{&t, row, column});
    }
  };
  for (const edition::table& t : ed.tables) {
    add(t, t.rows, t.columns);
    for (const edition::block& b : t.blocks) add(t, b.rows, b.columns);
  }
  return out;
}

std::string coordinate_of(const edition::cell_range& c) { return coordinate(c.table, c.row_first, c.column_first); }

// Coordinates of `earlier` as coordinates of `later`, through the crosswalk either declares from
// the other; a coordinate with no counterpart is absent.
std::unordered_map<std::string, std::string> walk(const edition::definition& later, const slots& later_slots,
                                                  const edition::definition& earlier, const slots& earlier_slots) {
  std::unordered_map<std::string, std::string> out;
  const auto same = [&](const std::string& table) {
    for (const auto& [coord, s] : earlier_slots) {
      if (s.table->id == table && later_slots.contains(coord)) out.emplace(coord, coord);
    }
  };
  for (const edition::crosswalk& w : later.crosswalks) {
    if (w.from != earlier.id) continue;
    for (const std::string& table : w.same_tables) same(table);
    for (const edition::crosswalk::cell& c : w.cells) {
      if (c.one_to_one()) out[coordinate_of(c.there)] = coordinate_of(c.here);
    }
  }
  for (const edition::crosswalk& w : earlier.crosswalks) {
    if (w.from != later.id) continue;
    for (const std::string& table : w.same_tables) same(table);
    for (const edition::crosswalk::cell& c : w.cells) {
      if (c.one_to_one()) out[coordinate_of(c.here)] = coordinate_of(c.there);
    }
  }
  return out;
}

bind::value_state state_named(std::string_view name) {
  for (const bind::value_state s : {bind::value_state::given, bind::value_state::not_given, bind::value_state::blank,
                                    bind::value_state::missing, bind::value_state::not_numeric}) {
    if (name == bind::name_of(s)) return s;
  }
  return bind::value_state::missing;
}

// A record's cells bound again to an edition, with where each was in its document. The values
// view the record's strings and the edition's ids: both must outlive it.
struct restored {
  bind::bound_report report;
  std::vector<const cell_record*> from;  // the record's cell behind each value

  const cell_record* cell_of(const bind::bound_value* v) const {
    if (v == nullptr || report.values.empty() || v < report.values.data() ||
        v >= report.values.data() + report.values.size())
      return nullptr;
    return from[static_cast<std::size_t>(v - report.values.data())];
  }
};

restored restore(const document_record& record, const slots& into,
                 const std::unordered_map<std::string, std::string>* walked) {
  restored out;
  out.report.values.reserve(record.cells.size());
  out.from.reserve(record.cells.size());
  for (const cell_record& c : record.cells) {
    const std::string* coord = &c.coordinate;
    if (walked != nullptr) {
      const auto there = walked->find(c.coordinate);
      if (there == walked->end()) continue;
      coord = &there->second;
    }
    const auto at = into.find(*coord);
    if (at == into.end()) continue;
    bind::bound_value& v = out.report.values.emplace_back();
    v.table = at->second.table->id;
    v.row = at->second.row->path;
    v.column = at->second.column->path;
    v.kind = at->second.column->kind.value_or(edition::value_kind::count);
    v.state = state_named(c.state);
    v.raw = c.value;
    v.unit = c.unit;
    if (!c.value.empty()) v.value = parse_decimal(c.value);
    if (!c.yuan.empty()) v.yuan = parse_decimal(c.yuan);
    out.from.push_back(&c);
  }
  return out;
}

// A cell by table, row and column: held as strings, looked up by a bound value's views of them.
using cell_key = std::tuple<std::string, std::string, std::string>;
using cell_view = std::tuple<std::string_view, std::string_view, std::string_view>;

struct cell_hash {
  using is_transparent = void;
  std::size_t operator()(const cell_view& c) const noexcept {
    const std::hash<std::string_view> h;
    return h(std::get<0>(c)) ^ (h(std::get<1>(c)) * 31) ^ (h(std::get<2>(c)) * 961);
  }
  std::size_t operator()(const cell_key& c) const noexcept {
    return (*this)(cell_view(std::get<0>(c), std::get<1>(c), std::get<2>(c)));
  }
};
struct text_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
struct cell_equal {
  using is_transparent = void;
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const noexcept {
    return std::get<0>(a) == std::get<0>(b) && std::get<1>(a) == std::get<1>(b) && std::get<2>(a) == std::get<2>(b);
  }
};

}  // namespace

struct year_checker::impl {
  const std::vector<edition::definition>& editions;
  check::evaluation_plans plans;
  std::vector<slots> cells;  // by edition, as `editions`
  // By edition, the coordinates of its reports that a comparison reads, as the later report or
  // as the earlier one, in any edition that follows it.
  std::vector<std::unordered_set<cell_key, cell_hash, cell_equal>> read;
  // The rows of those cells: most cells of a report lie in none, and are let go at one look.
  std::vector<std::unordered_set<std::string, text_hash, std::equal_to<>>> rows_read;
  // (later, earlier) → earlier's coordinates as later's, for editions that differ.
  std::map<std::pair<std::size_t, std::size_t>, std::unordered_map<std::string, std::string>> walks;

  explicit impl(const std::vector<edition::definition>& all)
      : editions(all),
        plans(all, check::evaluation_plan::scope::across_years),
        read(all.size()),
        rows_read(all.size()) {
    cells.reserve(all.size());
    for (const edition::definition& ed : all) cells.push_back(slots_of(ed));
    for (std::size_t l = 0; l < all.size(); ++l) {
      std::unordered_set<std::string> last_year;  // in this edition's coordinates
      for (const check::cell_read& c : check::cells_read(plans.of(all[l]))) {
        if (c.last_year) {
          last_year.insert(coordinate(c.table, c.row, c.column));
        } else {
          read[l].emplace(c.table, c.row, c.column);
        }
      }
      for (std::size_t e = 0; e < all.size(); ++e) {
        const auto add = [&](const std::string& coord) {
          const slot& at = cells[e].at(coord);
          read[e].emplace(at.table->id, at.row->path, at.column->path);
        };
        if (e == l) {
          for (const std::string& coord : last_year) add(coord);
          continue;
        }
        const auto& walked = walks[{l, e}] = walk(all[l], cells[l], all[e], cells[e]);
        for (const auto& [there, here] : walked) {
          if (last_year.contains(here)) add(there);
        }
      }
    }
    for (std::size_t e = 0; e < all.size(); ++e) {
      for (const cell_key& c : read[e]) rows_read[e].insert(std::get<1>(c));
    }
  }

  std::ptrdiff_t index_of(std::string_view id) const {
    for (std::size_t i = 0; i < editions.size(); ++i) {
      if (editions[i].id == id) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  }
};

year_checker::year_checker(const std::vector<edition::definition>& editions)
    : impl_(std::make_unique<impl>(editions)) {}
year_checker::year_checker(year_checker&&) noexcept = default;
year_checker& year_checker::operator=(year_checker&&) noexcept = default;
year_checker::~year_checker() = default;

bool year_checker::reads(std::string_view edition, std::string_view table, std::string_view row,
                         std::string_view column) const {
  const std::ptrdiff_t e = impl_->index_of(edition);
  if (e < 0 || !impl_->rows_read[static_cast<std::size_t>(e)].contains(row)) return false;
  return impl_->read[static_cast<std::size_t>(e)].contains(cell_view(table, row, column));
}

std::vector<std::size_t> year_checker::values_read(std::string_view edition,
                                                   const std::vector<bind::bound_value>& values) const {
  std::vector<std::size_t> read;
  const std::ptrdiff_t e = impl_->index_of(edition);
  if (e < 0) return read;
  const auto& rows = impl_->rows_read[static_cast<std::size_t>(e)];
  const auto& cells = impl_->read[static_cast<std::size_t>(e)];
  // A row's values stand together, and most rows hold no cell read: each row is looked up once.
  std::string_view row;
  bool row_read = false;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const bind::bound_value& v = values[i];
    if (i == 0 || v.row != row) row = v.row, row_read = rows.contains(row);
    if (row_read && cells.contains(cell_view(v.table, v.row, v.column))) read.push_back(i);
  }
  return read;
}

bool year_checker::reads(std::string_view edition, std::string_view coordinate) const {
  const std::size_t first = coordinate.find('/');
  const std::size_t second = coordinate.find('/', first == std::string_view::npos ? first : first + 1);
  if (second == std::string_view::npos) return false;
  return reads(edition, coordinate.substr(0, first), coordinate.substr(first + 1, second - first - 1),
               coordinate.substr(second + 1));
}

std::vector<finding_record> year_checker::compare(const document_record& later, const document_record& earlier) const {
  const std::ptrdiff_t l = impl_->index_of(later.edition);
  const std::ptrdiff_t e = impl_->index_of(earlier.edition);
  if (l < 0 || e < 0) return {};  // checked under editions not loaded now
  const edition::definition& ed = impl_->editions[static_cast<std::size_t>(l)];
  const check::evaluation_plan& plan = impl_->plans.of(ed);
  const slots& into = impl_->cells[static_cast<std::size_t>(l)];
  const auto walked =
      l != e ? impl_->walks.find({static_cast<std::size_t>(l), static_cast<std::size_t>(e)}) : impl_->walks.end();
  const restored now = restore(later, into, nullptr);
  const restored before = restore(earlier, into, walked != impl_->walks.end() ? &walked->second : nullptr);

  std::vector<finding_record> out;
  std::map<const edition::invariant*, std::size_t> unassessable;
  for (const check::evaluation& ev : check::evaluate_across_years(plan, now.report, before.report)) {
    if (ev.result == check::outcome::not_assessable || ev.result == check::outcome::left_blank) ++unassessable[ev.rule];
    if (ev.result != check::outcome::violated) continue;
    finding_record f;
    f.id = ev.rule->id;
    f.severity = name_of(ev.rule->level);
    f.status = "violated";
    f.rule = ev.rule->message;
    f.subject = std::string(ev.instance);
    f.expected = ev.right.to_canonical_string();
    f.found = ev.left.to_canonical_string();
    f.other_path = earlier.path;
    for (const check::operand& op : ev.operands) {
      if (const cell_record* c = now.cell_of(op.cell); c != nullptr && c->line != 0 && f.line == 0) {
        f.line = c->line;  // the cell's start; its end is not kept
        f.column = c->column;
      }
      if (const cell_record* c = before.cell_of(op.cell); c != nullptr && c->line != 0 && f.other_line == 0) {
        f.other_line = c->line;
        f.other_column = c->column;
      }
    }
    f.message = check::violation_message(ev) + "; last year's report: " + earlier.path +
                (f.other_line != 0 ? ":" + std::to_string(f.other_line) + ":" + std::to_string(f.other_column) : "");
    out.push_back(std::move(f));
  }
  for (const auto& [rule, cases] : unassessable) {
    finding_record f;
    f.id = rule->id;
    f.severity = name_of(severity::note);
    f.status = "not_assessable";
    f.rule = rule->message;
    f.other_path = earlier.path;
    f.message = rule->message + ": not assessable against last year's report " + earlier.path + " in " +
                std::to_string(cases) + (cases == 1 ? " case" : " cases") + " (cells not given" +
                (l != e ? ", or with no counterpart in edition " + earlier.edition : std::string()) + ")";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace nianbao::corpus
