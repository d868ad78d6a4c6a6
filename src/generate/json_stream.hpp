// JSON written straight into a string as it is produced, compact or indented as nlohmann's dump
// writes it. Oracles are written by the thousand for fuzzing campaigns: building each as a tree
// of nodes first, then serialising and freeing it, took most of `generate`'s time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::generate {

class json_stream {
 public:
  // `indent` spaces a level, each member and element on its own line; 0 for one line.
  explicit json_stream(std::string& out, unsigned indent = 0) : out_(out), indent_(indent) {}

  json_stream& begin_object() { return open('{'); }
  json_stream& end_object() { return close('}'); }
  json_stream& begin_array() { return open('['); }
  json_stream& end_array() { return close(']'); }
  // The member's name; its value comes next.
  json_stream& key(std::string_view name);

  json_stream& value(std::string_view s);
  json_stream& value(const char* s) { return value(std::string_view(s)); }
  json_stream& value(bool b);
  json_stream& value(std::int64_t n);
  json_stream& value(std::uint64_t n);
  json_stream& value(int n) { return value(static_cast<std::int64_t>(n)); }
  json_stream& null();
  // A string, or null when it is empty.
  json_stream& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }

 private:
  json_stream& open(char bracket);
  json_stream& close(char bracket);
  void element();  // before a value or a member: the comma and the new line
  void new_line(std::size_t depth);
  void quoted(std::string_view s);

  std::string& out_;
  unsigned indent_;
  std::vector<std::size_t> counts_;  // members or elements so far, for each open bracket
  bool after_key_ = false;
};

}  // namespace nianbao::generate
