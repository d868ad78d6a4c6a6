// For the tests that run the command line itself: the program under test (`-- --nianbao PATH`)
// and a shell command's exit status.
#pragma once

#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <string>
#include <string_view>

namespace nianbao::test {

inline std::string nianbao_program() {
  const auto& suite = boost::unit_test::framework::master_test_suite();
  for (int i = 1; i + 1 < suite.argc; ++i) {
    if (std::string_view(suite.argv[i]) == "--nianbao") return suite.argv[i + 1];
  }
  BOOST_FAIL("the test needs --nianbao PATH");
  return {};
}

// Runs a shell command line, returning its exit status.
inline int run(const std::string& command) {
  const int status = std::system(command.c_str());
  BOOST_TEST_REQUIRE(WIFEXITED(status), "`" << command << "` did not exit");
  return WEXITSTATUS(status);
}

}  // namespace nianbao::test
