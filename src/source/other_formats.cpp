#include "other_formats.hpp"

namespace nianbao {

std::optional<other_format> binary_document_format(std::string_view bytes) noexcept {
  if (bytes.starts_with("%PDF-")) {
    return other_format{0,
                        "a PDF document where a text is expected (a report's PDF is read by nianbao check, "
                        "parse and extract)"};
  }
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    // Office keeps a password-protected .docx in the same container as a .doc, as a stream so named.
    static constexpr std::string_view encrypted{"E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32};
    if (bytes.find(encrypted) != std::string_view::npos) {
      return other_format{0,
                          "a password-protected (encrypted) Office document: nianbao cannot read it; save a copy "
                          "without the password"};
    }
    return other_format{0,
                        "a Word 97-2003 document (.doc): nianbao reads .docx; convert it first (soffice "
                        "--headless --convert-to docx FILE)"};
  }
  if (bytes.starts_with("PK\x03\x04")) {
    return other_format{0, "a ZIP archive (a Word file?), not a text file"};
  }
  return std::nullopt;
}

}  // namespace nianbao
