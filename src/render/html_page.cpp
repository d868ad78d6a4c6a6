
#include <iconv.h>

#include <sstream>

#include "nianbao/core/utf8.hpp"
#include "nianbao/render.hpp"
#include "report_model.hpp"

namespace nianbao::render {

namespace {

// Splits text into pieces of a few characters, for pages that scatter one run of text over
// several <span>s.
std::vector<std::string> pieces(std::string_view s, std::size_t every) {
  std::vector<std::string> out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    utf8::decode(s, i);
    if (count++ % every == 0) out.emplace_back();
    out.back().append(s.substr(start, i - start));
  }
  return out;
}

bool wide_at(std::string_view s, std::size_t i) {
  const char32_t cp = utf8::decode(s, i);
  return cp != utf8::invalid && display_width(cp) == 2;
}

class page_writer {
 public:
  explicit page_writer(page_options options) : options_(std::move(options)) {}

  void paragraph(std::string_view line) {
    switch (options_.shape) {
      case page_shape::word:
        out_ << "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span\r\n"
             << "style='font-size:16.0pt;font-family:仿宋_GB2312'>" << wrapped(escaped(line))
             << "<span lang=EN-US><o:p></o:p></span></span></p>\r\n\r\n";
        break;
      case page_shape::cms:
        out_ << "<p style=\"text-indent:2em\">" << escaped(line) << "\n";  // never closed, as CMS editors leave it
        break;
      case page_shape::split:
        out_ << "<p>";
        for (const std::string& p : pieces(line, 5))
          out_ << "<span style=\"font-family:宋体\">" << escaped(p) << "</span>";
        out_ << "</p>\n";
        break;
    }
  }

  void blank() {
    if (options_.shape == page_shape::word)
      out_ << "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n\r\n";
  }

  void table(const std::vector<page_row>& rows) {
    const bool word = options_.shape == page_shape::word;
    out_ << (word ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0\r\n"
                    " style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>\r\n"
                  : "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"600\"><tbody>\n");
    std::size_t index = 0;
    for (const page_row& row : rows) {
      out_ << (word ? "<tr style='mso-yfti-irow:" + std::to_string(index++) + "'>\r\n" : std::string("<tr>\n"));
      for (const page_cell& cell : row) {
        if (!cell.written) continue;
        out_ << "<td";
        if (cell.rows > 1) out_ << (word ? " rowspan=" : " rowspan=\"") << cell.rows << (word ? "" : "\"");
        if (cell.columns > 1) out_ << (word ? " colspan=" : " colspan=\"") << cell.columns << (word ? "" : "\"");
        out_ << (word ? " valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" : ">");
        cell_content(cell);
        out_ << (options_.shape == page_shape::cms ? "\n" : "</td>\n");  // CMS pages leave cells unclosed
      }
      out_ << (options_.shape == page_shape::cms ? "" : "</tr>\n");
    }
    out_ << (word ? "</table>\r\n\r\n" : "</tbody></table>\n");
  }

  std::string str() const { return out_.str(); }
  std::ostringstream& out() { return out_; }

 private:
  void cell_content(const page_cell& cell) {
    const auto trimmed = [](std::string_view s) {
      const std::size_t b = s.find_first_not_of(" \t");
      return b == std::string_view::npos ? std::string_view() : s.substr(b, s.find_last_not_of(" \t") + 1 - b);
    };
    if (options_.shape == page_shape::word) {
      if (is_empty(cell.lines)) {
        out_ << "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
        return;
      }
      for (const std::string& l : cell.lines) {
        if (trimmed(l).empty()) continue;
        out_ << "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt'>"
             << escaped(trimmed(l)) << "<span lang=EN-US><o:p></o:p></span></span></p>";
      }
      return;
    }
    if (options_.shape == page_shape::cms) {
      bool first = true;
      for (const std::string& l : cell.lines) {
        if (trimmed(l).empty()) continue;
        out_ << (first ? "" : "<p>") << escaped(trimmed(l));
        first = false;
      }
      return;
    }
    // split: padding entities, a number in two <span>s, lines broken with <br>.
    out_ << "&nbsp;";
    bool first = true;
    for (const std::string& l : cell.lines) {
      if (trimmed(l).empty()) continue;
      if (!first) out_ << "<br>";
      first = false;
      const std::string t = escaped(trimmed(l));
      const std::size_t half = t.size() / 2;
      if (t.find_first_not_of("0123456789.") == std::string::npos && t.size() > 1) {
        out_ << "<span>" << t.substr(0, half) << "</span><span>" << t.substr(half) << "</span>";
      } else {
        for (const std::string& p : pieces(t, 4)) out_ << "<span>" << p << "</span>";
      }
    }
    out_ << "&#160;";
  }

  // Word wraps its HTML source at about 70 columns, and between two Chinese characters where a
  // line has no space: the break must not show on the page.
  std::string wrapped(const std::string& s) const {
    std::string out;
    std::size_t column = 0;
    for (std::size_t i = 0; i < s.size();) {
      const std::size_t start = i;
      const bool wide = wide_at(s, i);
      utf8::decode(s, i);
      if (column >= 34 && wide && i < s.size() && wide_at(s, i)) {
        out.append(s, start, i - start).append("\r\n");
        column = 0;
        continue;
      }
      out.append(s, start, i - start);
      ++column;
    }
    return out;
  }

  page_options options_;
  std::ostringstream out_;
};

std::string page_head(const page_options& o, std::string_view title) {
  std::ostringstream out;
  switch (o.shape) {
    case page_shape::word:
      out << "<html "
             "xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
          << "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\nxmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n"
          << "<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=" << o.charset << "\">\r\n"
          << "<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n"
          << "<title>" << escaped(title) << "</title>\r\n"
          << "<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Print</w:View>\r\n </w:WordDocument>\r\n"
          << "</xml><![endif]-->\r\n<style>\r\n<!--\r\np.MsoNormal {margin:0cm; font-size:10.5pt;}\r\n-->\r\n"
          << "</style>\r\n</head>\r\n\r\n<body lang=ZH-CN style='text-justify-trim:punctuation'>\r\n\r\n"
          << "<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n";
      break;
    case page_shape::cms:
      out << "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html>\n<head>\n"
          << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" << o.charset << "\" />\n"
          << "<title>" << escaped(title) << "_政务公开</title>\n"
          << "<script type=\"text/javascript\">var nav = \"<div><table>\"; if (a < b) {}</script>\n"
          << "<link rel=\"stylesheet\" href=\"/css/style.css\">\n</head>\n<body>\n"
          << "<div class=\"header\"><div class=\"logo\">人民政府门户网站</div>\n"
          << "<ul class=\"nav\"><li><a href=\"/\">首页</a><li><a href=\"/zwgk/\">政务公开</a>"
          << "<li><a href=\"/ndbg/\">政府信息公开年报</a><li><a href=\"/hdjl/\">互动交流</a></ul></div>\n"
          << "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a>政务公开</a> &gt; "
             "<a>政府信息公开年报</a></div>\n"
          << "<table width=\"1000\" align=\"center\" class=\"layout\"><tr><td class=\"main\">\n"
          << "<div class=\"article\">\n";
      break;
    case page_shape::split:
      out << "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"" << o.charset << "\">\n<title>"
          << escaped(title) << "</title>\n</head>\n<body>\n<main>\n";
      break;
  }
  return out.str();
}

std::string page_foot(const page_options& o) {
  switch (o.shape) {
    case page_shape::word:
      return "</div>\r\n\r\n</body>\r\n\r\n</html>\r\n";
    case page_shape::cms:
      return "</div>\n<div class=\"tools\">【<a href=\"javascript:window.print()\">打印本页</a>】【<a "
             "href=\"javascript:window.close()\">关闭窗口</a>】</div>\n</td></tr></table>\n"
             "<div class=\"footer\"><p>主办单位：人民政府办公室　网站标识码：3300000001</p>\n"
             "<p>2022年1月1日</p></div>\n</body>\n</html>\n";
    case page_shape::split:
      return "</main>\n<footer>版权所有</footer>\n</body>\n</html>\n";
  }
  return {};
}

// The bytes of the page in its declared charset; characters the charset lacks as references.
std::string encoded(const std::string& page, const std::string& charset) {
  if (charset == "utf-8" || charset == "UTF-8") return page;
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out;
  for (std::size_t i = 0; i < page.size();) {
    const std::size_t start = i;
    const char32_t cp = utf8::decode(page, i);
    char buffer[8];
    char* in = const_cast<char*>(page.data() + start);
    std::size_t in_left = i - start;
    char* o = buffer;
    std::size_t out_left = sizeof buffer;
    if (iconv(cd, &in, &in_left, &o, &out_left) == static_cast<std::size_t>(-1)) {
      out += "&#" + std::to_string(static_cast<unsigned long>(cp)) + ";";
    } else {
      out.append(buffer, sizeof buffer - out_left);
    }
  }
  iconv_close(cd);
  return out;
}

}  // namespace

std::string render_html(const source& text, const std::vector<edition::definition>& editions,
                        const page_options& options) {
  const std::optional<report_model> model = model_of(text, editions);
  if (!model) return {};
  page_writer page(options);
  page.out() << page_head(options, model->title);
  for (const report_block& b : model->blocks) {
    switch (b.what) {
      case report_block::kind::line:
        page.paragraph(b.text);
        break;
      case report_block::kind::blank:
        page.blank();
        break;
      case report_block::kind::table:
        page.table(b.rows);
        break;
    }
  }
  page.out() << page_foot(options);
  return encoded(page.str(), options.charset);
}

}  // namespace nianbao::render
