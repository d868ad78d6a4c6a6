// Two reports of one body for one year: the same report saved twice, or two bodies whose titles
// read alike. Either way a reviewer must look, and a check across years cannot pick one.
#include <map>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

std::vector<pair_finding> duplicate_reports(const std::vector<const document_record*>& records) {
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> by_identity;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const document_record& r = *records[i];
    if (r.who.agency && r.who.year && r.state != status::refused)
      by_identity[{*r.who.agency, *r.who.year}].push_back(i);
  }
  // One finding per document, naming the first of the others and counting the rest: a report
  // saved under forty names gets forty findings, not forty squared.
  constexpr std::size_t paths_shown = 3;
  std::vector<pair_finding> out;
  for (const auto& [key, members] : by_identity) {
    if (members.size() < 2) continue;
    for (const std::size_t i : members) {
      std::vector<std::size_t> others;
      for (const std::size_t j : members) {
        if (j != i) others.push_back(j);
      }
      std::string listed;
      for (std::size_t k = 0; k < others.size() && k < paths_shown; ++k) {
        const document_record& other = *records[others[k]];
        listed += (k == 0 ? "" : ", ") + other.path + (other.sha256 == records[i]->sha256 ? " (the same bytes)" : "");
      }
      if (others.size() > paths_shown) listed += " … (" + std::to_string(others.size()) + " in all)";
      finding_record f;
      f.id = "DUPLICATE-REPORT";
      f.severity = "warning";
      f.message = (others.size() == 1 ? "another report of " : std::to_string(others.size()) + " other reports of ") +
                  key.first + " for " + std::to_string(key.second) + (others.size() == 1 ? " is" : " are") +
                  " in the corpus: " + listed;
      f.other_path = records[others.front()]->path;
      out.push_back({i, others.front(), std::move(f)});
    }
  }
  return out;
}

}  // namespace nianbao::corpus
