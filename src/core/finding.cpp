#include "nianbao/core/finding.hpp"

namespace nianbao {

const char* name_of(severity level) noexcept {
  switch (level) {
    case severity::error:
      return "error";
    case severity::warning:
      return "warning";
    case severity::note:
      return "note";
  }
  return "?";
}

bool fails(const std::vector<finding>& findings, bool werror) noexcept {
  for (const finding& f : findings) {
    if (f.level == severity::error || (werror && f.level == severity::warning)) return true;
  }
  return false;
}

}  // namespace nianbao
