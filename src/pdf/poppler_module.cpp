// The entry of the module nianbao-poppler, which the command loads when it first reads a PDF
// (poppler_on_demand.cpp): words_of, linked to poppler here, behind C symbols that dlsym can
// find. C++ types pass through them, so the command takes only a module of its own build: the
// tag names the version and the layout of what passes. An exception passes as it would through
// any call (the same compiler and C++ library on both sides).
#include "words.hpp"

extern "C" __attribute__((visibility("default"))) const char* nianbao_pdf_module_tag() {
  return NIANBAO_PDF_MODULE_TAG;
}

extern "C" __attribute__((visibility("default"))) void nianbao_pdf_words_of(const char* bytes, std::size_t size,
                                                                            nianbao::pdf::document_words* out) {
  *out = nianbao::pdf::words_of(std::string_view(bytes, size));
}
