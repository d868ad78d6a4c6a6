#include <algorithm>
#include <cstdint>
#include <cstring>

#include "nianbao/core/utf8.hpp"
#include "nianbao/edition.hpp"

namespace nianbao::edition {

namespace {

// Writes `cp` at `out` and returns the end. Only folded forms are encoded here, all shorter
// than what they replace.
char* put_utf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Spacing, and the line ends inside a cell whose label is split over lines.
bool is_space(char32_t cp) { return utf8::is_inline_space(cp) || cp == U'\n'; }

char32_t fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;  // full-width ASCII forms
  if (cp == U'“' || cp == U'”') return U'"';
  if (cp == U'‘' || cp == U'’') return U'\'';
  return cp;
}

// The end of the run from `p` that a label keeps byte for byte: printable ASCII but the space,
// and CJK ideographs (U+4E00–U+9FFF, lead bytes E4–E9), most of every label. Found first and
// copied at once, not character by character: every label of every report passes here.
const char* kept_run_end(const char* p, const char* stop) {
  while (p < stop) {
    const auto byte = static_cast<unsigned char>(*p);
    if (byte > 0x20 && byte < 0x7F) {
      ++p;
      continue;
    }
    // Both continuation bytes tested at once: byte by byte, this test was most of the work.
    std::uint16_t next = 0;
    if (byte < 0xE4 || byte > 0xE9 || stop - p < 3) break;
    std::memcpy(&next, p + 1, 2);
    if ((next & 0xC0C0U) != 0x8080U) break;
    p += 3;
  }
  return p;
}

}  // namespace

// Written through a pointer: appending byte by byte would check capacity per byte of every
// cell of every table. White space goes and folded forms are shorter than the forms they
// replace, so the label's own size is room enough.
char* write_normalised_label(char* end, const char* key, std::string_view label) {
  const char* const stop = label.data() + label.size();
  for (const char* p = label.data(); p < stop;) {
    const char* const run = kept_run_end(p, stop);
    if (run != p) {
      end = std::copy(p, run, end);
      p = run;
      continue;
    }
    std::size_t i = static_cast<std::size_t>(p - label.data());
    const char32_t written = utf8::decode(label, i);
    const char* const next = label.data() + i;
    if (written != utf8::invalid && !is_space(written)) {
      const bool after_digit = end != key && end[-1] >= '0' && end[-1] <= '9';
      const char32_t cp = written == U'、' && after_digit ? U'.' : fold(written);
      end = cp == written ? std::copy(p, next, end) : put_utf8(end, cp);
    }
    p = next;
  }
  return end;
}

std::string normalise_label(std::string_view label) {
  std::string out(label.size(), '\0');
  out.resize(static_cast<std::size_t>(write_normalised_label(out.data(), out.data(), label) - out.data()));
  return out;
}

}  // namespace nianbao::edition
