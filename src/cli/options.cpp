#include "options.hpp"

namespace nianbao::cli {

void add_max_bytes_option(CLI::App& cmd, std::size_t& max_bytes) {
  cmd.add_option("--max-bytes", max_bytes, "Refuse inputs larger than this many bytes")
      ->capture_default_str()
      ->check([](const std::string& value) -> std::string {
        const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
        return digits && value.find_first_not_of('0') != std::string::npos
                   ? ""
                   : "must be a whole number of bytes, 1 or more";
      });
}

}  // namespace nianbao::cli
