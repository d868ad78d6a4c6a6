#include "bind_value.hpp"
#include "nianbao/core/numerals.hpp"

#include "findings.hpp"
#include "nianbao/core/utf8.hpp"

namespace nianbao::bind {

namespace {

// A unit word right after `单位:` in a normalised header.
std::string_view unit_after(std::string_view header) {
  const std::size_t at = header.find("单位:");
  if (at == std::string::npos) return {};
  const std::string_view rest = std::string_view(header).substr(at + std::string_view("单位:").size());
  for (const money_unit unit : {money_unit::wan_yuan, money_unit::yi_yuan, money_unit::yuan}) {
    if (rest.starts_with(unit_text(unit))) return unit_text(unit);
  }
  return {};
}

// N in `保留N位小数`.
std::optional<unsigned> decimals_allowed(std::string_view header) {
  const std::size_t at = header.find("保留");
  if (at == std::string::npos) return std::nullopt;
  std::size_t i = at + std::string_view("保留").size();
  unsigned n = 0;
  const std::size_t digits_begin = i;
  while (i < header.size() && header[i] >= '0' && header[i] <= '9')
    n = n * 10 + static_cast<unsigned>(header[i++] - '0');
  if (i == digits_begin || !std::string_view(header).substr(i).starts_with("位小数")) return std::nullopt;
  return n;
}

std::size_t digit_count(std::string_view digits) {
  std::size_t n = 0;
  for (const char c : digits) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // full-width digits are 3 bytes
  return n;
}

// A number's parts, made a decimal where the value is stored: a decimal made and then moved
// there copies its digits. (GCC makes it in place, as CWG 2327 proposes; another compiler may
// still move it, which costs time, not correctness.)
struct number_parts {
  bool negative;
  std::string_view integer, fraction;
  // NOLINTNEXTLINE(google-explicit-constructor): implicit, so that optional::emplace converts in place
  operator decimal() const { return decimal::from_parts(negative, integer, fraction); }
};

// `2笔`, `3 件`: a count followed by a measure word (量词), which some reports write in cells of
// counts. The number is plainly there, so it is read, with a warning, rather than lost.
std::optional<decimal> count_before_measure_word(std::string_view raw) {
  static constexpr std::string_view measure_words[] = {"件", "条", "笔", "个", "项", "次",
                                                       "起", "人", "家", "宗", "例"};
  for (const std::string_view word : measure_words) {
    if (!raw.ends_with(word)) continue;
    return parse_decimal(utf8::trim_end(raw.substr(0, raw.size() - word.size())));  // `3 件`: the space before the word
  }
  return std::nullopt;
}

std::string where_text(const coordinate& at) {
  return at.table.id + " / " + std::string(at.row) + " / " + at.column->path;
}

}  // namespace

column_header read_column_header(const cell_labels& cells, const ast::cell* header, const edition::node& column) {
  column_header h;
  // Only an amount of money has a unit and decimals to keep to: no other column's header is read.
  if (column.kind != edition::value_kind::money) return h;
  if (header != nullptr) {
    const std::string_view written = cells.key(*header);
    h.unit = unit_after(written);
    h.unit_in_header = !h.unit.empty();
    h.max_decimals = decimals_allowed(written);
  }
  if (h.unit.empty()) h.unit = column.unit;
  return h;
}

namespace {

// Every value but a plain count: its state, its exact value and unit, and the findings about its
// form. Out of line, so that the plain counts, most of every report, pay for none of it.
[[gnu::noinline]] void read_value(std::string_view text, const ast::value_token& token, const coordinate& at,
                                  const column_header& header, bound_value& v, std::vector<finding>& findings) {
  const auto report = [&](const char* id, severity level, std::string message) {
    add_finding(findings, id, level, std::move(message), token.where, v.coordinate());
  };
  switch (token.kind) {
    case ast::value_kind::empty:
      v.state = value_state::blank;
      return;
    case ast::value_kind::not_given:
      v.state = value_state::not_given;
      return;
    case ast::value_kind::text:
      if (v.kind == edition::value_kind::count || v.kind == edition::value_kind::signed_count) {
        if ((v.value = count_before_measure_word(v.raw))) {
          report("COUNT-WITH-WORD", severity::warning,
                 quoted(v.raw) + " writes a measure word after the count; read as " + v.value->to_canonical_string());
          break;
        }
      }
      v.state = value_state::not_numeric;
      if (v.kind != edition::value_kind::text) {
        report("NOT-NUMERIC", severity::error, quoted(v.raw) + " is not a number (" + where_text(at) + ")");
      }
      return;
    case ast::value_kind::number:
    case ast::value_kind::money:
      break;
  }
  v.state = value_state::given;
  if (!v.value) {
    v.value.emplace(number_parts{!token.sign.empty() && is_minus_sign(token.sign.in(text)), token.integer.in(text),
                                 token.fraction.in(text)});
  }
  switch (v.kind) {
    case edition::value_kind::count:
      if (v.value->sign() < 0)
        report("NEGATIVE-COUNT", at.table.count_form_level, "a count cannot be negative: " + quoted(v.raw));
      [[fallthrough]];
    case edition::value_kind::signed_count:
      if (v.value->scale() != 0 && !v.value->is_integer())
        report("NOT-INTEGER", at.table.count_form_level, "a count must be a whole number: " + quoted(v.raw));
      break;
    case edition::value_kind::money: {
      v.unit = token.unit.empty() ? header.unit : token.unit.in(text);
      if (!token.unit.empty() && !header.unit.empty() && v.unit != header.unit) {
        report("UNIT-DIFFERS", severity::warning,
               quoted(v.raw) + " is written in " + std::string(v.unit) + " in a column in " + std::string(header.unit) +
                   (header.unit_in_header ? " (its header says so)" : " (the edition's label says so)") +
                   "; the cell's own unit is taken");
      }
      if (v.value->sign() < 0) {
        report("NEGATIVE-AMOUNT", severity::warning, "an amount of money cannot be negative: " + quoted(v.raw));
      }
      if (const auto unit = parse_money_unit(v.unit)) {
        v.yuan = in_yuan(*v.value, *unit);
      } else if (v.value->sign() == 0) {
        v.yuan.emplace();  // nothing is nothing in any unit: no question to ask of a 0
      } else {
        report("MONEY-NO-UNIT", severity::warning,
               quoted(v.raw) + " is an amount of money with no unit in the cell or its header (元 or 万元?)");
      }
      if (header.max_decimals && digit_count(token.fraction.in(text)) > *header.max_decimals) {
        report(
            "TOO-MANY-DECIMALS", severity::warning,
            quoted(v.raw) + " has more decimals than the header allows (" + std::to_string(*header.max_decimals) + ")");
      }
      break;
    }
    case edition::value_kind::decimal:
    case edition::value_kind::text:
      break;
  }
  if (token.kind == ast::value_kind::money && v.kind != edition::value_kind::money) {
    report("UNEXPECTED-UNIT", severity::warning, quoted(v.raw) + " carries a unit in a column of counts");
  }
}

}  // namespace

const bound_value& bind_value(std::string_view text, const ast::cell* cell, const coordinate& at,
                              const column_header& header, bound_value& v, std::vector<finding>& findings) {
  v.table = at.table.id;
  v.row = at.row;
  v.column = at.column->path;
  v.kind = at.column->kind.value_or(edition::value_kind::count);
  if (cell == nullptr) return v;  // missing: the caller reports the row's missing cells at once
  const ast::value_token& token = cell->value;
  v.where = token.where;
  v.raw = token.where.in(text);
  // A whole number without a sign in a column of counts: nothing to find about its form.
  const bool plain_count = token.kind == ast::value_kind::number && token.sign.empty() && token.fraction.empty() &&
                           (v.kind == edition::value_kind::count || v.kind == edition::value_kind::signed_count);
  if (!plain_count) {
    read_value(text, token, at, header, v, findings);
    return v;
  }
  v.state = value_state::given;
  v.value.emplace(number_parts{false, token.integer.in(text), {}});
  return v;
}

}  // namespace nianbao::bind
