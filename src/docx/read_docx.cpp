// The Word front end's stages in order: the package, the main document part and the parts it
// relates (numbering, styles), the body as lines and tables, the text layout.
#include <zip.h>
#include <pugixml.hpp>

#include "body.hpp"
#include "nianbao/docx.hpp"
#include "nianbao/layout.hpp"
#include "numbering.hpp"
#include "package.hpp"
#include "xml.hpp"

namespace nianbao::docx {

namespace {

constexpr std::string_view main_document_type = "/officeDocument";

struct part_xml {
  pugi::xml_document xml;
  std::optional<std::string> problem;
  bool present = false;
};

// A part parsed; `problem` says why it is not there to read. Whitespace-only text is kept where it
// is all an element holds (a run's lone space).
void parse_part(const package& pkg, const std::string& name, std::size_t limit, part_xml& out) {
  part_result part = pkg.read(name, limit);
  if (part.problem) {
    out.problem = std::move(part.problem);
    return;
  }
  if (!part.bytes) return;
  out.present = true;
  const pugi::xml_parse_result parsed = out.xml.load_buffer(
      part.bytes->data(), part.bytes->size(), pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_auto);
  if (!parsed) {
    out.problem =
        name + " is not well-formed XML at byte " + std::to_string(parsed.offset) + ": " + parsed.description();
  }
}

// A relationship's target as the name of a part in the archive: relative to the folder of the
// part that relates it unless it starts with `/`, `.` and `..` resolved, `%20` and the like decoded
// (package part names are URIs).
std::string part_name(std::string_view folder, std::string_view target) {
  std::string path =
      target.starts_with('/') ? std::string(target.substr(1)) : std::string(folder) + std::string(target);
  std::string decoded;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto hex = [&](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    if (path[i] == '%' && i + 2 < path.size() && hex(path[i + 1]) && hex(path[i + 2])) {
      decoded += static_cast<char>(std::stoi(path.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      decoded += path[i];
    }
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= decoded.size()) {
    const std::size_t slash = std::min(decoded.find('/', start), decoded.size());
    const std::string segment = decoded.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& segment : segments) out += (out.empty() ? "" : "/") + segment;
  return out;
}

// The target of the first relationship of `type` in a relationships part, as a part name.
std::optional<std::string> related(const pugi::xml_document& rels, std::string_view type, std::string_view folder) {
  for (pugi::xml_node r = rels.document_element().first_child(); r; r = r.next_sibling()) {
    const auto t = attribute(r, "Type");
    const auto target = attribute(r, "Target");
    if (local_name(r) != "Relationship" || !t || !target || !t->ends_with(type)) continue;
    return part_name(folder, *target);
  }
  return std::nullopt;
}

std::string folder_of(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

docx_result refused(std::string message) { return {std::nullopt, {}, input_error{std::move(message), location{}}}; }

finding part_note(const std::string& problem, const std::string& consequence) {
  finding f;
  f.id = "DOCX-PART";
  f.level = severity::warning;
  f.message = problem + "; " + consequence;
  return f;
}

}  // namespace

bool looks_like_zip(std::string_view bytes) noexcept {
  return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06");
}

docx_result read_docx(const std::string& name, std::string_view bytes, const load_options& options) {
  const auto [pkg, opened] = package::open(bytes);
  if (!pkg)
    return refused("a ZIP archive (as a .docx file is) that cannot be read: " + opened +
                   "; the file is damaged or truncated");
  const std::size_t limit = options.max_bytes;

  std::string main = "word/document.xml";
  part_xml package_rels;
  parse_part(*pkg, "_rels/.rels", limit, package_rels);
  if (package_rels.present && !package_rels.problem)
    main = related(package_rels.xml, main_document_type, "").value_or(main);
  part_xml document;
  parse_part(*pkg, main, limit, document);
  if (document.problem) return refused(*document.problem);
  if (!document.present) {
    return refused("a ZIP archive with no Word document in it (no " + main +
                   "): not a .docx file; an .xlsx, .pptx or .odt is not read");
  }
  const pugi::xml_node body = child(document.xml.document_element(), "body");
  if (local_name(document.xml.document_element()) != "document" || !body)
    return refused(main + " is not a Word document: it has no w:document with a w:body");

  docx_result result;
  part_xml document_rels, numbering_part, styles_part;
  const std::string folder = folder_of(main);
  parse_part(*pkg, folder + "_rels/" + main.substr(folder.size()) + ".rels", limit, document_rels);
  const auto part_named = [&](std::string_view type, const char* fallback) {
    if (document_rels.present && !document_rels.problem)
      if (auto name = related(document_rels.xml, type, folder)) return *name;
    return folder + fallback;
  };
  parse_part(*pkg, part_named("/numbering", "numbering.xml"), limit, numbering_part);
  parse_part(*pkg, part_named("/styles", "styles.xml"), limit, styles_part);
  for (const part_xml* p : {&numbering_part, &styles_part}) {
    if (p->problem)
      result.findings.push_back(part_note(*p->problem, "automatic numbering (一、 （一） 1.) is left out of the text"));
  }
  numbering numbers(numbering_part.problem ? pugi::xml_node() : numbering_part.xml.document_element(),
                    styles_part.problem ? pugi::xml_node() : styles_part.xml.document_element());

  body_text text = read_body(body, numbers);
  if (text.problem) return refused(*text.problem);
  layout::writer writer("DOCX-TABLE-SPANS");
  for (const layout::block& b : text.blocks) writer.write(b);
  layout::laid_out_text laid = writer.take();
  if (laid.text.size() > limit) {
    return refused("the document's text (" + std::to_string(laid.text.size()) +
                   " bytes with its numbering) is over the limit of " + std::to_string(limit) +
                   " (raise it with --max-bytes)");
  }
  if (text.listing.empty()) return refused("the Word document holds no text (a scanned document saved as Word?)");
  // The listing is what places are shown in: it must be text the messages can quote.
  load_result listing = make_source(name, std::move(text.listing), load_options{std::size_t(-1)});
  if (listing.error) {
    listing.error->message =
        "the Word document's text is not UTF-8 text: its XML declares an encoding other than UTF-8 or UTF-16 "
        "(GBK …), or holds control characters";
    return {std::nullopt, {}, std::move(listing.error)};
  }
  for (finding& f : laid.findings) result.findings.push_back(std::move(f));
  result.text = source(std::move(laid.text), std::move(*listing.text), std::move(laid.marks));
  return result;
}

std::vector<std::pair<std::string, std::string>> library_versions() {
  const int pugi = PUGIXML_VERSION;
  return {{"libzip", zip_libzip_version()},
          {"pugixml", std::to_string(pugi / 1000) + '.' + std::to_string(pugi % 1000 / 10)}};
}

}  // namespace nianbao::docx
