// The progress of a corpus run on stderr, redrawn in place: files done of all, rate, time left,
// files with errors so far. Only on a terminal: a log or a pipe gets none of it.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>

namespace nianbao::cli {

class progress {
 public:
  // Shown when `err` is a terminal, NO_COLOR is unset and the run is not quiet.
  progress(std::ostream& err, std::size_t total, bool quiet);

  // Before other text goes to stderr: the line is cleared, and drawn again by the next step().
  void clear();
  void step(bool failed);
  void finish() { clear(); }

 private:
  void draw();

  std::ostream& err_;
  bool shown_ = false;
  bool drawn_ = false;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  std::size_t failed_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace nianbao::cli
