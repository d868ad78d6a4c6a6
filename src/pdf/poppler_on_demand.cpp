// words_of for the command: poppler, and the some twenty libraries it brings (NSS, lcms2,
// OpenJPEG, libtiff, fontconfig …), are loaded when the first PDF is read, not at every start.
// Loading them took most of the command's start (about 11 of 24 ms here), paid by every run and
// every file checked alone, though nearly every report read is text, a page or a Word file. The
// module nianbao-poppler (poppler_module.cpp) is looked for beside the program, where the build
// puts it, then where the package installs it, relative to the program.
#include <dlfcn.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "words.hpp"

namespace nianbao::pdf {

namespace {

using entry_point = void (*)(const char*, std::size_t, document_words*);

struct loaded_module {
  entry_point words_of = nullptr;
  std::string error;  // why there is none
};

loaded_module load() {
  // Beside the program, never in the working directory: without /proc there is no module.
  std::error_code ec;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {nullptr, "the program's own place is unknown (/proc/self/exe: " + ec.message() + ")"};
  const std::filesystem::path here = program.parent_path();
  std::string tried;
  for (const std::filesystem::path& dir : {here, here / NIANBAO_MODULE_DIR_FROM_PROGRAM}) {
    const std::filesystem::path file = (dir / "nianbao-poppler.so").lexically_normal();
    if (!std::filesystem::exists(file, ec)) {
      tried += (tried.empty() ? "" : ", ") + file.string();
      continue;
    }
    void* module = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (module == nullptr) return {nullptr, dlerror()};
    auto* tag = reinterpret_cast<const char* (*)()>(dlsym(module, "nianbao_pdf_module_tag"));
    auto* words = reinterpret_cast<entry_point>(dlsym(module, "nianbao_pdf_words_of"));
    if (tag == nullptr || words == nullptr) return {nullptr, file.string() + " is not nianbao's PDF module"};
    if (std::string_view(tag()) != NIANBAO_PDF_MODULE_TAG) {
      return {nullptr, file.string() + " is of another build (" + tag() + ", not " + NIANBAO_PDF_MODULE_TAG + ")"};
    }
    return {words, {}};
  }
  return {nullptr, "nianbao-poppler.so is in none of " + tried};
}

}  // namespace

document_words words_of(std::string_view bytes) {
  static const loaded_module module = load();  // once, whichever thread reads the first PDF
  document_words out;
  if (module.words_of == nullptr) {
    out.refusal = "PDF reading is not installed: " + module.error;
    return out;
  }
  module.words_of(bytes.data(), bytes.size(), &out);
  return out;
}

}  // namespace nianbao::pdf
