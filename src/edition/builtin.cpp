#include <stdexcept>

#include "embedded_editions.hpp"
#include "nianbao/edition.hpp"

namespace nianbao::edition {

namespace {

// A broken built-in file is a defect of this build, caught by the tests before release.
[[noreturn]] void broken_build(const load_error& first) {
  throw std::logic_error(first.file + ":" + std::to_string(first.where.line) + ":" +
                         std::to_string(first.where.column) + ": error: " + first.message);
}

std::vector<definition> load_builtin() {
  std::vector<definition> all;
  for (const embedded_edition& e : embedded_editions()) {
    const source text(std::string(e.file), std::string(e.text));
    load_result result = load_edition(text, all);
    if (!result.errors.empty()) broken_build(result.errors.front());
    all.push_back(std::move(*result.loaded));
  }
  if (const auto broken = check_crosswalks(all); !broken.empty()) broken_build(broken.front());
  return all;
}

}  // namespace

const std::vector<definition>& builtin_editions() {
  static const std::vector<definition> all = load_builtin();
  return all;
}

}  // namespace nianbao::edition
