// Parse throughput on many reports: the five seeds, each parsed as its own document, over and
// over. Compare the rows of one run with each other (ratios), not across machines or runs.
//   cmake -B build -DNIANBAO_BUILD_BENCHMARKS=ON && cmake --build build && build/tools/nianbao_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "nianbao/bind.hpp"
#include "nianbao/check.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/grammar.hpp"
#include "nianbao/html.hpp"
#include "nianbao/input.hpp"

namespace {

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The files of a folder of corpus/ that end in `extension`: name and bytes.
std::vector<std::pair<std::string, std::string>> corpus_files(const char* folder, const char* extension) {
  std::vector<std::pair<std::string, std::string>> found;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(NIANBAO_CORPUS_DIR) / folder)) {
    if (entry.path().extension() == extension) found.emplace_back(entry.path().filename().string(), file_bytes(entry));
  }
  return found;
}

std::vector<nianbao::source> seed_reports() {
  std::vector<nianbao::source> reports;
  for (auto& [name, bytes] : corpus_files("seeds", ".txt"))
    reports.push_back(*nianbao::make_source(name, std::move(bytes)).text);
  return reports;
}

const std::vector<nianbao::source>& reports() {
  static const std::vector<nianbao::source> all = seed_reports();
  return all;
}

std::int64_t total_bytes() {
  std::int64_t n = 0;
  for (const auto& r : reports()) n += static_cast<std::int64_t>(r.size());
  return n;
}

// UTF-8 validation and the line index: what every input costs before the grammar runs.
void load(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& r : reports()) benchmark::DoNotOptimize(nianbao::make_source(r.name(), std::string(r.text())));
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// The grammar alone, with a consumer that only counts lines and cells.
void grammar_only(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& r : reports()) benchmark::DoNotOptimize(nianbao::grammar::scan_report(r));
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// The grammar building the full AST: values read, sections and title assembled.
void parse_to_ast(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& r : reports()) benchmark::DoNotOptimize(nianbao::grammar::parse_report(r));
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// From bytes to AST: load and parse, as `nianbao parse` does for each file.
void load_and_parse(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& r : reports()) {
      auto loaded = nianbao::make_source(r.name(), std::string(r.text()));
      benchmark::DoNotOptimize(nianbao::grammar::parse_report(*loaded.text));
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// The five seeds as web pages (corpus/html/: Word, CMS in GBK, split spans), as bytes.
const std::vector<std::pair<std::string, std::string>>& pages() {
  static const auto all = corpus_files("html", ".html");
  return all;
}

std::int64_t page_bytes() {
  std::int64_t n = 0;
  for (const auto& [name, bytes] : pages()) n += static_cast<std::int64_t>(bytes.size());
  return n;
}

// The HTML front end alone: charset, Gumbo, the page's blocks, the text layout. Compare its time
// per iteration with load_and_parse's, which reads the same five reports as text.
void html_front_end(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& [name, bytes] : pages()) benchmark::DoNotOptimize(nianbao::html::read_html(name, bytes));
  }
  state.SetBytesProcessed(state.iterations() * page_bytes());
}

// From page bytes to AST, as `nianbao parse page.html` does: the front end, then the grammar.
void html_to_ast(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& [name, bytes] : pages()) benchmark::DoNotOptimize(nianbao::input::read_report(name, bytes));
  }
  state.SetBytesProcessed(state.iterations() * page_bytes());
}

// The five seeds as Word files (corpus/docx/, converted by LibreOffice), as bytes.
const std::vector<std::pair<std::string, std::string>>& word_files() {
  static const auto all = [] {
    auto found = corpus_files("docx", ".docx");
    std::erase_if(found, [](const auto& f) { return f.first.empty() || f.first[0] < '0' || f.first[0] > '9'; });
    return found;
  }();
  return all;
}

// From Word file bytes to AST, as `nianbao parse report.docx` does: the package, the XML, the
// numbering and the body, the text layout, then the grammar. Documents per second is the figure.
void docx_to_ast(benchmark::State& state) {
  std::int64_t bytes = 0;
  for (const auto& [name, file] : word_files()) bytes += static_cast<std::int64_t>(file.size());
  for (auto _ : state) {
    for (const auto& [name, file] : word_files()) benchmark::DoNotOptimize(nianbao::input::read_report(name, file));
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(word_files().size()));
}

// From PDF bytes to AST, as `nianbao parse report.pdf` does: poppler's text layer with each
// word's box, the lines, the tables rebuilt, the text layout, then the grammar. The PDF is the real
// report in ../shared/real beside the project (6 pages, WPS); pages per second is the figure.
void pdf_to_ast(benchmark::State& state) {
  const std::filesystem::path path =
      std::filesystem::path(NIANBAO_CORPUS_DIR) / ".." / ".." / "shared" / "real" / "huaian-szf-2024.pdf";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError("../shared/real/huaian-szf-2024.pdf is not here");
    return;
  }
  const std::string file = file_bytes(path);
  for (auto _ : state) benchmark::DoNotOptimize(nianbao::input::read_report("huaian-szf-2024.pdf", file));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(file.size()));
  state.SetItemsProcessed(state.iterations() * 6);  // pages
}

// The time this thread has run: the stages' counters below must not count the time the machine
// gave to other processes, as a wall clock would on a busy machine.
std::chrono::nanoseconds thread_cpu_time() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

// A stage's time per iteration, in µs, as a benchmark counter.
benchmark::Counter micros_per_iteration(const benchmark::State& state, std::chrono::nanoseconds spent) {
  return benchmark::Counter(std::chrono::duration<double, std::micro>(spent).count() /
                            static_cast<double>(state.iterations()));
}

// The grammar, the AST and binding to the built-in editions: what `nianbao check` does per file,
// with the binding plan it makes once per run. Each stage is also timed on its own, in the same
// loop, so that `bind/parse` is what binding adds to the parse it follows, in one run: the parse
// here runs slower than in parse_to_ast's tight loop (parse_between shows why), so subtracting
// that benchmark's time from this one overstates the binding.
void parse_and_bind(benchmark::State& state) {
  const nianbao::bind::binding_plan plan(nianbao::edition::builtin_editions());
  std::chrono::nanoseconds parsing{}, binding{};
  for (auto _ : state) {
    for (const auto& r : reports()) {
      const auto start = thread_cpu_time();
      auto parsed = nianbao::grammar::parse_report(r);
      const auto parsed_at = thread_cpu_time();
      benchmark::DoNotOptimize(nianbao::bind::bind_report(r.text(), *parsed.document, plan));
      const auto bound_at = thread_cpu_time();
      parsed = {};  // freeing the AST is part of the parse, as in parse_to_ast
      parsing += parsed_at - start + (thread_cpu_time() - bound_at);
      binding += bound_at - parsed_at;
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
  state.counters["parse_us"] = micros_per_iteration(state, parsing);
  state.counters["bind_us"] = micros_per_iteration(state, binding);
  state.counters["bind/parse"] = std::chrono::duration<double>(binding) / std::chrono::duration<double>(parsing);
}

// The parse of each seed timed on its own, with other work between two parses: none (0), the
// binding of another seed, parsed beforehand (1), or a sort of 20,000 numbers (2). Any work in
// between slows the next parse, whatever the work: the cost of a pipeline, not of binding.
void parse_between(benchmark::State& state) {
  const nianbao::bind::binding_plan plan(nianbao::edition::builtin_editions());
  std::vector<nianbao::ast::document> others;
  for (const auto& r : reports()) others.push_back(*nianbao::grammar::parse_report(r).document);
  std::vector<std::uint32_t> numbers(20000);
  std::minstd_rand random(1);
  std::chrono::nanoseconds parsing{};
  for (auto _ : state) {
    for (std::size_t i = 0; i < reports().size(); ++i) {
      const auto start = thread_cpu_time();
      benchmark::DoNotOptimize(nianbao::grammar::parse_report(reports()[i]));
      parsing += thread_cpu_time() - start;
      const std::size_t other = (i + 2) % others.size();
      if (state.range(0) == 1) {
        benchmark::DoNotOptimize(nianbao::bind::bind_report(reports()[other].text(), others[other], plan));
      } else if (state.range(0) == 2) {
        for (auto& n : numbers) n = static_cast<std::uint32_t>(random());
        std::sort(numbers.begin(), numbers.end());
        benchmark::DoNotOptimize(numbers.data());
      }
    }
  }
  state.counters["parse_us"] = micros_per_iteration(state, parsing);
}

// Binding alone, on documents parsed once: its cost next to parse_to_ast's.
void bind_only(benchmark::State& state) {
  const nianbao::bind::binding_plan plan(nianbao::edition::builtin_editions());
  std::vector<nianbao::ast::document> parsed;
  for (const auto& r : reports()) parsed.push_back(*nianbao::grammar::parse_report(r).document);
  for (auto _ : state) {
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      benchmark::DoNotOptimize(nianbao::bind::bind_report(reports()[i].text(), parsed[i], plan));
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// The five seeds parsed and bound once, for the benchmarks of the check stage.
const std::vector<nianbao::bind::bound_report>& bound_seeds() {
  static const std::vector<nianbao::ast::document> parsed = [] {
    std::vector<nianbao::ast::document> out;
    for (const auto& r : reports()) out.push_back(*nianbao::grammar::parse_report(r).document);
    return out;
  }();
  static const std::vector<nianbao::bind::bound_report> bound = [] {
    std::vector<nianbao::bind::bound_report> out;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      out.push_back(nianbao::bind::bind_report(reports()[i].text(), parsed[i], nianbao::edition::builtin_editions()));
    }
    return out;
  }();
  return bound;
}

// The plan of a bound seed's edition, made once as `nianbao check` makes one per edition.
const nianbao::check::evaluation_plan& plan_of(const nianbao::bind::bound_report& b) {
  static const nianbao::check::evaluation_plans plans(nianbao::edition::builtin_editions());
  return plans.of(*b.choice.edition);
}

// The invariants evaluated and their findings, without localisation (which runs only on
// tables that do not add up: seed 004's table 三 here).
void evaluate_only(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& b : bound_seeds()) {
      benchmark::DoNotOptimize(nianbao::check::findings_of(nianbao::check::evaluate(plan_of(b), b), b));
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// The whole check stage as `nianbao check` runs it: evaluation, findings and localisation.
void check_only(benchmark::State& state) {
  for (auto _ : state) {
    for (const auto& b : bound_seeds()) {
      const auto evaluations = nianbao::check::evaluate(plan_of(b), b);
      benchmark::DoNotOptimize(nianbao::check::findings_of(evaluations, b));
      benchmark::DoNotOptimize(nianbao::check::localise(evaluations));
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}

// Localisation of one table with two faults (corpus/cases/check/t3-two-faults.txt).
void localise_two_faults(benchmark::State& state) {
  const std::filesystem::path file = std::filesystem::path(NIANBAO_CORPUS_DIR) / "cases/check/t3-two-faults.txt";
  const nianbao::source text = *nianbao::make_source("t3-two-faults.txt", file_bytes(file)).text;
  const auto doc = *nianbao::grammar::parse_report(text).document;
  const auto bound = nianbao::bind::bind_report(text.text(), doc, nianbao::edition::builtin_editions());
  const auto evaluations = nianbao::check::evaluate(*bound.choice.edition, bound);
  for (auto _ : state) benchmark::DoNotOptimize(nianbao::check::localise(evaluations));
}

// Documents generated per second, noise on, one core: values, layout, noise, text and oracle.
void generate_documents(benchmark::State& state) {
  const nianbao::edition::definition& edition =
      nianbao::edition::builtin_editions()[static_cast<std::size_t>(state.range(0))];
  const nianbao::generate::generator gen(edition);
  nianbao::generate::options opts;
  const auto& noise = nianbao::generate::all_noise_kinds();
  opts.noise.insert(noise.begin(), noise.end());
  for (auto _ : state) {
    ++opts.seed;
    benchmark::DoNotOptimize(gen.generate(opts));
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(edition.id);
}

BENCHMARK(load);
BENCHMARK(grammar_only);
BENCHMARK(parse_to_ast);
BENCHMARK(load_and_parse);
BENCHMARK(html_front_end);
BENCHMARK(html_to_ast);
BENCHMARK(docx_to_ast);
BENCHMARK(pdf_to_ast);
BENCHMARK(parse_and_bind);
BENCHMARK(parse_between)->Arg(0)->Arg(1)->Arg(2);
BENCHMARK(bind_only);
BENCHMARK(evaluate_only);
BENCHMARK(check_only);
BENCHMARK(localise_two_faults)->Unit(benchmark::kMillisecond);
BENCHMARK(generate_documents)->Arg(0)->Arg(1);

}  // namespace

BENCHMARK_MAIN();
