// `nianbao generate`: reports written from an edition file, valid or with known faults, each
// with its oracle beside it.
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <set>
#include <tuple>

#include "commands.hpp"
#include "edition_files.hpp"
#include "exit_codes.hpp"
#include "nianbao/generate.hpp"
#include "nianbao/render.hpp"

namespace nianbao::cli {

namespace {

struct generate_options {
  std::vector<std::string> edition_files;
  std::string edition;
  std::uint64_t seed = 1;
  std::size_t count = 1;
  std::string out;
  bool jsonl = false;  // one line per document, text and oracle, on standard output
  bool no_noise = false;
  std::vector<std::string> noise;
  std::vector<std::string> faults;
  std::size_t random_faults = 0;
  std::string series;  // FIRST-LAST
  std::size_t agencies = 1;
  unsigned restate_percent = 0;
  std::vector<std::string> restate_rules;
  std::string format = "text";  // text, html, docx, pdf or md
  std::string shape = "word";   // a page's shape
};

bool write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary);
  file << text;
  if (!file.flush()) {
    std::cerr << "nianbao: error: cannot write " << path.string() << '\n';
    return false;
  }
  return true;
}

// A document in the format asked for: its text, or that text rendered as a page or a Word file.
// Empty when the text does not parse as a report (a renderer needs its sections and tables).
std::string rendered(const generate_options& o, const std::vector<edition::definition>& editions,
                     const std::string& text) {
  if (o.format == "text") return text;
  const source report("generated.txt", text);
  if (o.format == "docx") return render::render_docx(report, editions);
  if (o.format == "pdf") return render::render_pdf(report, editions);
  if (o.format == "md") return render::render_markdown(report, editions);
  render::page_options page;
  page.shape = o.shape == "cms"     ? render::page_shape::cms
               : o.shape == "split" ? render::page_shape::split
                                    : render::page_shape::word;
  return render::render_html(report, editions, page);
}

// The file name extension of a format.
std::string extension(const generate_options& o) { return o.format == "text" ? ".txt" : "." + o.format; }

// Writes DIR/STEM.EXTENSION and its oracle; false (said on stderr) when either cannot be written.
bool write_document(const generate_options& o, const std::vector<edition::definition>& editions,
                    const std::filesystem::path& stem, const generate::document& doc, const std::string& follows) {
  const std::string name = stem.filename().string() + extension(o);
  const std::string bytes = rendered(o, editions, doc.text);
  if (bytes.empty()) {
    std::cerr << "nianbao: error: " << name << " cannot be written as " << o.format
              << ": its text does not parse as a report\n";
    return false;
  }
  return write_file(stem.string() + extension(o), bytes) &&
         write_file(stem.string() + ".oracle.json", generate::oracle_json(doc, name, follows));
}

std::set<generate::noise_kind> noise_of(const generate_options& o) {
  std::set<generate::noise_kind> out;
  if (o.no_noise) return out;
  if (o.noise.empty()) out.insert(generate::all_noise_kinds().begin(), generate::all_noise_kinds().end());
  for (const std::string& name : o.noise) out.insert(*generate::noise_named(name));
  return out;
}

constexpr unsigned earliest_year = 1990, latest_year = 2100;

// `2019-2023` or `2021`: the years of a series, whole and in order, or none.
std::optional<std::pair<unsigned, unsigned>> years_of(std::string_view text) {
  const auto year = [](std::string_view digits) -> std::optional<unsigned> {
    unsigned y = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), y);
    if (error != std::errc{} || end != digits.data() + digits.size() || y < earliest_year || y > latest_year)
      return std::nullopt;
    return y;
  };
  const std::size_t dash = text.find('-');
  const auto first = year(text.substr(0, dash));
  const auto last = dash == std::string_view::npos ? first : year(text.substr(dash + 1));
  if (!first || !last || *first > *last) return std::nullopt;
  return std::pair(*first, *last);
}

// `--series 2019-2023`: one report per agency and year, each following the one before.
int run_series(const generate_options& o, const std::vector<edition::definition>& editions) {
  generate::series_options base;
  base.noise = noise_of(o);
  base.restate_percent = o.restate_percent;
  base.restate_rules = o.restate_rules;
  const auto years = years_of(o.series);
  if (!years) {
    std::cerr << "nianbao: error: --series wants years FIRST-LAST between " << earliest_year << " and " << latest_year
              << ", the first not after the last (2019-2023), not `" << o.series << "`\n";
    return exit_unreadable;
  }
  std::tie(base.first_year, base.last_year) = *years;
  for (const std::string& rule : o.restate_rules) {
    const bool known = std::any_of(editions.begin(), editions.end(), [&](const edition::definition& ed) {
      return std::any_of(ed.invariants.begin(), ed.invariants.end(),
                         [&](const edition::invariant& i) { return i.across_years && i.id == rule; });
    });
    if (!known) {
      std::cerr << "nianbao: error: --restate-rule " << rule << ": no edition has a rule across years of that id\n";
      return exit_unreadable;
    }
  }
  try {
    const generate::series_generator gen(editions);
    const std::vector<std::string> agencies = generate::agency_names(o.agencies, o.seed);
    std::filesystem::create_directories(o.out);
    std::set<std::string> restated;
    for (std::size_t i = 0; i < agencies.size(); ++i) {
      generate::series_options opts = base;
      opts.seed = o.seed + i;
      opts.agency = agencies[i];
      std::string follows;
      for (const generate::document& doc : gen.generate(opts)) {
        const std::string stem = "series-" + std::to_string(opts.seed) + "-" + std::to_string(doc.year);
        if (!write_document(o, editions, std::filesystem::path(o.out) / stem, doc, follows)) return exit_unreadable;
        follows = stem + extension(o);
        for (const generate::restatement& r : doc.restated) restated.insert(r.rule);
      }
    }
    // A rule named that no report restates (an inequality, a rule of no edition in these years,
    // a --restate of 0) would otherwise pass as a campaign that tested it.
    for (const std::string& rule : o.restate_rules) {
      if (!restated.contains(rule))
        std::cerr << "nianbao: warning: --restate-rule " << rule << ": no report of these series restates it\n";
    }
  } catch (const generate::generate_error& e) {
    std::cerr << "nianbao: error: " << e.what() << '\n';
    return exit_unreadable;
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "nianbao: error: " << e.what() << '\n';
    return exit_unreadable;
  }
  return exit_ok;
}

int run_generate(const generate_options& o) {
  const auto editions = known_editions(o.edition_files);
  if (!editions) return exit_unreadable;
  if (!o.series.empty()) {
    if (o.out.empty()) {
      std::cerr << "nianbao: error: --series needs --out DIR\n";
      return exit_unreadable;
    }
    return run_series(o, *editions);
  }
  if (o.edition.empty()) {
    std::cerr << "nianbao: error: --edition ID is needed (or --series FIRST-LAST)\n";
    return exit_unreadable;
  }
  const edition::definition* edition = edition_named(*editions, o.edition);
  if (edition == nullptr) return exit_unreadable;
  generate::options base;
  base.noise = noise_of(o);
  for (const std::string& name : o.faults) base.faults.push_back(*generate::fault_named(name));
  if (o.jsonl && (o.format == "docx" || o.format == "pdf")) {
    std::cerr << "nianbao: error: --jsonl writes text; a " << (o.format == "pdf" ? "PDF" : "Word")
              << " file needs --out DIR\n";
    return exit_unreadable;
  }
  if (o.count > 1 && o.out.empty() && !o.jsonl) {
    std::cerr << "nianbao: error: --count above 1 needs --out DIR or --jsonl (one document alone goes to standard "
                 "output)\n";
    return exit_unreadable;
  }
  try {
    const generate::generator gen(*edition);
    std::vector<generate::fault_kind> mix;
    for (const generate::fault_kind kind : generate::all_fault_kinds()) {
      if (gen.can_inject(kind)) mix.push_back(kind);
    }
    if (!o.out.empty()) std::filesystem::create_directories(o.out);
    for (std::size_t i = 0; i < o.count; ++i) {
      generate::options opts = base;
      opts.seed = o.seed + i;
      std::mt19937_64 choose(opts.seed ^ 0x9e3779b97f4a7c15ULL);
      for (std::size_t f = 0; f < o.random_faults; ++f) {
        opts.faults.push_back(mix[std::uniform_int_distribution<std::size_t>(0, mix.size() - 1)(choose)]);
      }
      generate::document doc = gen.generate(opts);
      const std::string stem = edition->id + "-" + std::to_string(opts.seed);
      if (o.jsonl) {
        if (o.format != "text") doc.text = rendered(o, *editions, doc.text);
        std::cout << generate::document_jsonl(doc, stem + extension(o));
        continue;
      }
      if (o.out.empty()) {
        std::cout << rendered(o, *editions, doc.text);
        continue;
      }
      if (!write_document(o, *editions, std::filesystem::path(o.out) / stem, doc, {})) return exit_unreadable;
    }
  } catch (const generate::generate_error& e) {
    std::cerr << "nianbao: error: " << e.what() << '\n';
    return exit_unreadable;
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "nianbao: error: " << e.what() << '\n';
    return exit_unreadable;
  }
  return exit_ok;
}

std::string names_of(const auto& kinds) {
  std::string out;
  for (const auto kind : kinds) out += (out.empty() ? "" : ", ") + std::string(generate::name_of(kind));
  return out;
}

// Accepts the names `named` knows (noise_named, fault_named).
CLI::Validator kind_names(auto named, const std::string& what) {
  return CLI::Validator(
      [named, what](const std::string& name) {
        return named(name) ? std::string() : "unknown " + what + " `" + name + "`";
      },
      "KIND");
}

}  // namespace

void add_generate_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<generate_options>();
  CLI::App* cmd = app.add_subcommand(
      "generate", "Write reports of an edition, valid or with known faults, each with an oracle file (X.oracle.json)");
  add_edition_file_option(*cmd, o->edition_files);
  cmd->add_option("--edition", o->edition, "The edition's id (gov2019, gov2021, …)");
  cmd->add_option("--seed", o->seed, "The first document's seed; document i uses seed + i (default 1)");
  cmd->add_option("--count", o->count, "How many documents (default 1)")->check(CLI::PositiveNumber);
  cmd->add_option("--out", o->out, "Directory to write EDITION-SEED.txt and EDITION-SEED.oracle.json into");
  cmd->add_flag("--jsonl", o->jsonl,
                "Write each document with its oracle as one line of JSON on standard output, {\"name\", \"text\", "
                "\"oracle\"}, for a fuzzer that reads a stream")
      ->excludes("--out");
  cmd->add_option("--format", o->format,
                  "Write each document as text (the text layout, default), html (a web page), docx (a Word "
                  "file), pdf (A4 pages, ruled tables) or md (Markdown with pipe tables), with the same oracle")
      ->check(CLI::IsMember({"text", "html", "docx", "pdf", "md"}));
  cmd->add_option("--shape", o->shape, "With --format html: the page's shape, word (default), cms or split")
      ->check(CLI::IsMember({"word", "cms", "split"}));
  cmd->add_flag("--no-noise", o->no_noise, "No layout noise: every document in the exact official form");
  cmd->add_option("--noise", o->noise,
                  "Only these kinds of noise (default all): " + names_of(generate::all_noise_kinds()))
      ->check(kind_names(generate::noise_named, "noise kind"))
      ->delimiter(',')
      ->excludes("--no-noise");
  cmd->add_option("--fault", o->faults, "Inject this fault (repeatable): " + names_of(generate::all_fault_kinds()))
      ->check(kind_names(generate::fault_named, "fault kind"))
      ->delimiter(',');
  cmd->add_option("--faults", o->random_faults, "Inject N faults drawn at random from those the edition can show");
  auto* series = cmd->add_option("--series", o->series,
                                 "Write series: per agency one report a year, FIRST-LAST (2019-2023), each in the "
                                 "edition in force, each following the one before (series-SEED-YEAR.txt)")
                     ->excludes("--edition")
                     ->excludes("--jsonl")
                     ->excludes("--count")
                     ->excludes("--fault")
                     ->excludes("--faults");
  cmd->add_option("--agencies", o->agencies, "With --series: how many agencies, each a series (default 1)")
      ->check(CLI::PositiveNumber)
      ->needs(series);
  cmd->add_option("--restate", o->restate_percent,
                  "With --series: in how many of a hundred reports after a series' first one of last year's "
                  "figures is carried over differently (default 0)")
      ->check(CLI::Range(0U, 100U))
      ->needs(series);
  cmd->add_option("--restate-rule", o->restate_rules,
                  "With --restate: only break this rule across years (repeatable; default any)")
      ->delimiter(',')
      ->needs(series);
  cmd->callback([o, &exit_code] { exit_code = run_generate(*o); });
}

}  // namespace nianbao::cli
