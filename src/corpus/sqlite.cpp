#include "sqlite.hpp"

namespace nianbao::corpus::sqlite {

database::database(const std::string& file, int flags) : file_(file) {
  if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string why = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw store_error(file + ": cannot open the store: " + why);
  }
  sqlite3_extended_result_codes(db_, 1);
}

database::~database() { sqlite3_close(db_); }

void database::exec(const char* sql) const {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql);
}

void database::fail(std::string_view doing) const {
  const int code = sqlite3_extended_errcode(db_) & 0xFF;
  const std::string said = sqlite3_errmsg(db_);
  // What a user can act on; SQLite's own words, and the statement, only where that is all there is.
  switch (code) {
    case SQLITE_NOTADB:
      throw store_error(file_ + ": not a SQLite database, so no nianbao store; give --db a new file");
    case SQLITE_FULL:
      throw store_error(file_ + ": the disk is full; the documents completed so far are kept");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      throw store_error(file_ + ": the store cannot be written (" + said + ")");
    case SQLITE_CORRUPT:
      throw store_error(file_ + ": the store is corrupt (" + said + "); check the corpus into a new file");
    default:
      throw store_error(file_ + ": " + said + " [while: " + std::string(doing.substr(0, 60)) + "]");
  }
}

statement::statement(const database& db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db.get(), sql, -1, &stmt_, nullptr) != SQLITE_OK) db.fail(sql);
}

statement::~statement() { sqlite3_finalize(stmt_); }

statement& statement::bind(int index, std::string_view text) {
  // Not copied: every statement runs before what it was bound to goes, and reset() unbinds it.
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC) != SQLITE_OK)
    db_.fail(sqlite3_sql(stmt_));
  return *this;
}

statement& statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) db_.fail(sqlite3_sql(stmt_));
  return *this;
}

statement& statement::bind_null(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) db_.fail(sqlite3_sql(stmt_));
  return *this;
}

statement& statement::bind_or_null(int index, std::string_view text) {
  return text.empty() ? bind_null(index) : bind(index, text);
}

statement& statement::bind_or_null(int index, std::optional<std::int64_t> value) {
  return value ? bind(index, *value) : bind_null(index);
}

bool statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_.fail(sqlite3_sql(stmt_));
}

void statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p != nullptr ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, column))
                      : std::string();
}

std::int64_t statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

bool statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

}  // namespace nianbao::corpus::sqlite
