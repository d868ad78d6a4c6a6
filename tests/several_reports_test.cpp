// A file holding many reports (pages concatenated): built at test time from the seeds, about
// 89 MB (`-- --megabytes N`), each report checked on its own, its findings at its own lines, and
// no report's errors lost.
#define BOOST_TEST_MODULE several_reports
#include <boost/test/unit_test.hpp>

#include <map>

#include "expectations.hpp"
#include "nianbao/check.hpp"
#include "nianbao/input.hpp"
#include "test_support.hpp"

using namespace nianbao;
namespace fs = std::filesystem;

namespace {

struct seed {
  std::string name, text;
  std::size_t errors = 0;  // as the seed alone is checked
  std::size_t lines = 0;
};

std::vector<seed> seeds() {
  std::vector<seed> out;
  for (const auto& entry : fs::directory_iterator(test::corpus_dir / "seeds")) {
    if (entry.path().extension() != ".txt") continue;
    seed s{entry.path().filename().string(), test::read_file(entry.path())};
    const input::read_result read = input::read_report(s.name, s.text);
    for (const finding& f : test::checked(*read.input).findings) s.errors += f.level == severity::error;
    s.lines = static_cast<std::size_t>(std::count(s.text.begin(), s.text.end(), '\n'));
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const seed& a, const seed& b) { return a.name < b.name; });
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_report_of_a_large_concatenation_is_checked_at_its_own_lines) {
  const std::size_t megabytes = test::argument("--megabytes", 89);
  const std::vector<seed> all = seeds();
  std::string file;
  std::vector<const seed*> order;  // the seed each report of the file is
  std::vector<std::size_t> first;  // the line each report starts at
  std::size_t line = 1;
  while (file.size() < megabytes << 20) {
    for (const seed& s : all) {
      order.push_back(&s);
      first.push_back(line);
      file += s.text;
      line += s.lines;
    }
  }
  // Over the default size limit, as `nianbao check --max-bytes` lets it be read.
  const std::size_t size = file.size();
  std::size_t k = 0, errors = 0, expected = 0;
  const input::read_status read = input::read_reports(
      "concatenated.txt", std::move(file), load_options{size + 1}, [&](const input::report_input& r) {
        BOOST_TEST_REQUIRE(k < order.size());
        BOOST_TEST_CONTEXT("report " << k + 1 << " (" << order[k]->name << ")") {
          BOOST_TEST(r.report == k + 1);
          BOOST_TEST(r.first_line == first[k]);
          std::size_t found = 0;
          for (const finding& f : test::checked(r).findings) {
            if (f.level != severity::error) continue;
            ++found;
            // At its own lines: within the report, in the file.
            const std::size_t at = r.text.locate(f.where.begin).line;
            BOOST_TEST(at >= first[k]);
            BOOST_TEST(at < first[k] + order[k]->lines + 1);
          }
          BOOST_TEST(found == order[k]->errors);
          errors += found;
          expected += order[k]->errors;
        }
        ++k;
      });
  BOOST_TEST(!read.error.has_value());
  BOOST_TEST(k == order.size());
  BOOST_TEST(expected > 0U);
  BOOST_TEST(errors == expected);
  BOOST_TEST_MESSAGE(k << " reports in " << megabytes << " MB, " << errors << " errors found");
}

// A second report whose title was lost (or ran onto the last line of the first): it starts where
// 一、总体情况 starts the numbering over, and its errors are its own.
BOOST_AUTO_TEST_CASE(a_report_without_its_title_starts_at_its_first_section) {
  const std::vector<seed> all = seeds();
  const seed& clean = all.front();
  const seed& broken = all.back();  // seed 004: table 三 does not add up
  BOOST_TEST_REQUIRE(broken.errors > 0U);
  std::string second = broken.text.substr(broken.text.find('\n') + 1);  // its title line dropped
  std::vector<input::report_input> reports;
  input::read_reports("untitled.txt", clean.text + second, {},
                      [&](const input::report_input& r) { reports.push_back(r); });
  BOOST_TEST_REQUIRE(reports.size() == 2U);
  std::size_t errors = 0;
  for (const finding& f : test::checked(reports[1]).findings) errors += f.level == severity::error;
  BOOST_TEST(errors == broken.errors);
  // It starts at its 一、总体情况.
  const std::string before = second.substr(0, second.find("一、"));
  BOOST_TEST(reports[1].first_line ==
             clean.lines + 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')));
}

// A large file is split by the lines as the grammar reads them, before anything is parsed; a
// small one, and binding's SEVERAL-REPORTS, by the assembled document. Both must see the same
// reports: for every text of the corpus alone, followed by the next, and followed by the next
// without its title.
BOOST_AUTO_TEST_CASE(the_lines_show_the_reports_the_assembled_document_shows) {
  std::vector<std::string> texts;
  for (const auto& entry : fs::recursive_directory_iterator(test::corpus_dir)) {
    if (entry.path().extension() == ".txt") texts.push_back(test::read_file(entry.path()));
  }
  BOOST_TEST_REQUIRE(texts.size() > 50U);
  const auto starts = [](const std::vector<input::later_report>& later) {
    std::vector<std::size_t> out;
    for (const input::later_report& r : later) out.push_back(r.title.begin);
    return out;
  };
  // A report after a seed whose title is followed by a table cut at a row holding a section
  // heading: the assembled document has two tables there, the lines one.
  texts.push_back(texts.front() +
                  "某县2021年政府信息公开工作年度报告\n第一段\n第二段\n第三段\n第四段\n\t单元格\n\t值\n\n"
                  "\t二、附表\n一、概述\n内容\n二、主动公开政府信息情况\n内容\n");
  std::size_t compared = 0, split = 0;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    const std::string& next = texts[(k + 1) % texts.size()];
    for (const std::string& file : {texts[k], texts[k] + next, texts[k] + next.substr(next.find('\n') + 1)}) {
      const input::read_result whole = input::read_report("f.txt", file);
      if (!whole.input) continue;
      const auto expected = starts(input::later_reports(whole.input->text.text(), whole.input->document));
      BOOST_TEST(starts(input::later_reports(whole.input->text)) == expected,
                 "text " << k << ": " << file.substr(0, file.find('\n')));
      ++compared;
      split += !expected.empty();
    }
  }
  BOOST_TEST(split > compared / 4);  // the concatenations are mostly split
  BOOST_TEST_MESSAGE(compared << " texts compared, " << split << " of them split");
}

// A title before the text's first section heading (a cover line, then a heading out of order)
// starts no report of its own: the piece before it would hold no section. The reports are counted
// as they are given.
BOOST_AUTO_TEST_CASE(a_start_before_the_first_section_heading_is_none) {
  const std::vector<seed> all = seeds();
  const std::string file =
      "封面说明\n某县2020年政府信息公开工作年度报告\n二、前言\n一、总体情况\n内容\n"
      "二、主动公开政府信息情况\n内容\n" +
      all.front().text;
  std::vector<std::string> notes;
  input::read_reports("cover.txt", file, {}, [&](const input::report_input& r) {
    for (const finding& f : r.findings)
      if (f.id == "REPORT-IN-FILE") notes.push_back(f.message.substr(0, f.message.find(" this file")));
  });
  BOOST_TEST(notes == (std::vector<std::string>{"report 1 of the 2", "report 2 of the 2"}), notes.size());
}
