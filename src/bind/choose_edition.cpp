#include <algorithm>

#include "tables.hpp"

namespace nianbao::bind {

namespace {

// Every table cell's normalised text, sorted, once.
std::vector<std::string_view> labels_of(cell_labels& cells, const ast::document& doc) {
  std::vector<std::string_view> labels;
  const auto add_tables = [&](const std::vector<ast::block>& blocks) {
    for (const ast::block& b : blocks) {
      const auto* t = std::get_if<ast::table>(&b);
      if (t == nullptr) continue;
      for (const ast::row& r : t->rows) {
        for (const ast::cell& c : r.cells) {
          if (c.value.kind == ast::value_kind::text) labels.push_back(cells.key(c));
        }
      }
    }
  };
  add_tables(doc.preamble);
  for (const ast::section& s : doc.sections) add_tables(s.body);
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  return labels;
}

// A header may carry more than the label (`采购总金额（单位:万元 保留4位小数）`), so a cell that
// starts with the label shows it.
bool shows(const std::vector<std::string_view>& labels, const std::string& label) {
  const auto it = std::lower_bound(labels.begin(), labels.end(), std::string_view(label));
  return it != labels.end() && it->starts_with(label);
}

}  // namespace

edition_choice choose_edition(std::string_view text, const ast::document& doc,
                              const std::vector<spec::edition>& editions) {
  cell_labels cells(text);
  return choose_edition(cells, doc, editions);
}

edition_choice choose_edition(cell_labels& cells, const ast::document& doc,
                              const std::vector<spec::edition>& editions) {
  const std::vector<std::string_view> labels = labels_of(cells, doc);
  edition_choice choice;
  for (const spec::edition& ed : editions) {
    std::size_t matched = 0;
    for (std::size_t i = 0; i < ed.recognise.size(); ++i) {
      if (!shows(labels, ed.recognise_keys[i])) continue;
      const std::string& label = ed.recognise[i];
      ++matched;
      if (std::find(choice.labels_seen.begin(), choice.labels_seen.end(), label) == choice.labels_seen.end()) {
        choice.labels_seen.push_back(label);
      }
    }
    if (matched > choice.labels_matched) {
      choice.edition = &ed;
      choice.labels_matched = matched;
      choice.tied = {&ed};
    } else if (matched != 0 && matched == choice.labels_matched) {
      choice.tied.push_back(&ed);
    }
  }
  if (choice.tied.size() > 1) {
    choice.edition = nullptr;
  } else {
    choice.tied.clear();
  }
  return choice;
}

}  // namespace nianbao::bind
