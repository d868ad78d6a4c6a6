#include "label_match.hpp"

#include <algorithm>
#include <limits>

#include "nianbao/bind.hpp"
#include "nianbao/core/utf8.hpp"

namespace nianbao::bind {

namespace {

// How far a label may be from the official one and still be taken for it: one edit in a short
// label, one in four in a long one, never more than four.
constexpr std::size_t most_tolerated = 4;
std::size_t tolerance(std::size_t length) { return std::clamp<std::size_t>(length / 4, 1, most_tolerated); }

}  // namespace

code_point_buffer code_points_of(std::string_view text) {
  code_point_buffer out;
  for (std::size_t i = 0; i < text.size();) out.push_back(utf8::decode(text, i));
  return out;
}

std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit) {
  const code_point_buffer x = code_points_of(a);
  const code_point_buffer y = code_points_of(b);
  return edit_distance_within(std::u32string_view(x.data(), x.size()), std::u32string_view(y.data(), y.size()), limit);
}

// Labels are short: the distance rows fit on the stack, and the edit distance, tried against
// every candidate of a near-miss search, allocates nothing.
std::size_t edit_distance_within(std::u32string_view x, std::u32string_view y, std::size_t limit) {
  const std::size_t over = limit + 1;  // stands for every distance past the limit
  if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) return over;
  const std::size_t width = y.size() + 1;
  boost::container::small_vector<std::size_t, 2 * (short_label + 1)> rows(2 * width, over);
  std::size_t* previous = rows.data();
  std::size_t* current = rows.data() + width;
  for (std::size_t j = 0; j < width; ++j) previous[j] = std::min(j, over);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    // Cells further than `limit` from the diagonal are past the limit whatever they hold.
    const std::size_t first = i > limit ? i - limit : 1;
    const std::size_t last = std::min(y.size(), i + limit);
    current[first - 1] = first == 1 ? std::min(i, over) : over;
    std::size_t best = current[first - 1];
    for (std::size_t j = first; j <= last; ++j) {
      const std::size_t substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution, over});
      best = std::min(best, current[j]);
    }
    if (last < y.size()) current[last + 1] = over;
    if (best >= over) return over;  // no path through this row stays within the limit
    std::swap(previous, current);
  }
  return previous[y.size()];
}

label_list::label_list(std::vector<const edition::node*> nodes) : nodes_(std::move(nodes)) {
  for (const edition::node* n : nodes_) {
    const code_point_buffer key = code_points_of(n->key);
    code_points_.emplace_back(key.begin(), key.end());
  }
  // Labels first, then variants: a written label that is one node's label and another's variant
  // is the first node's, as when the candidates are compared in two passes.
  const auto add = [&](std::string_view key, entry e) {
    if (key.empty()) return;
    const std::size_t number = keys_.add(key);
    if (number == entries_.size()) entries_.emplace_back();
    entries_[number].push_back(e);
  };
  for (std::size_t i = 0; i < nodes_.size(); ++i) add(nodes_[i]->key, {i, match_kind::exact});
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    for (const std::string& v : nodes_[i]->variant_keys) add(v, {i, match_kind::variant});
  }
}

const label_list::entries* label_list::entries_of(std::string_view key) const {
  const auto number = keys_.find(key);
  return number ? &entries_[*number] : nullptr;
}

std::optional<label_match> label_list::find_exactly(std::string_view written) const {
  if (written.empty()) return std::nullopt;
  if (const entries* all = entries_of(written)) return label_match{nodes_[all->front().candidate], all->front().how};
  std::optional<std::size_t> first;
  for_each_annotated(written, [&](std::size_t i) { first = std::min(first.value_or(i), i); });
  if (!first) return std::nullopt;
  return label_match{nodes_[*first], match_kind::exact};
}

std::optional<label_match> match_label_exactly(std::string_view written, const label_list& candidates) {
  return candidates.find_exactly(written);
}

std::optional<label_match> match_label(std::string_view written, const label_list& candidates) {
  if (auto exact = candidates.find_exactly(written)) return exact;
  return candidates.nearest(written);
}

std::optional<label_match> label_list::nearest(std::string_view written) const {
  if (written.empty()) return std::nullopt;
  const code_point_buffer decoded = code_points_of(written);
  const std::u32string_view x(decoded.data(), decoded.size());
  std::optional<std::size_t> best;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  bool tie = false;
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    const std::u32string& official = code_points_[i];
    // The distance is at least the difference in length: most candidates end here.
    const std::size_t gap = official.size() > x.size() ? official.size() - x.size() : x.size() - official.size();
    if (official.empty() || gap > tolerance(official.size())) continue;
    // Past every tolerance, distances need not be told apart: no such candidate is taken.
    const std::size_t d = edit_distance_within(x, official, std::min(most_tolerated, best_distance));
    if (d < best_distance) {
      best = i, best_distance = d, tie = false;
    } else if (d == best_distance) {
      tie = true;
    }
  }
  if (!best || tie || best_distance > tolerance(code_points_[*best].size())) return std::nullopt;
  return label_match{nodes_[*best], match_kind::near_miss};
}

bool label_list::near(std::u32string_view written, std::size_t i) const {
  const std::u32string& official = code_points_[i];
  const std::size_t limit = tolerance(official.size());
  return !official.empty() && !written.empty() && edit_distance_within(written, official, limit) <= limit;
}

}  // namespace nianbao::bind
