// The AST as JSON. Field names are documented in the README ("nianbao-ast" version 1).
#include <nlohmann/json.hpp>

#include "nianbao/output.hpp"

namespace nianbao::output {

namespace {

using json = nlohmann::ordered_json;

const char* name_of(ast::marker_kind kind) {
  switch (kind) {
    case ast::marker_kind::section:
      return "section";
    case ast::marker_kind::section_arabic:
      return "section_arabic";
    case ast::marker_kind::paren_chinese:
      return "paren_chinese";
    case ast::marker_kind::arabic:
      return "arabic";
    case ast::marker_kind::paren_arabic:
      return "paren_arabic";
    case ast::marker_kind::enumerator:
      return "enumerator";
    case ast::marker_kind::bullet:
      return "bullet";
  }
  return "unknown";
}

const char* name_of(ast::value_kind kind) {
  switch (kind) {
    case ast::value_kind::empty:
      return "empty";
    case ast::value_kind::not_given:
      return "not_given";
    case ast::value_kind::number:
      return "number";
    case ast::value_kind::money:
      return "money";
    case ast::value_kind::text:
      return "text";
  }
  return "unknown";
}

struct json_writer {
  const source& src;
  mutable locator locate{src};  // spans come mostly in source order

  // An empty span (no agency, no body) is null.
  json span(ast::span s) const {
    if (s.empty()) return nullptr;
    const location where = locate(s.begin);
    return {{"offset", s.begin},
            {"end", s.end},
            {"line", where.line},
            {"column", where.column},
            {"display_column", where.display_column},
            {"text", s.in(src.text())}};
  }

  json line(const ast::line& l) const {
    json j = {{"span", span(l.where)}, {"content", span(l.content)}};
    if (!l.artefacts.empty()) {
      json artefacts = json::array();
      for (const ast::span& a : l.artefacts) artefacts.push_back(span(a));
      j["artefacts"] = std::move(artefacts);
    }
    return j;
  }

  json marker(const ast::marker& m) const {
    return {{"kind", name_of(m.kind)}, {"number", m.number}, {"span", span(m.where)}};
  }

  json heading(const ast::heading& h) const {
    return {{"kind", "heading"},      {"level", h.level},     {"marker", marker(h.mark)},
            {"title", span(h.title)}, {"body", span(h.body)}, {"line", line(h.text)}};
  }

  json value(const ast::value_token& v) const {
    json j = {{"kind", name_of(v.kind)}, {"span", span(v.where)}};
    if (v.kind == ast::value_kind::number || v.kind == ast::value_kind::money) {
      j["sign"] = span(v.sign);
      j["integer"] = span(v.integer);
      j["fraction"] = span(v.fraction);
      j["full_width"] = v.full_width;
      j["grouped"] = v.grouped;
    }
    if (v.kind == ast::value_kind::money) j["unit"] = span(v.unit);
    return j;
  }

  json table(const ast::table& t) const {
    json rows = json::array();
    for (const ast::row& r : t.rows) {
      json cells = json::array();
      for (const ast::cell& c : r.cells) {
        json lines = json::array();
        for (const ast::line& l : c.lines) lines.push_back(line(l));
        json cell = {{"value", value(c.value)}, {"lines", std::move(lines)}};
        if (c.mark) cell["marker"] = marker(*c.mark);
        cells.push_back(std::move(cell));
      }
      json gaps = json::array();
      for (const ast::blank& g : r.gap_before) gaps.push_back(line(g.text));
      rows.push_back({{"gap_before", std::move(gaps)}, {"cells", std::move(cells)}});
    }
    return {{"kind", "table"}, {"rows", std::move(rows)}};
  }

  json block(const ast::block& b) const {
    return std::visit(
        [&](const auto& node) -> json {
          using node_t = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<node_t, ast::heading>) {
            return heading(node);
          } else if constexpr (std::is_same_v<node_t, ast::table>) {
            return table(node);
          } else if constexpr (std::is_same_v<node_t, ast::item>) {
            return {
                {"kind", "item"}, {"marker", marker(node.mark)}, {"body", span(node.body)}, {"line", line(node.text)}};
          } else if constexpr (std::is_same_v<node_t, ast::paragraph>) {
            return {{"kind", node.is_date ? "date" : "paragraph"}, {"line", line(node.text)}};
          } else {
            return {{"kind", "blank"}, {"line", line(node.text)}};
          }
        },
        b);
  }

  json blocks(const std::vector<ast::block>& list) const {
    json j = json::array();
    for (const ast::block& b : list) j.push_back(block(b));
    return j;
  }
};

}  // namespace

std::string ast_json(const source& src, const ast::document& doc) {
  const json_writer w{src};
  json sections = json::array();
  for (const ast::section& s : doc.sections) {
    sections.push_back(
        {{"heading", w.heading(s.head)}, {"heading_in_cell", s.head_in_cell}, {"body", w.blocks(s.body)}});
  }
  const json j = {
      {"file", src.name()},
      {"byte_order_mark", !doc.bom.empty()},
      {"title",
       {{"agency", w.span(doc.title.agency)},
        {"year", w.span(doc.title.year)},
        {"title", w.span(doc.title.title)},
        {"lines", w.blocks(doc.title.lines)}}},
      {"preamble", w.blocks(doc.preamble)},
      {"sections", std::move(sections)},
      {"sign_off",
       {{"agency", w.span(doc.sign_off.agency)},
        {"date", w.span(doc.sign_off.date)},
        {"lines", w.blocks(doc.sign_off.lines)}}},
      {"trailing", w.blocks(doc.trailing)},
  };
  return j.dump(1, ' ', false, json::error_handler_t::replace);
}

}  // namespace nianbao::output
