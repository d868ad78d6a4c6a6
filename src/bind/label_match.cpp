#include "label_match.hpp"

#include <algorithm>
#include <limits>

#include "nianbao/bind.hpp"
#include "source/utf8.hpp"

namespace nianbao::bind {

namespace {

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) out += utf8::decode(text, i);
  return out;
}

// How far a label may be from the official one and still be taken for it: one edit in a short
// label, one in four in a long one, never more than four.
std::size_t tolerance(std::size_t length) { return std::clamp<std::size_t>(length / 4, 1, 4); }

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::u32string x = code_points(a);
  const std::u32string y = code_points(b);
  std::vector<std::size_t> previous(y.size() + 1);
  std::vector<std::size_t> current(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[y.size()];
}

std::optional<label_match> match_label(const std::string& written, const std::vector<const spec::node*>& candidates) {
  for (const spec::node* n : candidates) {
    if (normalise_label(n->label) == written) return label_match{n, match_kind::exact};
  }
  for (const spec::node* n : candidates) {
    for (const std::string& v : n->variants) {
      if (normalise_label(v) == written) return label_match{n, match_kind::variant};
    }
  }
  for (const spec::node* n : candidates) {
    const std::string official = normalise_label(n->label);
    if (!official.empty() && written.starts_with(official) && written[official.size()] == '(') {
      return label_match{n, match_kind::exact};  // the official label with an annotation after it
    }
  }
  const spec::node* best = nullptr;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  bool tie = false;
  for (const spec::node* n : candidates) {
    const std::string official = normalise_label(n->label);
    if (official.empty()) continue;
    const std::size_t d = edit_distance(written, official);
    if (d < best_distance) {
      best = n, best_distance = d, tie = false;
    } else if (d == best_distance) {
      tie = true;
    }
  }
  if (best == nullptr || tie || best_distance > tolerance(code_points(normalise_label(best->label)).size())) {
    return std::nullopt;
  }
  return label_match{best, match_kind::near_miss};
}

}  // namespace nianbao::bind
