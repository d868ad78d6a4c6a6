#include "charset.hpp"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>

#include "ascii.hpp"
#include "nianbao/core/utf8.hpp"

namespace nianbao::html {

namespace {

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct attribute {
  std::string name;
  std::string value;
};

// The attributes of the tag whose name ends at `i`, up to its `>`; `i` ends after it.
std::vector<attribute> read_attributes(std::string_view text, std::size_t& i) {
  std::vector<attribute> out;
  while (i < text.size() && text[i] != '>') {
    while (i < text.size() && (is_space(text[i]) || text[i] == '/')) ++i;
    const std::size_t name_begin = i;
    while (i < text.size() && !is_space(text[i]) && text[i] != '=' && text[i] != '>' && text[i] != '/') ++i;
    attribute a{ascii_lowered(text.substr(name_begin, i - name_begin)), {}};
    while (i < text.size() && is_space(text[i])) ++i;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && is_space(text[i])) ++i;
      if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
        const char quote = text[i++];
        const std::size_t end = std::min(text.find(quote, i), text.size());
        a.value = text.substr(i, end - i);
        i = std::min(end + 1, text.size());
      } else {
        const std::size_t begin = i;
        while (i < text.size() && !is_space(text[i]) && text[i] != '>') ++i;
        a.value = text.substr(begin, i - begin);
      }
    }
    if (!a.name.empty()) out.push_back(std::move(a));
  }
  return out;
}

// `text/html; charset=gb2312` → gb2312.
std::string charset_parameter(std::string_view content) {
  const std::string lower_content = ascii_lowered(content);
  const std::size_t at = lower_content.find("charset");
  if (at == std::string::npos) return {};
  std::size_t i = at + 7;
  while (i < content.size() && is_space(content[i])) ++i;
  if (i >= content.size() || content[i] != '=') return {};
  ++i;
  while (i < content.size() && (is_space(content[i]) || content[i] == '"' || content[i] == '\'')) ++i;
  const std::size_t begin = i;
  while (i < content.size() && !is_space(content[i]) && content[i] != ';' && content[i] != '"' && content[i] != '\'')
    ++i;
  return std::string(content.substr(begin, i - begin));
}

struct conversion {
  std::string utf8;
  std::optional<std::size_t> failed_at;  // the first byte that does not decode
};

// iconv, which glibc has for every charset a Chinese page uses; nullopt for a name it lacks.
std::optional<conversion> convert(std::string_view bytes, const char* from) {
  iconv_t cd = iconv_open("UTF-8", from);
  // NOLINTNEXTLINE(performance-no-int-to-ptr): (iconv_t)-1 is iconv's own failure value
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  conversion result;
  result.utf8.resize(bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());  // iconv's signature predates const
  std::size_t in_left = bytes.size();
  std::size_t written = 0;
  while (in_left > 0) {
    char* out = result.utf8.data() + written;
    std::size_t out_left = result.utf8.size() - written;
    const std::size_t status = iconv(cd, &in, &in_left, &out, &out_left);
    written = result.utf8.size() - out_left;
    if (status != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      result.utf8.resize(result.utf8.size() * 2);
      continue;
    }
    result.failed_at = static_cast<std::size_t>(in - bytes.data());
    break;
  }
  iconv_close(cd);
  result.utf8.resize(written);
  return result;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t at = i;
    if (utf8::decode(bytes, i) == utf8::invalid) return at;
  }
  return std::nullopt;
}

// The iconv name for a charset label, after the WHATWG Encoding standard's label table for the
// charsets Chinese pages declare: gb2312 and gbk pages are decoded as GB18030, their superset,
// and a page that says UTF-16 in a <meta> is, as browsers decide, UTF-8.
std::string encoding_named(std::string_view label) {
  const std::string name = ascii_lowered(label);
  static constexpr std::array utf8_labels{"utf-8",    "utf8",    "unicode-1-1-utf-8", "utf-16",         "utf-16le",
                                          "utf-16be", "unicode", "unicodefffe",       "x-unicode20utf8"};
  static constexpr std::array gb_labels{"gb2312",  "gbk",         "gb18030",         "gb_2312",   "gb_2312-80",
                                        "chinese", "csgb2312",    "csiso58gb231280", "iso-ir-58", "x-gbk",
                                        "cp936",   "windows-936", "ms936",           "euc-cn"};
  if (std::find(utf8_labels.begin(), utf8_labels.end(), name) != utf8_labels.end()) return "UTF-8";
  if (std::find(gb_labels.begin(), gb_labels.end(), name) != gb_labels.end()) return "GB18030";
  if (name == "big5" || name == "big5-hkscs" || name == "cn-big5" || name == "x-x-big5") return "BIG5-HKSCS";
  return std::string(label);
}

bool known_encoding(const std::string& name) { return !name.empty() && convert("", name.c_str()).has_value(); }

bool is_chinese_or_unicode(std::string_view encoding) {
  return encoding == "UTF-8" || encoding == "GB18030" || encoding == "BIG5-HKSCS";
}

}  // namespace

std::optional<std::string> decoded_as(std::string_view bytes, const std::string& encoding) {
  if (encoding == "UTF-8") {
    if (first_invalid_utf8(bytes)) return std::nullopt;
    return std::string(bytes);
  }
  auto converted = convert(bytes, encoding.c_str());
  if (!converted || converted->failed_at) return std::nullopt;
  return std::move(converted->utf8);
}

std::optional<charset_declaration> declared_charset(std::string_view bytes) {
  // Browsers look in the first 1024 bytes; CMS pages put scripts and styles first, so look further.
  const std::string_view head = bytes.substr(0, std::size_t{64} * 1024);
  for (std::size_t i = head.find('<'); i != std::string_view::npos; i = head.find('<', i)) {
    if (head.compare(i, 4, "<!--") == 0) {
      const std::size_t end = head.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const std::size_t tag = i;
    if (matches_at(head, i, "</head") || matches_at(head, i, "<body")) break;
    if (!matches_at(head, i, "<meta") || i + 5 >= head.size() || !(is_space(head[i + 5]) || head[i + 5] == '/')) {
      ++i;
      continue;
    }
    i += 5;
    std::string charset, http_equiv, content;
    for (attribute& a : read_attributes(head, i)) {
      if (a.name == "charset")
        charset = std::move(a.value);
      else if (a.name == "http-equiv")
        http_equiv = ascii_lowered(a.value);
      else if (a.name == "content")
        content = std::move(a.value);
    }
    if (charset.empty() && http_equiv == "content-type") charset = charset_parameter(content);
    if (charset.empty()) continue;
    // A label is ASCII; other bytes in it would carry the page's undecoded bytes into messages.
    for (char& c : charset)
      if (c < 0x21 || c > 0x7E) c = '?';
    return charset_declaration{charset, tag};
  }
  return std::nullopt;
}

decoded_page decode_page(std::string_view bytes) {
  decoded_page page;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    page.encoding = "UTF-8";
    page.undecodable_at = first_invalid_utf8(bytes);
    if (!page.undecodable_at) page.utf8 = bytes;
    return page;
  }
  const bool little = bytes.starts_with("\xFF\xFE");
  if (little || bytes.starts_with("\xFE\xFF")) {
    page.encoding = little ? "UTF-16LE" : "UTF-16BE";
    const auto converted = convert(bytes.substr(2), page.encoding.c_str());
    if (converted->failed_at) {
      page.undecodable_at = *converted->failed_at + 2;
    } else {
      page.utf8 = converted->utf8;
    }
    return page;
  }

  page.declared = declared_charset(bytes);
  const std::string declared = page.declared ? encoding_named(page.declared->label) : std::string();
  const auto invalid_utf8 = first_invalid_utf8(bytes);
  const bool ascii =
      std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const auto say = [&](std::string read_as) {
    page.encoding = std::move(read_as);
    if (!page.declared) {
      if (!ascii) page.complaint = "the page declares no charset; its bytes read as " + page.encoding;
      return;
    }
    if (!known_encoding(declared)) {
      page.complaint =
          "the page declares the unknown charset `" + page.declared->label + "`; its bytes read as " + page.encoding;
      page.declaration_wrong = true;
    } else if (declared != page.encoding && !ascii) {
      page.complaint = "the page declares charset `" + page.declared->label + "`, but its bytes are " + page.encoding;
      page.declaration_wrong = true;
    }
  };

  // Valid UTF-8 with any non-ASCII byte is UTF-8 whatever the page says: text in GBK, read as
  // UTF-8, fails within a few characters.
  if (!invalid_utf8) {
    say(ascii && known_encoding(declared) ? declared : "UTF-8");
    page.utf8 = bytes;
    return page;
  }
  // A report is Chinese text: a page that declares a Western charset but has GB18030 bytes is in
  // GB18030, and one that declares UTF-8 but is not valid UTF-8 most often is too.
  std::vector<std::string> tries;
  if (is_chinese_or_unicode(declared) && declared != "UTF-8") tries.push_back(declared);
  tries.push_back("GB18030");
  if (!declared.empty() && !is_chinese_or_unicode(declared)) tries.push_back(declared);
  for (const std::string& encoding : tries) {
    auto converted = convert(bytes, encoding.c_str());
    if (!converted) continue;
    if (!converted->failed_at) {
      say(encoding);
      page.utf8 = std::move(converted->utf8);
      return page;
    }
    if (!page.undecodable_at) {
      page.undecodable_at = converted->failed_at;
      page.encoding = encoding;
    }
  }
  if (declared == "UTF-8" || declared.empty()) {
    page.undecodable_at = invalid_utf8;
    page.encoding = "UTF-8";
  }
  return page;
}

}  // namespace nianbao::html
