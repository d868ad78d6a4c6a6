// Helpers shared by the test programs.
#pragma once

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "nianbao/edition.hpp"
#include "nianbao/grammar.hpp"

namespace nianbao::test {

inline const std::filesystem::path corpus_dir{NIANBAO_CORPUS_DIR};

// The five seeds of corpus/seeds/ by name, which the front ends' tests write in their formats.
inline const char* const seed_stems[] = {"000_7f1b1d18961b41ce", "001_dc050822b7b0f109", "002_b68246f228e475c5",
                                         "003_3f168525c89639f9", "004_11309f8aa4d66d4c"};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot read " << path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The number after `name` among the test program's own arguments (after `--`), or `fallback`:
// how many documents a property test generates.
// A built-in edition by id; a test that names one the build lacks fails.
inline const edition::definition& builtin_edition(std::string_view id) {
  for (const edition::definition& ed : edition::builtin_editions()) {
    if (ed.id == id) return ed;
  }
  BOOST_FAIL("no built-in edition " << id);
  throw;
}

inline std::size_t argument(std::string_view name, std::size_t fallback) {
  const auto& suite = boost::unit_test::framework::master_test_suite();
  for (int i = 1; i + 1 < suite.argc; ++i) {
    if (suite.argv[i] == name) return std::stoul(suite.argv[i + 1]);
  }
  return fallback;
}

// A source that must be accepted, and its parse, which must succeed.
struct parsed {
  source text;
  ast::document doc;

  std::string_view at(ast::span s) const { return s.in(text.text()); }
};

inline parsed parse_text(std::string bytes) {
  auto loaded = make_source("test.txt", std::move(bytes));
  BOOST_TEST_REQUIRE(loaded.text.has_value(), (loaded.error ? loaded.error->message : ""));
  auto result = grammar::parse_report(*loaded.text);
  BOOST_TEST_REQUIRE(result.document.has_value(), (result.error ? result.error->message : ""));
  return {std::move(*loaded.text), std::move(*result.document)};
}

}  // namespace nianbao::test
