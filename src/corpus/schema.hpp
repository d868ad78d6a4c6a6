// The store's schema, version 1: the tables documents, findings and cells.
#pragma once

namespace nianbao::corpus::schema {

// PRAGMA application_id: marks a SQLite file as a nianbao store ("nbao"), so that a file of
// another program is refused rather than written into.
inline constexpr int application_id = 0x6E62616F;
inline constexpr int version = 1;

// A document's cells are written and read whole, as one JSON array of
// [state, value, unit, yuan, line, column] in the edition's order; the coordinates of that order
// are kept once per edition (and fingerprint of the editions, which fixes the order). A row per
// cell made a run into the store cost four times the run (hundreds of rows per report), and the
// view `cells` gives SQL the row per cell all the same. `scope` tells a document's own findings from those about pairs
// of documents, which every run recomputes over the whole store. `editions` is the fingerprint of the editions a
// document was checked under: under others it is checked again.
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
CREATE TABLE coordinates(
  editions TEXT NOT NULL,
  edition TEXT NOT NULL,
  seq INTEGER NOT NULL,
  coordinate TEXT NOT NULL,
  PRIMARY KEY (editions, edition, seq)) WITHOUT ROWID;
CREATE TABLE cell_lists(
  document INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  cells TEXT NOT NULL);
CREATE VIEW cells(document, seq, coordinate, state, value, unit, yuan, line, "column") AS
  SELECT c.document, j.key, k.coordinate, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
         json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'), json_extract(j.value, '$[4]'),
         json_extract(j.value, '$[5]')
  FROM cell_lists c JOIN documents d ON d.id = c.document, json_each(c.cells) j
  JOIN coordinates k ON k.editions = d.editions AND k.edition = d.edition AND k.seq = j.key;
)sql";

}  // namespace nianbao::corpus::schema
