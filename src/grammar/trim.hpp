// Trimming the spacing noise of extracted text (utf8::is_inline_space) off a span of the input.
#pragma once

#include <cstddef>
#include <string_view>

#include "nianbao/core/utf8.hpp"

namespace nianbao::grammar {

// The end of [begin, end) once trailing spaces are dropped.
inline std::size_t trim_end(const char* base, std::size_t begin, std::size_t end) noexcept {
  return begin + utf8::trim_end(std::string_view(base + begin, end - begin)).size();
}

}  // namespace nianbao::grammar
