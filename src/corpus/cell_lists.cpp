#include "cell_lists.hpp"

#include <charconv>

namespace nianbao::corpus {

namespace {

// Reads back what encode_cells wrote, and nothing else: anything it would not have written is a
// corrupt store. By hand, as it is written: a run comparing reports across years reads back
// thousands of lists, and a JSON tree of each cost more than the comparisons.
class cell_reader {
 public:
  cell_reader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  void expect(char c) {
    if (at_ >= text_.size() || text_[at_] != c) corrupt();
    ++at_;
  }
  bool done() const { return at_ == text_.size(); }

  // A string or null (empty).
  std::string text() {
    std::string out;
    if (null()) return out;
    expect('"');
    while (true) {
      if (at_ >= text_.size()) corrupt();
      const char c = text_[at_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_ >= text_.size()) corrupt();
      const char e = text_[at_++];
      if (e == '"' || e == '\\') {
        out += e;
      } else if (e == 'u' && at_ + 4 <= text_.size() && text_.substr(at_, 2) == "00") {
        out += static_cast<char>(hex(text_[at_ + 2]) * 16 + hex(text_[at_ + 3]));
        at_ += 4;
      } else {
        corrupt();
      }
    }
  }

  // A whole number or null (0).
  std::size_t place() {
    if (null()) return 0;
    std::size_t n = 0;
    const std::size_t from = at_;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9')
      n = n * 10 + static_cast<std::size_t>(text_[at_++] - '0');
    if (at_ == from) corrupt();
    return n;
  }

  [[noreturn]] void corrupt() const {
    throw store_error(file_ +
                      ": the store is corrupt (a list of cells is not [[state, value, unit, yuan, line, column], …])");
  }

 private:
  bool null() {
    if (text_.substr(at_, 4) != "null") return false;
    at_ += 4;
    return true;
  }
  int hex(char c) const {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    corrupt();
  }

  std::string_view text_;
  const std::string& file_;
  std::size_t at_ = 0;
};

}  // namespace

// Written by hand rather than through a JSON DOM: a corpus run writes every cell of every
// report, and building a tree of them cost more than storing them. SQLite's own JSON reader (the
// view `cells`) reads the same text in the tests.
std::string encode_cells(const std::vector<cell_record>& cells) {
  std::string out;
  out.reserve(cells.size() * 48 + 2);
  const auto text = [&](const std::string& t) {
    if (t.empty()) {
      out.append("null,");
      return;
    }
    out += '"';
    for (const char c : t) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (static_cast<unsigned char>(c) < 0x20) {
        static constexpr std::string_view hex = "0123456789abcdef";
        out.append("\\u00").append(1, hex[(c >> 4) & 0xF]).append(1, hex[c & 0xF]);
      } else {
        out += c;
      }
    }
    out.append("\",");
  };
  const auto place = [&](std::size_t n) {
    if (n == 0) {
      out.append("null");
      return;
    }
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  };
  out += '[';
  for (const cell_record& c : cells) {
    if (&c != cells.data()) out += ',';
    out += '[';
    text(c.state);
    text(c.value);
    text(c.unit);
    text(c.yuan);
    place(c.line);
    out += ',';
    place(c.column);
    out += ']';
  }
  out += ']';
  return out;
}

std::vector<cell_record> decode_cells(std::string_view text, const std::vector<std::string>& coordinates,
                                      const std::string& file, const std::vector<bool>* keep) {
  cell_reader in(text, file);
  std::vector<cell_record> out;
  out.reserve(keep == nullptr ? coordinates.size() : 32);
  in.expect('[');
  for (std::size_t i = 0; i < coordinates.size(); ++i) {
    if (i > 0) in.expect(',');
    in.expect('[');
    cell_record c;
    c.state = in.text();
    if (c.state.empty()) in.corrupt();
    for (std::string* t : {&c.value, &c.unit, &c.yuan}) {
      in.expect(',');
      *t = in.text();
    }
    in.expect(',');
    c.line = in.place();
    in.expect(',');
    c.column = in.place();
    in.expect(']');
    if (keep != nullptr && !(*keep)[i]) continue;
    c.coordinate = coordinates[i];
    out.push_back(std::move(c));
  }
  in.expect(']');
  if (!in.done()) in.corrupt();  // more cells than its edition has, or anything else after them
  return out;
}

}  // namespace nianbao::corpus
