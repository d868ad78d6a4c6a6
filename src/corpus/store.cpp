// The SQLite store of a corpus: opened only if it is one (application_id, user_version), written
// in transactions of whole documents.
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <set>

#include "cell_lists.hpp"
#include "nianbao/corpus.hpp"
#include "schema.hpp"
#include "sqlite.hpp"

namespace nianbao::corpus {

namespace {

// Documents written per transaction: each commit is a sync to disk, and one per document would
// cost more than checking it; an interrupted run loses at most this many, which the next redoes.
constexpr int documents_per_transaction = 64;

std::int64_t pragma_value(const sqlite::database& db, const char* pragma) {
  sqlite::statement query(db, pragma);
  return query.step() ? query.integer(0) : 0;
}

// A new file gets the schema; an existing one must be a store of this schema version.
void prepare(const sqlite::database& db, store::access mode) {
  const bool write = mode == store::access::write;
  if (write && sqlite3_db_readonly(db.get(), "main") == 1)
    throw store_error(db.file() + ": the store cannot be written (a read-only file or directory)");
  db.exec("PRAGMA busy_timeout = 5000");
  const std::int64_t application = pragma_value(db, "PRAGMA application_id");  // reads the header: NOTADB here
  const std::int64_t version = pragma_value(db, "PRAGMA user_version");
  const std::int64_t objects = pragma_value(db, "SELECT count(*) FROM sqlite_master");
  if (application == 0 && version == 0 && objects == 0 && write) {
    db.exec("BEGIN IMMEDIATE");
    db.exec(schema::create);
    db.exec(("PRAGMA application_id = " + std::to_string(schema::application_id)).c_str());
    db.exec(("PRAGMA user_version = " + std::to_string(schema::version)).c_str());
    db.exec("COMMIT");
  } else if (application == 0 && objects == 0) {
    throw store_error(db.file() + ": an empty file, not a nianbao store (`nianbao check --db` makes one)");
  } else if (application != schema::application_id) {
    throw store_error(db.file() + ": a SQLite database of another program, not a nianbao store; give --db a new file");
  } else if (version != schema::version) {
    throw store_error(db.file() + ": a nianbao store of schema version " + std::to_string(version) +
                      ", which this nianbao does not read (it reads version " + std::to_string(schema::version) +
                      "); check the corpus into a new file");
  }
  if (!write) return;
  // WAL: a reader (a summary) does not wait for a run, and a commit is one append.
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec("PRAGMA foreign_keys = ON");
  // The pages a run writes and reads again (its documents' rows, when it compares them) stay in
  // memory rather than being read back from the file.
  db.exec("PRAGMA cache_size = -65536");
}

std::optional<std::int64_t> year_of(const identity& who) {
  if (!who.year) return std::nullopt;
  return *who.year;
}

finding_record finding_from(const sqlite::statement& row, int first) {
  finding_record f;
  f.id = row.text(first);
  f.severity = row.text(first + 1);
  f.line = static_cast<std::size_t>(row.integer(first + 2));
  f.column = static_cast<std::size_t>(row.integer(first + 3));
  f.end_line = static_cast<std::size_t>(row.integer(first + 4));
  f.end_column = static_cast<std::size_t>(row.integer(first + 5));
  f.subject = row.text(first + 6);
  f.message = row.text(first + 7);
  f.rule = row.text(first + 8);
  f.status = row.text(first + 9);
  f.expected = row.text(first + 10);
  f.found = row.text(first + 11);
  if (!row.is_null(first + 12)) {
    f.other_document = row.integer(first + 12);
    f.other_path = row.text(first + 13);
    f.other_line = static_cast<std::size_t>(row.integer(first + 14));
    f.other_column = static_cast<std::size_t>(row.integer(first + 15));
  }
  return f;
}

constexpr const char* finding_columns =
    "f.id, f.severity, f.line, f.\"column\", f.end_line, f.end_column, f.subject, f.message, f.rule, f.status, "
    "f.expected, f.found, f.other_document, o.path, f.other_line, f.other_column";

document_record document_from(const sqlite::statement& row) {
  document_record r;
  r.path = row.text(1);
  r.sha256 = row.text(2);
  if (!row.is_null(3)) r.who.agency = row.text(3);
  if (!row.is_null(4)) r.who.year = static_cast<int>(row.integer(4));
  r.who.note = row.text(5);
  r.edition = row.text(6);
  r.errors = static_cast<std::size_t>(row.integer(7));
  r.warnings = static_cast<std::size_t>(row.integer(8));
  const std::string state = row.text(9);
  r.state = state == "refused" ? status::refused : state == "no_edition" ? status::no_edition : status::checked;
  r.refusal = row.text(10);
  return r;
}

constexpr const char* document_columns =
    "id, path, sha256, agency, year, identity_note, edition, errors, warnings, status, refusal";

}  // namespace

struct store::impl {
  sqlite::database db;
  std::string editions;
  int pending = 0;       // documents written since the last commit
  bool writing = false;  // within put(): a failure there leaves a document half written
  sqlite::statement upsert;
  sqlite::statement clear_findings;
  sqlite::statement put_cells;
  sqlite::statement add_coordinate;
  std::set<std::string> coordinates_written;  // editions whose order of cells is in the store
  sqlite::statement add_finding;

  impl(const std::string& file, std::string fingerprint, access mode)
      // A reader opens read-write too (never creating): the last connection to close a WAL
      // store checkpoints it and removes its -wal and -shm files, which a read-only one cannot.
      : db(file, mode == access::write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READWRITE),
        editions((prepare(db, mode), std::move(fingerprint))),
        upsert(db,
               "INSERT INTO documents(path, sha256, agency, year, identity_note, edition, errors, warnings, status, "
               "refusal, editions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
               "ON CONFLICT(path) DO UPDATE SET sha256 = ?2, agency = ?3, year = ?4, identity_note = ?5, edition = ?6, "
               "errors = ?7, warnings = ?8, status = ?9, refusal = ?10, editions = ?11, "
               "checked_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') RETURNING id"),
        clear_findings(db, "DELETE FROM findings WHERE document = ?1 AND scope = 'document'"),
        put_cells(db, "INSERT OR REPLACE INTO cell_lists(document, cells) VALUES (?1, ?2)"),
        add_coordinate(db,
                       "INSERT OR IGNORE INTO coordinates(editions, edition, seq, coordinate) VALUES (?1, ?2, ?3, ?4)"),
        add_finding(db,
                    "INSERT INTO findings(document, scope, id, severity, line, \"column\", end_line, end_column, "
                    "subject, message, rule, status, expected, found, other_document, other_line, other_column) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)") {}

  void begin() {
    if (pending == 0) db.exec("BEGIN IMMEDIATE");
  }

  void commit() {
    if (pending == 0) return;
    db.exec("COMMIT");
    pending = 0;
  }

  void insert_finding(std::int64_t document, const char* scope, const finding_record& f) {
    // No place (0) is NULL: a finding about the whole document, or an end not known.
    const auto place = [](std::size_t n) { return n == 0 ? std::nullopt : std::optional<std::int64_t>(n); };
    add_finding.bind(1, document).bind(2, scope).bind(3, f.id).bind(4, f.severity);
    add_finding.bind_or_null(5, place(f.line)).bind_or_null(6, place(f.column));
    add_finding.bind_or_null(7, place(f.end_line)).bind_or_null(8, place(f.end_column));
    add_finding.bind_or_null(9, f.subject).bind(10, f.message).bind_or_null(11, f.rule).bind_or_null(12, f.status);
    add_finding.bind_or_null(13, f.expected).bind_or_null(14, f.found).bind_or_null(15, f.other_document);
    add_finding.bind_or_null(16, place(f.other_line)).bind_or_null(17, place(f.other_column));
    add_finding.step();
    add_finding.reset();
  }

  // The coordinates of an edition's cells, in its order, once per edition: every record of an
  // edition lists its cells in that order (bind::bound_report::values).
  void write_coordinates(const document_record& record) {
    if (record.edition.empty() || coordinates_written.contains(record.edition)) return;
    for (std::size_t i = 0; i < record.cells.size(); ++i) {
      add_coordinate.bind(1, editions).bind(2, record.edition).bind(3, static_cast<std::int64_t>(i));
      add_coordinate.bind(4, record.cells[i].coordinate).step();
      add_coordinate.reset();
    }
    coordinates_written.insert(record.edition);
  }

  std::vector<std::string> coordinates_of(const std::string& fingerprint, const std::string& edition) const {
    sqlite::statement query(db, "SELECT coordinate FROM coordinates WHERE editions = ?1 AND edition = ?2 ORDER BY seq");
    query.bind(1, fingerprint).bind(2, edition);
    std::vector<std::string> out;
    while (query.step()) out.push_back(query.text(0));
    return out;
  }

  // A document's own findings: those about pairs are recomputed by every run and said then.
  std::vector<finding_record> findings_of(std::int64_t document) const {
    sqlite::statement query(db, (std::string("SELECT ") + finding_columns +
                                 " FROM findings f LEFT JOIN documents o ON o.id = f.other_document "
                                 "WHERE f.document = ?1 AND f.scope = 'document' ORDER BY f.rowid")
                                    .c_str());
    query.bind(1, document);
    std::vector<finding_record> out;
    while (query.step()) out.push_back(finding_from(query, 0));
    return out;
  }
};

namespace {

// SQLite's word for all of these is "unable to open database file".
const std::string& existing(const std::string& file, store::access mode) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(file, ec)) throw store_error(file + ": a directory, not a store; give --db a file");
  if (mode == store::access::read && !fs::exists(file, ec))
    throw store_error(file + ": no such store (`nianbao check --db " + file + " …` makes one)");
  const fs::path parent = fs::path(file).parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec))
    throw store_error(file + ": no directory " + parent.string() + " to make the store in");
  return file;
}

}  // namespace

store::store(const std::string& file, std::string editions, access mode)
    : impl_(std::make_unique<impl>(existing(file, mode), std::move(editions), mode)) {}
store::store(store&&) noexcept = default;
store& store::operator=(store&&) noexcept = default;

store::~store() {
  // A run stopped by an error keeps the documents it completed, and none half written: a
  // failure within put() rolls back its whole batch, which the next run does again.
  if (!impl_ || impl_->pending == 0) return;
  if (impl_->writing) {
    sqlite3_exec(impl_->db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    return;
  }
  try {
    impl_->commit();
  } catch (const store_error&) {  // a destructor cannot report; SQLite rolls the batch back
  }
}

std::unordered_map<std::string, std::string> store::current() const {
  sqlite::statement query(impl_->db, "SELECT path, sha256 FROM documents WHERE editions = ?1");
  query.bind(1, impl_->editions);
  std::unordered_map<std::string, std::string> out;
  while (query.step()) out.emplace(query.text(0), query.text(1));
  return out;
}

std::optional<document_record> store::load(const std::string& path) const {
  sqlite::statement query(impl_->db,
                          (std::string("SELECT ") + document_columns + " FROM documents WHERE path = ?1").c_str());
  query.bind(1, path);
  if (!query.step()) return std::nullopt;
  const std::int64_t id = query.integer(0);
  document_record r = document_from(query);
  r.findings = impl_->findings_of(id);
  sqlite::statement cells(impl_->db,
                          "SELECT c.cells, d.editions FROM cell_lists c JOIN documents d ON d.id = c.document "
                          "WHERE c.document = ?1");
  cells.bind(1, id);
  if (cells.step())
    r.cells = decode_cells(cells.text(0), impl_->coordinates_of(cells.text(1), r.edition), impl_->db.file());
  return r;
}

std::string store::encode(const document_record& record) { return encode_cells(record.cells); }

void store::put(const document_record& record, const std::string* encoded) {
  impl& s = *impl_;
  s.begin();
  s.writing = true;
  ++s.pending;
  s.upsert.bind(1, record.path).bind(2, record.sha256);
  s.upsert.bind_or_null(3, record.who.agency ? std::string_view(*record.who.agency) : std::string_view())
      .bind_or_null(4, year_of(record.who));
  s.upsert.bind_or_null(5, record.who.note).bind_or_null(6, record.edition);
  s.upsert.bind(7, static_cast<std::int64_t>(record.errors)).bind(8, static_cast<std::int64_t>(record.warnings));
  s.upsert.bind(9, name_of(record.state)).bind_or_null(10, record.refusal).bind(11, s.editions);
  s.upsert.step();
  const std::int64_t id = s.upsert.integer(0);
  s.upsert.reset();
  s.clear_findings.bind(1, id).step();
  s.clear_findings.reset();
  s.write_coordinates(record);
  const std::string cells = encoded != nullptr ? std::string() : encode_cells(record.cells);
  s.put_cells.bind(1, id).bind(2, encoded != nullptr ? *encoded : cells).step();
  s.put_cells.reset();
  for (const finding_record& f : record.findings) s.insert_finding(id, "document", f);
  s.writing = false;
  if (s.pending == documents_per_transaction) s.commit();
}

void store::flush() { impl_->commit(); }

std::vector<document_record> store::records() const {
  std::vector<document_record> out;
  std::vector<std::int64_t> ids;
  sqlite::statement query(impl_->db,
                          (std::string("SELECT ") + document_columns + " FROM documents ORDER BY path").c_str());
  while (query.step()) {
    ids.push_back(query.integer(0));
    out.push_back(document_from(query));
  }
  sqlite::statement findings(impl_->db, (std::string("SELECT f.document, ") + finding_columns +
                                         " FROM findings f LEFT JOIN documents o ON o.id = f.other_document "
                                         "ORDER BY f.document, f.rowid")
                                            .c_str());
  std::unordered_map<std::int64_t, std::size_t> index;
  for (std::size_t i = 0; i < ids.size(); ++i) index.emplace(ids[i], i);
  while (findings.step()) out[index.at(findings.integer(0))].findings.push_back(finding_from(findings, 1));
  return out;
}

std::vector<std::pair<std::string, finding_record>> store::refresh_pair_findings(const year_checker& years) {
  impl& s = *impl_;
  s.commit();
  s.db.exec("BEGIN IMMEDIATE");
  s.db.exec("DELETE FROM findings WHERE scope = 'corpus'");
  std::vector<std::int64_t> ids;
  std::vector<document_record> all;
  sqlite::statement query(s.db, (std::string("SELECT ") + document_columns + " FROM documents ORDER BY path").c_str());
  while (query.step()) {
    ids.push_back(query.integer(0));
    all.push_back(document_from(query));
  }
  std::vector<const document_record*> views;
  views.reserve(all.size());
  for (const document_record& r : all) views.push_back(&r);
  std::vector<std::pair<std::string, finding_record>> out;
  for (pair_finding& p : duplicate_reports(views)) {
    p.finding.other_document = ids[p.other];
    s.insert_finding(ids[p.document], "corpus", p.finding);
    out.emplace_back(all[p.document].path, std::move(p.finding));
  }
  // Each document compared is read once, and only the cells the comparisons read.
  const std::vector<std::pair<std::size_t, std::size_t>> pairs = consecutive_years(views);
  std::unordered_map<std::size_t, document_record> compared;
  sqlite::statement cell_list(s.db,
                              "SELECT c.cells, d.editions FROM cell_lists c JOIN documents d ON d.id = c.document "
                              "WHERE c.document = ?1");
  std::map<std::pair<std::string, std::string>, std::pair<std::vector<std::string>, std::vector<bool>>> orders;
  const auto read = [&](std::size_t i) -> const document_record& {
    const auto [at, added] = compared.try_emplace(i, all[i]);
    if (!added) return at->second;
    cell_list.bind(1, ids[i]);
    if (cell_list.step()) {
      auto& [coordinates, keep] = orders[{cell_list.text(1), all[i].edition}];
      if (coordinates.empty()) {
        coordinates = s.coordinates_of(cell_list.text(1), all[i].edition);
        for (const std::string& c : coordinates) keep.push_back(years.reads(all[i].edition, c));
      }
      at->second.cells = decode_cells(cell_list.text(0), coordinates, s.db.file(), &keep);
    }
    cell_list.reset();
    return at->second;
  };
  for (const auto& [later, earlier] : pairs) {
    for (finding_record& f : years.compare(read(later), read(earlier))) {
      f.other_document = ids[earlier];
      s.insert_finding(ids[later], "corpus", f);
      out.emplace_back(all[later].path, std::move(f));
    }
  }
  s.db.exec("COMMIT");
  return out;
}

}  // namespace nianbao::corpus
