// `mubiao meta`, `mubiao panel` and `mubiao outcomes`: every file is read,
// segmented and its targets extracted (in parallel, as for targets); its
// metadata come from the text, the file name and the --meta manifest.
#include "research_main.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "mubiao/batch.h"
#include "mubiao/mubiao.h"
#include "research_records.h"

namespace mubiao::cli {
namespace {

struct Loaded {
  Report report;
  std::string text;
  std::string error;
  std::vector<std::string> warnings;
};

Loaded load(const Pipeline& p, const Options& o, const std::vector<ManifestRow>& manifest,
            const std::string& file) {
  Loaded l;
  Input in;
  if (!read_input(file, o.input, in, l.error)) return l;
  l.warnings = std::move(in.warnings);
  try {
    l.text = std::move(in.text);
    const Document doc = p.segment(l.text);
    l.report.statements = p.targets(l.text, doc);
    l.report.meta = report_meta(l.text, doc, in.doc);
    apply_manifest(manifest, l.report.meta);
    resolve_periods(l.text, l.report.meta, l.report.statements);
  } catch (const InvalidUtf8& e) {
    l.error = "invalid UTF-8 at byte " + std::to_string(e.offset());
  }
  return l;
}

void append(const Record& r, Format f, std::string& out) {
  if (f == Format::jsonl) r.append_json(out);
  else r.append_row(out, f == Format::tsv ? '\t' : ',');
}

bool write(const std::string& s) { return std::fwrite(s.data(), 1, s.size(), stdout) == s.size(); }

}  // namespace

int run_research(const Options& o) {
  std::vector<ManifestRow> manifest;
  if (!o.meta_file.empty()) {
    std::ifstream in(o.meta_file, std::ios::binary);
    if (!in) {
      std::cerr << "mubiao: " << o.meta_file << ": cannot open manifest\n";
      return 1;
    }
    const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
      manifest = parse_manifest(csv);
    } catch (const std::invalid_argument& e) {
      std::cerr << "mubiao: " << o.meta_file << ": " << e.what() << "\n";
      return 1;
    }
  }
  const Pipeline pipeline;
  if (o.format != Format::jsonl) {
    // The header comes first even when no file yields a row.
    std::string header;
    const char sep = o.format == Format::tsv ? '\t' : ',';
    Report none;
    OutcomeRow empty;
    empty.target_report = empty.outcome_report = &none;
    if (o.command == Command::meta) meta_record(ReportMeta()).append_header(header, sep);
    if (o.command == Command::panel) panel_record(PanelRow(), "").append_header(header, sep);
    if (o.command == Command::outcomes) outcome_record(empty, "", "").append_header(header, sep);
    if (!write(header)) return 1;
  }
  int status = 0;
  const auto& files = o.files;
  std::vector<Loaded> loaded(files.size());
  std::vector<Report> reports;
  std::vector<std::string> texts;
  run_batch(
      files.size(), o.jobs, [&](std::size_t i) { loaded[i] = load(pipeline, o, manifest, files[i]); },
      [&](std::size_t i) {
        Loaded& l = loaded[i];
        for (const std::string& w : l.warnings)
          std::cerr << "mubiao: " << files[i] << ": warning: " << w << "\n";
        if (!l.error.empty()) {
          std::cerr << "mubiao: " << files[i] << ": " << l.error << "\n";
          status = 1;
          l = Loaded();
          return;
        }
        std::string out;
        if (o.command == Command::meta) append(meta_record(l.report.meta), o.format, out);
        if (o.command == Command::panel)
          for (const PanelRow& row : panel(l.report.meta, l.report.statements))
            append(panel_record(row, l.text), o.format, out);
        if (!write(out)) status = 1;
        if (o.command == Command::outcomes) {
          reports.push_back(std::move(l.report));
          texts.push_back(std::move(l.text));
        }
        l = Loaded();
      });
  if (o.command == Command::outcomes) {
    std::string out;
    for (const OutcomeRow& row : outcomes(reports)) {
      const auto text_of = [&](const Report* r) -> std::string_view {
        return texts[static_cast<std::size_t>(r - reports.data())];
      };
      append(outcome_record(row, text_of(row.target_report), text_of(row.outcome_report)),
             o.format, out);
    }
    if (!write(out)) status = 1;
  }
  return status;
}

}  // namespace mubiao::cli
