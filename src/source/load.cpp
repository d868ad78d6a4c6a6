// Refusing what is not a UTF-8 text, with a position and, where it can tell, what the input is.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iostream>

#include "nianbao/core/utf8.hpp"
#include "nianbao/source.hpp"
#include "other_formats.hpp"

namespace nianbao {

namespace {

// Word-to-text extractors emit TAB, line ends and sometimes form feeds or vertical tabs for page
// and manual line breaks; any other C0 byte means the input is not a text.
constexpr bool is_text_control(unsigned char b) noexcept {
  return b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
}

std::optional<std::string> utf16_bom(std::string_view bytes) {
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) return "UTF-16LE (it starts with the byte-order mark FF FE)";
    if (b0 == 0xFE && b1 == 0xFF) return "UTF-16BE (it starts with the byte-order mark FE FF)";
  }
  return std::nullopt;
}

// UTF-16 without a BOM: nearly every code unit is ASCII or Chinese text, by its high byte.
std::optional<std::string> utf16_without_bom(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 8) return std::nullopt;
  // ASCII, general punctuation (“”), CJK punctuation (、。), CJK ideographs, full-width forms.
  const auto plausible = [](unsigned char high) {
    return high == 0x00 || high == 0x20 || high == 0x30 || (high >= 0x4E && high <= 0x9F) || high == 0xFF;
  };
  // ASCII letters look like ideographs' high bytes (0x4E..0x9F): ASCII text with a stray byte
  // passed for UTF-16. A report in UTF-16 has line ends, U+000A, within its first 2,048 characters.
  std::size_t little = 0, big = 0;
  bool little_line_end = false, big_line_end = false;
  for (std::size_t i = 0; i < n; i += 2) {
    little += plausible(static_cast<unsigned char>(bytes[i + 1]));
    big += plausible(static_cast<unsigned char>(bytes[i]));
    little_line_end = little_line_end || (bytes[i] == '\n' && bytes[i + 1] == '\0');
    big_line_end = big_line_end || (bytes[i] == '\0' && bytes[i + 1] == '\n');
  }
  const std::size_t units = n / 2;
  if (little * 10 >= units * 9 && little > big && little_line_end) return "UTF-16LE (without a byte-order mark)";
  if (big * 10 >= units * 9 && big > little && big_line_end) return "UTF-16BE (without a byte-order mark)";
  return std::nullopt;
}

// Much of it is neither text nor any text encoding: an image, an archive, random bytes. Too
// short an input says too little; its first bad byte is reported as it is.
bool looks_binary(std::string_view bytes) {
  constexpr std::size_t enough_to_judge = 64;
  const std::string_view head = bytes.substr(0, 4096);
  if (head.size() < enough_to_judge) return false;
  std::size_t bad = 0;
  for (std::size_t i = 0; i < head.size();) {
    const auto byte = static_cast<unsigned char>(head[i]);
    const bool invalid = utf8::decode(head, i) == utf8::invalid;
    bad += invalid || (byte < 0x20 && !is_text_control(byte));
  }
  return bad * 10 >= head.size();
}

// True when the bytes decode as GB18030 (which includes GBK and GB2312) and contain multi-byte
// characters: the usual encoding of Chinese government pages and files that are not UTF-8.
bool looks_like_gb18030(std::string_view bytes) {
  std::size_t multibyte = 0;
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  for (std::size_t i = 0; i < bytes.size();) {
    const unsigned char lead = b(i);
    if (lead < 0x80) {
      if (lead < 0x20 && !is_text_control(lead)) return false;
      ++i;
      continue;
    }
    if (lead == 0x80 || lead == 0xFF || i + 1 >= bytes.size()) return false;
    const unsigned char second = b(i + 1);
    if ((second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE)) {
      i += 2;
    } else if (second >= 0x30 && second <= 0x39 && i + 3 < bytes.size() && b(i + 2) >= 0x81 && b(i + 2) <= 0xFE &&
               b(i + 3) >= 0x30 && b(i + 3) <= 0x39) {
      i += 4;
    } else {
      return false;
    }
    ++multibyte;
  }
  return multibyte > 0;
}

load_result refuse(std::string name, std::string bytes, std::size_t offset, std::string message) {
  const source raw(std::move(name), std::move(bytes));
  return {std::nullopt, input_error{std::move(message), raw.locate(offset)}};
}

}  // namespace

namespace {

// What a byte can be taken as without the general decoder: what reports are made of, printable
// ASCII, the line end and the other text controls (a TAB opens every table cell), and the leads
// of the three-byte characters of Chinese text that need no range check of the next byte.
enum class byte_class : unsigned char { other, text, three_byte_lead };

constexpr std::array<byte_class, 256> byte_classes = [] {
  std::array<byte_class, 256> classes{};
  for (int b = 0; b < 0x7F; ++b) classes[b] = b >= 0x20 || is_text_control(b) ? byte_class::text : byte_class::other;
  for (int b = 0xE1; b <= 0xEC; ++b) classes[b] = byte_class::three_byte_lead;
  classes[0xEE] = classes[0xEF] = byte_class::three_byte_lead;
  return classes;
}();

// The first byte that makes `text` not a UTF-8 text, and what it is.
std::optional<std::pair<std::size_t, std::string>> first_non_text(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    const byte_class c = byte_classes[bytes[i]];
    if (c == byte_class::text) {
      ++i;
      continue;
    }
    if (c == byte_class::three_byte_lead && i + 2 < size && (bytes[i + 1] & 0xC0) == 0x80 &&
        (bytes[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const std::size_t at = i;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 && !is_text_control(byte)) {
      return std::pair{
          at, "binary data: " + (byte == 0 ? std::string("a NUL byte") : "the control byte " + utf8::hex_byte(byte)) +
                  " cannot occur in a report text"};
    }
    if (utf8::decode(text, i) == utf8::invalid) {
      return std::pair{at,
                       "invalid UTF-8: byte " + utf8::hex_byte(byte) + " does not start a valid UTF-8 sequence here"};
    }
  }
  return std::nullopt;
}

}  // namespace

load_result make_source(std::string name, std::string bytes, const load_options& options) {
  if (auto too_big = check_size(bytes.size(), options)) return {std::nullopt, std::move(too_big)};
  if (bytes.empty()) return {std::nullopt, input_error{"empty file: there is nothing to read", location{}}};
  const auto not_utf8 = [](const std::string& what, const char* from) {
    return input_error{"the file looks like " + what + ", not UTF-8; convert it first (iconv -f " + from + " -t UTF-8)",
                       location{}};
  };
  if (auto utf16 = utf16_bom(bytes)) return {std::nullopt, not_utf8(*utf16, utf16->substr(0, 8).c_str())};
  auto problem = first_non_text(bytes);
  if (!problem && bytes.find('\n') == std::string::npos && bytes.find('\r') != std::string::npos) {
    return {std::nullopt,
            input_error{"the lines end in CR alone (old Mac line ends); convert them to LF first (tr '\\r' '\\n')",
                        location{}}};
  }
  if (!problem) return {source(std::move(name), std::move(bytes)), std::nullopt};
  if (auto document = binary_document_format(bytes)) {
    return refuse(std::move(name), std::move(bytes), document->offset, std::move(document->message));
  }
  if (auto utf16 = utf16_without_bom(bytes)) return {std::nullopt, not_utf8(*utf16, utf16->substr(0, 8).c_str())};
  if (looks_like_gb18030(bytes)) return {std::nullopt, not_utf8("GB18030/GBK-encoded Chinese text", "GB18030")};
  if (looks_binary(bytes)) problem->second = "not a text file: " + problem->second;
  return refuse(std::move(name), std::move(bytes), problem->first, std::move(problem->second));
}

std::optional<input_error> check_size(std::size_t size, const load_options& options) {
  if (size <= options.max_bytes) return std::nullopt;
  return input_error{
      "input is larger than the limit of " + std::to_string(options.max_bytes) + " bytes (raise it with --max-bytes)",
      location{}};
}

namespace {

// A file read in as few system calls as it can be: its size known from fstat, the text read
// straight into its string of that size (a system call costs here what reading a report's bytes
// costs, and a run reads thousands of files), at most one byte past the limit, so that a huge
// input is refused without reading it all.
bytes_result read_file(const std::string& path, const load_options& options) {
  bytes_result result{path, {}, std::nullopt};
  const auto fail = [&](std::string message) {
    result.error = input_error{std::move(message), location{}};
    return result;
  };
  struct descriptor {
    int fd;
    explicit descriptor(int opened) : fd(opened) {}
    descriptor(const descriptor&) = delete;
    descriptor& operator=(const descriptor&) = delete;
    ~descriptor() {
      if (fd >= 0) ::close(fd);
    }
  };
  const descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  const int fd = file.fd;
  if (fd < 0) return fail(std::string("cannot open file: ") + std::strerror(errno));
  struct stat info {};
  const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  if (!regular && S_ISDIR(info.st_mode)) return fail("is a directory, not a file");
  const std::size_t limit = options.max_bytes == SIZE_MAX ? SIZE_MAX : options.max_bytes + 1;
  if (regular && static_cast<std::size_t>(info.st_size) > options.max_bytes) {
    return fail("input is " + std::to_string(info.st_size) + " bytes, larger than the limit of " +
                std::to_string(options.max_bytes) + " (raise it with --max-bytes)");
  }
  // Room for the whole file and one byte more. Read until read says the end: a read may give
  // less than asked before it (2 GiB at most at once; /proc files, whose size says 0; network
  // file systems).
  const bool sized = regular && info.st_size > 0;
  std::size_t room = std::min(limit, sized ? static_cast<std::size_t>(info.st_size) + 1 : std::size_t{1} << 16);
  std::string& bytes = result.bytes;
  std::size_t got = 0;
  for (;;) {
    bytes.resize(room);
    const ssize_t n = ::read(fd, bytes.data() + got, room - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail("read error: " + std::string(std::strerror(errno)));
    got += static_cast<std::size_t>(n);
    if (n == 0 || got >= limit) break;
    if (got == room) room = std::min(limit, room * 2);
  }
  bytes.resize(got);
  return result;
}

bytes_result read_stdin(const load_options& options) {
  bytes_result result{"<stdin>", {}, std::nullopt};
  // At most one byte past the limit, as a file.
  char buffer[1 << 16];
  while (std::cin && result.bytes.size() <= options.max_bytes) {
    std::cin.read(buffer, sizeof buffer);
    result.bytes.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
  }
  if (std::cin.bad()) result.error = input_error{"read error", location{}};
  return result;
}

}  // namespace

bytes_result read_bytes(const std::string& path, const load_options& options) {
  return path == "-" ? read_stdin(options) : read_file(path, options);
}

load_result load_source(const std::string& path, const load_options& options) {
  bytes_result read = read_bytes(path, options);
  if (read.error) return {std::nullopt, std::move(read.error)};
  return make_source(std::move(read.name), std::move(read.bytes), options);
}

}  // namespace nianbao
