// WordprocessingML as nianbao reads it with pugixml: elements by their local name, whatever prefix
// the file binds the namespace to (Word writes `w:`, the strict schema and other writers may not).
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string_view>

namespace nianbao::docx {

inline std::string_view local_name(const pugi::xml_node& node) noexcept {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

inline pugi::xml_node child(const pugi::xml_node& node, std::string_view name) noexcept {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

// The value of the attribute `val` (w:val), or of another attribute by its local name.
inline std::optional<std::string_view> attribute(const pugi::xml_node& node, std::string_view name = "val") noexcept {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    std::string_view n = a.name();
    if (const std::size_t colon = n.find(':'); colon != std::string_view::npos) n.remove_prefix(colon + 1);
    if (n == name) return std::string_view(a.value());
  }
  return std::nullopt;
}

inline std::optional<unsigned> number_attribute(const pugi::xml_node& node, std::string_view name = "val") noexcept {
  const auto v = attribute(node, name);
  if (!v || v->empty() || v->size() > 9) return std::nullopt;
  unsigned n = 0;
  for (const char c : *v) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  return n;
}

// A switch such as w:vanish or w:isLgl: on when present, unless its value says off.
inline bool switched_on(const pugi::xml_node& node) noexcept {
  if (!node) return false;
  const auto v = attribute(node);
  return !v || (*v != "0" && *v != "false" && *v != "off");
}

}  // namespace nianbao::docx
