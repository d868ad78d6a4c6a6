// What the parts of `editions diff` share: the two editions and the list the changes go to.
#pragma once

#include <string>
#include <vector>

#include "nianbao/edition_diff.hpp"

namespace nianbao::edition {

struct diff_context {
  const definition& a;
  const definition& b;
  std::vector<change>& out;

  change& add(change_class what, std::string part, std::string action, std::string table) const;
  // A breaking change's reason and its ways of breaking, set together.
  static void breaks(change& c, bool reports, bool coordinates, std::string reason);
};

// Parts of A and of B paired: first those of one id, then, among the rest, those `alike` says are
// one part whose id changed. Each of A's is paired once; `paired_a` says which were.
template <class Part, class Alike>
struct pairing {
  std::vector<const Part*> partner;  // of each of B's, its part in A, or null
  std::vector<const Part*> by_id;    // the same, paired by id alone
  std::vector<bool> paired_a;

  pairing(const std::vector<Part>& a, const std::vector<Part>& b, Alike alike)
      : partner(b.size(), nullptr), paired_a(a.size(), false) {
    pair(a, b, [](const Part& x, const Part& y) { return x.id == y.id; });
    by_id = partner;
    pair(a, b, alike);
  }

 private:
  template <class Match>
  void pair(const std::vector<Part>& a, const std::vector<Part>& b, Match match) {
    for (std::size_t i = 0; i < b.size(); ++i) {
      for (std::size_t j = 0; j < a.size() && partner[i] == nullptr; ++j) {
        if (paired_a[j] || !match(a[j], b[i])) continue;
        partner[i] = &a[j];
        paired_a[j] = true;
      }
    }
  }
};

// Tables, their blocks and their column and row trees.
void diff_tables(const diff_context& cx);
// Invariants, facts, crosswalks and the edition-wide settings.
void diff_rules(const diff_context& cx);

}  // namespace nianbao::edition
