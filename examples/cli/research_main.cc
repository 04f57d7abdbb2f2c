// `mubiao meta`, `mubiao panel` and `mubiao outcomes`: every file is read,
// segmented and its targets extracted (in parallel, as for targets); its
// metadata come from the text, the file name and the --meta manifest.
#include "research_main.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "buffer.h"
#include "encode.h"
#include "mapped_guard.h"
#include "mubiao/batch.h"
#include "mubiao/mubiao.h"
#include "sink.h"

namespace mubiao::cli {
namespace {

struct Loaded {
  Report report;
  std::string_view text;  // checked UTF-8, viewing storage
  std::shared_ptr<const void> storage;
  std::shared_ptr<MappedGuard> guard;  // while text views a mapping
  std::string error;
  std::vector<std::string> warnings;
};

Loaded load(const Pipeline& p, const Options& o, const std::vector<ManifestRow>& manifest,
            const std::string& file) {
  Loaded l;
  Input in;
  try {
    if (!read_input(file, o.input, in, l.error)) return l;
    l.warnings = std::move(in.warnings);
    l.text = in.text.view();
    l.storage = std::move(in.storage);
    if (in.mapped) l.guard = std::make_shared<MappedGuard>(l.text, file);
    const Document doc = p.segmenter().segment(in.text);
    l.report.statements = p.targets(l.text, doc);
    l.report.meta = report_meta(l.text, doc, in.doc);
    apply_manifest(manifest, l.report.meta);
    resolve_periods(doc, l.report.meta, l.report.statements);
  } catch (const InvalidUtf8& e) {
    l.error = "invalid UTF-8 at byte " + std::to_string(e.offset());
  }
  return l;
}

void append(const Row& row, Format f, Buffer& out) {
  if (f == Format::jsonl)
    encode_json(row, out);
  else
    encode_delimited(row, f == Format::tsv ? '\t' : ',', out);
}

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
  std::unique_ptr<Sink> sink;
  try {
    sink = std::make_unique<Sink>(o.output);
  } catch (const std::exception& e) {
    std::cerr << "mubiao: " << e.what() << "\n";
    return 1;
  }
  const Schema& schema = o.command == Command::meta    ? meta_schema()
                         : o.command == Command::panel ? panel_schema()
                                                       : outcome_schema();
  if (o.format != Format::jsonl) {
    // The header comes first even when no file yields a row.
    Buffer header;
    if (o.bom) header.append("\xEF\xBB\xBF");
    encode_header(schema, o.format == Format::tsv ? '\t' : ',', header);
    sink->write(header.view());
  }
  int status = 0;
  const auto& files = o.files;
  std::vector<Loaded> loaded(files.size());
  std::vector<Report> reports;
  std::vector<std::string_view> texts;
  std::vector<std::shared_ptr<const void>> storage;  // what texts view
  std::vector<std::shared_ptr<MappedGuard>> guards;
  Row row;
  std::string sources;
  run_batch(
      files.size(), o.jobs,
      [&](std::size_t i) { loaded[i] = load(pipeline, o, manifest, files[i]); },
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
        Buffer out;
        if (o.command == Command::meta) {
          present(l.report.meta, sources, row);
          append(row, o.format, out);
        }
        if (o.command == Command::panel) {
          for (const PanelRow& p : panel(l.report.meta, l.report.statements)) {
            present(p, l.text, row);
            append(row, o.format, out);
          }
        }
        sink->write(out.view());
        if (o.command == Command::outcomes) {
          reports.push_back(std::move(l.report));
          texts.push_back(l.text);
          storage.push_back(std::move(l.storage));
          guards.push_back(std::move(l.guard));
        }
        l = Loaded();
      });
  if (o.command == Command::outcomes) {
    // Reports moved into the vector keep their texts' indices.
    Buffer out;
    for (const OutcomeRow& r : outcomes(reports)) {
      const auto text_of = [&](const Report* p) -> std::string_view {
        return texts[static_cast<std::size_t>(p - reports.data())];
      };
      present(r, text_of(r.target_report), text_of(r.outcome_report), row);
      append(row, o.format, out);
    }
    sink->write(out.view());
  }
  if (!sink->commit()) {
    if (!sink->pipe_closed()) std::cerr << "mubiao: " << sink->error() << "\n";
    return sink->pipe_closed() ? status : 1;
  }
  return status;
}

}  // namespace mubiao::cli
