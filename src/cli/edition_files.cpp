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

namespace {

struct pending_file {
  std::string name;
  source text;
  edition::load_result loaded;
};

// Adds a loaded edition to `all`, unless its id is taken: reports say which edition they were
// bound to, and `editions show` finds it, by id.
bool add_edition(std::vector<edition::definition>& all, pending_file& file, problems& found) {
  const auto taken = std::find_if(all.begin(), all.end(),
                                  [&](const edition::definition& e) { return e.id == file.loaded.loaded->id; });
  if (taken != all.end()) {
    const bool built_in = taken - all.begin() < static_cast<std::ptrdiff_t>(edition::builtin_editions().size());
    const std::string by = (built_in ? "the built-in edition of " : "the edition of ") + taken->file;
    found.add(file.name,
              input_error{"edition id `" + taken->id + "` is taken by " + by + "; give this one an id of its own",
                          file.text.locate(file.loaded.loaded->id_offset)});
    return false;
  }
  all.push_back(std::move(*file.loaded.loaded));
  return true;
}

void report(const pending_file& file, problems& found) {
  for (const edition::load_error& e : file.loaded.errors) found.add(file.name, input_error{e.message, e.where});
}

// Why a file's base never loaded: it extends, through others, itself; or its base failed.
std::string unloaded_base(const pending_file& file, const std::vector<pending_file>& waiting) {
  std::string chain = file.loaded.id;
  std::string next = file.loaded.missing_base;
  for (std::size_t steps = 0; steps <= waiting.size(); ++steps) {
    chain += " extends " + next;
    if (next == file.loaded.id) return "edition " + chain + ": an edition cannot extend itself";
    const auto on =
        std::find_if(waiting.begin(), waiting.end(), [&](const pending_file& w) { return w.loaded.id == next; });
    if (on == waiting.end()) break;
    next = on->loaded.missing_base;
  }
  return "";
}

}  // namespace

std::optional<std::vector<edition::definition>> known_editions(const std::vector<std::string>& files, problems& found) {
  std::vector<edition::definition> all = edition::builtin_editions();
  bool ok = true;
  // A variant may come before the file of the edition it extends: it waits until that is loaded.
  std::vector<pending_file> waiting;
  for (const std::string& file : files) {
    const load_result text = load_source(file);
    if (text.error) {
      found.add(file, *text.error);
      ok = false;
      continue;
    }
    waiting.push_back({file, *text.text, {}});
  }
  for (bool progress = true; progress && !waiting.empty();) {
    progress = false;
    std::vector<pending_file> still;
    for (pending_file& file : waiting) {
      file.loaded = edition::load_edition(file.text, all);
      if (!file.loaded.loaded && !file.loaded.missing_base.empty()) {
        still.push_back(std::move(file));
        continue;
      }
      progress = true;
      if (!file.loaded.loaded) {
        report(file, found);
        ok = false;
      } else if (!add_edition(all, file, found)) {
        ok = false;
      }
    }
    waiting = std::move(still);
  }
  for (pending_file& file : waiting) {
    ok = false;
    if (const std::string cycle = unloaded_base(file, waiting); !cycle.empty()) {
      file.loaded.errors.front().message = cycle;
    }
    report(file, found);
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
