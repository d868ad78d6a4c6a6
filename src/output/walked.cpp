// What `nianbao extract --as EDITION` prints: a report's values as another edition's cells.
#include <nlohmann/json.hpp>

#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

using json = nlohmann::ordered_json;

const char* name_of(bind::walked_value::how how) {
  switch (how) {
    case bind::walked_value::how::same:
      return "same";
    case bind::walked_value::how::paired:
      return "paired";
    case bind::walked_value::how::sum_of:
      return "sum_of";
    case bind::walked_value::how::part_of_sum:
      return "part_of_sum";
    case bind::walked_value::how::no_counterpart:
      return "no_counterpart";
  }
  return "?";
}

std::string sources(const bind::walked_value& w) {
  std::string out;
  for (const bind::bound_value* v : w.from) out += (out.empty() ? "" : " + ") + v->coordinate();
  return out;
}

}  // namespace

void write_walked(std::ostream& out, const source& src, const bind::walked_report& walked) {
  out << "# " << src.name() << ": edition " << walked.from->id << ", as " << walked.to->id << " (" << walked.through
      << ")\n";
  for (const bind::walked_value& w : walked.cells) {
    out << w.table << ' ' << w.row << ' ' << w.column << "  ";
    switch (w.from_how) {
      case bind::walked_value::how::no_counterpart:
        out << "no counterpart";
        break;
      case bind::walked_value::how::part_of_sum: {
        const decimal* whole = w.from.size() == 1 ? w.from.front()->compared() : nullptr;
        out << "no value alone: together, " << w.sum << " hold " << (whole ? whole->to_canonical_string() : "?")
            << "  from " << sources(w);
        break;
      }
      case bind::walked_value::how::same:
        out << (w.value ? w.value->to_canonical_string() : "not given");
        break;
      case bind::walked_value::how::paired:
      case bind::walked_value::how::sum_of:
        out << (w.value ? w.value->to_canonical_string() : "not given") << "  from " << sources(w);
        break;
    }
    out << '\n';
  }
}

std::string walked_json(const source& src, const bind::walked_report& walked) {
  json cells = json::array();
  for (const bind::walked_value& w : walked.cells) {
    json from = json::array();
    for (const bind::bound_value* v : w.from) from.push_back(v->coordinate());
    json j = {{"coord", {{"table", w.table}, {"row", w.row}, {"column", w.column}}},
              {"how", name_of(w.from_how)},
              {"value", w.value ? json(w.value->to_canonical_string()) : json(nullptr)},
              {"from", std::move(from)}};
    if (!w.sum.empty()) {
      // What the cells of the sum hold together: the one cell of the report they stand for.
      const decimal* whole = w.from.size() == 1 ? w.from.front()->compared() : nullptr;
      j["sum"] = w.sum;
      j["sum_holds"] = whole ? json(whole->to_canonical_string()) : json(nullptr);
    }
    cells.push_back(std::move(j));
  }
  return json{{"file", src.name()},
              {"edition", walked.from->id},
              {"as", walked.to->id},
              {"through", walked.through},
              {"values", std::move(cells)}}
      .dump();
}

}  // namespace nianbao::output
