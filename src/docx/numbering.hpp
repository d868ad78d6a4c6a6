// Word's automatic numbering (numbering.xml, and the numbering a paragraph style carries): the
// label Word shows before each numbered paragraph, counted as Word counts, so that headings such
// as 一、 and （一）, which many reports have only as numbering, are in the text the grammar reads.
#pragma once

#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace nianbao::docx {

class numbering {
 public:
  numbering() = default;
  // `numbering_part` and `styles_part` are the roots of numbering.xml and styles.xml (either may be
  // empty).
  numbering(const pugi::xml_node& numbering_part, const pugi::xml_node& styles_part);

  // The label of a paragraph with the properties `paragraph_properties` (its w:pPr), counting it;
  // empty for a paragraph that is not numbered, or numbered with a bullet.
  std::string label(const pugi::xml_node& paragraph_properties);

 private:
  static constexpr std::size_t level_count = 9;
  struct level {
    unsigned start = 1;
    std::string format = "decimal";
    std::string text;
    std::string suffix = "tab";
    bool legal = false;  // w:isLgl: the numbers of every level in Arabic digits
    std::string style;   // the paragraph style linked to the level
  };
  struct list_definition {
    std::array<level, level_count> levels;
  };
  struct list_instance {
    std::string definition;
    std::map<unsigned, unsigned> start_overrides;
    std::map<unsigned, level> level_overrides;
    bool used = false;
  };
  struct style_numbering {
    std::optional<std::string> list;
    std::optional<unsigned> level;
    std::string based_on;
  };
  struct counters {
    std::array<std::optional<unsigned>, level_count> value;
    std::map<unsigned, unsigned> pending_starts;  // an instance's start overrides, until used
  };

  const level& level_of(const list_instance& list, unsigned n) const;

  std::unordered_map<std::string, list_definition> definitions_;
  std::unordered_map<std::string, list_instance> instances_;
  std::unordered_map<std::string, style_numbering> styles_;
  std::unordered_map<std::string, counters> counters_;  // by list definition: its lists count on
};

}  // namespace nianbao::docx
