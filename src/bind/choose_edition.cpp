#include <algorithm>
#include <cstring>

#include "recognising_labels.hpp"

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

template <unsigned Bits>
unsigned slot_of(std::uint32_t head) {
  return (head * 2654435761U) >> (32 - Bits);  // Knuth's multiplicative hash
}

}  // namespace

recognising_labels::recognising_labels(const std::vector<edition::definition>& editions) : editions_(&editions) {
  for (const edition::definition& ed : editions) {
    for (const std::string& key : ed.recognise_keys) wanted_.push_back({head_of(key), &key});
  }
  first_in_slot_.fill(-1);
  next_in_slot_.assign(wanted_.size(), -1);
  for (std::size_t i = 0; i < wanted_.size(); ++i) {
    if (wanted_[i].key->size() < sizeof(std::uint32_t)) short_labels_.push_back(i);
    int& first = first_in_slot_[slot_of<slot_bits>(wanted_[i].head)];
    next_in_slot_[i] = first;
    first = static_cast<int>(i);
  }
}

// Which recognising labels the document's label cells show. A header may carry more than the
// label (`采购总金额（单位:万元 保留4位小数）`), so a cell that starts with the label shows it.
// Each cell is looked up by its head, not compared with every label nor binary-searched: every
// label cell of every report passes here.
std::vector<bool> recognising_labels::seen_in(const cell_labels& cells) const {
  std::vector<bool> seen(wanted_.size());
  for (const std::string_view key : cells.label_keys()) {
    if (key.empty()) continue;
    const std::uint32_t head = head_of(key);
    for (int i = first_in_slot_[slot_of<slot_bits>(head)]; i >= 0; i = next_in_slot_[static_cast<std::size_t>(i)]) {
      const auto k = static_cast<std::size_t>(i);
      if (wanted_[k].head == head && key.starts_with(*wanted_[k].key)) seen[k] = true;
    }
    for (const std::size_t k : short_labels_) {
      if (key.starts_with(*wanted_[k].key)) seen[k] = true;
    }
  }
  return seen;
}

edition_choice recognising_labels::choose(const cell_labels& cells) const {
  const std::vector<bool> seen = seen_in(cells);
  edition_choice choice;
  choice.labels_seen.reserve(wanted_.size());
  std::size_t next = 0;  // in wanted_, which lists the editions' recognising keys in order
  for (const edition::definition& ed : *editions_) {
    std::size_t matched = 0;
    for (const std::string& label : ed.recognise) {
      if (!seen[next++]) continue;
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

edition_choice choose_edition(std::string_view text, const ast::document& doc,
                              const std::vector<edition::definition>& editions) {
  return recognising_labels(editions).choose(cell_labels(text, doc));
}

}  // namespace nianbao::bind
