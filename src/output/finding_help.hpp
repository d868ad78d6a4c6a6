// What each finding id means, in the words of docs/findings.md (generated from it at build time).
#pragma once

#include <string_view>
#include <vector>

namespace nianbao::output {

struct finding_help {
  std::string_view id;
  std::string_view severity;  // as the docs say it: `warning`, `error, warning` …
  std::string_view what;      // Markdown, as in the docs
};

const std::vector<finding_help>& finding_helps();

}  // namespace nianbao::output
