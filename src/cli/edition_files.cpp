#include "edition_files.hpp"

#include <algorithm>
#include <iostream>

#include "nianbao/output.hpp"

namespace nianbao::cli {

void add_edition_file_option(CLI::App& cmd, std::vector<std::string>& files) {
  cmd.add_option("--edition-file", files, "Load another edition from a file in the edition language (repeatable)")
      ->allow_extra_args(false);
}

std::optional<std::vector<edition::definition>> known_editions(const std::vector<std::string>& files) {
  problems ignored;
  return known_editions(files, ignored);
}

std::optional<std::vector<edition::definition>> known_editions(const std::vector<std::string>& files, problems& found) {
  std::vector<edition::definition> all = edition::builtin_editions();
  bool ok = true;
  for (const std::string& file : files) {
    const load_result text = load_source(file);
    if (text.error) {
      found.add(file, *text.error);
      ok = false;
      continue;
    }
    edition::load_result loaded = edition::load_edition(*text.text);
    if (!loaded.loaded) {
      for (const edition::load_error& e : loaded.errors) found.add(file, input_error{e.message, e.where});
      ok = false;
      continue;
    }
    // An id names one edition: reports say which they were bound to, and `editions show` finds it.
    const auto taken =
        std::find_if(all.begin(), all.end(), [&](const edition::definition& e) { return e.id == loaded.loaded->id; });
    if (taken != all.end()) {
      const bool built_in = taken - all.begin() < static_cast<std::ptrdiff_t>(edition::builtin_editions().size());
      const std::string by = (built_in ? "the built-in edition of " : "the edition of ") + taken->file;
      found.add(file,
                input_error{"edition id `" + taken->id + "` is taken by " + by + "; give this one an id of its own",
                            text.text->locate(loaded.loaded->id_offset)});
      ok = false;
      continue;
    }
    all.push_back(std::move(*loaded.loaded));
  }
  for (const edition::load_error& e : edition::check_crosswalks(all)) {
    found.add(e.file, input_error{e.message, e.where});
    ok = false;
  }
  if (!ok) return std::nullopt;
  return all;
}

const edition::definition* edition_named(const std::vector<edition::definition>& editions, std::string_view id) {
  for (const edition::definition& ed : editions) {
    if (ed.id == id) return &ed;
  }
  std::cerr << "nianbao: error: no edition `" << id << "` (see `nianbao editions`)\n";
  return nullptr;
}

}  // namespace nianbao::cli
