// The oracle as JSON, for a file beside each document or a line with the document in it. Members
// are written in the order of their names, as the files have always had them.
#include "json_stream.hpp"
#include "nianbao/generate.hpp"

namespace nianbao::generate {

namespace {

void write_findings(json_stream& j, const std::vector<expected_finding>& findings) {
  j.begin_array();
  for (const expected_finding& e : findings) {
    j.begin_object().key("id").value(e.id).key("severity").value(name_of(e.level));
    j.key("subject").string_or_null(e.subject).end_object();
  }
  j.end_array();
}

void write_oracle(json_stream& j, const document& doc, std::string_view file_name, std::string_view follows) {
  const bool in_series = !follows.empty();
  j.begin_object();
  if (in_series) {
    j.key("across_years");
    write_findings(j, doc.across_years);
  }
  j.key("agency").value(doc.agency).key("edition").value(doc.edition).key("expected");
  write_findings(j, doc.expected);
  j.key("facts").begin_array();
  for (const stated_fact& f : doc.facts) {
    j.begin_object().key("agrees").value(f.agrees).key("fact").value(f.fact);
    j.key("offset").value(std::uint64_t{f.offset}).key("stated").value(f.stated.to_canonical_string());
    j.key("subject").value(f.subject).key("table").value(f.table.to_canonical_string()).end_object();
  }
  j.end_array().key("faults").begin_array();
  for (const injected_fault& f : doc.faults)
    j.begin_object()
        .key("coord")
        .value(f.coord)
        .key("detail")
        .value(f.detail)
        .key("kind")
        .value(name_of(f.kind))
        .end_object();
  j.end_array().key("file").value(file_name);
  if (in_series) j.key("follows").value(follows);
  j.key("noise").begin_array();
  for (const noise_kind kind : doc.noise) j.value(name_of(kind));
  j.end_array();
  if (in_series) {
    j.key("restated").begin_array();
    for (const restatement& r : doc.restated)
      j.begin_object().key("coord").value(r.coord).key("detail").value(r.detail).key("rule").value(r.rule).end_object();
    j.end_array();
  }
  j.key("schema").value("nianbao-oracle").key("seed").value(std::uint64_t{doc.seed}).key("values").begin_array();
  for (const written_value& v : doc.values) {
    j.begin_object().key("coord").value(v.coord).key("unit").string_or_null(v.unit).key("value");
    if (v.value) {
      j.value(v.value->to_string());
    } else {
      j.null();
    }
    j.key("yuan");
    if (v.yuan) {
      j.value(v.yuan->to_canonical_string());
    } else {
      j.null();
    }
    j.end_object();
  }
  j.end_array().key("version").value(oracle_json_version).key("year").value(std::uint64_t{doc.year}).end_object();
}

}  // namespace

std::string oracle_json(const document& doc, std::string_view file_name, std::string_view follows) {
  std::string out;
  json_stream j(out, 1);
  write_oracle(j, doc, file_name, follows);
  out += '\n';
  return out;
}

std::string document_jsonl(const document& doc, std::string_view file_name) {
  std::string out;
  out.reserve(doc.text.size() * 5);  // the oracle is some four times the text
  json_stream j(out);
  j.begin_object().key("name").value(file_name).key("oracle");
  write_oracle(j, doc, file_name, {});
  j.key("text").value(doc.text).end_object();
  out += '\n';
  return out;
}

}  // namespace nianbao::generate
