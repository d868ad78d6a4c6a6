#include "phrase_match.hpp"

#include <algorithm>

#include "nianbao/core/utf8.hpp"

namespace nianbao::check {

namespace {

using parts = std::vector<edition::phrase_part>;

bool is_digit_at(std::string_view text, std::size_t i) {
  const char32_t c = utf8::decode(text, i);
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

std::size_t next_character(std::string_view text, std::size_t i) {
  ++i;
  while (i < text.size() && utf8::is_continuation(text[i])) ++i;
  return i;
}

// The rest of a match: the parts of `p` from `index` on, then what follows them (`next`).
struct rest {
  const parts* p;
  std::size_t index;
  const rest* next;
};

struct matcher {
  std::string_view before;
  std::string_view clause;
  phrase_match found;

  // The text before `at`: the clause's and, before it, the line's.
  bool ends_with_before(std::size_t at, std::string_view text) const {
    if (at >= text.size()) return clause.substr(at - text.size(), text.size()) == text;
    const std::size_t from_before = text.size() - at;
    return clause.substr(0, at) == text.substr(from_before) && before.ends_with(text.substr(0, from_before));
  }

  bool match(const rest& r, std::size_t at) {
    if (r.index == r.p->size()) {
      if (r.next != nullptr) return match(*r.next, at);
      found.end = at;
      return true;
    }
    const edition::phrase_part& part = (*r.p)[r.index];
    const rest then{r.p, r.index + 1, r.next};
    switch (part.what) {
      case edition::phrase_part::kind::text:
        return clause.substr(at).starts_with(part.text) && match(then, at + part.text.size());
      case edition::phrase_part::kind::not_after:
        return !ends_with_before(at, part.text) && match(then, at);
      case edition::phrase_part::kind::choice:
        return std::any_of(part.options.begin(), part.options.end(), [&](const parts& option) {
          return match(rest{&option, 0, &then}, at);
        });
      case edition::phrase_part::kind::optional:
        return match(rest{&part.options.front(), 0, &then}, at) || match(then, at);
      case edition::phrase_part::kind::gap:
        // Shortest first: the nearest word that goes on with the phrase.
        for (unsigned skipped = 0;; ++skipped) {
          if (match(then, at)) return true;
          if (skipped == part.most || at >= clause.size() || is_digit_at(clause, at)) return false;
          at = next_character(clause, at);
        }
      case edition::phrase_part::kind::number: {
        const std::string_view preceding = at == 0 ? before : clause.substr(0, at);
        for (const prose_number& reading : read_prose_number(preceding, clause.substr(at))) {
          // Converters put spaces around figures (`申请 749 件`).
          std::size_t after = at + reading.length;
          while (const std::size_t space = utf8::inline_space_at(clause, after)) after += space;
          if (match(then, after) || (after != at + reading.length && match(then, at + reading.length))) {
            found.number = reading;
            found.number_at = at;
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
};

}  // namespace

bool could_match(const edition::phrase& phrase, std::string_view clause) {
  return std::all_of(phrase.begin(), phrase.end(), [&](const edition::phrase_part& part) {
    switch (part.what) {
      case edition::phrase_part::kind::text:
        return clause.find(part.text) != std::string_view::npos;
      case edition::phrase_part::kind::choice:
        return std::any_of(part.options.begin(), part.options.end(),
                           [&](const parts& option) { return could_match(option, clause); });
      default:
        return true;
    }
  });
}

std::optional<phrase_match> match_phrase(const edition::phrase& phrase, std::string_view before,
                                         std::string_view clause, std::size_t from) {
  // Where the phrase starts with words, only where they stand.
  const edition::phrase_part* anchor = nullptr;
  for (const edition::phrase_part& part : phrase) {
    if (part.what == edition::phrase_part::kind::text) anchor = &part;
    if (part.what != edition::phrase_part::kind::not_after) break;
  }
  for (std::size_t at = from; at < clause.size(); at = next_character(clause, at)) {
    if (anchor != nullptr) {
      at = clause.find(anchor->text, at);
      if (at == std::string_view::npos) break;
    }
    matcher m{before, clause, {}};
    if (m.match(rest{&phrase, 0, nullptr}, at)) {
      m.found.begin = at;
      return m.found;
    }
  }
  return std::nullopt;
}

}  // namespace nianbao::check
