#!/usr/bin/env bash
# Times poppler's pdftotext against courtpub's extraction over the same PDFs in one run,
# and checks that both give the same text once whitespace and hyphenation are normalized.
#
#   crates/extract/benches/compare_pdftotext.sh [DIR_WITH_PDFS]   (default: testdata/acts)
#
# Needs: pdftotext (poppler-utils), hyperfine, python3. Both tools run one process per
# file, so start-up costs are paid alike. Prints a summary line per tool and the number of
# files whose normalized texts differ.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dir="${1:-$root/testdata/acts}"
for tool in pdftotext hyperfine python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install poppler-utils hyperfine python3)" >&2; exit 2; }
done
cargo build --release -q -p courtpub-extract --example extract --manifest-path "$root/Cargo.toml"
target="${CARGO_TARGET_DIR:-$root/target}"
ours="$target/release/examples/extract"
mapfile -t pdfs < <(find "$dir" -maxdepth 1 -name '*.pdf' | sort)
[ "${#pdfs[@]}" -gt 0 ] || { echo "no PDFs in $dir" >&2; exit 2; }
list="$(mktemp)"; trap 'rm -f "$list"; rm -rf "$work"' EXIT
work="$(mktemp -d)"
printf '%s\n' "${pdfs[@]}" > "$list"
bytes=$(cat "${pdfs[@]}" | wc -c)
echo "files: ${#pdfs[@]}, $(awk "BEGIN{printf \"%.2f\", $bytes/1e6}") MB; machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"

hyperfine --warmup 1 --runs 5 --export-json "$work/times.json" \
    -n pdftotext "xargs -a $list -I{} pdftotext -q {} -" \
    -n courtpub "xargs -a $list -I{} $ours {}" >&2

python3 - "$work/times.json" "${#pdfs[@]}" "$bytes" <<'PY'
import json, sys
data = json.load(open(sys.argv[1])); n = int(sys.argv[2]); mb = int(sys.argv[3]) / 1e6
res = {r["command"]: r["mean"] for r in data["results"]}
for name, t in res.items():
    print(f"{name:10s} {t:7.3f} s  {n / t:8.1f} files/s  {mb / t:6.2f} MB/s")
print(f"courtpub / pdftotext time ratio: {res['courtpub'] / res['pdftotext']:.2f}")
PY

# Same text? pdftotext reads table cells column by column and repeats running headers on
# every page, so the check compares the *sets* of words after normalizing: soft hyphens
# dropped, "x-\ny" and "x-y" joined alike, " | " cell separators and page numbers ignored,
# letter-spaced headings closed up.
differ=0
for f in "${pdfs[@]}"; do
    pdftotext -q "$f" "$work/p.txt" || true
    "$ours" "$f" > "$work/o.txt" 2>/dev/null || true
    if ! python3 - "$work/p.txt" "$work/o.txt" <<'PY'
import re, sys
def norm(t):
    t = t.replace("\u00ad", "").replace("\f", "\n")
    t = re.sub(r"(?m)^\s*стр\.?\s*\d+\s*$", "", t)
    t = re.sub(r"\s+стр\. \d+\s*$", "", t, flags=re.M)
    t = t.replace(" | ", " ")
    t = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", t)
    t = re.sub(r"(\w)-(\w)", r"\1\2", t)
    # letter-spaced headings ("Ч Е Ч И М"): pdftotext closes them up, courtpub keeps them
    t = re.sub(r"(?<!\S)\w(?: \w(?!\S))+", lambda m: m.group(0).replace(" ", ""), t)
    return set(t.split())
a, b = (norm(open(p, encoding="utf-8", errors="replace").read()) for p in sys.argv[1:3])
sys.exit(0 if a == b else 1)
PY
    then
        differ=$((differ + 1)); echo "differs: $f" >&2
    fi
done
echo "files whose words differ from pdftotext (as word sets): $differ of ${#pdfs[@]}"
