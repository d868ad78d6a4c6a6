#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "tables.hpp"

namespace nianbao::bind {

namespace {

// A label's first bytes as one number: most labels differ from a recognising label there.
std::uint32_t head_of(std::string_view label) {
  std::uint32_t bytes = 0;
  // In one load where there are four bytes; both sides of every comparison are made so.
  if (label.size() >= sizeof bytes) return std::memcpy(&bytes, label.data(), sizeof bytes), bytes;
  for (std::size_t i = 0; i < label.size(); ++i) {
    bytes |= std::uint32_t{static_cast<unsigned char>(label[i])} << (8 * i);
  }
  return bytes;
}

// A recognising label of some edition, found by its head. A header may carry more than the
// label (`采购总金额（单位:万元 保留4位小数）`), so a cell that starts with the label shows it.
struct wanted_label {
  std::uint32_t head;
  const std::string* key;
  bool seen = false;
};

// Which recognising labels the document's label cells show. Each is looked up among the labels by
// its head in a small hash table, once: comparing every label with every cell, or a binary search
// per cell, cost a tenth of the binding.
void mark_seen(const cell_labels& cells, std::vector<wanted_label>& wanted) {
  constexpr unsigned slot_bits = 6;
  const auto slot_of = [](std::uint32_t head) { return (head * 2654435761U) >> (32 - slot_bits); };  // Knuth's
  std::array<int, std::size_t{1} << slot_bits> first_in_slot;
  first_in_slot.fill(-1);
  std::vector<int> next_in_slot(wanted.size(), -1);
  // A label shorter than a head (one character) has a head that a longer cell cannot share.
  std::vector<wanted_label*> short_labels;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (wanted[i].key->size() < 4) short_labels.push_back(&wanted[i]);
    int& first = first_in_slot[slot_of(wanted[i].head)];
    next_in_slot[i] = first;
    first = static_cast<int>(i);
  }
  for (const std::string_view key : cells.label_keys()) {
    if (key.empty()) continue;
    const std::uint32_t head = head_of(key);
    for (int i = first_in_slot[slot_of(head)]; i >= 0; i = next_in_slot[static_cast<std::size_t>(i)]) {
      wanted_label& w = wanted[static_cast<std::size_t>(i)];
      w.seen = w.seen || (w.head == head && key.starts_with(*w.key));
    }
    for (wanted_label* w : short_labels) w->seen = w->seen || key.starts_with(*w->key);
  }
}

}  // namespace

edition_choice choose_edition(std::string_view text, const ast::document& doc,
                              const std::vector<spec::edition>& editions) {
  const cell_labels cells(text, doc);
  return choose_edition(cells, editions);
}

edition_choice choose_edition(const cell_labels& cells, const std::vector<spec::edition>& editions) {
  std::vector<wanted_label> wanted;
  for (const spec::edition& ed : editions) {
    for (const std::string& key : ed.recognise_keys) wanted.push_back({head_of(key), &key});
  }
  mark_seen(cells, wanted);
  edition_choice choice;
  auto next = wanted.begin();  // the wanted labels are the editions' recognising keys, in order
  for (const spec::edition& ed : editions) {
    std::size_t matched = 0;
    for (std::size_t i = 0; i < ed.recognise.size(); ++i) {
      if (!(next++)->seen) continue;
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
