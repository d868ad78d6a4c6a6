#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

std::string fingerprint(std::string_view version, const std::vector<edition::definition>& editions) {
  // Each part with its length before it, so that no two lists of parts run together alike.
  std::string all;
  const auto add = [&](std::string_view part) { all.append(std::to_string(part.size())).append(":").append(part); };
  add(version);
  for (const edition::definition& ed : editions) {
    add(ed.id);
    add(ed.text);
  }
  return sha256_hex(all);
}

}  // namespace nianbao::corpus
