// Where a PEGTL match lies, as a byte span of the source: what every action state needs.
#pragma once

#include "nianbao/ast.hpp"

namespace nianbao::grammar {

struct match_span {
  const char* base = nullptr;  // the first byte of the source text

  template <typename ActionInput>
  ast::span span_of(const ActionInput& in) const {
    return {static_cast<std::size_t>(in.begin() - base), static_cast<std::size_t>(in.end() - base)};
  }
};

}  // namespace nianbao::grammar
