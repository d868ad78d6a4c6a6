#include "nianbao/finding.hpp"

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

}  // namespace nianbao
