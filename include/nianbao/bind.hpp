// The bind stage: a parsed document becomes a report of a known edition. So far: label
// normalisation and choosing the edition; mapping every value cell to its coordinate comes next.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/ast.hpp"
#include "nianbao/source.hpp"
#include "nianbao/spec.hpp"

namespace nianbao::bind {

// A label as compared with the edition's labels: white space removed, full-width ASCII forms
// folded to ASCII (（一）→(一), ：→:), curly quotes straightened, `1、` written as `1.`.
std::string normalise_label(std::string_view label);

// The text of a table cell, its lines joined (`本年新` + `制作数量`).
std::string cell_text(std::string_view text, const ast::cell& cell);

struct edition_choice {
  const spec::edition* edition = nullptr;  // null when no edition, or more than one, fits best
  std::size_t labels_matched = 0;
  std::vector<std::string> labels_seen;  // the recognising labels found, of every edition
};

// The edition whose recognising labels the document's table cells show most, judged by labels,
// not by the year (some 2022 reports still use the 2019 tables). A document that shows no
// edition's labels, e.g. one in the pre-2019 format, gets no edition.
edition_choice choose_edition(std::string_view text, const ast::document& doc,
                              const std::vector<spec::edition>& editions);

}  // namespace nianbao::bind
