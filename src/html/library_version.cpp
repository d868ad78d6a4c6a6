#include "nianbao/html.hpp"

namespace nianbao::html {

std::pair<std::string, std::string> library_version() { return {"Gumbo", NIANBAO_GUMBO_VERSION}; }

}  // namespace nianbao::html
