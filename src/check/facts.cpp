// The figures the prose states, found by the edition's phrases and judged against the tables.
#include <algorithm>
#include <array>
#include <set>

#include "nianbao/check.hpp"
#include "nianbao/core/utf8.hpp"
#include "plan.hpp"

namespace nianbao::check {

namespace {

// Where a clause ends: a figure is read within one, so that a phrase never runs from one
// statement into the next (收到申请3件，比上年减少2件). The first five end a sentence too.
constexpr std::array<std::string_view, 11> clause_ends = {"。", "！", "!", "？", "?", "，", ",", "；", ";", "：", ":"};
constexpr std::size_t sentence_ends = 5;

bool is_ascii_digit(std::string_view text, std::size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// The size of the clause end at `text[i]` (0 for none), and whether it ends a sentence too. A
// comma between digits groups them (1,234).
std::size_t clause_end_at(std::string_view text, std::size_t i, bool& ends_sentence) {
  if (text[i] == ',' && i > 0 && is_ascii_digit(text, i - 1) && is_ascii_digit(text, i + 1)) return 0;
  for (std::size_t k = 0; k < clause_ends.size(); ++k) {
    if (text.substr(i).starts_with(clause_ends[k])) {
      ends_sentence = k < sentence_ends;
      return clause_ends[k].size();
    }
  }
  return 0;
}

// A stretch of a line: a sentence or a clause, from `begin` to `end`.
struct stretch {
  std::size_t begin = 0, end = 0;
};

// The sentences of a line, each with its clauses.
std::vector<std::pair<stretch, std::vector<stretch>>> sentences_of(std::string_view line) {
  std::vector<std::pair<stretch, std::vector<stretch>>> out;
  std::vector<stretch> clauses;
  std::size_t sentence = 0, clause = 0;
  for (std::size_t i = 0; i <= line.size();) {
    bool ends_sentence = true;
    const std::size_t end_size = i < line.size() ? clause_end_at(line, i, ends_sentence) : 1;
    if (end_size == 0) {
      ++i;
      while (i < line.size() && utf8::is_continuation(line[i])) ++i;
      continue;
    }
    if (i > clause) clauses.push_back({clause, i});
    if (ends_sentence) {
      if (!clauses.empty()) out.emplace_back(stretch{sentence, i}, std::move(clauses));
      clauses.clear();
      sentence = i + end_size;
    }
    i += end_size;
    clause = i;
  }
  return out;
}

bool holds_any(std::string_view clause, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return clause.find(w) != std::string_view::npos; });
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
  const std::vector<planned_fact>& facts;
  const bind::bound_report& bound;
  std::string_view text;
  std::vector<fact_reading> readings;

  void read_clause(unsigned section, std::string_view line, std::size_t line_begin, std::string_view sentence,
                   std::size_t begin, std::size_t end) {
    const std::string_view clause = line.substr(begin, end - begin);
    if (holds_any(clause, edition.fact_except)) return;
    for (const planned_fact& f : facts) {
      if (!read_in(edition, *f.fact, section) || holds_any(clause, f.fact->except) ||
          holds_any(sentence, f.fact->except_sentences))
        continue;
      std::set<std::size_t> numbers;  // where this fact's figures stand: each read once
      bool zero_stated = false;
      for (const phrase_way& way : f.ways) {
        for (std::size_t from = 0; from < clause.size();) {
          const std::optional<phrase_match> m = match_phrase(way, line.substr(0, begin), clause, from);
          if (!m) break;
          from = std::max(m->end, m->begin + 1);
          if (m->number ? !numbers.insert(m->number_at).second : std::exchange(zero_stated, true)) continue;
          add(f, *m, clause, line_begin + begin);
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
    readings.push_back(std::move(r));
  }

  // The cells' sum against the figure. Money is compared in 元: the text's unit is the one its
  // figure is followed by.
  void judge(const planned_fact& f, fact_reading& r, std::string_view after_number) {
    decimal sum;
    bool all_blank = true;
    bool money = false;
    for (const resolved_term& t : f.cells) {
      for (const edition::node* row : t.rows) {
        for (const edition::node* column : t.columns) {
          const bind::bound_value* v = bound.find(t.table->id, row->path, column->path);
          if (v == nullptr) continue;
          r.cells.push_back(v);
          r.signs.push_back(t.term->sign);
          money = money || v->kind == edition::value_kind::money;
          if (v->state == bind::value_state::given && v->value) {
            const decimal& value = v->yuan ? *v->yuan : *v->value;
            sum += t.term->sign < 0 ? -value : value;
            all_blank = false;
          } else if (!(v->state == bind::value_state::blank && t.table->blank_is_zero) && r.why.empty()) {
            r.why = v->coordinate() + " is " + bind::name_of(v->state);
          }
        }
      }
    }
    if (money && r.number.size() != 0) {
      std::optional<money_unit> unit;
      for (const std::string_view u : {"亿元", "万元", "元"}) {
        if (after_number.starts_with(u)) {
          unit = parse_money_unit(u);
          break;
        }
      }
      if (unit) {
        r.stated = in_yuan(r.stated, *unit);
      } else if (r.why.empty()) {
        r.why = "the text gives no unit (元, 万元 or 亿元) after its figure";
      }
    }
    if (r.why.empty() && r.cells.empty()) r.why = "the report has none of its cells";
    if (r.why.empty() && all_blank && r.stated.sign() != 0) r.why = "the table leaves its cells blank";
    if (!r.why.empty()) return;
    r.table = sum;
    r.verdict = sum == r.stated ? fact_verdict::agrees : fact_verdict::differs;
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
  const std::vector<planned_fact>& facts = plan.resolved().facts;
  reader r{plan.edition(), facts, bound, text.text(), {}};
  if (facts.empty()) return {};
  for (const ast::section& s : doc.sections) {
    for (const ast::line* l : prose_lines(s)) {
      const std::string_view line = l->content.in(r.text);
      for (const auto& [sentence, clauses] : sentences_of(line)) {
        const std::string_view words = line.substr(sentence.begin, sentence.end - sentence.begin);
        if (holds_any(words, plan.edition().fact_except_sentences)) continue;
        for (const stretch& c : clauses)
          r.read_clause(s.head.mark.number, line, l->content.begin, words, c.begin, c.end);
      }
    }
  }
  return std::move(r.readings);
}

}  // namespace nianbao::check
