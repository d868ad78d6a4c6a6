// A corpus's index page: the summary a reviewer opens first (documents per edition, finding and
// invariant, agency and year), a chart of the verdicts per year, and every report linking to its
// review page. One self-contained file; its tables sort by any column with the one inline script,
// and read whole without it.
#include <initializer_list>
#include <map>
#include <optional>

#include "html_text.hpp"
#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

// The verdicts of one year's documents: how many fail, have warnings only, are clean, or were not
// checked (refused, no edition); and their errors.
struct year_tally {
  std::size_t failing = 0;
  std::size_t warned = 0;
  std::size_t clean = 0;
  std::size_t unchecked = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t documents() const { return failing + warned + clean + unchecked; }
};

std::map<std::optional<int>, year_tally> by_year(const corpus::summary& s) {
  std::map<std::optional<int>, year_tally> out;
  for (const auto& [agency, held] : s.agencies) {
    for (const corpus::summary::held& h : held) {
      year_tally& t = out[h.year];
      t.errors += h.errors;
      t.warnings += h.warnings;
      ++(h.state != corpus::status::checked ? t.unchecked
         : h.errors > 0                     ? t.failing
         : h.warnings > 0                   ? t.warned
                                            : t.clean);
    }
  }
  return out;
}

std::string year_label(const std::optional<int>& year) { return year ? std::to_string(*year) : "no year"; }

// A column of a sortable table: its header's label, the key an address sorts it by
// (`#sort=TABLE:KEY:asc`), and whether it sorts as numbers.
struct column {
  std::string_view label;
  std::string_view key;
  bool number = false;
};

// A sortable table's opening up to its body: each header a button (so that a keyboard reaches it)
// that sorts by its column.
void open_table(sink& out, std::string_view id, std::initializer_list<column> columns) {
  out << "<div class=\"scroll\"><table id=\"" << id << "\" class=\"sortable\">\n<thead><tr>";
  for (const column& c : columns) {
    out << "<th scope=\"col\" data-key=\"" << c.key << "\"" << (c.number ? " data-type=\"number\"" : "") << "><button>"
        << c.label << "</button></th>";
  }
  out << "</tr></thead>\n<tbody>\n";
}

constexpr std::string_view close_table = "</tbody></table></div>\n";

void number_cell(sink& out, std::size_t n) { out << "<td class=\"n\">" << n << "</td>"; }

// The verdicts per year as stacked bars, each kind in its own fill pattern as well as colour, with
// the counts in each bar's title; the table after it holds the same numbers for a screen reader.
void chart(sink& out, const std::map<std::optional<int>, year_tally>& years) {
  std::size_t most = 1;
  for (const auto& [year, t] : years) most = std::max(most, t.documents());
  constexpr std::size_t bar = 44, gap = 24, height = 180, left = 36, top = 24;
  const std::size_t width = left + years.size() * (bar + gap) + gap;
  out << "<figure class=\"chart\">\n<svg role=\"img\" aria-labelledby=\"chart-caption\" viewBox=\"0 0 " << width << " "
      << height + top + 40 << "\" width=\"" << width << "\">\n"
      << "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e07070\"/>"
         "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#900\" stroke-width=\"3\"/></pattern>"
         "<pattern id=\"dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" "
         "height=\"6\" fill=\"#ddd\"/><circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#666\"/></pattern></defs>\n"
      << "<line x1=\"" << left - 4 << "\" y1=\"" << top + height << "\" x2=\"" << width << "\" y2=\"" << top + height
      << "\" stroke=\"#444\"/>\n<text x=\"" << left - 8 << "\" y=\"" << top + 10 << "\" text-anchor=\"end\">" << most
      << "</text>\n";
  std::size_t x = left + gap;
  for (const auto& [year, t] : years) {
    const std::string label = year_label(year);
    std::size_t base = top + height;
    const auto segment = [&](std::size_t n, std::string_view fill, std::string_view what) {
      if (n == 0) return;
      const std::size_t h = std::max<std::size_t>(1, n * height / most);
      base -= h;
      out << "<rect x=\"" << x << "\" y=\"" << base << "\" width=\"" << bar << "\" height=\"" << h << "\" fill=\""
          << fill << "\"><title>" << label << ": " << n << " " << what << "</title></rect>\n";
    };
    segment(t.failing, "url(#hatch)", "with errors");
    segment(t.warned, "#f0c060", "with warnings only");
    segment(t.clean, "#9bd59b", "clean");
    segment(t.unchecked, "url(#dots)", "not checked");
    out << "<text x=\"" << x + bar / 2 << "\" y=\"" << base - 3 << "\" text-anchor=\"middle\">" << t.documents()
        << "</text>\n<text x=\"" << x + bar / 2 << "\" y=\"" << top + height + 18 << "\" text-anchor=\"middle\">"
        << label << "</text>\n";
    x += bar + gap;
  }
  out << "</svg>\n<figcaption id=\"chart-caption\">Documents per report year: <span class=\"key failing\"></span> "
         "with errors (hatched), <span class=\"key warned\"></span> with warnings only, <span class=\"key "
         "clean\"></span> clean, <span class=\"key unchecked\"></span> not checked (dotted). The numbers are in "
         "the table below.</figcaption>\n</figure>\n";
}

void years_table(sink& out, const std::map<std::optional<int>, year_tally>& years) {
  open_table(out, "years",
             {{"year", "year", true},
              {"documents", "documents", true},
              {"with errors", "failing", true},
              {"with warnings only", "warned", true},
              {"clean", "clean", true},
              {"not checked", "unchecked", true},
              {"errors", "errors", true},
              {"warnings", "warnings", true}});
  for (const auto& [year, t] : years) {
    out << "<tr><th scope=\"row\" data-v=\"" << (year ? std::to_string(*year) : "0") << "\">" << year_label(year)
        << "</th>";
    for (const std::size_t n : {t.documents(), t.failing, t.warned, t.clean, t.unchecked, t.errors, t.warnings})
      number_cell(out, n);
    out << "</tr>\n";
  }
  out << close_table;
}

void editions_table(sink& out, const corpus::summary& s) {
  open_table(out, "editions", {{"edition", "edition"}, {"status", "status"}, {"documents", "documents", true}});
  for (const auto& [key, n] : s.by_edition) {
    out << "<tr><td>" << html{key.first.empty() ? "(none)" : key.first} << "</td><td>" << html{key.second} << "</td>";
    number_cell(out, n);
    out << "</tr>\n";
  }
  out << close_table;
}

void findings_table(sink& out, const corpus::summary& s) {
  open_table(out, "finding-ids", {{"finding", "id"}, {"documents with it", "documents", true}});
  for (const auto& [id, n] : s.documents_with) {
    out << "<tr><td><code>" << html{id} << "</code></td>";
    number_cell(out, n);
    out << "</tr>\n";
  }
  out << close_table;
}

void invariants_table(sink& out, const corpus::summary& s) {
  open_table(out, "invariants",
             {{"edition", "edition"},
              {"invariant", "id"},
              {"holds", "holds", true},
              {"violated", "violated", true},
              {"not assessable", "not_assessable", true},
              {"what it says", "message"}});
  for (const corpus::summary::invariant_tally& t : s.invariants) {
    out << "<tr><td>" << html{t.edition} << "</td><td><code>" << html{t.id} << "</code></td>";
    for (const std::size_t n : {t.holds, t.violated, t.not_assessable}) number_cell(out, n);
    out << "<td>" << html{t.message} << "</td></tr>\n";
  }
  out << close_table;
}

void reports_table(sink& out, const corpus::summary& s, const std::function<std::string(const std::string&)>& page_of) {
  open_table(out, "reports",
             {{"agency", "agency"},
              {"year", "year", true},
              {"report", "path"},
              {"edition", "edition"},
              {"status", "status"},
              {"errors", "errors", true},
              {"warnings", "warnings", true},
              {"against other reports", "pairs"}});
  for (const auto& [agency, held] : s.agencies) {
    for (const corpus::summary::held& h : held) {
      const bool failing = h.errors > 0;
      out << "<tr" << (failing ? " class=\"failing\"" : "") << "><td>"
          << html{agency.empty() ? "(no agency named)" : agency} << "</td><td class=\"n\" data-v=\""
          << (h.year ? std::to_string(*h.year) : "0") << "\">" << (h.year ? std::to_string(*h.year) : "–")
          << "</td><td class=\"path\">";
      const std::string page = page_of(h.path);
      if (page.empty()) {
        out << html{h.path};
      } else {
        out << "<a href=\"" << html{page} << "\">" << html{h.path} << "</a>";
      }
      out << "</td><td>" << html{h.edition.empty() ? "–" : h.edition} << "</td><td>" << corpus::name_of(h.state)
          << "</td>";
      number_cell(out, h.errors);
      number_cell(out, h.warnings);
      out << "<td>";
      for (const corpus::summary::with_other& w : h.pairs) {
        out << "<div class=\"" << html{w.severity} << "\">" << html{w.severity} << " <code>" << html{w.id} << "</code>";
        for (std::size_t i = 0; i < w.subjects.size(); ++i) out << (i == 0 ? " [" : ", ") << html{w.subjects[i]};
        out << (w.subjects.empty() ? "" : "]") << " with " << html{w.other_path} << "</div>";
      }
      out << "</td></tr>\n";
    }
  }
  out << close_table;
}

// Sorts a table by a header's column, stably, numbers as numbers, the rest in Chinese collation;
// `#sort=TABLE:KEY:asc|desc` in the address sorts on opening, so a sorted view can be linked.
constexpr std::string_view script = R"js(
(function () {
  function key(cell, number) {
    var v = cell.getAttribute('data-v');
    if (v === null) v = cell.textContent;
    return number ? parseFloat(v) || 0 : v;
  }
  function sortBy(table, column, direction) {
    var heads = table.tHead.rows[0].cells;
    var number = heads[column].getAttribute('data-type') === 'number';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[column], number), y = key(b.cells[column], number);
      var c = number ? x - y : x.localeCompare(y, 'zh-CN');
      return direction === 'descending' ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    for (var i = 0; i < heads.length; ++i) heads[i].removeAttribute('aria-sort');
    heads[column].setAttribute('aria-sort', direction);
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (head, column) {
      head.querySelector('button').addEventListener('click', function () {
        sortBy(table, column, head.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending');
      });
    });
  });
  var wanted = /^#sort=([\w-]+):([\w-]+):(asc|desc)$/.exec(location.hash);
  var table = wanted && document.getElementById(wanted[1]);
  if (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (head, column) {
      if (head.getAttribute('data-key') === wanted[2])
        sortBy(table, column, wanted[3] === 'asc' ? 'ascending' : 'descending');
    });
  }
})();
)js";

constexpr std::string_view style = R"css(
main{max-width:80em}
td.n{text-align:right}
td.path{word-break:break-all}
tr.failing td:first-child{border-left:4px solid #c00}
th button{font:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
.chart svg{max-width:100%;height:auto;font-size:12px}
.key{display:inline-block;width:1em;height:1em;border:1px solid #444;vertical-align:middle}
.key.failing{background:repeating-linear-gradient(45deg,#e07070,#e07070 2px,#900 2px,#900 4px)}
.key.warned{background:#f0c060} .key.clean{background:#9bd59b}
.key.unchecked{background:radial-gradient(#666 30%,#ddd 31%);background-size:6px 6px}
div.error{color:#900} div.warning{color:#850}
@media print{th button{text-decoration:none} th[aria-sort] button::after{content:""}}
)css";

}  // namespace

void write_corpus_index(std::ostream& stream, const corpus::summary& s, const std::string& title,
                        const std::function<std::string(const std::string&)>& page_of) {
  sink out;
  const std::map<std::optional<int>, year_tally> years = by_year(s);
  std::size_t failing = 0;
  for (const auto& [year, t] : years) failing += t.failing;
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << html{title}
      << " · nianbao</title>\n<style>" << base_style << style << "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>"
      << html{title} << "</h1>\n<p>" << s.documents << (s.documents == 1 ? " document, " : " documents, ") << failing
      << " with errors. Every table sorts by a column: press its header.</p>\n</header>\n"
      << "<section aria-labelledby=\"by-year\">\n<h2 id=\"by-year\">Per year</h2>\n";
  chart(out, years);
  years_table(out, years);
  out << "</section>\n<section aria-labelledby=\"by-edition\">\n<h2 id=\"by-edition\">Per edition</h2>\n";
  editions_table(out, s);
  out << "</section>\n<section aria-labelledby=\"by-finding\">\n<h2 id=\"by-finding\">Per finding</h2>\n";
  findings_table(out, s);
  out << "</section>\n<section aria-labelledby=\"by-invariant\">\n<h2 id=\"by-invariant\">Per invariant</h2>\n"
         "<p>Over the checked documents of each edition (a rule across years: those with last year's report "
         "beside them).</p>\n";
  invariants_table(out, s);
  out << "</section>\n<section aria-labelledby=\"by-report\">\n<h2 id=\"by-report\">Reports, per agency and "
         "year</h2>\n";
  reports_table(out, s, page_of);
  out << "</section>\n</main>\n<script>" << script << "</script>\n</body>\n</html>\n";
  stream << out.text;
}

std::string review_page_name(const std::string& document) {
  std::string out = document;
  // Not `/`, nor what a link reads as more than a name (`file.txt#2`, a report of several).
  for (char& c : out)
    if (c == '/' || c == '#' || c == '?' || c == '%') c = '_';
  if (out.empty() || out == "-") out = "stdin";
  // The corpus's index page is index.html; a report is never named so.
  if (out == "index") out += "_";
  return out + ".html";
}

}  // namespace nianbao::output
