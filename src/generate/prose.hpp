// The text around the tables: a title, the prose of sections 一, 五 and 六, and the sign-off,
// written with every heading and item form the report grammar knows (一、 （一） 1、 1. （1）
// 一是 and bullets), so that generated documents exercise all of it.
#pragma once

#include <string>
#include <vector>

#include "plan.hpp"

namespace nianbao::generate {

struct prose {
  std::string agency;
  unsigned year = 0;
  std::vector<std::string> title;
  std::vector<std::string> closing;
};

// The agency and year are those of `opts` where it gives them.
prose draw_prose(const edition::definition& edition, random_engine& random, const options& opts);

// The year an edition's reports cover from: the year in its 〔YYYY〕 document number.
unsigned first_year(const edition::definition& edition);

// The lines of a section without a table (一, 五, 六 in the built-in editions).
std::vector<std::string> section_lines(unsigned section, const prose& about, random_engine& random);

}  // namespace nianbao::generate
