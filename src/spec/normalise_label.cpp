#include <algorithm>

#include "nianbao/spec.hpp"
#include "source/utf8.hpp"

namespace nianbao::spec {

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

bool is_space(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\r' || cp == U'\n' || cp == U'\f' || cp == U'\v' || cp == 0xA0 ||
         cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A);
}

char32_t fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;  // full-width ASCII forms
  if (cp == U'“' || cp == U'”') return U'"';
  if (cp == U'‘' || cp == U'’') return U'\'';
  return cp;
}

}  // namespace

// Written through a pointer: appending byte by byte cost a capacity check per byte of every
// cell of every table. White space goes and folded forms are shorter than the forms they
// replace, so the label's own size is room enough.
char* write_normalised_label(char* end, const char* key, std::string_view label) {
  for (std::size_t i = 0; i < label.size();) {
    const auto byte = static_cast<unsigned char>(label[i]);
    if (byte < 0x80) {  // ASCII needs no decoding
      ++i;
      if (!is_space(byte)) *end++ = static_cast<char>(byte);
      continue;
    }
    // CJK ideographs (U+4E00–U+9FFF, lead bytes E4–E9), most of every label, are kept as they are.
    if (byte >= 0xE4 && byte <= 0xE9 && i + 2 < label.size() && (label[i + 1] & 0xC0) == 0x80 &&
        (label[i + 2] & 0xC0) == 0x80) {
      *end++ = label[i++];  // by hand: a library copy of three bytes is a call per character
      *end++ = label[i++];
      *end++ = label[i++];
      continue;
    }
    const std::size_t start = i;
    const char32_t written = utf8::decode(label, i);
    if (written == utf8::invalid || is_space(written)) continue;
    const bool after_digit = end != key && end[-1] >= '0' && end[-1] <= '9';
    const char32_t cp = written == U'、' && after_digit ? U'.' : fold(written);
    end = cp == written ? std::copy(label.data() + start, label.data() + i, end) : put_utf8(end, cp);
  }
  return end;
}

std::string normalise_label(std::string_view label) {
  std::string out(label.size(), '\0');
  out.resize(static_cast<std::size_t>(write_normalised_label(out.data(), out.data(), label) - out.data()));
  return out;
}

}  // namespace nianbao::spec
