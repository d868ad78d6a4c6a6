// The generator's randomness: one engine per document, seeded with the document's seed, so that
// a seed always gives the same document.
#pragma once

#include <cstddef>
#include <random>

namespace nianbao::generate {

using random_engine = std::mt19937_64;

// A whole number in [low, high], each equally likely.
template <typename T>
T uniform(random_engine& random, T low, T high) {
  return std::uniform_int_distribution<T>(low, high)(random);
}

// True `percent` times in a hundred.
inline bool chance(random_engine& random, unsigned percent) { return uniform(random, 0U, 99U) < percent; }

// One element of a non-empty list.
template <typename List>
const auto& pick(const List& list, random_engine& random) {
  return list[uniform<std::size_t>(random, 0, list.size() - 1)];
}

}  // namespace nianbao::generate
