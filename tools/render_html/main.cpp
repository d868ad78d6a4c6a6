// nianbao_render_html [--format html|docx|pdf|md] [--shape word|cms|split] [--charset C] REPORT.txt > OUT
// Writes a text report as a web page of the given shape, or as a Word, PDF or Markdown file (see
// nianbao/render.hpp): how the fixtures of the front ends are made from the seeds.
#include <CLI/CLI.hpp>
#include <iostream>

#include "nianbao/render.hpp"

int main(int argc, char** argv) {
  CLI::App app{
      "Write a report in the text layout as a web page, a Word, PDF or Markdown file, for testing the front ends"};
  std::string file;
  std::string format = "html";
  std::string shape = "word";
  nianbao::render::page_options options;
  app.add_option("file", file, "The report, in the text layout")->required();
  app.add_option("--format", format, "html (default), docx, pdf or md")
      ->check(CLI::IsMember({"html", "docx", "pdf", "md"}));
  app.add_option("--shape", shape, "With html: word, cms or split")->check(CLI::IsMember({"word", "cms", "split"}));
  app.add_option("--charset", options.charset, "With html: declared and written: utf-8, or gbk/gb2312 (GB18030 bytes)");
  CLI11_PARSE(app, argc, argv);
  options.shape = shape == "cms"     ? nianbao::render::page_shape::cms
                  : shape == "split" ? nianbao::render::page_shape::split
                                     : nianbao::render::page_shape::word;
  const nianbao::load_result text = nianbao::load_source(file);
  if (text.error) {
    std::cerr << file << ": " << text.error->message << '\n';
    return 2;
  }
  const auto& editions = nianbao::edition::builtin_editions();
  const std::string out = format == "docx"  ? nianbao::render::render_docx(*text.text, editions)
                          : format == "pdf" ? nianbao::render::render_pdf(*text.text, editions)
                          : format == "md"  ? nianbao::render::render_markdown(*text.text, editions)
                                            : nianbao::render::render_html(*text.text, editions, options);
  if (out.empty()) {
    std::cerr << file << ": not a report\n";
    return 2;
  }
  std::cout << out;
  return 0;
}
