// The Markdown front end's stages in order: the text checks, the file's blocks, each pipe table
// judged, the text layout.
#include "blocks.hpp"
#include "nianbao/html.hpp"
#include "nianbao/layout.hpp"
#include "nianbao/markdown.hpp"
#include "scramble.hpp"

namespace nianbao::markdown {

namespace {

// An ATX heading: one to six `#`s, then a space.
bool heading_line(std::string_view line) noexcept {
  const std::size_t hashes = std::min(line.find_first_not_of('#'), line.size());
  return hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ';
}

// One finding for the converter's scrambling, at its first table, the others as related places:
// one fault (the conversion), one finding.
finding scramble_finding(std::vector<related_place> tables) {
  finding f;
  f.id = "MD-SCRAMBLED";
  f.level = severity::error;
  f.where = tables.front().where;
  f.message = "a table the converter scrambled: " + tables.front().note;
  if (tables.size() > 1) f.message += "; so are " + std::to_string(tables.size() - 1) + " more tables after it";
  f.message += ". The document's tables are not checked: which value is which cannot be told";
  tables.erase(tables.begin());
  f.related = std::move(tables);
  return f;
}

}  // namespace

bool looks_like_markdown(std::string_view bytes) noexcept {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::size_t first = bytes.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos || bytes[first] == '<') return false;
  bool markdown = false;
  std::string_view previous;
  for (std::size_t at = 0; at < bytes.size();) {
    const std::size_t end = std::min(bytes.find('\n', at), bytes.size());
    const std::string_view line = bytes.substr(at, end - at);
    if (line.starts_with('\t')) return false;
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    markdown = markdown || heading_line(line.substr(indent)) ||
               (previous.find('|') != std::string_view::npos && delimiter_row(line));
    previous = line;
    at = end + 1;
  }
  return markdown;
}

markdown_result read_markdown(const std::string& name, std::string_view bytes, const load_options& options) {
  markdown_result result;
  load_result checked = make_source(name, std::string(bytes), options);
  if (checked.error) {
    result.error = std::move(checked.error);
    return result;
  }
  const source& original = *checked.text;
  layout::writer w("MD-TABLE-SPANS");
  std::vector<related_place> scrambles;
  for (const block& b : blocks_of(original.text())) {
    if (const auto* line = std::get_if<layout::text_line>(&b)) {
      w.line(*line);
    } else if (const auto* pipes = std::get_if<pipe_table>(&b)) {
      if (auto why = scrambled(*pipes)) scrambles.push_back({{w.size(), w.size() + 1}, std::move(*why)});
      w.table(layout::table_block{pipes->rows, pipes->line_starts.front()});
    } else {
      const auto& markup = std::get<html_table>(b);
      const auto tables = html::tables_in(markup.markup, markup.origin);
      if (!tables) {
        result.error = input_error{"the HTML table here nests its elements deeper than any report's table does",
                                   original.locate(markup.origin)};
        return result;
      }
      for (const layout::table_block& t : *tables) w.table(t);
    }
  }
  result.tables_scrambled = !scrambles.empty();
  if (result.tables_scrambled) result.findings.push_back(scramble_finding(std::move(scrambles)));
  layout::laid_out_text laid = w.take();
  for (finding& f : laid.findings) result.findings.push_back(std::move(f));
  result.text = source(std::move(laid.text), std::move(*checked.text), std::move(laid.marks));
  return result;
}

}  // namespace nianbao::markdown
