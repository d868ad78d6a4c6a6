// Every file in corpus/ is replayed: what it should give is in files beside it, X.outline (nianbao
// parse's outline) and X.findings (nianbao check's output) for a report, or X.error for an input
// that must be refused; the seeds, the PDFs and the binding cases also carry X.values (nianbao extract's). Web pages
// (X.html) go through the same front door as on the command line. A file without them is a failure, so nothing lands in
// the corpus unexamined.
#define BOOST_TEST_MODULE corpus
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include "expectations.hpp"
#include "nianbao/markdown.hpp"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
using namespace nianbao;

namespace {

std::vector<std::string> corpus_inputs() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(test::corpus_dir)) {
    if (entry.is_regular_file() && test::is_input(entry.path())) {
      files.push_back(fs::relative(entry.path(), test::corpus_dir).string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> parsable_inputs() {
  std::vector<std::string> files;
  for (const std::string& f : corpus_inputs()) {
    if (!fs::exists((test::corpus_dir / f).replace_extension(".error"))) files.push_back(f);
  }
  return files;
}

// The reports in the text layout, whose AST reprints them (not a Markdown file named .txt).
std::vector<std::string> text_inputs() {
  std::vector<std::string> files;
  for (const std::string& f : parsable_inputs()) {
    if (fs::path(f).extension() == ".txt" && !markdown::looks_like_markdown(test::read_file(test::corpus_dir / f))) {
      files.push_back(f);
    }
  }
  return files;
}

std::vector<std::string> inputs_with_lf_line_ends() {
  std::vector<std::string> files;
  for (const std::string& f : text_inputs()) {
    if (test::read_file(test::corpus_dir / f).find('\r') == std::string::npos) files.push_back(f);
  }
  return files;
}

// Where the values bound are the point, and a case that expects no finding must still show what
// it bound; with them, the figures its prose states (the facts cases are about those).
std::vector<std::string> inputs_with_values() {
  std::vector<std::string> files;
  for (const std::string& f : parsable_inputs()) {
    if (f.starts_with("seeds/") || f.starts_with("pdf/") || f.starts_with("cases/bind/") || f.starts_with("real/") ||
        f.starts_with("cases/check/facts-"))
      files.push_back(f);
  }
  return files;
}

input::read_result read_corpus_file(const std::string& relative_path) {
  return test::read_input(test::corpus_dir / relative_path);
}

}  // namespace

BOOST_DATA_TEST_CASE(outcome_matches_the_expectation_beside_it, bdata::make(corpus_inputs()), file) {
  const fs::path input = test::corpus_dir / file;
  fs::path expected = fs::path(input).replace_extension(".error");
  if (!fs::exists(expected)) expected.replace_extension(".outline");
  BOOST_TEST_REQUIRE(fs::exists(expected), "no expectation beside " << file << " (.outline or .error)");
  BOOST_TEST(test::outline_or_error(read_corpus_file(file)) == test::read_file(expected));
}

BOOST_DATA_TEST_CASE(findings_match_the_expectation_beside_it, bdata::make(parsable_inputs()), file) {
  const fs::path expected = (test::corpus_dir / file).replace_extension(".findings");
  BOOST_TEST_REQUIRE(fs::exists(expected), "no X.findings beside " << file);
  const input::read_result read = read_corpus_file(file);
  BOOST_TEST_REQUIRE(read.input.has_value());
  BOOST_TEST(test::findings_text(test::corpus_dir / file) == test::read_file(expected));
}

BOOST_DATA_TEST_CASE(values_match_the_expectation_beside_it, bdata::make(inputs_with_values()), file) {
  const fs::path expected = (test::corpus_dir / file).replace_extension(".values");
  BOOST_TEST_REQUIRE(fs::exists(expected), "no X.values beside " << file);
  const input::read_result read = read_corpus_file(file);
  BOOST_TEST_REQUIRE(read.input.has_value());
  BOOST_TEST(test::values_text(test::corpus_dir / file) == test::read_file(expected));
}

BOOST_DATA_TEST_CASE(reprint_is_byte_identical, bdata::make(text_inputs()), file) {
  const std::string bytes = test::read_file(test::corpus_dir / file);
  const auto p = test::parse_text(bytes);
  BOOST_TEST(ast::reprint(p.text.text(), p.doc) == bytes);
}

// The same reports with Windows line ends and a BOM give the same outline and reprint exactly.
BOOST_DATA_TEST_CASE(crlf_and_bom_change_nothing_but_the_bytes, bdata::make(inputs_with_lf_line_ends()), file) {
  const std::string lf = test::read_file(test::corpus_dir / file);
  std::string crlf = "\xEF\xBB\xBF";
  for (const char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const auto a = test::parse_text(lf);
  const auto b = test::parse_text(crlf);
  BOOST_TEST(ast::reprint(b.text.text(), b.doc) == crlf);
  BOOST_TEST(a.doc.sections.size() == b.doc.sections.size());
  for (std::size_t i = 0; i < std::min(a.doc.sections.size(), b.doc.sections.size()); ++i) {
    BOOST_TEST(a.at(a.doc.sections[i].head.title) == b.at(b.doc.sections[i].head.title));
    BOOST_TEST(a.doc.sections[i].body.size() == b.doc.sections[i].body.size());
  }
}

// Nothing lands in the corpus that no test reads: an input, an expectation beside its input (for
// corpus/real/shared/, beside its input in ../shared/real), an edition file a test loads, or the
// notes that say where the inputs come from.
BOOST_AUTO_TEST_CASE(every_corpus_file_is_read_by_a_test) {
  static const std::set<std::string> expectations{".outline", ".findings", ".values", ".error"};
  static const std::set<std::string> notes{"README.md", "SOURCES.tsv", "editions.tsv"};
  std::string test_sources;
  for (const auto& entry : fs::directory_iterator(test::corpus_dir / ".." / "tests")) {
    if (entry.path().extension() == ".cpp") test_sources += test::read_file(entry.path());
  }
  const fs::path shared_expectations = test::corpus_dir / "real" / "shared";
  for (const auto& entry : fs::recursive_directory_iterator(test::corpus_dir)) {
    if (!entry.is_regular_file()) continue;
    const fs::path& p = entry.path();
    const std::string relative = fs::relative(p, test::corpus_dir).string();
    bool read = test::is_input(p) || notes.contains(p.filename().string());
    if (!read && expectations.contains(p.extension().string())) {
      if (relative.starts_with("real/shared/")) {
        read = true;  // real_test pairs them with ../shared/real, and fails on one it cannot find
      } else {
        for (const auto& sibling : fs::directory_iterator(p.parent_path())) {
          if (test::is_input(sibling.path()) && sibling.path().stem() == p.stem()) read = true;
        }
      }
    }
    if (!read && p.extension() == ".nbf") {
      read = relative.starts_with("fuzz/edition/") || test_sources.find(p.filename().string()) != std::string::npos;
    }
    BOOST_TEST(read, relative << " is read by no test");
  }
}
