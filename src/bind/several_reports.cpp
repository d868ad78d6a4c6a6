#include "several_reports.hpp"

#include "findings.hpp"
#include "nianbao/input.hpp"

namespace nianbao::bind {

void check_several_reports(std::string_view text, const ast::document& doc, std::vector<finding>& findings) {
  for (const input::later_report& r : input::later_reports(text, doc)) {
    finding& f = add_finding(findings, "SEVERAL-REPORTS", severity::error,
                             "a second report starts here, " + quoted(r.title.in(text)) +
                                 ": this file holds more than one report; split it and check each on its own",
                             r.title);
    f.related.push_back({r.restart, "its section 一 starts the numbering again"});
  }
}

}  // namespace nianbao::bind
