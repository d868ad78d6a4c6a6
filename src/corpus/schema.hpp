// The store's schema, version 1: the tables documents, findings and cells.
#pragma once

namespace nianbao::corpus::schema {

// PRAGMA application_id: marks a SQLite file as a nianbao store ("nbao"), so that a file of
// another program is refused rather than written into.
inline constexpr int application_id = 0x6E62616F;
inline constexpr int version = 1;

// A document's cells are kept together, in the edition's order (`seq`), without a rowid: a
// document is written and read whole. `scope` tells a document's own findings from those about pairs of documents,
// which every run recomputes over the whole store. `editions` is the fingerprint of the editions a document was checked
// under: under others it is checked again.
inline constexpr const char* create = R"sql(
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  agency TEXT,
  year INTEGER,
  identity_note TEXT,
  edition TEXT,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('checked', 'refused', 'no_edition')),
  refusal TEXT,
  editions TEXT NOT NULL,
  checked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE INDEX documents_identity ON documents(agency, year);
CREATE TABLE findings(
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  scope TEXT NOT NULL CHECK (scope IN ('document', 'corpus')),
  id TEXT NOT NULL,
  severity TEXT NOT NULL,
  line INTEGER,
  "column" INTEGER,
  end_line INTEGER,
  end_column INTEGER,
  subject TEXT,
  message TEXT NOT NULL,
  rule TEXT,
  status TEXT,
  expected TEXT,
  found TEXT,
  other_document INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  other_line INTEGER,
  other_column INTEGER);
CREATE INDEX findings_document ON findings(document);
CREATE INDEX findings_other ON findings(other_document);
CREATE TABLE cells(
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  coordinate TEXT NOT NULL,
  state TEXT NOT NULL,
  value TEXT,
  unit TEXT,
  yuan TEXT,
  line INTEGER,
  "column" INTEGER,
  PRIMARY KEY (document, seq)) WITHOUT ROWID;
)sql";

}  // namespace nianbao::corpus::schema
