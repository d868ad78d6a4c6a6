#include "outline_level.hpp"

namespace nianbao::grammar {

unsigned heading_level(ast::marker_kind kind) noexcept {
  switch (kind) {
    case ast::marker_kind::section:
    case ast::marker_kind::section_arabic:
      return 1;
    case ast::marker_kind::paren_chinese:
      return 2;
    case ast::marker_kind::arabic:
      return 3;
    case ast::marker_kind::paren_arabic:
      return 4;
    case ast::marker_kind::enumerator:
    case ast::marker_kind::bullet:
      return 0;
  }
  return 0;
}

}  // namespace nianbao::grammar
