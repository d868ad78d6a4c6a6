#include <openssl/crypto.h>
#include <sqlite3.h>

#include "nianbao/corpus.hpp"

namespace nianbao::corpus {

std::vector<std::pair<std::string, std::string>> library_versions() {
  return {{"SQLite", sqlite3_libversion()}, {"OpenSSL", OpenSSL_version(OPENSSL_VERSION_STRING)}};
}

}  // namespace nianbao::corpus
