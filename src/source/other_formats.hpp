// Documents that are reports but not in a form nianbao reads: named by their first bytes, so that
// a PDF is not called "invalid UTF-8".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

struct other_format {
  std::size_t offset;  // where the sign of the format is
  std::string message;
};

// By the file's first bytes: PDF, Word 97–2003 (.doc), an encrypted Office file, ZIP (a .docx is one).
std::optional<other_format> binary_document_format(std::string_view bytes) noexcept;

}  // namespace nianbao
