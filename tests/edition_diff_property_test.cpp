#define BOOST_TEST_MODULE edition_diff_property
// The diff's classes against what the checker does. Documents generated in the official form of
// edition A (no noise, no fault: they conform to A) are bound to B and checked there. Every change
// the diff calls breaking (but a coordinate that only moved) is seen by a finding of B's that A's
// check did not give and that names it (its label, a label of the rows it split into, or its
// rule's id); no document fails B when the diff calls every change compatible or cosmetic. Both directions between the
// built-in editions, and the variants (`-- --documents N`, per direction).
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/edition_diff.hpp"
#include "nianbao/generate.hpp"
#include "test_support.hpp"

using namespace nianbao;

namespace {

// A finding as the test compares them: id and message; a culprit counts as its violations.
std::set<std::pair<std::string, std::string>> findings_of(const bind::bound_report& bound) {
  std::set<std::pair<std::string, std::string>> out;
  for (const finding& f : bound.findings) {
    out.emplace(f.id, f.message);
    for (const finding& v : f.violations) out.emplace(v.id, v.message);
  }
  return out;
}

struct checked_against {
  std::set<std::pair<std::string, std::string>> new_findings;  // B's, not A's, over every document
  std::size_t failing = 0;                                     // documents with an error under B
};

checked_against check_against(const std::vector<edition::definition>& editions, const edition::definition& a,
                              const edition::definition& b, std::size_t documents) {
  const bind::binding_plan plan(editions);
  const generate::generator generator(a);
  checked_against out;
  for (std::size_t seed = 1; seed <= documents; ++seed) {
    generate::options official;  // no noise, no fault
    official.seed = seed;
    const generate::document doc = generator.generate(official);
    const test::parsed parsed = test::parse_text(doc.text);
    const auto bound_to = [&](const edition::definition& ed) {
      bind::bound_report bound = bind::bind_report(parsed.text.text(), parsed.doc, plan, &ed);
      check::add_findings(bound, parsed.text, parsed.doc);
      return bound;
    };
    const bind::bound_report under_a = bound_to(a);
    BOOST_TEST_REQUIRE(std::none_of(under_a.findings.begin(), under_a.findings.end(),
                                    [](const finding& f) { return f.level == severity::error; }),
                       a.id << " seed " << seed << " does not conform to its own edition");
    const bind::bound_report under_b = bound_to(b);
    const auto before = findings_of(under_a);
    for (const auto& f : findings_of(under_b)) {
      if (!before.contains(f)) out.new_findings.insert(f);
    }
    if (std::any_of(under_b.findings.begin(), under_b.findings.end(),
                    [](const finding& f) { return f.level == severity::error; }))
      ++out.failing;
  }
  return out;
}

const edition::node* node_at(const edition::definition& ed, const std::string& table, const std::string& path) {
  const edition::table* t = ed.find_table(table);
  if (t == nullptr) return nullptr;
  for (const auto* tree : {&t->rows, &t->columns}) {
    if (const edition::node* n = edition::find_node(*tree, path)) return n;
  }
  for (const edition::block& blk : t->blocks) {
    for (const auto* tree : {&blk.rows, &blk.columns}) {
      if (const edition::node* n = edition::find_node(*tree, path)) return n;
    }
  }
  return nullptr;
}

// What a finding that sees the change names: its labels, the labels of the rows or columns it
// relates (a split row's new rows), or, for a rule, its id.
bool seen(const edition::change& c, const edition::definition& a, const edition::definition& b,
          const checked_against& run) {
  if (c.part == "invariant" || c.part == "fact") {
    return std::any_of(run.new_findings.begin(), run.new_findings.end(),
                       [&](const auto& f) { return f.first == c.after; });
  }
  std::vector<std::string> labels{c.label_before, c.label_after};
  for (const std::string& path : c.related) {
    for (const edition::definition* ed : {&a, &b}) {
      if (const edition::node* n = node_at(*ed, c.table, path)) labels.push_back(n->label);
    }
  }
  std::erase(labels, std::string());
  return std::any_of(run.new_findings.begin(), run.new_findings.end(), [&](const auto& f) {
    return std::any_of(labels.begin(), labels.end(),
                       [&](const std::string& label) { return f.second.find(label) != std::string::npos; });
  });
}

void every_breaking_change_is_seen(const std::vector<edition::definition>& editions, const edition::definition& a,
                                   const edition::definition& b) {
  const std::size_t documents = test::argument("--documents", 30);
  const checked_against run = check_against(editions, a, b, documents);
  std::size_t breaking = 0;
  for (const edition::change& c : edition::diff(a, b)) {
    // A coordinate that only moved changes nothing a report shows.
    if (c.what != edition::change_class::breaking || (!c.breaks_reports && c.action == "renamed")) continue;
    ++breaking;
    BOOST_TEST(seen(c, a, b, run), a.id << " → " << b.id << ": " << c.part << ' ' << c.action << ' ' << c.before
                                        << " → " << c.after << " is breaking, but no finding names it");
  }
  BOOST_TEST_MESSAGE(a.id << " → " << b.id << ": " << breaking << " breaking changes, " << run.new_findings.size()
                          << " new findings, " << run.failing << " of " << documents << " documents fail");
}

std::vector<edition::definition> with_file(const std::filesystem::path& file) {
  std::vector<edition::definition> editions = edition::builtin_editions();
  edition::load_result loaded = edition::load_edition(source(file.string(), test::read_file(file)), editions);
  BOOST_TEST_REQUIRE(loaded.errors.empty());
  editions.push_back(std::move(*loaded.loaded));
  return editions;
}

}  // namespace

BOOST_AUTO_TEST_CASE(breaking_changes_from_2019_to_2021_are_seen) {
  every_breaking_change_is_seen(edition::builtin_editions(), test::builtin_edition("gov2019"),
                                test::builtin_edition("gov2021"));
}

BOOST_AUTO_TEST_CASE(breaking_changes_from_2021_to_2019_are_seen) {
  every_breaking_change_is_seen(edition::builtin_editions(), test::builtin_edition("gov2021"),
                                test::builtin_edition("gov2019"));
}

BOOST_AUTO_TEST_CASE(the_variants_breaking_change_is_seen) {
  const auto editions = with_file(test::corpus_dir / "editions" / "other-documents2021.nbf");
  every_breaking_change_is_seen(editions, editions[1], editions.back());
  every_breaking_change_is_seen(editions, editions.back(), editions[1]);
}

// A variant whose every change the diff calls compatible or cosmetic: no document of gov2021
// fails it.
BOOST_AUTO_TEST_CASE(compatible_and_cosmetic_changes_fail_no_conforming_document) {
  const std::vector<edition::definition>& builtin = edition::builtin_editions();
  std::vector<edition::definition> editions = builtin;
  edition::load_result loaded = edition::load_edition(source("compatible.nbf", R"(
edition compatible "2021 edition, loosened" extends gov2021 {
  issued_by "某省办函"
  in table t3 {
    relabel row result.total "（七）合计" or "（七）总计"
    accept row new "一、本年新收申请数量"
    counts checked as warning
  }
  in table t4 {
    change column review.total signed
  }
  drop invariant E1
  drop follows gov2019
  invariant I2 warning "办理结果之和等于总计"
    for column c in t3: t3[result.total, c] == sum t3[result.disclosed .. result.other_handling.other, c]
  invariant V1 warning "行政许可决定数不超过规章制发件数" t2[item5.licensing, item5.decisions] <= t2[item1.rules, item1.made]
}
)"),
                                                      builtin);
  BOOST_TEST_REQUIRE(loaded.errors.empty());
  editions.push_back(std::move(*loaded.loaded));
  const std::vector<edition::change> changes = edition::diff(editions[1], editions.back());
  BOOST_TEST(changes.size() >= 8u);
  for (const edition::change& c : changes) BOOST_TEST((c.what != edition::change_class::breaking), c.action);
  const std::size_t documents = test::argument("--documents", 30);
  BOOST_TEST(check_against(editions, editions[1], editions.back(), documents).failing == 0u);
}
