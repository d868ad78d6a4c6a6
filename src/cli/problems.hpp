// What a command cannot use of what it was given, before any report is read: an edition file
// that does not load, a directory with no reports.
#pragma once

#include <iostream>
#include <string>
#include <vector>

#include "nianbao/output.hpp"

namespace nianbao::cli {

// Says each problem on stderr, compiler style, as it is found, and keeps it: a SARIF log carries
// them as the notifications of a run that did not succeed.
class problems {
 public:
  void add(const std::string& file, const input_error& error) {
    output::write_input_error(std::cerr, file, error);
    list_.push_back({file, error});
  }
  const std::vector<output::tool_problem>& list() const { return list_; }

 private:
  std::vector<output::tool_problem> list_;
};

}  // namespace nianbao::cli
