#include "phrase_match.hpp"

#include "nianbao/core/utf8.hpp"

namespace nianbao::check {

namespace {

void extend(std::vector<phrase_way>& ways, const std::vector<edition::phrase_part>& parts) {
  for (const edition::phrase_part& part : parts) {
    if (part.what == edition::phrase_part::kind::choice || part.what == edition::phrase_part::kind::optional) {
      std::vector<phrase_way> grown;
      if (part.what == edition::phrase_part::kind::optional) grown = ways;  // the part left out
      for (const auto& option : part.options) {
        std::vector<phrase_way> with = ways;
        extend(with, option);
        grown.insert(grown.end(), with.begin(), with.end());
      }
      ways = std::move(grown);
    } else {
      for (phrase_way& way : ways) way.push_back(&part);
    }
  }
}

bool is_digit_at(std::string_view text, std::size_t i) {
  const char32_t c = utf8::decode(text, i);
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

std::size_t next_character(std::string_view text, std::size_t i) {
  ++i;
  while (i < text.size() && utf8::is_continuation(text[i])) ++i;
  return i;
}

struct matcher {
  const phrase_way& way;
  std::string_view before;
  std::string_view clause;
  phrase_match found;

  // The text before `at`: the clause's and, before it, the line's.
  bool ends_with_before(std::size_t at, std::string_view text) const {
    if (at >= text.size()) return clause.substr(at - text.size(), text.size()) == text;
    const std::size_t from_before = text.size() - at;
    return clause.substr(0, at) == text.substr(from_before) && before.ends_with(text.substr(0, from_before));
  }

  bool match(std::size_t k, std::size_t at) {
    if (k == way.size()) {
      found.end = at;
      return true;
    }
    const edition::phrase_part& part = *way[k];
    switch (part.what) {
      case edition::phrase_part::kind::text:
        return clause.substr(at).starts_with(part.text) && match(k + 1, at + part.text.size());
      case edition::phrase_part::kind::not_after:
        return !ends_with_before(at, part.text) && match(k + 1, at);
      case edition::phrase_part::kind::gap:
        // Shortest first: the nearest word that goes on with the phrase.
        for (unsigned skipped = 0;; ++skipped) {
          if (match(k + 1, at)) return true;
          if (skipped == part.most || at >= clause.size() || is_digit_at(clause, at)) return false;
          at = next_character(clause, at);
        }
      case edition::phrase_part::kind::number: {
        const std::string_view preceding = at == 0 ? before : clause.substr(0, at);
        for (const prose_number& reading : read_prose_number(preceding, clause.substr(at))) {
          if (match(k + 1, at + reading.length)) {
            found.number = reading;
            found.number_at = at;
            return true;
          }
        }
        return false;
      }
      default:
        return false;  // choices and optional parts are spelled out in the ways
    }
  }
};

}  // namespace

std::vector<phrase_way> ways_through(const edition::phrase& p) {
  std::vector<phrase_way> ways(1);
  extend(ways, p);
  return ways;
}

std::optional<phrase_match> match_phrase(const phrase_way& way, std::string_view before, std::string_view clause,
                                         std::size_t from) {
  for (std::size_t at = from; at < clause.size(); at = next_character(clause, at)) {
    matcher m{way, before, clause, {}};
    if (m.match(0, at)) {
      m.found.begin = at;
      return m.found;
    }
  }
  return std::nullopt;
}

}  // namespace nianbao::check
