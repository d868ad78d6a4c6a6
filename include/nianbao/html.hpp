// The HTML front end: a report published as a web page (Word-saved HTML, or a CMS page with the
// report in its content area) read into the same text layout and AST as a text report. The page
// is decoded from its charset, parsed with Gumbo (an HTML5 parser: malformed markup is repaired
// as browsers repair it), and its report written in the text layout with every byte mapped back
// to the page, so that findings point at line:column in the HTML.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nianbao/core/finding.hpp"
#include "nianbao/layout.hpp"
#include "nianbao/source.hpp"

namespace nianbao::html {

// True when the bytes are a web page rather than a text report: after a byte-order mark and white
// space they open with markup (`<!DOCTYPE`, `<html`, `<meta` …), or an <html>, <body> or <table>
// tag appears early on. A text report never opens with `<`.
bool looks_like_html(std::string_view bytes) noexcept;

struct html_result {
  std::optional<source> text;     // the report in the text layout; places locate in the page
  std::vector<finding> findings;  // what reading the page found: its charset, its tables' spans
  std::optional<input_error> error;
};

// Reads a page already within the size limit. Refused, with a position: bytes that no charset the
// page can be in decodes, binary data, markup nested past any report's depth.
html_result read_html(const std::string& name, std::string_view bytes);

// The tables of a stretch of HTML inside another document (a Markdown file's `<table>`), their
// places counted from `origin`; nothing when the markup nests past any report's depth.
std::optional<std::vector<layout::table_block>> tables_in(std::string_view markup, std::size_t origin);

// The HTML parser's name and version, as built against (Gumbo tells no version at run time).
std::pair<std::string, std::string> library_version();

}  // namespace nianbao::html
