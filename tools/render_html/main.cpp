// nianbao_render_html [--shape word|cms|split] [--charset C] REPORT.txt > PAGE.html
// Writes a text report as a web page of the given shape (see nianbao/render.hpp).
#include <CLI/CLI.hpp>
#include <iostream>

#include "nianbao/render.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Write a report in the text layout as a web page, for testing the HTML front end"};
  std::string file;
  std::string shape = "word";
  nianbao::render::page_options options;
  app.add_option("file", file, "The report, in the text layout")->required();
  app.add_option("--shape", shape, "word, cms or split")->check(CLI::IsMember({"word", "cms", "split"}));
  app.add_option("--charset", options.charset, "Declared and written: utf-8, or gbk/gb2312 (GB18030 bytes)");
  CLI11_PARSE(app, argc, argv);
  options.shape = shape == "cms"     ? nianbao::render::page_shape::cms
                  : shape == "split" ? nianbao::render::page_shape::split
                                     : nianbao::render::page_shape::word;
  const nianbao::load_result text = nianbao::load_source(file);
  if (text.error) {
    std::cerr << file << ": " << text.error->message << '\n';
    return 2;
  }
  const std::string page = nianbao::render::render_html(*text.text, nianbao::edition::builtin_editions(), options);
  if (page.empty()) {
    std::cerr << file << ": not a report\n";
    return 2;
  }
  std::cout << page;
  return 0;
}
