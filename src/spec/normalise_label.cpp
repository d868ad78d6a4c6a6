#include "nianbao/spec.hpp"
#include "source/utf8.hpp"

namespace nianbao::spec {

namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
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

std::string normalise_label(std::string_view label) {
  std::string out;
  out.reserve(label.size());
  for (std::size_t i = 0; i < label.size();) {
    const auto byte = static_cast<unsigned char>(label[i]);
    if (byte < 0x80) {  // ASCII needs no decoding: every label of every table is normalised
      ++i;
      if (!is_space(byte)) out += static_cast<char>(byte);
      continue;
    }
    // CJK ideographs (U+4E00–U+9FFF, lead bytes E4–E9), most of every label, are kept as they are.
    if (byte >= 0xE4 && byte <= 0xE9 && i + 2 < label.size() && (label[i + 1] & 0xC0) == 0x80 &&
        (label[i + 2] & 0xC0) == 0x80) {
      out.append(label.substr(i, 3));
      i += 3;
      continue;
    }
    const std::size_t start = i;
    const char32_t written = utf8::decode(label, i);
    if (written == utf8::invalid || is_space(written)) continue;
    const bool after_digit = !out.empty() && out.back() >= '0' && out.back() <= '9';
    const char32_t cp = written == U'、' && after_digit ? U'.' : fold(written);
    if (cp == written) {
      out.append(label.substr(start, i - start));
    } else {
      append_utf8(out, cp);
    }
  }
  return out;
}

}  // namespace nianbao::spec
