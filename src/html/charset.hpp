// The charset stage of the HTML front end: the bytes of a page, decoded to UTF-8 before the HTML
// parser sees them. Pages declare their charset in a <meta>, often GB2312/GBK, sometimes wrongly,
// sometimes not at all; the bytes decide, and a declaration they contradict is reported.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao::html {

// What the page says of its charset.
struct charset_declaration {
  std::string label;       // as written: gb2312, UTF-8 …
  std::size_t offset = 0;  // the <meta> that says it, in the page's bytes
};

struct decoded_page {
  std::string utf8;
  std::string encoding;  // what the bytes were read as: UTF-8, GB18030, UTF-16LE …
  std::optional<charset_declaration> declared;
  // Set when the declaration is missing, unknown or contradicted by the bytes: what was done.
  std::optional<std::string> complaint;
  bool declaration_wrong = false;  // the complaint is about a declaration the bytes contradict
  // Where the decoding of the page's bytes, as read, would have failed; with no decoding that
  // works, the page is refused there.
  std::optional<std::size_t> undecodable_at;
};

// The charset a <meta charset> or <meta http-equiv=Content-Type> near the top declares.
std::optional<charset_declaration> declared_charset(std::string_view bytes);

// The bytes as UTF-8, read in `encoding` (an iconv name); nullopt if they do not decode.
std::optional<std::string> decoded_as(std::string_view bytes, const std::string& encoding);

// Decodes a page: a byte-order mark first, then the declared charset if the bytes bear it out,
// then UTF-8, then GB18030 (which includes GBK and GB2312). `utf8` is empty and `undecodable_at`
// set when none fits.
decoded_page decode_page(std::string_view bytes);

}  // namespace nianbao::html
