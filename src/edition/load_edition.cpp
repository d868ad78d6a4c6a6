// The one place the edition grammar is instantiated.
#include "edition_actions.hpp"
#include "edition_errors.hpp"
#include "nianbao/edition.hpp"
#include "validate.hpp"
#include "variant_actions.hpp"

namespace nianbao::edition {

load_result load_edition(const source& text, const std::vector<definition>& known) {
  namespace pegtl = tao::pegtl;
  const std::string_view bytes = text.text();
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(bytes.data(), bytes.size(), text.name());
  language::build_state state(bytes.data(), known);
  const auto refused = [&](const std::vector<validation_error>& problems) {
    load_result result;
    for (const validation_error& p : problems) {
      result.errors.push_back(load_error{text.name(), text.locate(p.offset), p.message});
    }
    result.id = state.result.id;
    return result;
  };
  try {
    pegtl::parse<language::edition_file, language::action, language::control>(in, state);
  } catch (const pegtl::parse_error& e) {
    const std::size_t offset = e.positions().empty() ? 0 : e.positions().front().byte;
    load_result result = refused({{offset, std::string(e.message())}});
    result.missing_base = state.missing_base;
    return result;
  }
  if (const auto problems = variant::check_removals(state.result, state.removals); !problems.empty()) {
    return refused(problems);
  }
  if (const auto problems = validate(state.result); !problems.empty()) return refused(problems);
  state.result.file = text.name();
  state.result.text = text.text();
  return {std::move(state.result), {}, {}, {}};
}

load_result load_edition(const source& text) { return load_edition(text, builtin_editions()); }

}  // namespace nianbao::edition
