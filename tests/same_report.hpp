// What the tests of the front ends share: a report read through the front door, bound and
// checked, and the comparison of a page or a Word file with the text it renders.
#pragma once

#include <set>
#include <string>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/core/utf8.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/input.hpp"
#include "test_support.hpp"

namespace nianbao::test {

struct checked {
  input::report_input input;
  bind::bound_report bound;
};

inline checked check_bytes(std::string name, std::string bytes) {
  input::read_result read = input::read_report(std::move(name), std::move(bytes));
  BOOST_TEST_REQUIRE(read.input.has_value(), (read.error ? read.error->message : ""));
  checked c{std::move(*read.input), {}};
  c.bound = bind::bind_input(c.input, edition::builtin_editions());
  check::add_findings(c.bound, c.input.text, c.input.document);
  return c;
}

inline std::string value_text(const bind::bound_value& v) { return v.value ? v.value->to_string() : "-"; }

// The first character of `s`.
inline std::string_view first_character(std::string_view s) {
  std::size_t i = 0;
  utf8::decode(s, i);
  return s.substr(0, i);
}

// The text of a page's line from a 1-based column on.
inline std::string_view from_column(std::string_view line, std::size_t column) {
  std::size_t i = 0;
  for (std::size_t c = 1; c < column && i < line.size(); ++c) utf8::decode(line, i);
  return line.substr(i);
}

// Both renderings must agree on everything the report says; the page's findings point into it.
// The front end's own findings (HTML-…, DOCX-…, MD-…, PDF-…) and the ids in `ignored` are not compared.
inline void expect_same_report(const checked& text, const checked& page, const std::set<std::string>& ignored = {}) {
  // The report's own part of the page: its title as the text has it, and the same sections.
  const auto part = [](const checked& c, ast::span s) { return std::string(s.in(c.input.text.text())); };
  BOOST_TEST(part(page, page.input.document.title.agency) == part(text, text.input.document.title.agency));
  BOOST_TEST(part(page, page.input.document.title.year) == part(text, text.input.document.title.year));
  BOOST_TEST(part(page, page.input.document.title.title) == part(text, text.input.document.title.title));
  BOOST_TEST(page.input.document.sections.size() == text.input.document.sections.size());
  BOOST_TEST_REQUIRE(page.bound.choice.edition == text.bound.choice.edition);
  BOOST_TEST_REQUIRE(page.bound.values.size() == text.bound.values.size());
  for (std::size_t i = 0; i < text.bound.values.size(); ++i) {
    const bind::bound_value& a = text.bound.values[i];
    const bind::bound_value& b = page.bound.values[i];
    BOOST_TEST_CONTEXT(a.table << ' ' << a.row << ' ' << a.column) {
      BOOST_TEST((a.state == b.state));
      BOOST_TEST(value_text(a) == value_text(b));
      BOOST_TEST(a.unit == b.unit);
    }
    if (b.state != bind::value_state::given) continue;
    // The number is where the page says it is: its first character at the located column.
    const location at = page.input.text.locate(b.where.begin);
    const std::string_view line = page.input.text.line_text(at.line);
    BOOST_TEST(from_column(line, at.column).starts_with(first_character(b.raw)),
               b.table << ' ' << b.row << ' ' << b.column << " at " << at.line << ':' << at.column);
  }
  const auto compared = [&](const checked& c) {
    std::vector<const finding*> out;
    for (const finding& f : c.bound.findings)
      if (!f.id.starts_with("HTML-") && !f.id.starts_with("DOCX-") && !f.id.starts_with("MD-") &&
          !f.id.starts_with("PDF-") && !ignored.contains(f.id)) {
        out.push_back(&f);
      }
    return out;
  };
  const std::vector<const finding*> text_findings = compared(text);
  const std::vector<const finding*> report_findings = compared(page);
  BOOST_TEST_REQUIRE(report_findings.size() == text_findings.size());
  for (std::size_t i = 0; i < report_findings.size(); ++i) {
    const finding& a = *text_findings[i];
    const finding& b = *report_findings[i];
    BOOST_TEST_CONTEXT(a.id << ' ' << a.subject) {
      BOOST_TEST(a.id == b.id);
      BOOST_TEST(a.subject == b.subject);
      BOOST_TEST(a.message == b.message);
      BOOST_TEST(a.expected == b.expected);
      BOOST_TEST(a.found == b.found);
      BOOST_TEST(a.cells.size() == b.cells.size());
      BOOST_TEST(page.input.text.locate(b.where.begin).line <= page.input.text.line_count());
    }
  }
}

// Generated documents of every built-in edition, `per_edition` each from seed `first_seed` on,
// all noise on and every other one broken by each kind of fault in turn that the edition can
// show: `visit(edition, index, document)` for each.
template <typename Visit>
void for_generated_documents(std::size_t per_edition, std::uint64_t first_seed, Visit visit) {
  for (const edition::definition& edition : edition::builtin_editions()) {
    const generate::generator generator(edition);
    for (std::size_t i = 0; i < per_edition; ++i) {
      generate::options options;
      options.seed = first_seed + i;
      options.noise = {generate::all_noise_kinds().begin(), generate::all_noise_kinds().end()};
      const auto& faults = generate::all_fault_kinds();
      const generate::fault_kind fault = faults[(i / 2) % faults.size()];
      if (i % 2 == 1 && generator.can_inject(fault)) options.faults = {fault};
      visit(edition, i, generator.generate(options));
    }
  }
}

}  // namespace nianbao::test
