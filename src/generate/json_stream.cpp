#include "json_stream.hpp"

#include <array>
#include <charconv>

namespace nianbao::generate {

void json_stream::new_line(std::size_t depth) {
  if (indent_ == 0) return;
  out_ += '\n';
  out_.append(depth * indent_, ' ');
}

void json_stream::element() {
  if (after_key_) {  // the value of the member just named
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  if (counts_.back()++ > 0) out_ += ',';
  new_line(counts_.size());
}

json_stream& json_stream::open(char bracket) {
  element();
  out_ += bracket;
  counts_.push_back(0);
  return *this;
}

json_stream& json_stream::close(char bracket) {
  const bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty) new_line(counts_.size());
  out_ += bracket;
  return *this;
}

json_stream& json_stream::key(std::string_view name) {
  element();
  quoted(name);
  out_ += indent_ == 0 ? ":" : ": ";
  after_key_ = true;
  return *this;
}

json_stream& json_stream::value(std::string_view s) {
  element();
  quoted(s);
  return *this;
}

json_stream& json_stream::value(bool b) {
  element();
  out_ += b ? "true" : "false";
  return *this;
}

json_stream& json_stream::value(std::int64_t n) {
  element();
  char digits[24];
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  return *this;
}

json_stream& json_stream::value(std::uint64_t n) {
  element();
  char digits[24];
  out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  return *this;
}

json_stream& json_stream::null() {
  element();
  out_ += "null";
  return *this;
}

// As JSON requires and nlohmann writes it: quote and backslash escaped, control characters as
// their short escapes or \u00XX, every other byte (UTF-8 included) as it is. Written through a
// pointer into room made once, not appended a run at a time: a report's text has a TAB or a line
// end every few characters, and the oracles' strings are many and short.
void json_stream::quoted(std::string_view s) {
  // What a byte is written as after a backslash; 'u' for \u00XX, 0 for the byte itself.
  static constexpr std::array<char, 256> escape = [] {
    std::array<char, 256> e{};
    for (std::size_t c = 0; c < 0x20; ++c) e[c] = 'u';
    e['"'] = '"';
    e['\\'] = '\\';
    e['\b'] = 'b';
    e['\f'] = 'f';
    e['\n'] = 'n';
    e['\r'] = 'r';
    e['\t'] = 't';
    return e;
  }();
  static constexpr char hex[] = "0123456789abcdef";
  const std::size_t start = out_.size();
  out_.resize(start + 6 * s.size() + 2);  // room for every byte written as \u00XX
  char* o = out_.data() + start;
  *o++ = '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const char e = escape[c];
    if (e == 0) {
      *o++ = ch;
      continue;
    }
    *o++ = '\\';
    *o++ = e;
    if (e == 'u') {
      *o++ = '0';
      *o++ = '0';
      *o++ = hex[c >> 4];
      *o++ = hex[c & 0xF];
    }
  }
  *o++ = '"';
  out_.resize(static_cast<std::size_t>(o - out_.data()));
}

}  // namespace nianbao::generate
