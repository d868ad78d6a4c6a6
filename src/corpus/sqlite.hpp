// The few pieces of SQLite's C interface the store uses, owned and checked: every failure
// becomes a store_error that says which file and what SQLite said.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus::sqlite {

class database {
 public:
  database(const std::string& file, int flags);
  database(const database&) = delete;
  database& operator=(const database&) = delete;
  ~database();

  sqlite3* get() const noexcept { return db_; }
  const std::string& file() const noexcept { return file_; }
  void exec(const char* sql) const;
  // A store_error naming the file, what was being done and SQLite's own message.
  [[noreturn]] void fail(std::string_view doing) const;

 private:
  std::string file_;
  sqlite3* db_ = nullptr;
};

class statement {
 public:
  statement(const database& db, const char* sql);
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;
  ~statement();

  // The text is not copied: it must outlive the statement's next step().
  statement& bind(int index, std::string_view text);
  statement& bind(int index, std::int64_t value);
  statement& bind_null(int index);
  // Binds NULL for an empty text, or for no value: what the schema's nullable columns hold.
  statement& bind_or_null(int index, std::string_view text);
  statement& bind_or_null(int index, std::optional<std::int64_t> value);

  // Runs the statement: true while it yields a row, false once done; reset() before running it again.
  bool step();
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  bool is_null(int column) const;

 private:
  const database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace nianbao::corpus::sqlite
