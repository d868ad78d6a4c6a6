// Every file in corpus/ is replayed: what it should give is in files beside it, X.outline (nianbao
// parse's outline) and X.findings (nianbao check's output) for a report, or X.error for an input
// that must be refused; the seeds and the binding cases also carry X.values (nianbao extract's). Web pages (X.html) go
// through the same front door as on the command line. A file without them is a failure, so nothing lands in the corpus
// unexamined.
#define BOOST_TEST_MODULE corpus
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "nianbao/check.hpp"
#include "nianbao/input.hpp"
#include "nianbao/report.hpp"
#include "test_support.hpp"

namespace bdata = boost::unit_test::data;
namespace fs = std::filesystem;
using namespace nianbao;

namespace {

std::vector<std::string> corpus_inputs() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(test::corpus_dir)) {
    const auto ext = entry.path().extension();
    if (entry.is_regular_file() && (ext == ".txt" || ext == ".bin" || ext == ".html")) {
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

// The reports in the text layout, whose AST reprints them.
std::vector<std::string> text_inputs() {
  std::vector<std::string> files;
  for (const std::string& f : parsable_inputs()) {
    if (fs::path(f).extension() != ".html") files.push_back(f);
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
// it bound.
std::vector<std::string> inputs_with_values() {
  std::vector<std::string> files;
  for (const std::string& f : parsable_inputs()) {
    if (f.starts_with("seeds/") || f.starts_with("cases/bind/")) files.push_back(f);
  }
  return files;
}

read_result read_corpus_file(const std::string& relative_path) {
  return read_report(fs::path(relative_path).filename().string(), test::read_file(test::corpus_dir / relative_path));
}

// What nianbao parse says about a corpus file: its outline, or its error line.
std::string outcome(const std::string& relative_path) {
  const read_result read = read_corpus_file(relative_path);
  std::ostringstream out;
  if (read.error) {
    write_input_error(out, read.name, *read.error);
  } else {
    write_outline(out, read.input->text, read.input->document);
  }
  return out.str();
}

}  // namespace

BOOST_DATA_TEST_CASE(outcome_matches_the_expectation_beside_it, bdata::make(corpus_inputs()), file) {
  const fs::path input = test::corpus_dir / file;
  fs::path expected = fs::path(input).replace_extension(".error");
  if (!fs::exists(expected)) expected.replace_extension(".outline");
  BOOST_TEST_REQUIRE(fs::exists(expected), "no expectation beside " << file << " (.outline or .error)");
  BOOST_TEST(outcome(file) == test::read_file(expected));
}

BOOST_DATA_TEST_CASE(findings_match_the_expectation_beside_it, bdata::make(parsable_inputs()), file) {
  const fs::path expected = (test::corpus_dir / file).replace_extension(".findings");
  BOOST_TEST_REQUIRE(fs::exists(expected), "no X.findings beside " << file);
  const read_result read = read_corpus_file(file);
  BOOST_TEST_REQUIRE(read.input.has_value());
  const report_input& input = *read.input;
  auto bound = bind::bind_input(input, spec::builtin_editions());
  check::add_invariant_findings(bound);
  std::ostringstream out;
  write_check(out, input.text, bound, false, false);
  BOOST_TEST(out.str() == test::read_file(expected));
}

BOOST_DATA_TEST_CASE(values_match_the_expectation_beside_it, bdata::make(inputs_with_values()), file) {
  const fs::path expected = (test::corpus_dir / file).replace_extension(".values");
  BOOST_TEST_REQUIRE(fs::exists(expected), "no X.values beside " << file);
  const read_result read = read_corpus_file(file);
  BOOST_TEST_REQUIRE(read.input.has_value());
  std::ostringstream out;
  write_extract(out, read.input->text, bind::bind_input(*read.input, spec::builtin_editions()));
  BOOST_TEST(out.str() == test::read_file(expected));
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
