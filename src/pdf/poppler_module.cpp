// The entry of the module nianbao-poppler, which the command loads when it first reads a PDF
// (poppler_on_demand.cpp): words_of, linked to poppler here, behind one C symbol that dlsym can
// find. The module and the command are built together from the same sources, so the C++ types
// passed through it are the same on both sides.
#include "words.hpp"

extern "C" __attribute__((visibility("default"))) void nianbao_pdf_words_of(const char* bytes, std::size_t size,
                                                                            nianbao::pdf::document_words* out) {
  try {
    *out = nianbao::pdf::words_of(std::string_view(bytes, size));
  } catch (const std::exception& e) {  // no exception crosses the C boundary
    out->refusal = std::string("the PDF reader failed: ") + e.what();
  }
}
