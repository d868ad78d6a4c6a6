#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "nianbao/report.hpp"

namespace nianbao::cli {

std::optional<parsed_input> read_report(const std::string& file, std::size_t max_bytes, std::ostream& errors) {
  load_result loaded = load_source(file, load_options{max_bytes});
  if (loaded.error) {
    write_input_error(errors, file == "-" ? "<stdin>" : file, *loaded.error);
    return std::nullopt;
  }
  parse_result parsed = parse_report(*loaded.text);
  if (parsed.error) {
    write_input_error(errors, loaded.text->name(), *parsed.error);
    return std::nullopt;
  }
  return parsed_input{std::move(*loaded.text), std::move(*parsed.document)};
}

std::vector<std::string> expand_directories(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt") found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace nianbao::cli
