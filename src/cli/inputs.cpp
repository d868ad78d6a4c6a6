#include "inputs.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "nianbao/output.hpp"

namespace nianbao::cli {

std::optional<input::report_input> read_report(const std::string& file, std::size_t max_bytes, std::ostream& errors) {
  input::read_result read = input::read_report_file(file, load_options{max_bytes});
  if (read.error) {
    output::write_input_error(errors, read.name, *read.error);
    return std::nullopt;
  }
  return std::move(read.input);
}

namespace {

bool is_report_file(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".txt" || extension == ".html" || extension == ".htm" || extension == ".docx" ||
         extension == ".pdf";
}

}  // namespace

std::vector<std::string> expand_directories(const std::vector<std::string>& paths, problems& given, bool& any_empty) {
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
      if (entry.is_regular_file() && is_report_file(entry.path())) found.push_back(entry.path().string());
    }
    if (found.empty()) {
      given.add(path, input_error{"no reports in this directory or below it (*.txt, *.html, *.htm, *.docx, *.pdf)",
                                  location{}});
      any_empty = true;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace nianbao::cli
