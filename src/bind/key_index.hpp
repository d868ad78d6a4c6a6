// A set of short texts, each numbered in the order it was added, looked up by open addressing.
// Every label of a report is looked up in a few such sets, so unlike std::unordered_map it hashes
// a few bytes, not the whole text, and masks where that divides by a prime bucket size.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace nianbao::bind {

class key_index {
 public:
  // The number of `key`, added if new. `key` is viewed, not copied: it must outlive the index.
  std::size_t add(std::string_view key) {
    if (const auto known = find(key)) return *known;
    if (2 * (size_ + 1) > slots_.size()) grow();
    place(key, size_);
    return size_++;
  }

  std::optional<std::size_t> find(std::string_view key) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.number == free) return std::nullopt;
      if (s.key == key) return s.number;
    }
  }

 private:
  static constexpr std::size_t free = static_cast<std::size_t>(-1);
  struct slot {
    std::string_view key;
    std::size_t number = free;
  };

  // The length and the first and last eight bytes: labels that share all three are rare, and a
  // collision costs one more comparison, not a wrong answer.
  static std::size_t hash(std::string_view key) {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    if (key.size() >= sizeof head) {  // in two loads of a fixed size, which the compiler inlines
      std::memcpy(&head, key.data(), sizeof head);
      std::memcpy(&tail, key.data() + key.size() - sizeof tail, sizeof tail);
    } else {
      for (const char c : key) head = (head << 8) | static_cast<unsigned char>(c);
    }
    std::uint64_t h = (head ^ (tail * 0x9E3779B97F4A7C15ULL) ^ key.size()) * 0xFF51AFD7ED558CCDULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  void place(std::string_view key, std::size_t number) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(key) & mask;
    while (slots_[i].number != free) i = (i + 1) & mask;
    slots_[i] = {key, number};
  }

  void grow() {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), slot{});
    for (const slot& s : old) {
      if (s.number != free) place(s.key, s.number);
    }
  }

  std::vector<slot> slots_;  // a power of two in size, at most half full
  std::size_t size_ = 0;
};

}  // namespace nianbao::bind
