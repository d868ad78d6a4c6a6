// The one place the edition grammar is instantiated.
#include "edition_actions.hpp"
#include "edition_errors.hpp"
#include "nianbao/edition.hpp"
#include "validate.hpp"

namespace nianbao::edition {

load_result load_edition(const source& text) {
  namespace pegtl = tao::pegtl;
  const std::string_view bytes = text.text();
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(bytes.data(), bytes.size(), text.name());
  language::build_state state(bytes.data());
  try {
    pegtl::parse<language::edition_file, language::action, language::control>(in, state);
  } catch (const pegtl::parse_error& e) {
    const std::size_t offset = e.positions().empty() ? 0 : e.positions().front().byte;
    return {std::nullopt, {load_error{text.name(), text.locate(offset), std::string(e.message())}}};
  }
  if (const auto problems = validate(state.result); !problems.empty()) {
    load_result refused;
    for (const validation_error& p : problems) {
      refused.errors.push_back(load_error{text.name(), text.locate(p.offset), p.message});
    }
    return refused;
  }
  state.result.file = text.name();
  state.result.text = text.text();
  return {std::move(state.result), {}};
}

}  // namespace nianbao::edition
