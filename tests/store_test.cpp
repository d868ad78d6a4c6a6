#define BOOST_TEST_MODULE store
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "corpus/cell_lists.hpp"
#include "nianbao/check.hpp"
#include "nianbao/corpus.hpp"
#include "nianbao/output.hpp"
#include "test_support.hpp"

using namespace nianbao;
namespace fs = std::filesystem;

namespace {

// A directory of its own for each test, removed after it.
struct scratch {
  fs::path dir;
  scratch() {
    dir = fs::temp_directory_path() / ("nianbao-store-test-" + std::to_string(::getpid()) + "-" +
                                       boost::unit_test::framework::current_test_case().p_name.get());
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~scratch() { fs::remove_all(dir); }
  std::string file(const std::string& name) const { return (dir / name).string(); }
};

// The record of a corpus file, read, bound and checked as `nianbao check` does.
corpus::document_record record_of(const std::string& relative) {
  const std::string path = (test::corpus_dir / relative).string();
  const std::string bytes = test::read_file(path);
  input::read_result read = input::read_report(relative, bytes);
  BOOST_TEST_REQUIRE(read.input.has_value());
  bind::bound_report bound = bind::bind_input(*read.input, edition::builtin_editions());
  check::add_invariant_findings(bound);
  return corpus::record_of(relative, corpus::sha256_hex(bytes), read.input->text, read.input->document, bound);
}

corpus::document_record bare(const std::string& path, std::optional<std::string> agency, std::optional<int> year) {
  corpus::document_record r;
  r.path = path;
  r.sha256 = corpus::sha256_hex(path);
  r.who.agency = std::move(agency);
  r.who.year = year;
  r.edition = "gov2021";
  return r;
}

void exec(const std::string& file, const char* sql) {
  sqlite3* db = nullptr;
  BOOST_TEST_REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
  BOOST_TEST(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

std::string refusal(const std::string& file) {
  try {
    corpus::store s(file, "editions");
  } catch (const corpus::store_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

// FIPS 180-2's test vectors, not anything this code computed.
BOOST_AUTO_TEST_CASE(sha256_of_the_standard_vectors) {
  BOOST_TEST(corpus::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  BOOST_TEST(corpus::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

BOOST_AUTO_TEST_CASE(identity_from_the_title) {
  const auto p = test::parse_text(test::read_file(test::corpus_dir / "seeds/001_dc050822b7b0f109.txt"));
  const corpus::identity who = corpus::identify(p.text.text(), p.doc);
  BOOST_TEST(who.agency.value_or("") == "上塘镇");
  BOOST_TEST(who.year.value_or(0) == 2020);
  BOOST_TEST(who.note.empty());
}

BOOST_AUTO_TEST_CASE(identity_from_the_sign_off_when_the_title_names_no_agency) {
  const auto p = test::parse_text(
      "2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n"
      "六、其他需要报告的事项\n无。\n\n丰城市上塘镇人民政府\n2022年1月13日\n");
  const corpus::identity who = corpus::identify(p.text.text(), p.doc);
  BOOST_TEST(who.agency.value_or("") == "丰城市上塘镇人民政府");
  BOOST_TEST(who.year.value_or(0) == 2021);
  BOOST_TEST(who.note.find("sign-off") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(no_identity_is_nulls_and_a_note_not_a_guess) {
  const auto p = test::parse_text("一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n");
  const corpus::identity who = corpus::identify(p.text.text(), p.doc);
  BOOST_TEST(!who.agency.has_value());
  BOOST_TEST(!who.year.has_value());
  BOOST_TEST(who.note.find("no agency") != std::string::npos);
  BOOST_TEST(who.note.find("no year") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_record_goes_in_and_comes_out_whole) {
  const scratch tmp;
  const corpus::document_record r = record_of("seeds/004_11309f8aa4d66d4c.txt");
  BOOST_TEST_REQUIRE(!r.findings.empty());
  BOOST_TEST_REQUIRE(!r.cells.empty());
  {
    corpus::store s(tmp.file("c.db"), "editions-1");
    s.put(r);
  }
  const corpus::store s(tmp.file("c.db"), "editions-1");
  BOOST_TEST(s.current().at(r.path) == r.sha256);
  const auto back = s.load(r.path);
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST(back->who.agency.value_or("-") == r.who.agency.value_or("-"));
  BOOST_TEST(back->who.year.value_or(0) == r.who.year.value_or(0));
  BOOST_TEST(back->edition == r.edition);
  BOOST_TEST(back->errors == r.errors);
  BOOST_TEST(back->warnings == r.warnings);
  BOOST_TEST_REQUIRE(back->findings.size() == r.findings.size());
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    BOOST_TEST(back->findings[i].id == r.findings[i].id);
    BOOST_TEST(back->findings[i].line == r.findings[i].line);
    BOOST_TEST(back->findings[i].message == r.findings[i].message);
    BOOST_TEST(back->findings[i].expected == r.findings[i].expected);
  }
  BOOST_TEST_REQUIRE(back->cells.size() == r.cells.size());
  for (std::size_t i = 0; i < r.cells.size(); ++i) {
    BOOST_TEST(back->cells[i].coordinate == r.cells[i].coordinate);
    BOOST_TEST(back->cells[i].value == r.cells[i].value);
    BOOST_TEST(back->cells[i].yuan == r.cells[i].yuan);
  }
}

// The cell lists are written and read by hand; SQLite's own JSON reader (the view `cells`) must
// read the same values from them, and a list tampered with is a corrupt store, not wrong values.
BOOST_AUTO_TEST_CASE(the_cell_lists_read_as_sqlite_reads_them) {
  const scratch tmp;
  corpus::document_record r = record_of("seeds/004_11309f8aa4d66d4c.txt");
  r.cells.front().unit = "万\"元\\\n";  // quotes, backslashes and control bytes escaped
  {
    corpus::store s(tmp.file("c.db"), "editions-1");
    s.put(r);
  }
  sqlite3* db = nullptr;
  BOOST_TEST_REQUIRE(sqlite3_open(tmp.file("c.db").c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  BOOST_TEST_REQUIRE(sqlite3_prepare_v2(db,
                                        "SELECT coordinate, state, coalesce(value, ''), coalesce(unit, ''), "
                                        "coalesce(yuan, ''), coalesce(line, 0) FROM cells ORDER BY seq",
                                        -1, &q, nullptr) == SQLITE_OK);
  std::size_t i = 0;
  const auto text = [&](int column) {
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(q, column)));
  };
  while (sqlite3_step(q) == SQLITE_ROW) {
    BOOST_TEST_REQUIRE(i < r.cells.size());
    BOOST_TEST(text(0) == r.cells[i].coordinate);
    BOOST_TEST(text(1) == r.cells[i].state);
    BOOST_TEST(text(2) == r.cells[i].value);
    BOOST_TEST(text(3) == r.cells[i].unit);
    BOOST_TEST(text(4) == r.cells[i].yuan);
    BOOST_TEST(static_cast<std::size_t>(sqlite3_column_int64(q, 5)) == r.cells[i].line);
    ++i;
  }
  BOOST_TEST(i == r.cells.size());
  sqlite3_finalize(q);
  sqlite3_close(db);
  const auto back = corpus::store(tmp.file("c.db"), "editions-1").load(r.path);
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST(back->cells.front().unit == r.cells.front().unit);

  exec(tmp.file("c.db"), "UPDATE cell_lists SET cells = substr(cells, 1, length(cells) - 1)");
  const corpus::store s(tmp.file("c.db"), "editions-1");
  BOOST_CHECK_THROW(s.load(r.path), corpus::store_error);
}

// What a comparison reads back of a document: only the cells marked, each whole and in order.
BOOST_AUTO_TEST_CASE(a_cell_list_read_in_part_keeps_the_cells_marked) {
  corpus::document_record r = record_of("seeds/004_11309f8aa4d66d4c.txt");
  r.cells[1].unit = "万\"元\\";
  std::vector<std::string> coordinates;
  std::vector<bool> keep;
  std::vector<corpus::cell_record> kept;
  for (std::size_t i = 0; i < r.cells.size(); ++i) {
    coordinates.push_back(r.cells[i].coordinate);
    keep.push_back(i % 3 == 1);
    if (keep.back()) kept.push_back(r.cells[i]);
  }
  const std::string list = corpus::encode_cells(r.cells);
  const auto fields = [](const std::vector<corpus::cell_record>& cells) {
    std::vector<std::string> out;
    for (const corpus::cell_record& c : cells) {
      out.push_back(c.coordinate + "|" + c.state + "|" + c.value + "|" + c.unit + "|" + c.yuan + "|" +
                    std::to_string(c.line) + ":" + std::to_string(c.column));
    }
    return out;
  };
  BOOST_TEST(fields(corpus::decode_cells(list, coordinates, "c.db", &keep)) == fields(kept),
             boost::test_tools::per_element());
  BOOST_TEST(fields(corpus::decode_cells(list, coordinates, "c.db")) == fields(r.cells),
             boost::test_tools::per_element());
  // A list longer than the edition's order is not one this store wrote.
  coordinates.pop_back();
  BOOST_CHECK_THROW(corpus::decode_cells(list, coordinates, "c.db", &keep), corpus::store_error);
}

BOOST_AUTO_TEST_CASE(putting_a_path_again_replaces_it) {
  const scratch tmp;
  corpus::document_record r = record_of("seeds/004_11309f8aa4d66d4c.txt");
  corpus::store s(tmp.file("c.db"), "editions-1");
  s.put(r);
  r.sha256 = "changed";
  r.findings.resize(1);
  s.put(r);
  s.flush();
  const auto all = s.records();
  BOOST_TEST_REQUIRE(all.size() == 1u);
  BOOST_TEST(all.front().sha256 == "changed");
  BOOST_TEST(all.front().findings.size() == 1u);
  BOOST_TEST(s.load(r.path)->cells.size() == r.cells.size());
}

BOOST_AUTO_TEST_CASE(other_editions_make_every_document_stale) {
  const scratch tmp;
  corpus::store(tmp.file("c.db"), "editions-1").put(bare("a.txt", "某局", 2021));
  BOOST_TEST(corpus::store(tmp.file("c.db"), "editions-1").current().size() == 1u);
  BOOST_TEST(corpus::store(tmp.file("c.db"), "editions-2").current().empty());
}

BOOST_AUTO_TEST_CASE(reports_of_one_agency_and_year_are_flagged_each_naming_the_other) {
  const std::vector<corpus::document_record> records{
      bare("a.txt", "某局", 2021), bare("b.txt", "某局", 2021),       bare("c.txt", "某局", 2022),
      bare("d.txt", "他局", 2021), bare("e.txt", std::nullopt, 2021), bare("f.txt", std::nullopt, 2021)};
  std::vector<const corpus::document_record*> views;
  for (const auto& r : records) views.push_back(&r);
  const auto found = corpus::duplicate_reports(views);
  BOOST_TEST_REQUIRE(found.size() == 2u);
  BOOST_TEST(found[0].document == 0u);
  BOOST_TEST(found[0].finding.other_path == "b.txt");
  BOOST_TEST(found[1].document == 1u);
  BOOST_TEST(found[1].finding.other_path == "a.txt");
  BOOST_TEST(found[0].finding.message.find("b.txt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_store_recomputes_pair_findings_over_all_it_holds) {
  const scratch tmp;
  const corpus::year_checker years(edition::builtin_editions());
  corpus::store s(tmp.file("c.db"), "editions-1");
  s.put(bare("a.txt", "某局", 2021));
  BOOST_TEST(s.refresh_pair_findings(years).empty());
  s.put(bare("b.txt", "某局", 2021));
  BOOST_TEST(s.refresh_pair_findings(years).size() == 2u);
  BOOST_TEST(s.refresh_pair_findings(years).size() == 2u);  // recomputed, not added to
  // Kept with the documents (records), not given back as a document's own (load).
  BOOST_TEST(s.load("a.txt")->findings.empty());
  const auto held = s.records();
  BOOST_TEST_REQUIRE(held.front().findings.size() == 1u);
  BOOST_TEST(held.front().findings.front().other_path == "b.txt");
  s.put(bare("b.txt", "某局", 2019));
  BOOST_TEST(s.refresh_pair_findings(years).empty());
  BOOST_TEST(s.records().front().findings.empty());
}

BOOST_AUTO_TEST_CASE(a_file_that_is_no_store_is_refused_not_written) {
  const scratch tmp;
  const std::string text = tmp.file("notes.txt");
  std::ofstream(text) << "these are my notes, not a database\n";
  BOOST_TEST(refusal(text).find("not a SQLite database") != std::string::npos);
  BOOST_TEST(test::read_file(text) == "these are my notes, not a database\n");

  const std::string other = tmp.file("other.db");
  exec(other, "CREATE TABLE accounts(id INTEGER)");
  BOOST_TEST(refusal(other).find("another program") != std::string::npos);

  const std::string newer = tmp.file("newer.db");
  { corpus::store s(newer, "editions"); }
  exec(newer, "PRAGMA user_version = 99");
  BOOST_TEST(refusal(newer).find("schema version 99") != std::string::npos);

  BOOST_CHECK_THROW(corpus::store(tmp.file("missing.db"), "editions", corpus::store::access::read),
                    corpus::store_error);
  BOOST_TEST(!fs::exists(tmp.file("missing.db")));
}

// A run killed mid-way keeps whole documents only: each with every one of its cells.
BOOST_AUTO_TEST_CASE(a_run_killed_midway_leaves_whole_documents) {
  const scratch tmp;
  const corpus::document_record r = record_of("seeds/004_11309f8aa4d66d4c.txt");
  const pid_t child = ::fork();
  BOOST_TEST_REQUIRE(child >= 0);
  if (child == 0) {
    corpus::store s(tmp.file("c.db"), "editions-1");
    for (int i = 0; i < 100; ++i) {
      corpus::document_record copy = r;
      copy.path = "doc" + std::to_string(i) + ".txt";
      s.put(copy);
    }
    ::_exit(0);  // no destructor, no commit: as if killed
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  const corpus::store s(tmp.file("c.db"), "editions-1");
  const auto held = s.records();
  BOOST_TEST(!held.empty());
  BOOST_TEST(held.size() < 100u);
  for (const auto& d : held) BOOST_TEST(s.load(d.path)->cells.size() == r.cells.size());
}

BOOST_AUTO_TEST_CASE(json_lines_are_one_line_each_with_amounts_as_strings) {
  const corpus::document_record r = record_of("cases/bind/money-unit-in-cell-yuan.txt");
  const std::string line = output::jsonl_line(r, true);
  BOOST_TEST(line.find('\n') == std::string::npos);
  const auto j = nlohmann::json::parse(line);
  BOOST_TEST(j["path"] == "cases/bind/money-unit-in-cell-yuan.txt");
  BOOST_TEST(j["sha256"].get<std::string>().size() == 64u);
  std::size_t amounts = 0;
  for (const auto& cell : j["values"]) {
    for (const char* key : {"value", "yuan"}) {
      BOOST_TEST((cell[key].is_string() || cell[key].is_null()));
      amounts += cell[key].is_string();
    }
  }
  BOOST_TEST(amounts > 0u);
  for (const auto& f : j["findings"]) {
    for (const char* key : {"expected", "found"}) BOOST_TEST((f[key].is_string() || f[key].is_null()));
  }
}
