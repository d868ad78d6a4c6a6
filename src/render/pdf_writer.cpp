#include "pdf_writer.hpp"

#include <cstdio>

#include "nianbao/core/utf8.hpp"
#include "text_measure.hpp"

namespace nianbao::render {

namespace {

// The codes a two-byte font can give, less the one for "none".
constexpr unsigned last_code = 0xFFFF;

std::string number(double v) {
  char out[32];
  std::snprintf(out, sizeof out, "%.2f", v);
  return out;
}

std::string hex4(unsigned v) {
  char out[8];
  std::snprintf(out, sizeof out, "%04X", v);
  return out;
}

// The character as UTF-16 code units in hex, as a ToUnicode map writes it.
std::string utf16_hex(char32_t c) {
  if (c < 0x10000) return hex4(c);
  c -= 0x10000;
  return hex4(0xD800 + (c >> 10)) + hex4(0xDC00 + (c & 0x3FF));
}

std::string stream(const std::string& content) {
  return "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream";
}

std::string to_unicode(const std::vector<char32_t>& characters) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // A map gives at most 100 characters a block.
  for (std::size_t first = 0; first < characters.size(); first += 100) {
    const std::size_t n = std::min<std::size_t>(100, characters.size() - first);
    out += std::to_string(n) + " beginbfchar\n";
    for (std::size_t k = first; k < first + n; ++k)
      out += "<" + hex4(static_cast<unsigned>(k + 1)) + "> <" + utf16_hex(characters[k]) + ">\n";
    out += "endbfchar\n";
  }
  return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";
}

std::string widths(const std::vector<char32_t>& characters) {
  std::string out = "[1 [";
  for (const char32_t c : characters) out += std::to_string(advance(c)) + " ";
  return out + "]]";
}

}  // namespace

std::size_t pdf_writer::new_page() {
  pages_.emplace_back("0.5 w\n");
  turns_.push_back(0);
  return pages_.size() - 1;
}

std::string pdf_writer::code_of(char32_t c) {
  auto it = codes_.find(c);
  if (it == codes_.end()) {
    // Past the last code a character is drawn as the replacement character: a file of more than
    // 65,534 different characters is no report.
    if (characters_.size() >= last_code - 1) return c == U'\uFFFD' ? "0000" : code_of(U'\uFFFD');
    characters_.push_back(c);
    it = codes_.emplace(c, static_cast<unsigned>(characters_.size())).first;
  }
  return hex4(it->second);
}

void pdf_writer::text(std::size_t page, double x, double baseline, double size, std::string_view text) {
  std::string codes;
  for (std::size_t i = 0; i < text.size();) codes += code_of(utf8::decode(text, i));
  if (codes.empty()) return;
  pages_[page] += "BT /F1 " + number(size) + " Tf 1 0 0 1 " + number(x) + " " + number(height_ - baseline) + " Tm <" +
                  codes + "> Tj ET\n";
}

void pdf_writer::rule(std::size_t page, double x, double y, double w, double h) {
  pages_[page] += number(x) + " " + number(height_ - y - h) + " " + number(w) + " " + number(h) + " re S\n";
}

std::string pdf_writer::finish() const {
  // Objects 1–6 are the catalogue, the page tree and the font; each page is two more.
  const std::string font = "/SimSun";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "",
      "<< /Type /Font /Subtype /Type0 /BaseFont " + font +
          " /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + font +
          " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R"
          " /DW 1000 /W " +
          widths(characters_) + " /CIDToGIDMap /Identity >>",
      "<< /Type /FontDescriptor /FontName " + font +
          " /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683"
          " /StemV 80 >>",
      stream(to_unicode(characters_))};
  std::string kids;
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    const std::size_t page = objects.size() + 1;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(width_) + " " + number(height_) +
                      "] /Rotate " + std::to_string(turns_[p]) + " /Contents " + std::to_string(page + 1) +
                      " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    objects.push_back(stream(pages_[p]));
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages_.size()) + " >>";

  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t k = 0; k < objects.size(); ++k) {
    offsets.push_back(out.size());
    out += std::to_string(k + 1) + " 0 obj\n" + objects[k] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += entry;
  }
  return out + "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
}

}  // namespace nianbao::render
