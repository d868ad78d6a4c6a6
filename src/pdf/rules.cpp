// Rules are read with poppler's core (the library poppler's C++ interface wraps, whose headers
// Debian ships as libpoppler-private-dev): the C++ interface gives a page's text, not what it
// draws. An output device that keeps only straight, axis-aligned strokes and thin filled bars is
// run over each page; text and images are not drawn.
#include "rules.hpp"

#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace nianbao::pdf {

namespace {

// A bar thinner than this is a rule drawn as a filled rectangle; a stroke or bar shorter than the
// shortest is a mark, not a border.
constexpr double thinnest_cell = 2.5, shortest = 3.0;
// How far off straight a rule's ends may be.
constexpr double straight = 0.5;

class rule_device : public OutputDev {
 public:
  rule_device(page_rules& out, std::size_t page) : out_(out), page_(page) {}

  bool upsideDown() override { return true; }
  bool useDrawChar() override { return false; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }

  void stroke(GfxState* state) override {
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      for (int i = 0; i + 1 < n + (sub->isClosed() ? 1 : 0); ++i) {
        const int j = (i + 1) % n;
        if (sub->getCurve(i) || sub->getCurve(j)) continue;  // a curve's control points are no rule
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        state->transform(sub->getX(i), sub->getY(i), &x0, &y0);
        state->transform(sub->getX(j), sub->getY(j), &x1, &y1);
        add(x0, y0, x1, y1);
      }
    }
  }

  void fill(GfxState* state) override { bars(state); }
  void eoFill(GfxState* state) override { bars(state); }

 private:
  // A filled subpath whose box is a thin bar is a rule along its length.
  void bars(GfxState* state) {
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
      bool curved = false;
      for (int i = 0; i < sub->getNumPoints(); ++i) {
        curved = curved || sub->getCurve(i);
        double x = 0, y = 0;
        state->transform(sub->getX(i), sub->getY(i), &x, &y);
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
      }
      if (curved) continue;
      if (y1 - y0 <= thinnest_cell) add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
      if (x1 - x0 <= thinnest_cell) add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
    }
  }

  void add(double x0, double y0, double x1, double y1) {
    if (std::abs(y1 - y0) <= straight && std::abs(x1 - x0) >= shortest) {
      out_.across.push_back({(y0 + y1) / 2, std::min(x0, x1), std::max(x0, x1), page_});
    } else if (std::abs(x1 - x0) <= straight && std::abs(y1 - y0) >= shortest) {
      out_.down.push_back({(x0 + x1) / 2, std::min(y0, y1), std::max(y0, y1), page_});
    }
  }

  page_rules& out_;
  std::size_t page_;
};

// poppler's core needs its global parameters while it reads. Read while the words' document is
// open, the parameters are that document's and nothing is changed; read alone, they are made for
// the reading and its complaints (about a damaged file: the words' reading keeps those) dropped.
void quiet(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*message*/) {}

}  // namespace

std::vector<page_rules> rules_of(std::string_view bytes) {
  const GlobalParamsIniter params(quiet);
  std::vector<page_rules> out;
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  PDFDoc doc(stream);  // owns the stream
  if (!doc.isOk()) return out;
  for (int p = 1; p <= doc.getNumPages(); ++p) {
    rule_device device(out.emplace_back(), static_cast<std::size_t>(p));
    // Turned back by the page's /Rotate: the frame the words are given in.
    const int turn = (360 - doc.getPageRotate(p) % 360) % 360;
    doc.displayPage(&device, p, 72, 72, turn, false, true, false);
  }
  return out;
}

}  // namespace nianbao::pdf
