#include <algorithm>
#include <array>
#include <utility>

#include "nianbao/generate.hpp"

namespace nianbao::generate {

namespace {

// The names the command line and the oracle use.
constexpr std::array<std::pair<noise_kind, std::string_view>, 13> noise_names = {{
    {noise_kind::split_cells, "split-cells"},
    {noise_kind::merged_cells, "merged-cells"},
    {noise_kind::missing_label, "missing-label"},
    {noise_kind::heading_in_cell, "heading-in-cell"},
    {noise_kind::arabic_section, "arabic-section"},
    {noise_kind::label_variants, "label-variants"},
    {noise_kind::spaces, "spaces"},
    {noise_kind::grouped_digits, "grouped-digits"},
    {noise_kind::wide_digits, "wide-digits"},
    {noise_kind::not_given, "not-given"},
    {noise_kind::crlf, "crlf"},
    {noise_kind::bom, "bom"},
    {noise_kind::artefacts, "artefacts"},
}};

constexpr std::array<std::pair<fault_kind, std::string_view>, 11> fault_names = {{
    {fault_kind::wrong_total, "wrong-total"},
    {fault_kind::split_digits, "split-digits"},
    {fault_kind::dropped_digit, "dropped-digit"},
    {fault_kind::adjacent_column, "adjacent-column"},
    {fault_kind::sign_flip, "sign-flip"},
    {fault_kind::unit_slip, "unit-slip"},
    {fault_kind::row_shift, "row-shift"},
    {fault_kind::missing_row, "missing-row"},
    {fault_kind::misspelled_label, "misspelled-label"},
    {fault_kind::truncated, "truncated"},
    {fault_kind::text_mismatch, "text-mismatch"},
}};

template <typename Kind, std::size_t N>
std::string_view name_in(const std::array<std::pair<Kind, std::string_view>, N>& names, Kind kind) {
  for (const auto& [k, name] : names) {
    if (k == kind) return name;
  }
  return "?";
}

template <typename Kind, std::size_t N>
std::optional<Kind> kind_in(const std::array<std::pair<Kind, std::string_view>, N>& names, std::string_view name) {
  for (const auto& [k, n] : names) {
    if (n == name) return k;
  }
  return std::nullopt;
}

template <typename Kind, std::size_t N>
std::vector<Kind> kinds_in(const std::array<std::pair<Kind, std::string_view>, N>& names) {
  std::vector<Kind> out;
  out.reserve(N);
  for (const auto& entry : names) out.push_back(entry.first);
  return out;
}

}  // namespace

const std::vector<noise_kind>& all_noise_kinds() {
  static const std::vector<noise_kind> all = kinds_in(noise_names);
  return all;
}
const std::vector<fault_kind>& all_fault_kinds() {
  static const std::vector<fault_kind> all = kinds_in(fault_names);
  return all;
}
std::string_view name_of(noise_kind kind) noexcept { return name_in(noise_names, kind); }
std::string_view name_of(fault_kind kind) noexcept { return name_in(fault_names, kind); }
std::optional<noise_kind> noise_named(std::string_view name) { return kind_in(noise_names, name); }
std::optional<fault_kind> fault_named(std::string_view name) { return kind_in(fault_names, name); }

}  // namespace nianbao::generate
