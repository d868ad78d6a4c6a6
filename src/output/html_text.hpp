// What the HTML pages (a report's review page, a corpus's index) are written with: a string that
// takes the page's pieces, and text escaped for HTML.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace nianbao::output {

// A page as it is written: appended to one string and written at once, since it is thousands of
// small pieces, each of which a stream would take through its own checks.
struct sink {
  std::string text;
};

inline sink& operator<<(sink& out, std::string_view piece) {
  out.text.append(piece);
  return out;
}
inline sink& operator<<(sink& out, const char* piece) { return out << std::string_view(piece); }
inline sink& operator<<(sink& out, const std::string& piece) { return out << std::string_view(piece); }
inline sink& operator<<(sink& out, std::size_t number) { return out << std::to_string(number); }

// Text as HTML writes it, & < > " escaped, in runs: a page is mostly cells whose text needs none.
struct html {
  std::string_view text;
};

inline sink& operator<<(sink& out, html h) {
  std::string_view rest = h.text;
  const auto special = [](char c) { return c == '&' || c == '<' || c == '>' || c == '"'; };
  for (auto at = std::find_if(rest.begin(), rest.end(), special); at != rest.end();
       at = std::find_if(rest.begin(), rest.end(), special)) {
    const auto n = static_cast<std::size_t>(at - rest.begin());
    out << rest.substr(0, n);
    switch (rest[n]) {
      case '&':
        out << "&amp;";
        break;
      case '<':
        out << "&lt;";
        break;
      case '>':
        out << "&gt;";
        break;
      default:
        out << "&quot;";
    }
    rest.remove_prefix(n + 1);
  }
  return out << rest;
}

// What every page's style begins with: plain type, tables with their borders, wide tables
// scrolling on their own on a phone.
inline constexpr std::string_view base_style = R"css(
body{font-family:sans-serif;margin:0 1em;color:#111;line-height:1.4}
header p{margin:.2em 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin-bottom:1.5em;font-size:.9em}
th,td{border:1px solid #888;padding:.2em .4em;vertical-align:middle}
th{background:#f2f2f2;font-weight:normal;text-align:center}
)css";

}  // namespace nianbao::output
