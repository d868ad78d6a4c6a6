#include "prose.hpp"
#include "nianbao/core/numerals.hpp"

#include <algorithm>
#include <array>

namespace nianbao::generate {

namespace {

constexpr std::array places = {"上塘镇", "溪口镇", "康桥街道", "富阳区", "淮安市", "威海市",
                               "文登区", "雄县",   "东湖区",   "新桐乡", "江宁区", "鼓楼区"};
constexpr std::array bodies = {"人民政府", "人民政府办公室", "审计局", "发展和改革局",    "信访局",
                               "财政局",   "教育局",         "民政局", "自然资源和规划局"};
// With `places`, the agencies of generated series: each name once in a corpus.
constexpr std::array cities = {"淮安市", "威海市", "杭州市", "南京市", "南昌市", "保定市", "温州市",
                               "扬州市", "烟台市", "九江市", "廊坊市", "湖州市", "泉州市", "绵阳市",
                               "洛阳市", "岳阳市", "桂林市", "宜昌市", "赣州市", "潍坊市"};
// With `bodies`, the bodies of series: more of them, so that a corpus has thousands of agencies.
constexpr std::array more_bodies = {"卫生健康局",           "交通运输局", "住房和城乡建设局",
                                    "市场监督管理局",       "生态环境局", "农业农村局",
                                    "人力资源和社会保障局", "司法局",     "商务局"};
constexpr std::array topics = {"主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障"};
constexpr std::array deeds = {
    "严格落实《中华人民共和国政府信息公开条例》，进一步完善信息公开工作机制",
    "及时更新政府信息公开指南和目录，确保信息公开内容的准确性和时效性",
    "加强政务公开平台建设，提升政府网站信息发布质量",
    "规范依申请公开办理流程，做到依法依规、按时答复",
    "开展政务公开业务培训，提高工作人员业务能力",
    "做好政策解读工作，围绕重点领域发布解读材料",
};
constexpr std::array problems = {
    "信息公开的主动性还需加强，部分栏目更新不够及时",
    "政策解读形式较为单一，解读质量有待提高",
    "工作人员业务水平参差不齐，培训力度仍需加大",
};

}  // namespace

unsigned first_year(const edition::definition& edition) {
  const std::size_t at = edition.issued_by.find("〔");
  if (at == std::string::npos || at + 7 > edition.issued_by.size()) return 2021;
  unsigned year = 0;
  for (std::size_t i = at + 3; i < at + 7; ++i) {
    const char c = edition.issued_by[i];
    if (c < '0' || c > '9') return 2021;
    year = year * 10 + static_cast<unsigned>(c - '0');
  }
  return year;
}

std::vector<std::string> agency_names(std::size_t count, std::uint64_t seed) {
  std::vector<std::string> all;
  for (const char* city : cities) {
    for (const char* place : places) {
      for (const char* body : bodies) all.push_back(std::string(city) + place + body);
      for (const char* body : more_bodies) all.push_back(std::string(city) + place + body);
    }
  }
  if (count > all.size()) {
    throw generate_error(std::to_string(count) + " agencies asked for; the generator has " +
                         std::to_string(all.size()) + " names");
  }
  random_engine random(seed);
  std::shuffle(all.begin(), all.end(), random);
  all.resize(count);
  return all;
}

prose draw_prose(const edition::definition& edition, random_engine& random, const options& opts) {
  prose p;
  // Drawn even when given, so that a seed writes the same text with or without them.
  p.agency = std::string(pick(places, random)) + pick(bodies, random);
  p.year = first_year(edition) + uniform<unsigned>(random, 0, 2);
  if (!opts.agency.empty()) p.agency = opts.agency;
  if (opts.year != 0) p.year = opts.year;
  const std::string year = std::to_string(p.year);
  if (chance(random, 25)) {
    p.title = {year + "年政府信息公开工作年度报告", "（" + p.agency + "）"};
  } else {
    p.title = {p.agency + year + (chance(random, 50) ? "年" : "年度") + "政府信息公开工作年度报告"};
  }
  const unsigned month = uniform<unsigned>(random, 1, 3);
  const unsigned day = uniform<unsigned>(random, 1, 28);
  p.closing = {p.agency, std::to_string(p.year + 1) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日"};
  return p;
}

std::vector<std::string> section_lines(unsigned section, const prose& about, random_engine& random) {
  std::vector<std::string> lines;
  const std::string year = std::to_string(about.year);
  if (section == 1) {
    lines.push_back(year + "年，" + about.agency + pick(deeds, random) + "，现将有关情况报告如下。");
    for (unsigned i = 0; i < topics.size(); ++i) {
      const std::string heading = "（" + chinese_numeral(i + 1) + "）" + topics[i];
      switch (i % 5) {
        case 0:  // a heading, then items `一是 … 二是 …`
          lines.push_back(heading);
          lines.push_back(std::string("一是") + pick(deeds, random) + "。");
          lines.push_back(std::string("二是") + pick(deeds, random) + "。");
          break;
        case 1:  // `1、` and `2.` items
          lines.push_back(heading);
          lines.push_back(std::string("1、") + pick(deeds, random) + "。");
          lines.push_back(std::string("2.") + pick(deeds, random) + "。");
          break;
        case 2:  // the heading runs on after `：`
          lines.push_back(heading + "：" + pick(deeds, random) + "。");
          break;
        case 3:  // `（1）` and bullets
          lines.push_back(heading + "。" + pick(deeds, random) + "。");
          lines.push_back(std::string("（1）") + pick(deeds, random) + "。");
          lines.push_back(std::string("· ") + pick(deeds, random) + "。");
          break;
        default:
          lines.push_back(heading);
          lines.push_back(std::string(pick(deeds, random)) + "，" + pick(deeds, random) + "。");
      }
    }
  } else if (section == 5) {
    lines.push_back(std::string("（一）存在的主要问题"));
    lines.push_back(year + "年，我单位政府信息公开工作取得了一定成效，但仍存在一些不足：" + pick(problems, random) +
                    "。");
    lines.push_back(std::string("（二）改进情况"));
    lines.push_back(std::string("下一步，我们将") + pick(deeds, random) + "。");
  } else {
    lines.push_back(chance(random, 50) ? std::string("本年度无其他需要报告的事项。") : "本年度收取信息处理费0元。");
  }
  return lines;
}

}  // namespace nianbao::generate
