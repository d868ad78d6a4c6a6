// The labels that tell editions apart, indexed once per binding_plan: choosing a report's edition
// then costs one look per label cell.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "cell_labels.hpp"
#include "nianbao/bind.hpp"

namespace nianbao::bind {

class recognising_labels {
 public:
  // Views `editions`, which must outlive it.
  explicit recognising_labels(const std::vector<edition::definition>& editions);

  // The edition whose recognising labels the document's label cells show most (choose_edition).
  edition_choice choose(const cell_labels& cells) const;

 private:
  // A recognising label of some edition, found by its head: its first bytes as one number.
  struct wanted_label {
    std::uint32_t head;
    const std::string* key;  // normalised
  };
  static constexpr unsigned slot_bits = 6;

  std::vector<bool> seen_in(const cell_labels& cells) const;

  const std::vector<edition::definition>* editions_;
  std::vector<wanted_label> wanted_;  // the editions' recognising keys, in order
  // A small hash table by head: the first label of each slot, and each label's next in its slot.
  std::array<int, std::size_t{1} << slot_bits> first_in_slot_{};
  std::vector<int> next_in_slot_;
  // A label shorter than a head (one character) has a head that a longer cell cannot share.
  std::vector<std::size_t> short_labels_;
};

}  // namespace nianbao::bind
