// A structure-aware mutator for the text layout: a report is lines (a cell is a TAB-started
// line, rows end at blank lines), so swapping, duplicating or dropping whole lines moves cells,
// rows and labels the way extraction does, which byte flips seldom reach. Half the mutations
// are libFuzzer's own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string_view>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace nianbao::fuzz {

inline std::size_t mutate_lines(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed) {
  std::minstd_rand random(seed);
  if (random() % 2 == 0 || size == 0) return LLVMFuzzerMutate(data, size, max_size);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> lines;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = text.find('\n', begin);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(begin, next - begin));
    begin = next;
  }
  const std::size_t a = random() % lines.size();
  const std::size_t b = random() % lines.size();
  switch (random() % 3) {
    case 0:  // two cells, rows or labels trade places
      std::swap(lines[a], lines[b]);
      break;
    case 1:  // a line printed twice
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(b), lines[a]);
      break;
    default:  // a line lost
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(a));
      break;
  }
  std::vector<std::uint8_t> out;
  for (const std::string_view line : lines) out.insert(out.end(), line.begin(), line.end());
  if (out.empty() || out.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, out.data(), out.size());
  return out.size();
}

}  // namespace nianbao::fuzz
