// PDF files written by the render stage (A4 pages, ruled tables whose columns are sized to their
// text, labels wrapped, figures centred, merged cells' text in their middle, tables carried over
// page breaks) and read back through poppler by the PDF front end: the seeds give the reports of
// their texts, and generated reports, valid and broken, give their texts' values table by table.
// The writer lays words out and the reader rebuilds tables from where poppler says they stand:
// no code is shared between the two but the report model the writer starts from.
#define BOOST_TEST_MODULE pdf_property
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>

#include "nianbao/render.hpp"
#include "same_report.hpp"

namespace bdata = boost::unit_test::data;
using namespace nianbao;

namespace {

const auto& seeds = test::seed_stems;

bool same_value(const bind::bound_value& a, const bind::bound_value& b) {
  return a.state == b.state && test::value_text(a) == test::value_text(b) && a.unit == b.unit;
}

// The PDF gives a figure the text does not: a wrong value, where one left out is only lost.
bool wrong_value(const bind::bound_value& text, const bind::bound_value& pdf) {
  return pdf.state == bind::value_state::given && !same_value(text, pdf);
}

// A figure the reader read as one by the arithmetic and said so (PDF-READ-AS-ONE), where the text
// has the same digits apart (the `split-digits` fault, `55 9268`): on paper the digits stand one
// over the other, and nothing shows whether a space stood at the line's end. Said, not wrong.
bool read_as_one(const test::checked& read, const bind::bound_value& text, const bind::bound_value& pdf) {
  std::string digits(text.raw);
  std::erase_if(digits, [](char c) { return c == ' ' || c == '\n'; });
  const std::string coordinate = pdf.coordinate();
  return digits == pdf.raw &&
         std::any_of(read.bound.findings.begin(), read.bound.findings.end(),
                     [&](const finding& f) { return f.id == "PDF-READ-AS-ONE" && f.subject == coordinate; });
}

struct tally {
  std::size_t documents = 0, tables = 0, same = 0, uncertain = 0;
  std::size_t read_as_one = 0;    // figures read as one by the arithmetic where the text has them apart
  std::size_t wrong = 0;          // tables with a figure the text does not give there
  std::size_t whole = 0;          // documents whose every table is read alike
  std::size_t same_findings = 0;  // of those, documents with the text's findings
};

// The report's findings, not the front end's own. Two are the text's alone, for what they see is
// not on paper without its rules: a column of empty cells (EXTRA-EMPTY-COLUMNS), and a section's
// heading written in a table's first cell (SECTION-IN-TABLE), which reads as a heading above it.
std::vector<std::string> findings_of(const test::checked& c) {
  std::vector<std::string> out;
  for (const finding& f : c.bound.findings)
    if (!f.id.starts_with("PDF-") && f.id != "EXTRA-EMPTY-COLUMNS" && f.id != "SECTION-IN-TABLE")
      out.push_back(f.id + " " + f.message);
  return out;
}

bool same_findings(const test::checked& text, const test::checked& read) {
  return findings_of(text) == findings_of(read);
}

// The text and its PDF, table by table: a table counts as read alike when every value is the
// text's; one that is not, as said when the reader reported a figure it could not place. Where
// every table is alike, the findings must be the text's too.
// With `-- --show 1` each differing value is printed: where the reader goes wrong, to be read.
void show(const std::string& name, const bind::bound_value& text, const bind::bound_value& pdf, bool said) {
  std::cout << name << ' ' << text.coordinate() << ": text " << text.raw << " (" << test::value_text(text) << "), pdf "
            << pdf.raw << " (" << test::value_text(pdf) << ")" << (wrong_value(text, pdf) ? " WRONG" : "")
            << (said ? " said" : "") << '\n';
}

void compare(const std::string& name, const std::string& text_bytes, tally& t) {
  const std::string pdf = render::render_pdf(source(name + ".txt", text_bytes), edition::builtin_editions());
  BOOST_TEST_REQUIRE(pdf.starts_with("%PDF-"));
  const test::checked text = test::check_bytes(name + ".txt", text_bytes);
  const test::checked read = test::check_bytes(name + ".pdf", pdf);
  BOOST_TEST_REQUIRE((read.input.format == input::input_format::pdf));
  ++t.documents;
  BOOST_TEST_REQUIRE(read.bound.choice.edition == text.bound.choice.edition);
  BOOST_TEST_REQUIRE(read.bound.values.size() == text.bound.values.size());
  std::map<std::string, bool> alike;  // table → every value the text's
  std::set<std::string> wrong;        // tables with a wrong value
  for (std::size_t i = 0; i < text.bound.values.size(); ++i) {
    const bind::bound_value& a = text.bound.values[i];
    auto [it, added] = alike.emplace(a.table, true);
    it->second = it->second && same_value(a, read.bound.values[i]);
    if (!wrong_value(a, read.bound.values[i])) continue;
    if (read_as_one(read, a, read.bound.values[i])) {
      ++t.read_as_one;
    } else {
      wrong.emplace(a.table);
    }
  }
  t.wrong += wrong.size();
  const bool said = std::any_of(read.bound.findings.begin(), read.bound.findings.end(),
                                [](const finding& f) { return f.id == "PDF-UNCERTAIN" || f.id == "PDF-READ-AS-ONE"; });
  if (test::argument("--show", 0) != 0) {
    for (std::size_t i = 0; i < text.bound.values.size(); ++i)
      if (!same_value(text.bound.values[i], read.bound.values[i]))
        show(name, text.bound.values[i], read.bound.values[i], said);
  }
  bool all = true;
  for (const auto& [table, is_same] : alike) {
    ++t.tables;
    t.same += is_same ? 1 : 0;
    t.uncertain += !is_same && said ? 1 : 0;
    all = all && is_same;
  }
  if (all) ++t.whole;
  if (all && same_findings(text, read)) ++t.same_findings;
}

void say(const char* what, const tally& t) {
  std::cout << what << ": " << t.documents << " documents, " << t.tables << " tables, " << t.same
            << " read with the values of their text, " << t.uncertain << " others with a figure said uncertain, "
            << t.wrong << " with a wrong figure, " << t.read_as_one
            << " figures read as one by the arithmetic where the text has their digits apart; " << t.whole
            << " documents read alike in every table, " << t.same_findings << " of them with the text's findings\n";
}

}  // namespace

// The aim is every table of a seed and 99% of generated ones read alike, no other
// difference than a figure said uncertain, and the text's findings. The seeds, the 99% and no
// wrong figure are held; a value lost with nothing said (a report cut off inside a table loses a
// row more on paper) is held at what the reader does today, so that a change that reads worse fails.
BOOST_AUTO_TEST_CASE(the_seeds_written_as_pdf_give_the_values_of_their_texts) {
  tally t;
  for (const char* stem : seeds) BOOST_TEST_CONTEXT(stem) {
      compare(stem, test::read_file(test::corpus_dir / "seeds" / (std::string(stem) + ".txt")), t);
    }
  say("seeds as PDF", t);
  BOOST_TEST(t.same == t.tables);
  BOOST_TEST(t.same_findings == t.documents);
}

BOOST_AUTO_TEST_CASE(generated_reports_as_pdf_files_give_their_values) {
  const std::size_t per_edition = test::argument("--documents", 40);
  tally t;
  test::for_generated_documents(per_edition, 7000,
                                [&](const edition::definition& edition, std::size_t, const generate::document& doc) {
                                  BOOST_TEST_CONTEXT(edition.id << " seed " << doc.seed) {
                                    compare(edition.id + "-" + std::to_string(doc.seed), doc.text, t);
                                  }
                                });
  say("generated PDF files", t);
  BOOST_TEST(t.same * 100 >= t.tables * 99);
  BOOST_TEST(t.wrong == 0U);
  BOOST_TEST((t.tables - t.same - t.uncertain) * 1000 <= t.tables * 10);  // differing with nothing said
}
