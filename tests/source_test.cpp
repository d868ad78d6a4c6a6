#define BOOST_TEST_MODULE source
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <random>
#include <string>

using namespace std::string_literals;

#include "nianbao/source.hpp"

namespace bdata = boost::unit_test::data;
using nianbao::make_source;

namespace {

std::string refusal(const std::string& bytes, nianbao::load_options options = {}) {
  const auto result = make_source("t", bytes, options);
  BOOST_TEST_REQUIRE(!result.text.has_value());
  BOOST_TEST_REQUIRE(result.error.has_value());
  const auto& e = *result.error;
  return std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message;
}

}  // namespace

BOOST_AUTO_TEST_CASE(accepts_utf8_with_bom_and_crlf) {
  const auto result = make_source("t", "\xEF\xBB\xBF一、总体情况\r\n正文\r\n");
  BOOST_TEST_REQUIRE(result.text.has_value());
  BOOST_TEST(result.text->line_count() == 2u);
  BOOST_TEST(result.text->line_text(2) == "正文");
}

BOOST_AUTO_TEST_CASE(refuses_empty_input) { BOOST_TEST(refusal("") == "1:1 empty file: there is nothing to read"); }

BOOST_AUTO_TEST_CASE(refuses_nul_byte_with_position) {
  BOOST_TEST(refusal("一、总体情况\n正文\0x"s) == "2:3 binary data: a NUL byte cannot occur in a report text");
}

BOOST_AUTO_TEST_CASE(refuses_control_byte) {
  BOOST_TEST(refusal("ab\x1b[0m\n") == "1:3 binary data: the control byte 0x1B cannot occur in a report text");
}

BOOST_AUTO_TEST_CASE(names_the_position_of_invalid_utf8) {
  BOOST_TEST(refusal("第一行\n总体\xE9情况\n") ==
             "2:3 invalid UTF-8: byte 0xE9 does not start a valid UTF-8 sequence here");
}

BOOST_DATA_TEST_CASE(refuses_overlong_surrogate_and_truncated_sequences,
                     bdata::make({"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8", "\x80"}), bytes) {
  const std::string text =
      "一、总体情况\n正文" + std::string(bytes) + "正文继续，这一行足够长，以免被当作二进制数据。\n";
  BOOST_TEST(refusal(text).starts_with("2:3 invalid UTF-8"));
}

BOOST_AUTO_TEST_CASE(recognises_gb18030) {
  // "一、总体情况\n" in GB18030.
  BOOST_TEST(refusal("\xD2\xBB\xA1\xA2\xD7\xDC\xCC\xE5\xC7\xE9\xBF\xF6\n").find("GB18030") != std::string::npos);
}

BOOST_DATA_TEST_CASE(recognises_utf16,
                     bdata::make({std::string("\xFF\xFE\x00\x4E\x01\x30", 6), std::string("\xFE\xFF\x4E\x00", 4),
                                  std::string("\x00\x4E\x01\x30\x3B\x60\x53\x4F\x0A\x00\x63\x6B\x87\x65", 14)}),
                     bytes) {
  BOOST_TEST(refusal(bytes).find("UTF-16") != std::string::npos);
}

// ASCII letters share their values with the high bytes of ideographs in UTF-16.
BOOST_AUTO_TEST_CASE(ascii_with_a_stray_byte_is_not_taken_for_utf16) {
  const std::string text = "edition local \"a local edition\" { issued_by \"x\" }\nrecognise \"caf\xE9\"\n";
  BOOST_TEST(refusal(text) == "2:15 invalid UTF-8: byte 0xE9 does not start a valid UTF-8 sequence here");
}

// A stray NUL is not a UTF-16 high byte: UTF-16 has line ends.
BOOST_AUTO_TEST_CASE(ascii_with_a_stray_nul_is_not_taken_for_utf16) {
  const std::string text = std::string("one line of plain words and\nanother one", 40) + std::string(1, '\0') + "x\n";
  BOOST_TEST(refusal(text).find("UTF-16") == std::string::npos, refusal(text));
}

BOOST_AUTO_TEST_CASE(refuses_random_bytes_as_binary) {
  std::mt19937 random(2024);
  std::string bytes(1 << 20, '\0');
  for (char& c : bytes) c = static_cast<char>(random());
  BOOST_TEST(refusal(bytes).find("not a text file") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_input_over_the_limit) {
  BOOST_TEST(refusal("一、总体情况\n", {5}).find("larger than the limit of 5 bytes") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(columns_count_characters_and_display_cells) {
  const auto result = make_source("t", "一、总体\n\t0 项\n");
  const nianbao::source& src = *result.text;
  const auto after_two = src.locate(6);  // after 一、
  BOOST_TEST(after_two.line == 1u);
  BOOST_TEST(after_two.column == 3u);
  BOOST_TEST(after_two.display_column == 5u);
  const auto after_tab = src.locate(src.text().find('0'));
  BOOST_TEST(after_tab.line == 2u);
  BOOST_TEST(after_tab.column == 2u);
  BOOST_TEST(after_tab.display_column == 9u);
}

BOOST_AUTO_TEST_CASE(display_width_of_wide_and_narrow_characters) {
  BOOST_TEST(nianbao::display_width(U'a') == 1u);
  BOOST_TEST(nianbao::display_width(U'总') == 2u);
  BOOST_TEST(nianbao::display_width(U'（') == 2u);
  BOOST_TEST(nianbao::display_width(U'\u3000') == 2u);
  BOOST_TEST(nianbao::display_width(U'\u00A0') == 1u);
}
