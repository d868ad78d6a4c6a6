#include "numbering.hpp"

#include "nianbao/core/utf8.hpp"
#include "number_formats.hpp"
#include "xml.hpp"

namespace nianbao::docx {

namespace {

constexpr int max_style_depth = 32;  // a chain of w:basedOn no real style sheet comes near
// Word's own level texts are a few characters; a longer one would let a small file write each
// numbered paragraph's label at length, so it is cut here.
constexpr std::size_t max_level_text = 64;

// A level's number format. Word 2010 writes the formats older readers lack (a custom 001, 一) as
// markup-compatibility alternatives whose fallback is a plain format: the plain one is read.
std::optional<std::string_view> format_of(const pugi::xml_node& level) {
  if (const auto plain = attribute(child(level, "numFmt"))) return plain;
  const pugi::xml_node choices = child(level, "AlternateContent");
  if (const auto fallback = attribute(child(child(choices, "Fallback"), "numFmt"))) return fallback;
  const auto chosen = attribute(child(child(choices, "Choice"), "numFmt"));
  return chosen && *chosen != "custom" ? chosen : std::nullopt;
}

// `text` cut to at most `limit` bytes, at a character's start.
std::string cut(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t end = limit;
  while (end > 0 && utf8::is_continuation(text[end])) --end;
  return std::string(text.substr(0, end));
}

std::string value_of(const pugi::xml_node& node, std::string_view name) {
  const auto v = attribute(child(node, name));
  return v ? std::string(*v) : std::string();
}

// Whether a label ends in a letter, a digit or an ideograph, which Word's TAB after it keeps
// apart from the text (一、 needs no space before 总体情况; 第一章 does).
bool ends_in_a_word(std::string_view label) {
  std::size_t i = label.size();
  while (i > 0 && utf8::is_continuation(label[i - 1])) --i;
  if (i == 0) return false;
  std::size_t at = i - 1;
  const char32_t last = utf8::decode(label, at);
  return (last >= U'0' && last <= U'9') || (last >= U'A' && last <= U'Z') || (last >= U'a' && last <= U'z') ||
         (last >= 0x4E00 && last <= 0x9FFF) || last == U'〇';
}

}  // namespace

numbering::numbering(const pugi::xml_node& numbering_part, const pugi::xml_node& styles_part) {
  const auto read_level = [](const pugi::xml_node& node, level& l) {
    if (const auto start = number_attribute(child(node, "start"))) l.start = *start;
    if (const auto f = format_of(node)) l.format = std::string(*f);
    if (const auto t = attribute(child(node, "lvlText"))) l.text = cut(*t, max_level_text);
    if (const auto s = attribute(child(node, "suff"))) l.suffix = std::string(*s);
    l.legal = switched_on(child(node, "isLgl"));
    l.style = value_of(node, "pStyle");
  };
  for (pugi::xml_node n = numbering_part.first_child(); n; n = n.next_sibling()) {
    if (local_name(n) == "abstractNum") {
      list_definition& d = definitions_[std::string(attribute(n, "abstractNumId").value_or(""))];
      for (pugi::xml_node l = n.first_child(); l; l = l.next_sibling()) {
        const auto i = number_attribute(l, "ilvl");
        if (local_name(l) == "lvl" && i && *i < level_count) read_level(l, d.levels[*i]);
      }
    } else if (local_name(n) == "num") {
      list_instance& list = instances_[std::string(attribute(n, "numId").value_or(""))];
      list.definition = value_of(n, "abstractNumId");
      for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
        const auto i = number_attribute(o, "ilvl");
        if (local_name(o) != "lvlOverride" || !i || *i >= level_count) continue;
        if (const auto start = number_attribute(child(o, "startOverride"))) list.start_overrides[*i] = *start;
        if (const pugi::xml_node l = child(o, "lvl")) read_level(l, list.level_overrides[*i]);
      }
    }
  }
  for (pugi::xml_node s = styles_part.first_child(); s; s = s.next_sibling()) {
    if (local_name(s) != "style") continue;
    style_numbering& style = styles_[std::string(attribute(s, "styleId").value_or(""))];
    style.based_on = value_of(s, "basedOn");
    const pugi::xml_node num = child(child(s, "pPr"), "numPr");
    if (const auto id = attribute(child(num, "numId"))) style.list = std::string(*id);
    style.level = number_attribute(child(num, "ilvl"));
  }
}

const numbering::level& numbering::level_of(const list_instance& list, unsigned n) const {
  if (const auto o = list.level_overrides.find(n); o != list.level_overrides.end()) return o->second;
  static const level plain;
  const auto d = definitions_.find(list.definition);
  return d == definitions_.end() ? plain : d->second.levels[n];
}

std::string numbering::label(const pugi::xml_node& paragraph_properties) {
  const pugi::xml_node own = child(paragraph_properties, "numPr");
  std::optional<std::string> list;
  std::optional<unsigned> depth = number_attribute(child(own, "ilvl"));
  if (const auto id = attribute(child(own, "numId"))) list = std::string(*id);
  const std::string style = value_of(paragraph_properties, "pStyle");
  if (!list) {
    std::string name = style;
    for (int hops = 0; hops < max_style_depth && !list && !name.empty(); ++hops) {
      const auto s = styles_.find(name);
      if (s == styles_.end()) break;
      list = s->second.list;
      if (!depth) depth = s->second.level;
      name = s->second.based_on;
    }
  }
  if (!list || *list == "0") return "";
  const auto found = instances_.find(*list);
  if (found == instances_.end() || !definitions_.contains(found->second.definition)) return "";
  list_instance& instance = found->second;
  if (!depth) {
    // A style linked to a level of the list (w:pStyle in w:lvl) numbers at that level.
    depth = 0;
    for (unsigned n = 0; n < level_count; ++n)
      if (!style.empty() && level_of(instance, n).style == style) depth = n;
  }
  const unsigned at = std::min<unsigned>(*depth, level_count - 1);
  counters& count = counters_[instance.definition];
  if (!instance.used) {
    instance.used = true;
    if (!instance.start_overrides.empty()) {
      count.value.fill(std::nullopt);
      count.pending_starts = instance.start_overrides;
    }
  }
  if (count.value[at]) {
    ++*count.value[at];
  } else if (const auto p = count.pending_starts.find(at); p != count.pending_starts.end()) {
    count.value[at] = p->second;
    count.pending_starts.erase(p);
  } else {
    count.value[at] = level_of(instance, at).start;
  }
  for (std::size_t deeper = at + 1; deeper < level_count; ++deeper) count.value[deeper].reset();

  const level& shown = level_of(instance, at);
  if (shown.format == "bullet") return "";
  std::string text;
  for (std::size_t i = 0; i < shown.text.size(); ++i) {
    const char c = shown.text[i];
    if (c == '%' && i + 1 < shown.text.size() && shown.text[i + 1] >= '1' && shown.text[i + 1] <= '9') {
      const auto n = static_cast<unsigned>(shown.text[++i] - '1');
      const level& referred = level_of(instance, n);
      text += format_number(count.value[n].value_or(referred.start), shown.legal ? "decimal" : referred.format);
    } else {
      text += c;
    }
  }
  if (shown.suffix == "space" || (shown.suffix == "tab" && ends_in_a_word(text))) text += ' ';
  return text;
}

}  // namespace nianbao::docx
