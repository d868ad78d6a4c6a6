#include "progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace nianbao::cli {

namespace {

std::string duration(double seconds) {
  const long s = std::lround(seconds);
  if (s < 60) return std::to_string(s) + "s";
  return std::to_string(s / 60) + "m" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60) + "s";
}

}  // namespace

progress::progress(std::ostream& err, std::size_t total, bool quiet)
    : err_(err), total_(total), start_(std::chrono::steady_clock::now()), last_(start_) {
  const char* no_colour = std::getenv("NO_COLOR");
  shown_ = !quiet && total > 1 && isatty(fileno(stderr)) != 0 && (no_colour == nullptr || *no_colour == '\0');
}

void progress::clear() {
  if (!drawn_) return;
  err_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

void progress::step(bool failed) {
  ++done_;
  if (failed) ++failed_;
  if (!shown_) return;
  // A redraw per file would cost a terminal more than the checking: ten a second are plenty.
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100) && done_ != total_) return;
  last_ = now;
  draw();
}

void progress::draw() {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  std::string line = "nianbao: " + std::to_string(done_) + "/" + std::to_string(total_) + " files";
  if (rate > 0) {
    char shown[32];
    std::snprintf(shown, sizeof shown, "  %.1f/s", rate);
    line += shown;
    line += "  ETA " + duration(static_cast<double>(total_ - done_) / rate);
  }
  line += "  " + std::to_string(failed_) + " failing";
  err_ << "\r\033[K" << line << std::flush;
  drawn_ = true;
}

}  // namespace nianbao::cli
