# Sourced by the benchmark scripts: the shared reports (the seed and the
# top of the corpus) concatenated into files of a given size, so that every
# script measures the same text.
#
# reports_file FILE BYTES: FILE made of the reports, each followed by a
# blank line, repeated until it holds at least BYTES bytes. Needs $shared.
reports_file() {
  local file=$1 bytes=$2
  local sources=("$shared/seed/taiyuan-2022-work-report.txt" "$shared"/corpus/*.txt)
  : >"$file"
  while [ "$(stat -c %s "$file")" -lt "$bytes" ]; do
    for f in "${sources[@]}"; do cat "$f"; printf '\n'; done >>"$file"
  done
}
