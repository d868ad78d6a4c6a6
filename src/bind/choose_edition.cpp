#include <algorithm>
#include <cstdint>

#include "tables.hpp"

namespace nianbao::bind {

namespace {

// A label's first bytes as one number: most labels differ from a recognising label there, and
// comparing them so is cheaper than sorting the labels or comparing their text.
struct label_head {
  explicit label_head(std::string_view label) : length(std::min<std::size_t>(label.size(), sizeof bytes)) {
    for (std::size_t i = 0; i < length; ++i) bytes |= std::uint32_t{static_cast<unsigned char>(label[i])} << (8 * i);
  }
  std::uint32_t bytes = 0;
  std::size_t length;
};

struct document_label {
  std::string_view text;
  label_head head;
};

// Every table cell's key (a number's is its digits, which no label starts with).
std::vector<document_label> labels_of(const cell_labels& cells) {
  std::vector<document_label> labels;
  labels.reserve(cells.all_keys().size());
  for (const std::string_view key : cells.all_keys()) {
    if (!key.empty()) labels.push_back({key, label_head(key)});
  }
  return labels;
}

// A header may carry more than the label (`采购总金额（单位:万元 保留4位小数）`), so a cell that
// starts with the label shows it.
bool shows(const std::vector<document_label>& labels, const std::string& label) {
  const label_head wanted(label);
  const std::uint32_t mask =
      wanted.length == sizeof wanted.bytes ? ~std::uint32_t{0} : (std::uint32_t{1} << (8 * wanted.length)) - 1;
  return std::any_of(labels.begin(), labels.end(), [&](const document_label& l) {
    return (l.head.bytes & mask) == wanted.bytes && l.head.length >= wanted.length && l.text.starts_with(label);
  });
}

}  // namespace

edition_choice choose_edition(std::string_view text, const ast::document& doc,
                              const std::vector<spec::edition>& editions) {
  const cell_labels cells(text, doc);
  return choose_edition(cells, editions);
}

edition_choice choose_edition(const cell_labels& cells, const std::vector<spec::edition>& editions) {
  const std::vector<document_label> labels = labels_of(cells);
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
