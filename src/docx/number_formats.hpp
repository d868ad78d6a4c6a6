// The numbers of Word's automatic numbering as Word shows them, by the level's w:numFmt: 一、 and
// （一） are most often not in a report's text at all, only in numbering.xml.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::docx {

// `n` in the format `format` names (decimal, chineseCounting, upperRoman …); the decimal number
// for a format nianbao does not know, and for a number the format has no sign for.
std::string format_number(unsigned n, std::string_view format);

}  // namespace nianbao::docx
