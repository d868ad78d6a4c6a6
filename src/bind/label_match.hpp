// Matching a label written in a report to the nodes an edition declares: exactly, as a declared
// variant, or as a near miss (a typo) within a small edit distance.
#pragma once

#include <boost/container/small_vector.hpp>
#include <optional>
#include <string>
#include <vector>

#include "key_index.hpp"
#include "nianbao/edition.hpp"

namespace nianbao::bind {

enum class match_kind { exact, variant, near_miss };

struct label_match {
  const edition::node* node = nullptr;
  match_kind how = match_kind::exact;
};

// Candidate nodes with their keys and variants indexed for exact lookup, made once per edition:
// each label of a report is looked up among dozens of candidates, so they are indexed once, not
// compared in turn. Views the nodes' keys: it must not outlive the edition.
class label_list {
 public:
  label_list() = default;
  explicit label_list(std::vector<const edition::node*> nodes);

  const std::vector<const edition::node*>& nodes() const noexcept { return nodes_; }
  // The first candidate whose label the written one is, else the first it is a variant of, else
  // the first whose label it is followed by an annotation in brackets.
  std::optional<label_match> find_exactly(std::string_view written) const;
  // Calls `named(i)` for every candidate i that `written` names in one of those three ways: a
  // table's column tree may repeat a label under two groups, and a header names both.
  template <typename Named>
  void for_each_named(std::string_view written, Named&& named) const;
  // The one candidate nearest to `written` within its tolerance, closer than every other.
  std::optional<label_match> nearest(std::string_view written) const;
  // Whether `written`, in code points, is within the tolerance of candidate `i`.
  bool near(std::u32string_view written, std::size_t i) const;

 private:
  struct entry {
    std::size_t candidate;
    match_kind how;
  };
  // Labels and variants, each with the candidates it names: labels first, then variants, each in
  // the candidates' order.
  using entries = boost::container::small_vector<entry, 1>;
  const entries* entries_of(std::string_view key) const;
  // Calls `named(i)` for every candidate whose label `written` is, followed by an annotation in brackets.
  template <typename Named>
  void for_each_annotated(std::string_view written, Named&& named) const;

  std::vector<const edition::node*> nodes_;
  key_index keys_;                // labels and variants, numbered
  std::vector<entries> entries_;  // by a key's number, the candidates it names
  // Each candidate's label in code points, decoded once for every near-miss search.
  std::vector<std::u32string> code_points_;
};

// `written` is normalised (normalise_label). A near miss must be closer to one candidate than to
// any other; labels that also carry an annotation (`采购总金额（单位:万元 保留4位小数）`) match by prefix.
std::optional<label_match> match_label(std::string_view written, const label_list& candidates);

// The same without near misses: the cheap first pass when many labels are tried.
std::optional<label_match> match_label_exactly(std::string_view written, const label_list& candidates);

// Levenshtein distance in code points when it is at most `limit`, else limit + 1: only the
// diagonal band within `limit` of the DP table is computed.
std::size_t edit_distance_within(std::u32string_view a, std::u32string_view b, std::size_t limit);
// The same for UTF-8 texts.
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit);

template <typename Named>
void label_list::for_each_named(std::string_view written, Named&& named) const {
  if (written.empty()) return;
  if (const entries* all = entries_of(written)) {
    for (const entry& e : *all) named(e.candidate);
  }
  for_each_annotated(written, named);
}

template <typename Named>
void label_list::for_each_annotated(std::string_view written, Named&& named) const {
  // The text before some `(` is a candidate's own label.
  for (std::size_t at = written.find('('); at != std::string_view::npos; at = written.find('(', at + 1)) {
    if (const entries* all = entries_of(written.substr(0, at))) {
      for (const entry& e : *all) {
        if (e.how == match_kind::exact) named(e.candidate);
      }
    }
  }
}

// Labels are short: their code points, and an edit distance's rows, fit on the stack up to this.
inline constexpr std::size_t short_label = 64;
using code_point_buffer = boost::container::small_vector<char32_t, short_label>;
code_point_buffer code_points_of(std::string_view text);

}  // namespace nianbao::bind
