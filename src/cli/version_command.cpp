// `nianbao --version` and `nianbao version [--json]`: what a bug report needs to name this build.
// The editions are named with the SHA-256 of their text, as a store fingerprints them: two builds
// with the same version but edited edition files tell apart.
#include <algorithm>
#include <boost/version.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <tao/pegtl/version.hpp>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "nianbao/corpus.hpp"
#include "nianbao/docx.hpp"
#include "nianbao/edition.hpp"
#include "nianbao/html.hpp"
#include "nianbao/pdf.hpp"
#include "nianbao/version.hpp"

namespace nianbao::cli {

namespace {

std::vector<std::pair<std::string, std::string>> libraries() {
  std::string boost = BOOST_LIB_VERSION;
  std::replace(boost.begin(), boost.end(), '_', '.');
  std::vector<std::pair<std::string, std::string>> out{
      {"Boost", boost}, {"PEGTL", TAO_PEGTL_VERSION}, {"CLI11", CLI11_VERSION}, html::library_version()};
  for (auto& library : docx::library_versions()) out.push_back(std::move(library));
  out.push_back(pdf::library_version());
  for (auto& library : corpus::library_versions()) out.push_back(std::move(library));
  out.emplace_back("nlohmann-json", std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                                        std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                                        std::to_string(NLOHMANN_JSON_VERSION_PATCH));
  return out;
}

}  // namespace

std::string version_text() {
  std::string out = std::string("nianbao ") + NIANBAO_VERSION_STRING + "\neditions built in:";
  for (const edition::definition& ed : edition::builtin_editions())
    out.append("\n  ")
        .append(ed.id)
        .append(" (")
        .append(ed.file)
        .append(", sha256 ")
        .append(corpus::sha256_hex(ed.text))
        .append(")");
  out += "\nlibraries:";
  for (const auto& [name, version] : libraries()) out.append("\n  ").append(name).append(" ").append(version);
  return out;
}

void add_version_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("version", "Print the version, the editions built in and the libraries");
  auto json = std::make_shared<bool>(false);
  cmd->add_flag("--json", *json, "As one JSON object, for tools");
  cmd->callback([json, &exit_code] {
    if (!*json) {
      std::cout << version_text() << '\n';
      exit_code = exit_ok;
      return;
    }
    nlohmann::json editions = nlohmann::json::array();
    for (const edition::definition& ed : edition::builtin_editions())
      editions.push_back({{"id", ed.id}, {"file", ed.file}, {"sha256", corpus::sha256_hex(ed.text)}});
    nlohmann::json libs = nlohmann::json::object();
    for (const auto& [name, version] : libraries()) libs[name] = version;
    std::cout << nlohmann::json{{"schema", "nianbao-version"},
                                {"version", 1},
                                {"nianbao", NIANBAO_VERSION_STRING},
                                {"editions", editions},
                                {"libraries", libs}}
                     .dump(1)
              << '\n';
    exit_code = exit_ok;
  });
}

}  // namespace nianbao::cli
