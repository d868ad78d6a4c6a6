#include "other_formats.hpp"

namespace nianbao {

std::optional<other_format> binary_document_format(std::string_view bytes) noexcept {
  if (bytes.starts_with("%PDF-")) {
    return other_format{0,
                        "a PDF document: nianbao does not read PDF files yet; check the report's web page, or "
                        "its Word file saved as a web page"};
  }
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return other_format{0,
                        "a Word 97-2003 document (.doc): nianbao does not read Word files yet; save it as a web "
                        "page (soffice --headless --convert-to html FILE)"};
  }
  if (bytes.starts_with("PK\x03\x04")) {
    return other_format{0,
                        "a ZIP archive (a .docx Word file is one): nianbao does not read Word files yet; save it "
                        "as a web page (soffice --headless --convert-to html FILE)"};
  }
  return std::nullopt;
}

}  // namespace nianbao
