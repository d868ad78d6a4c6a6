#include "front_end.hpp"
#include "nianbao/grammar.hpp"

namespace nianbao::input {

read_result read_report(std::string name, std::string bytes, const load_options& options) {
  front_end_result read = read_front_end(name, std::move(bytes), options);
  if (read.error) return {std::move(name), std::nullopt, std::move(read.error)};
  grammar::parse_result parsed = grammar::parse_report(*read.text);
  if (parsed.error) return {std::move(name), std::nullopt, std::move(parsed.error)};
  return {std::move(name),
          report_input{std::move(*read.text), std::move(*parsed.document), read.format, std::move(read.findings),
                       read.tables_scrambled, std::move(read.readings), std::move(read.label_ends)},
          std::nullopt};
}

read_result read_report_file(const std::string& path, const load_options& options) {
  bytes_result read = read_bytes(path, options);
  if (read.error) return {std::move(read.name), std::nullopt, std::move(read.error)};
  return read_report(std::move(read.name), std::move(read.bytes), options);
}

}  // namespace nianbao::input
