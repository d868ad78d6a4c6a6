// The texts of grammar/*.nbf, compiled in (see tools/embed-editions.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace nianbao::edition {

struct embedded_edition {
  std::string_view file;
  std::string_view text;
};

const std::vector<embedded_edition>& embedded_editions();

}  // namespace nianbao::edition
