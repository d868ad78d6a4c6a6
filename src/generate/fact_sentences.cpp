#include "fact_sentences.hpp"

#include <algorithm>
#include <optional>

#include "claims.hpp"

namespace nianbao::generate {

namespace {

// What a gap is filled with: none of it a digit, a clause's end or a word of another phrase.
constexpr std::string_view filler = "有关政府信息公开的";

using way = phrase_way;

void spell_out(std::vector<way>& ways, const std::vector<edition::phrase_part>& parts) {
  for (const edition::phrase_part& part : parts) {
    if (part.what != edition::phrase_part::kind::choice && part.what != edition::phrase_part::kind::optional) {
      for (way& w : ways) w.push_back(&part);
      continue;
    }
    std::vector<way> grown;
    if (part.what == edition::phrase_part::kind::optional) grown = ways;
    for (const auto& option : part.options) {
      std::vector<way> with = ways;
      spell_out(with, option);
      grown.insert(grown.end(), with.begin(), with.end());
    }
    ways = std::move(grown);
  }
}

bool has_number(const way& w) {
  return std::any_of(w.begin(), w.end(),
                     [](const edition::phrase_part* p) { return p->what == edition::phrase_part::kind::number; });
}

// The first `n` characters of the filler.
std::string fill(unsigned n) {
  std::string out;
  for (std::size_t i = 0; i < filler.size() && n > 0; --n) {
    std::size_t next = i + 1;
    while (next < filler.size() && (static_cast<unsigned char>(filler[next]) & 0xC0) == 0x80) ++next;
    out.append(filler.substr(i, next - i));
    i = next;
  }
  return out;
}

// 0 … 9999 in Chinese numerals, as prose writes them: 十二, 一百零五, 两千.
std::string chinese(unsigned n) {
  static constexpr std::array<std::string_view, 10> digits = {"零", "一", "二", "三", "四",
                                                              "五", "六", "七", "八", "九"};
  static constexpr std::array<std::string_view, 4> units = {"千", "百", "十", ""};
  if (n == 0) return "零";
  if (n >= 10 && n < 20) return "十" + (n % 10 != 0 ? std::string(digits[n % 10]) : std::string());
  std::string out;
  bool zero_pending = false;
  for (unsigned place = 0, divisor = 1000; place < 4; ++place, divisor /= 10) {
    const unsigned d = n / divisor % 10;
    if (d == 0) {
      zero_pending = !out.empty();
      continue;
    }
    if (zero_pending) out += "零";
    zero_pending = false;
    out += (d == 2 && place < 2 && out.empty()) ? "两" : std::string(digits[d]);
    out += units[place];
  }
  return out;
}

// A figure in one of the forms prose uses: 12, １２, 十二, 1,234, 1.2万.
std::string write_figure(const decimal& value, bool money, random_engine& random) {
  std::string plain = value.to_canonical_string();
  if (!value.is_integer() || value.sign() < 0) return plain;
  const unsigned form = uniform(random, 0U, 9U);
  const decimal whole = value.normalized();
  const big_integer& n = whole.coefficient();
  if (form < 2 && n < 10000 && !money) return chinese(static_cast<unsigned>(n));
  if (form == 2) {
    std::string wide;
    for (const char c : plain)
      wide += std::string("０１２３４５６７８９").substr(static_cast<std::size_t>(c - '0') * 3, 3);
    return wide;
  }
  if (form == 3 && plain.size() > 3) {
    std::string grouped;
    for (std::size_t i = 0; i < plain.size(); ++i) {
      if (i > 0 && (plain.size() - i) % 3 == 0) grouped += ',';
      grouped += plain[i];
    }
    return grouped;
  }
  if (form == 4 && !money && n >= 10000 && n % 1000 == 0) {
    return value.times_power_of_ten(-4).to_canonical_string() + "万";
  }
  return plain;
}

struct writable {
  const edition::fact* fact;
  decimal table;
  std::string subject;
  bool money = false;
  const std::vector<way>* ways = nullptr;  // through each of its phrases, in order (the plan's)
  bool figures = false;                    // some way states a figure (N), not only 0
  bool blank = true;                       // every cell blank, counted as 0: a figure other than 0 is not judged
  std::vector<decimal> others;             // what its other readings (`or`) sum to, where a checker can read them
};

// The sum of `sum`'s cells as a checker reads them: none where a cell is not given (a blank
// counts as 0 where its table says so); `blank` stays true while every cell is blank.
std::optional<decimal> read_sum(const generator::plan& p, const document_model& doc, const linear_sum& sum, bool& blank,
                                bool& money) {
  decimal total;
  bool given = !sum.cells.empty();
  for (const signed_cell& c : sum.cells) {
    const cell_value& read = doc.values[c.cell].read;
    money = money || p.cells[c.cell].kind == edition::value_kind::money;
    if (read.value) {
      c.sign < 0 ? total -= * read.value : total += *read.value;
      blank = false;
    } else if (read.state != bind::value_state::blank || !p.cells[c.cell].table->blank_is_zero) {
      given = false;
    }
  }
  return given ? std::optional<decimal>(total) : std::nullopt;
}

// The facts a checker can judge here: read in `section`, every cell given (a blank counting as 0
// where its table says so).
std::vector<writable> writable_facts(const generator::plan& p, const document_model& doc, unsigned section) {
  std::vector<writable> out;
  for (std::size_t k = 0; k < p.edition->facts.size(); ++k) {
    const edition::fact& f = p.edition->facts[k];
    const std::vector<unsigned>& sections = f.sections.empty() ? p.edition->fact_sections : f.sections;
    if (!sections.empty() && std::find(sections.begin(), sections.end(), section) == sections.end()) continue;
    const linear_sum& sum = p.facts[k].front();
    writable w{&f, {}, {}, false, &p.fact_ways[k], false, true, {}};
    const std::optional<decimal> table = read_sum(p, doc, sum, w.blank, w.money);
    if (!table) continue;
    w.table = *table;
    for (std::size_t r = 1; r < p.facts[k].size(); ++r) {
      bool blank = true, money = false;
      if (const auto other = read_sum(p, doc, p.facts[k][r], blank, money); other && !(blank && other->sign() == 0))
        w.others.push_back(*other);
    }
    w.subject =
        sum.cells.size() == 1 ? p.cells[sum.cells.front().cell].coord : p.cells[sum.cells.front().cell].table->id;
    w.figures = std::any_of(w.ways->begin(), w.ways->end(), has_number);
    // A fact whose phrases only state 0 cannot state another figure.
    if (w.figures || w.table.sign() == 0) out.push_back(std::move(w));
  }
  return out;
}

// One clause stating `value` for `w`, from a way through one of its phrases, written at the end
// of `clause`.
fact_clause write_clause(const writable& w, const decimal& value, random_engine& random, std::string& clause) {
  std::vector<const way*> fitting;
  for (const way& candidate : *w.ways) {
    if (has_number(candidate) || value.sign() == 0) fitting.push_back(&candidate);
  }
  const way& chosen = *fitting[uniform<std::size_t>(random, 0, fitting.size() - 1)];
  fact_clause out;
  out.fact = {w.fact->id, w.subject, 0, value, w.table, value == w.table};
  const std::size_t start = clause.size();
  std::size_t figure_at = 0;
  bool figure = false;
  for (const edition::phrase_part* part : chosen) {
    switch (part->what) {
      case edition::phrase_part::kind::text:
        clause += part->text;
        break;
      case edition::phrase_part::kind::gap:
        clause += fill(chance(random, 60) ? 0 : uniform(random, 1U, std::min(part->most, 9U)));
        break;
      case edition::phrase_part::kind::number: {
        figure_at = clause.size();
        figure = true;
        const decimal shown = w.money ? value.times_power_of_ten(-4) : value;  // money in 万元
        clause += write_figure(shown, w.money, random);
        if (w.money) clause += "万元";
        break;
      }
      default:
        break;
    }
  }
  out.offset_in_line = figure ? figure_at : start;
  return out;
}

}  // namespace

bool write_fact_sentence(const generator::plan& p, document_model& doc, random_engine& random, bool mismatch,
                         fact_sentence& written, std::vector<injected_fault>& injected,
                         std::vector<expected_finding>& expected) {
  written = {};
  const std::vector<unsigned>& sections = p.edition->fact_sections;
  const unsigned section =
      sections.empty() || std::find(sections.begin(), sections.end(), 1U) != sections.end() ? 1U : sections.front();
  const auto target = std::find_if(doc.sections.begin(), doc.sections.end(),
                                   [&](const section_model& s) { return s.number == section; });
  const std::vector<writable> facts =
      target == doc.sections.end() ? std::vector<writable>{} : writable_facts(p, doc, section);
  std::vector<std::size_t> can_differ;  // those that can state another figure than their table's
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (facts[i].figures && !facts[i].blank) can_differ.push_back(i);
  }
  if (mismatch && can_differ.empty()) return false;
  if (facts.empty()) return true;
  const std::size_t wrong =
      mismatch ? can_differ[uniform<std::size_t>(random, 0, can_differ.size() - 1)] : facts.size();
  std::string line = "本年度";
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const writable& w = facts[i];
    decimal value = w.table;
    if (i == wrong) {
      // Another figure than every reading of the table's (a checker takes any of them).
      const auto a_reading = [&](const decimal& v) {
        return v == w.table || std::find(w.others.begin(), w.others.end(), v) != w.others.end();
      };
      const bool zero_phrase = w.table.sign() > 0 && chance(random, 25) &&
                               !std::all_of(w.ways->begin(), w.ways->end(), has_number) && !a_reading(decimal());
      value = zero_phrase ? decimal() : w.table + decimal::from_integer(uniform(random, 1, 5));
      while (a_reading(value)) value += decimal::from_integer(1);
    }
    line += "，";
    fact_clause c = write_clause(w, value, random, line);
    if (i == wrong) {
      injected.push_back({fault_kind::text_mismatch, w.subject,
                          "the text says " + value.to_canonical_string() + ", the table " +
                              w.table.to_canonical_string() + " (fact " + w.fact->id + ")"});
      expected.push_back({"TEXT-TABLE-MISMATCH", w.fact->level, w.subject});
    }
    written.clauses.push_back(std::move(c));
  }
  line += "。";
  written.line = line;
  target->body.insert(target->body.begin(), line);
  return true;
}

std::vector<stated_fact> place_facts(const fact_sentence& written, const std::string& text) {
  std::vector<stated_fact> out;
  if (written.line.empty()) return out;
  const std::size_t at = text.find(written.line);
  for (const fact_clause& c : written.clauses) {
    stated_fact f = c.fact;
    f.offset = at == std::string::npos ? 0 : at + c.offset_in_line;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<phrase_way> ways_through(const edition::fact& fact) {
  std::vector<phrase_way> out;
  for (const edition::phrase& phrase : fact.phrases) {
    std::vector<way> ways(1);
    spell_out(ways, phrase);
    out.insert(out.end(), ways.begin(), ways.end());
  }
  return out;
}

}  // namespace nianbao::generate
