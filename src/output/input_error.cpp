#include "nianbao/output.hpp"

namespace nianbao::output {

void write_input_error(std::ostream& out, const std::string& file, const input_error& error) {
  out << file << ':' << error.where.line << ':' << error.where.column << ": error: " << error.message << '\n';
}

}  // namespace nianbao::output
