// A Word file's package (Office Open XML: a ZIP archive of XML parts), read from memory with
// libzip: a part's bytes by name, never more than the size limit unpacked, so that a ZIP bomb is
// refused before it is inflated.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace nianbao::docx {

struct part_result {
  std::optional<std::string> bytes;    // absent with no problem: the package has no such part
  std::optional<std::string> problem;  // why the part cannot be read
};

class package {
 public:
  // The archive in `bytes`, which must outlive the package; the problem if it is not one.
  static std::pair<std::unique_ptr<package>, std::string> open(std::string_view bytes);
  ~package();
  package(const package&) = delete;
  package& operator=(const package&) = delete;

  // A part, at most `limit` bytes unpacked (what its header claims and what it gives).
  part_result read(const std::string& name, std::size_t limit) const;

 private:
  explicit package(zip* archive) : archive_(archive) {}
  zip* archive_;
};

}  // namespace nianbao::docx
