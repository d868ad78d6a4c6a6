#include "package.hpp"

#include <zip.h>

#include <vector>

namespace nianbao::docx {

namespace {

std::string error_text(zip_error_t* error) {
  std::string text = zip_error_strerror(error);
  zip_error_fini(error);
  return text;
}

struct file_closer {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

std::pair<std::unique_ptr<package>, std::string> package::open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return {nullptr, error_text(&error)};
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    return {nullptr, error_text(&error)};
  }
  zip_error_fini(&error);
  return {std::unique_ptr<package>(new package(archive)), std::string()};
}

package::~package() { zip_discard(archive_); }

part_result package::read(const std::string& name, std::size_t limit) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return {};
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0)
    return {std::nullopt, zip_strerror(archive_)};
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE)
    return {std::nullopt, name + " is encrypted"};
  const auto over = [&](const std::string& size) {
    return name + " unpacks to " + size + " bytes, over the limit of " + std::to_string(limit) +
           " (raise it with --max-bytes)";
  };
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limit) return {std::nullopt, over(std::to_string(stat.size))};
  const std::unique_ptr<zip_file_t, file_closer> file(zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0));
  if (!file) return {std::nullopt, name + ": " + zip_strerror(archive_)};
  std::string out;
  std::vector<char> buffer(std::size_t{1} << 16);
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) return {std::nullopt, name + ": " + zip_file_strerror(file.get())};
    if (got == 0) break;
    out.append(buffer.data(), static_cast<std::size_t>(got));
    if (out.size() > limit) return {std::nullopt, over("more than " + std::to_string(limit))};  // its header said less
  }
  return {std::move(out), std::nullopt};
}

}  // namespace nianbao::docx
