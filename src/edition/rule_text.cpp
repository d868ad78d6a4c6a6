#include "rule_text.hpp"

#include "nianbao/edition_diff.hpp"

namespace nianbao::edition {

namespace {

std::string path_text(const std::string& path, std::string_view variable) {
  return !variable.empty() && path == variable ? std::string("*") : path;
}

std::string range_text(const cell_range& c, std::string_view variable) {
  std::string out = c.table + "[" + path_text(c.row_first, variable);
  if (c.row_last != c.row_first) out += " .. " + path_text(c.row_last, variable);
  out += ", " + path_text(c.column_first, variable);
  if (c.column_last != c.column_first) out += " .. " + path_text(c.column_last, variable);
  return out + "]";
}

const char* op_text(comparison_op op) {
  switch (op) {
    case comparison_op::eq:
      return "==";
    case comparison_op::ne:
      return "!=";
    case comparison_op::lt:
      return "<";
    case comparison_op::le:
      return "<=";
    case comparison_op::gt:
      return ">";
    case comparison_op::ge:
      return ">=";
  }
  return "?";
}

std::string comparison_text(const comparison& c, std::string_view variable) {
  return terms_text(c.left, variable) + " " + op_text(c.op) + " " + terms_text(c.right, variable);
}

std::string words_text(const char* what, const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words)
    out += (out.empty() ? std::string(" except ") + what + " with \"" : ", \"") + w + "\"";
  return out;
}

}  // namespace

std::string terms_text(const std::vector<term>& terms, std::string_view variable) {
  std::string out;
  for (const term& t : terms) {
    if (t.sign < 0) {
      out += out.empty() ? "-" : " - ";
    } else if (!out.empty()) {
      out += " + ";
    }
    if (t.last_year) out += "last ";
    if (t.is_sum) out += "sum ";
    out += t.cells ? range_text(*t.cells, variable) : t.number;
  }
  return out;
}

std::string pairing_text(const crosswalk::cell& c) {
  return (c.here_summed ? "sum " : "") + range_text(c.here, {}) + " from " + (c.there_summed ? "sum " : "") +
         range_text(c.there, {});
}

std::string formula_text(const invariant& inv) {
  std::string out;
  if (inv.loop != loop_kind::none)
    out = std::string(inv.loop == loop_kind::each_row ? "for row * in " : "for column * in ") + inv.table + ": ";
  if (inv.condition) out += "if " + comparison_text(*inv.condition, inv.variable) + " then ";
  return out + comparison_text(inv.claim, inv.variable);
}

std::string phrase_text(const phrase& p) {
  std::string out;
  for (const phrase_part& part : p) {
    if (!out.empty()) out += ' ';
    switch (part.what) {
      case phrase_part::kind::text:
        out += '"' + part.text + '"';
        break;
      case phrase_part::kind::gap:
        out += '~' + std::to_string(part.most);
        break;
      case phrase_part::kind::number:
        out += 'N';
        break;
      case phrase_part::kind::not_after:
        out += "!\"" + part.text + '"';
        break;
      case phrase_part::kind::choice:
        out += '(';
        for (std::size_t i = 0; i < part.options.size(); ++i)
          out += (i == 0 ? "" : " | ") + phrase_text(part.options[i]);
        out += ')';
        break;
      case phrase_part::kind::optional:
        out += '[' + (part.options.empty() ? std::string() : phrase_text(part.options.front())) + ']';
        break;
    }
  }
  return out;
}

std::vector<std::string> cells_read(const definition& ed, const std::vector<term>& terms, std::string_view variable,
                                    const path_names& renamed) {
  std::vector<std::string> out;
  for (const term& t : terms) {
    if (!t.cells) continue;
    const cell_range& c = *t.cells;
    const table* in = ed.find_table(c.table);
    if (in == nullptr) continue;
    const auto spelt = [&](const std::string& first, const std::string& last, bool rows) {
      std::vector<std::string> paths;
      if (!variable.empty() && first == variable) return std::vector<std::string>{"*"};
      for (const node* n : leaves_between(*in, rows, first, last))
        paths.push_back(renamed ? renamed(c.table, n->path) : n->path);
      return paths;
    };
    for (const std::string& row : spelt(c.row_first, c.row_last, true)) {
      for (const std::string& column : spelt(c.column_first, c.column_last, false)) {
        std::string cell(t.sign < 0 ? "-" : "+");
        cell.append(t.last_year ? "last " : "").append(c.table).append("[").append(row).append(", ").append(column);
        out.push_back(cell.append("]"));
      }
    }
  }
  return out;
}

std::string readings_text(const fact& f) {
  std::string out = terms_text(f.cells);
  for (const std::vector<term>& reading : f.or_cells) out += " or " + terms_text(reading);
  return out;
}

std::string phrases_text(const fact& f) {
  std::string out;
  for (const phrase& p : f.phrases) out += (out.empty() ? "says " : " | says ") + phrase_text(p);
  out += words_text("clauses", f.except) + words_text("sentences", f.except_sentences);
  for (std::size_t i = 0; i < f.sections.size(); ++i)
    out += (i == 0 ? " in sections " : ", ") + std::to_string(f.sections[i]);
  return out;
}

}  // namespace nianbao::edition
