// The figures the prose states (an edition's `fact`s), written into a generated report from the
// same phrases a checker reads them by: a sentence in the first section the facts are read in,
// one clause per fact whose cells a checker reads, each from a way through one of its phrases.
#pragma once

#include <string>
#include <vector>

#include "model.hpp"

namespace nianbao::generate {

// A figure as written into the sentence, before the document is rendered.
struct fact_clause {
  stated_fact fact;
  std::size_t offset_in_line = 0;  // of the figure (or of the phrase stating 0), in the sentence
};

struct fact_sentence {
  std::string line;  // empty when no fact could be written
  std::vector<fact_clause> clauses;
};

// Writes the sentence into `doc` from the values as a checker reads them; with `mismatch`, one
// clause states another figure than its cells' (the `text-mismatch` fault), recorded in
// `injected` with its TEXT-TABLE-MISMATCH in `expected`. False when a mismatch was asked for
// and no fact could be written.
bool write_fact_sentence(const generator::plan& p, document_model& doc, random_engine& random, bool mismatch,
                         fact_sentence& written, std::vector<injected_fault>& injected,
                         std::vector<expected_finding>& expected);

// Where each figure of `written` is in the rendered `text`.
std::vector<stated_fact> place_facts(const fact_sentence& written, const std::string& text);

}  // namespace nianbao::generate
