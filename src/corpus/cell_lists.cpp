#include "cell_lists.hpp"

#include <nlohmann/json.hpp>

namespace nianbao::corpus {

namespace {

using json = nlohmann::json;

std::string text_of(const json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }
std::size_t place_of(const json& j) { return j.is_number_unsigned() ? j.get<std::size_t>() : 0; }

}  // namespace

// Written by hand rather than through a JSON DOM: a corpus run writes every cell of every
// report, and building a tree of them cost more than storing them. decode_cells reads it back with
// nlohmann, and the tests compare the two.
std::string encode_cells(const std::vector<cell_record>& cells) {
  std::string out;
  out.reserve(cells.size() * 96);
  const auto text = [&](const std::string& t) {
    if (t.empty()) {
      out += "null";
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
    out += '"';
  };
  const auto place = [&](std::size_t n) { out += n == 0 ? std::string("null") : std::to_string(n); };
  out += '[';
  for (const cell_record& c : cells) {
    if (&c != cells.data()) out += ',';
    out += '[';
    for (const std::string* t : {&c.state, &c.value, &c.unit, &c.yuan}) {
      text(*t);
      out += ',';
    }
    place(c.line);
    out += ',';
    place(c.column);
    out += ']';
  }
  out += ']';
  return out;
}

std::vector<cell_record> decode_cells(std::string_view text, const std::vector<std::string>& coordinates,
                                      const std::string& file) {
  const json all = json::parse(text, nullptr, false);
  if (!all.is_array() || all.size() != coordinates.size())
    throw store_error(file + ": the store is corrupt (a list of cells is not JSON, or not of its edition's length)");
  std::vector<cell_record> out;
  out.reserve(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const json& c = all[i];
    if (!c.is_array() || c.size() != 6 || !c[0].is_string())
      throw store_error(file + ": the store is corrupt (a cell is not [state, value, unit, yuan, line, column])");
    out.push_back({coordinates[i], c[0].get<std::string>(), text_of(c[1]), text_of(c[2]), text_of(c[3]), place_of(c[4]),
                   place_of(c[5])});
  }
  return out;
}

}  // namespace nianbao::corpus
