#include "json_stream.hpp"

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
// their short escapes or \u00XX, every other byte (UTF-8 included) as it is.
void json_stream::quoted(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out_ += '"';
  std::size_t plain = 0;  // where the run of bytes written as they are began
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default:
        out_ += "\\u00";
        out_ += hex[c >> 4];
        out_ += hex[c & 0xF];
    }
  }
  out_.append(s.substr(plain));
  out_ += '"';
}

}  // namespace nianbao::generate
