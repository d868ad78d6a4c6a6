// The figures the prose states, found by the edition's phrases and judged against the tables.
#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string_view>

#include "nianbao/check.hpp"
#include "nianbao/core/utf8.hpp"
#include "phrase_match.hpp"
#include "plan.hpp"

namespace nianbao::check {

namespace {

// How a character stands in prose: a figure is read within one clause, so that a phrase never
// runs from one statement into the next (收到申请3件，比上年减少2件); words that keep a sentence
// from being read are looked for in the whole sentence.
enum class boundary { none, clause, sentence };

// Of a character as next_character_bytes gives it.
boundary boundary_of(std::uint32_t bytes) noexcept {
  switch (bytes) {
    case 0xE38082:  // 。
    case 0xEFBC81:  // ！
    case '!':
    case 0xEFBC9F:  // ？
    case '?':
      return boundary::sentence;
    case 0xEFBC8C:  // ，
    case ',':
    case 0xEFBC9B:  // ；
    case ';':
    case 0xEFBC9A:  // ：
    case ':':
      return boundary::clause;
    default:
      return boundary::none;
  }
}

bool is_ascii_digit(std::string_view text, std::size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// A sentence or clause of a line: where it starts, and the sketch of its characters.
struct sketched {
  std::string_view text;
  std::size_t begin = 0;  // in the line
  sketch mask;
};

// Calls `visit(sentence, clauses)` for each sentence of `line` that has a clause, in one pass.
// `clauses` is reused from sentence to sentence.
template <typename Visit>
void for_each_sentence(std::string_view line, std::vector<sketched>& clauses, Visit&& visit) {
  clauses.clear();
  sketched sentence{{}, 0, {}};
  sketched clause{{}, 0, {}};
  for (std::size_t i = 0; i <= line.size();) {
    const std::size_t at = i;
    const bool end = i == line.size();
    const std::uint32_t c = end ? 0xE38082 : next_character_bytes(line, i);
    if (end) ++i;
    boundary b = boundary_of(c);
    // A comma between digits groups them (1,234).
    if (c == ',' && at > 0 && is_ascii_digit(line, at - 1) && is_ascii_digit(line, i)) b = boundary::none;
    if (b == boundary::none) {
      clause.mask |= char_bit(c);
      continue;
    }
    if (at > clause.begin) {
      clause.text = line.substr(clause.begin, at - clause.begin);
      sentence.mask |= clause.mask;
      clauses.push_back(clause);
    }
    clause = {{}, i, {}};
    if (b == boundary::sentence) {
      sentence.text = line.substr(sentence.begin, at - sentence.begin);
      if (!clauses.empty()) visit(sentence, clauses);
      clauses.clear();
      sentence = {{}, i, {}};
    }
  }
}

bool is_ideograph(char32_t c) noexcept { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

bool is_numeral(char32_t c) noexcept {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
         std::u32string_view(U"〇零一二两三四五六七八九十百千万亿").find(c) != std::u32string_view::npos;
}

// The character before `at`, after the inline space right before it, if there is such space.
std::optional<char32_t> before_space(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (const std::size_t n = utf8::space_before(text, i)) i -= n;
  if (i == at || i == 0) return std::nullopt;
  std::size_t start = i - 1;
  while (start > 0 && utf8::is_continuation(text[start])) --start;
  return utf8::decode(text, start);
}

// The character after the inline space that starts at `at`, if there is such space.
std::optional<char32_t> after_space(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (const std::size_t n = utf8::inline_space_at(text, i)) i += n;
  if (i == at || i >= text.size()) return std::nullopt;
  return utf8::decode(text, i);
}

// Why a reading cannot be trusted when a space splits a word next to it, as converters of PDF
// and HTML leave one where a line was wrapped: `其他 处理18件` is not 处理 18, nor is `三千六百
// 四十五` 45. Empty when no space does.
std::string split_word(std::string_view text, std::size_t phrase_begin, std::size_t number_begin,
                       std::size_t number_end) {
  if (const auto c = before_space(text, phrase_begin); c && is_ideograph(*c))
    return "a space splits the words before the phrase";
  if (number_begin == number_end) return {};
  const auto before = before_space(text, number_begin);
  const auto after = after_space(text, number_end);
  if ((before && is_numeral(*before)) || (after && is_numeral(*after))) return "a space splits the figure";
  return {};
}

bool read_in(const edition::definition& ed, const edition::fact& f, unsigned section) {
  const std::vector<unsigned>& sections = f.sections.empty() ? ed.fact_sections : f.sections;
  return sections.empty() || std::find(sections.begin(), sections.end(), section) != sections.end();
}

// The lines of prose of a section: its heading's and those of its paragraphs, items and
// headings, not its tables'.
std::vector<const ast::line*> prose_lines(const ast::section& s) {
  std::vector<const ast::line*> lines;
  if (!s.head_in_cell) lines.push_back(&s.head.text);
  for (const ast::block& b : s.body) {
    if (const auto* p = std::get_if<ast::paragraph>(&b)) lines.push_back(&p->text);
    if (const auto* i = std::get_if<ast::item>(&b)) lines.push_back(&i->text);
    if (const auto* h = std::get_if<ast::heading>(&b)) lines.push_back(&h->text);
  }
  return lines;
}

struct reader {
  const edition::definition& edition;
  const evaluation_plan::rules& plan;
  const bind::bound_report& bound;
  std::string_view text;
  std::vector<fact_reading> readings;

  std::vector<sketched> clauses;  // of the sentence being read

  void read_clause(unsigned section, std::string_view line, std::size_t line_begin, const sketched& sentence,
                   const sketched& clause_sketch) {
    const std::size_t begin = clause_sketch.begin;
    const std::string_view clause = clause_sketch.text;
    const sketch& mask = clause_sketch.mask;
    bool excepted = false;  // the edition's words, looked for once a phrase may be here
    for (const planned_fact& f : plan.facts) {
      if (std::none_of(f.phrase_masks.begin(), f.phrase_masks.end(),
                       [&](const sketch& needs) { return may_hold(mask, needs); }) ||
          !read_in(edition, *f.fact, section))
        continue;
      if (!std::exchange(excepted, true) && plan.fact_except.any_in(clause, mask)) return;
      if (f.except.any_in(clause, mask) || f.except_sentences.any_in(sentence.text, sentence.mask)) continue;
      std::set<std::size_t> numbers;  // where this fact's figures stand: each read once
      bool zero_stated = false;
      for (std::size_t k = 0; k < f.fact->phrases.size(); ++k) {
        const edition::phrase& phrase = f.fact->phrases[k];
        if (!may_hold(mask, f.phrase_masks[k]) || !could_match(phrase, clause)) continue;
        for (std::size_t from = 0; from < clause.size();) {
          const std::optional<phrase_match> m = match_phrase(phrase, line.substr(0, begin), clause, from);
          if (!m) break;
          from = std::max(m->end, m->begin + 1);
          if (!m->number) {  // a clause states 0 once
            if (!std::exchange(zero_stated, true)) add(f, *m, clause, line_begin + begin);
            break;
          }
          if (numbers.insert(m->number_at).second) add(f, *m, clause, line_begin + begin);
        }
      }
    }
  }

  void add(const planned_fact& f, const phrase_match& m, std::string_view clause, std::size_t at) {
    fact_reading r;
    r.fact = f.fact;
    r.phrase = {at + m.begin, at + m.end};
    if (m.number) {
      r.number = {at + m.number_at, at + m.number_at + m.number->length};
      r.stated = m.number->value;
    }
    judge(f, r, clause.substr(m.number ? m.number_at + m.number->length : m.end));
    if (std::string why = split_word(text, r.phrase.begin, r.number.begin, r.number.end); !why.empty()) {
      r.verdict = fact_verdict::not_assessable;
      r.reading = 0;
      r.why = std::move(why);
    }
    readings.push_back(std::move(r));
  }

  // One reading of the figure: the sum of its cells as the table gives them, or why it cannot
  // be had.
  struct cells_sum {
    decimal sum;
    bool all_blank = true;
    bool money = false;
    std::string why;
    std::vector<const bind::bound_value*> cells;
    std::vector<int> signs;
  };

  // The value bound at (row, column) of `table`. A bound value's row and column view the ids of
  // the edition it was bound to, the strings the plan resolves to, so where they live finds it
  // with no comparing of text; the next value after the last found is tried first, as a fact's
  // cells mostly stand in a row. By the text only where the report was bound otherwise.
  const bind::bound_value* find(const edition::table& table, const edition::node& row, const edition::node& column,
                                std::size_t& next) const {
    const auto here = [&](const bind::bound_value& v) {
      return v.row.data() == row.path.data() && v.column.data() == column.path.data();
    };
    const std::vector<bind::bound_value>& values = bound.values;
    if (next < values.size() && here(values[next])) return &values[next++];
    const auto it = std::find_if(values.begin(), values.end(), here);
    if (it == values.end()) return bound.find(table.id, row.path, column.path);
    next = static_cast<std::size_t>(it - values.begin()) + 1;
    return &*it;
  }

  cells_sum sum_of(const resolved_side& cells) const {
    cells_sum out;
    std::size_t next = 0;
    for (const resolved_term& t : cells) {
      for (const edition::node* row : t.rows) {
        for (const edition::node* column : t.columns) {
          const bind::bound_value* v = find(*t.table, *row, *column, next);
          if (v == nullptr) continue;
          out.cells.push_back(v);
          out.signs.push_back(t.term->sign);
          out.money = out.money || v->kind == edition::value_kind::money;
          if (v->state == bind::value_state::given && v->value) {
            const decimal& value = *v->compared();
            out.sum += t.term->sign < 0 ? -value : value;
            out.all_blank = false;
          } else if (!(v->state == bind::value_state::blank && t.table->blank_is_zero) && out.why.empty()) {
            out.why = v->coordinate() + " is " + bind::name_of(v->state);
          }
        }
      }
    }
    if (out.why.empty() && out.cells.empty()) out.why = "the report has none of its cells";
    return out;
  }

  // Whether a reading can judge `stated`: its cells given, and not all blank where the text
  // gives a figure other than 0.
  static std::string why_not(const cells_sum& s, const decimal& stated) {
    if (!s.why.empty()) return s.why;
    if (s.all_blank && stated.sign() != 0) return "the table leaves its cells blank";
    return {};
  }

  // The cells' sum against the figure: the first reading's, or any other the edition declares
  // (`or`) that the figure equals. Money is compared in 元: the text's unit is the one its figure
  // is followed by.
  void judge(const planned_fact& f, fact_reading& r, std::string_view after_number) {
    cells_sum first = sum_of(f.cells);
    r.cells = std::move(first.cells);
    r.signs = std::move(first.signs);
    if (first.money && !r.number.empty()) {
      std::optional<money_unit> unit;
      for (const std::string_view u : {"亿元", "万元", "元"}) {
        if (after_number.starts_with(u)) {
          unit = parse_money_unit(u);
          break;
        }
      }
      if (!unit) {
        r.why = "the text gives no unit (元, 万元 or 亿元) after its figure";
        r.unit_missing = true;
        return;
      }
      r.stated = in_yuan(r.stated, *unit);
    }
    r.why = why_not(first, r.stated);
    if (r.why.empty()) {
      r.table = first.sum;
      if (first.sum == r.stated) {
        r.verdict = fact_verdict::agrees;
        return;
      }
    }
    for (std::size_t k = 0; k < f.others.size(); ++k) {
      const cells_sum other = sum_of(f.others[k]);
      if (why_not(other, r.stated).empty() && other.sum == r.stated) {
        r.verdict = fact_verdict::agrees;
        r.reading = k + 1;
        r.why.clear();
        return;
      }
    }
    if (r.why.empty()) r.verdict = fact_verdict::differs;
  }
};

}  // namespace

const char* name_of(fact_verdict verdict) noexcept {
  switch (verdict) {
    case fact_verdict::agrees:
      return "agrees";
    case fact_verdict::differs:
      return "differs";
    case fact_verdict::not_assessable:
      break;
  }
  return "not_assessable";
}

std::vector<fact_reading> read_facts(const evaluation_plan& plan, const source& text, const ast::document& doc,
                                     const bind::bound_report& bound) {
  const evaluation_plan::rules& rules = plan.resolved();
  reader r{plan.edition(), rules, bound, text.text(), {}, {}};
  if (rules.facts.empty()) return {};
  for (const ast::section& s : doc.sections) {
    if (std::none_of(rules.facts.begin(), rules.facts.end(),
                     [&](const planned_fact& f) { return read_in(r.edition, *f.fact, s.head.mark.number); }))
      continue;
    for (const ast::line* l : prose_lines(s)) {
      const std::string_view line = l->content.in(r.text);
      for_each_sentence(line, r.clauses, [&](const sketched& sentence, const std::vector<sketched>& clauses) {
        if (rules.fact_except_sentences.any_in(sentence.text, sentence.mask)) return;
        for (const sketched& c : clauses) r.read_clause(s.head.mark.number, line, l->content.begin, sentence, c);
      });
    }
  }
  return std::move(r.readings);
}

}  // namespace nianbao::check
