#!/usr/bin/env bash
# Peer comparison: build the enterprise corpus (../shared/corpus/enterprise,
# 5 locales x 60 files) with `stele build` (release) and with Hugo (Debian's
# package), and print wall time, peak RSS and the stele/hugo ratios.
#
# Usage: bench/compare-hugo.sh [RUNS]   (RUNS defaults to 5; KEEP=1 keeps the
# temporary sites and outputs and prints where they are)
#
# - Installs `hugo` and `hyperfine` with apt when they are missing (root).
# - Both tools read a copy of the same markdown files in a temporary folder:
#   Stele as content/<locale>/, Hugo as one contentDir per language, front
#   matter kept (it is plain YAML; Hugo ignores the keys it does not know).
# - Hugo gets a trivial layout (title + content; home and section pages list
#   their pages), goldmark with unsafe HTML so the <span> markup is passed
#   through, and ignores includes/ (Stele parses them only to inline them).
# - Wall time: hyperfine (--warmup 1, RUNS runs, output folder and Stele's
#   .stele/ index folder removed before each run, so every build is from
#   scratch); peak RSS: the largest "Maximum resident set size" of RUNS runs
#   under /usr/bin/time -v.
# - Hugo's pages differ from Stele's (no bilingual segments, no DocFX alerts,
#   includes, search, link checks): the figures compare "turn these 300
#   markdown files into a static site", not feature parity.
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="$ROOT/../shared/corpus/enterprise"
LOCALES=(en de zh it ja)

if [ ! -d "$CORPUS" ]; then
    echo "skipped: ../shared/corpus not found" >&2
    exit 0
fi

need_apt=()
command -v hugo >/dev/null 2>&1 || need_apt+=(hugo)
command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ "${#need_apt[@]}" -gt 0 ]; then
    echo "installing ${need_apt[*]} with apt" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "building stele (release)" >&2
(cd "$ROOT" && cargo build --release --quiet --bin stele)
STELE="$ROOT/target/release/stele"

WORK="$(mktemp -d)"
trap 'if [ -n "${KEEP:-}" ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi' EXIT

# --- Stele site -------------------------------------------------------------
S="$WORK/stele"
mkdir -p "$S/content"
for l in "${LOCALES[@]}"; do cp -r "$CORPUS/$l" "$S/content/$l"; done
cat >"$S/stele.toml" <<EOF
title = "Enterprise corpus"
base_url = "https://bench.example/"
source_locale = "en"
locales = ["en", "de", "zh", "it", "ja"]
EOF

# --- Hugo site --------------------------------------------------------------
H="$WORK/hugo"
mkdir -p "$H/content" "$H/layouts/_default"
for l in "${LOCALES[@]}"; do cp -r "$CORPUS/$l" "$H/content/$l"; done
{
    cat <<EOF
baseURL = "https://bench.example/"
title = "Enterprise corpus"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS"]
ignoreFiles = ["/includes/"]
enableGitInfo = false

[markup.goldmark.renderer]
unsafe = true

[languages]
EOF
    w=1
    for l in "${LOCALES[@]}"; do
        printf '[languages.%s]\ncontentDir = "content/%s"\nlanguageName = "%s"\nweight = %d\n' "$l" "$l" "$l" "$w"
        w=$((w + 1))
    done
} >"$H/hugo.toml"
cat >"$H/layouts/_default/baseof.html" <<'EOF'
<!doctype html>
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body>
</html>
EOF
cat >"$H/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
EOF
cat >"$H/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
cp "$H/layouts/_default/list.html" "$H/layouts/index.html"

STELE_CMD="$STELE build --quiet --root $S --out $WORK/out-stele"
HUGO_CMD="hugo --quiet --source $H --destination $WORK/out-hugo"

echo "checking that both build" >&2
$STELE_CMD >/dev/null 2>&1 || { echo "stele build failed:" >&2; $STELE_CMD; exit 1; }
$HUGO_CMD >"$WORK/hugo.log" 2>&1 || { echo "hugo failed:" >&2; cat "$WORK/hugo.log" >&2; exit 1; }
stele_pages=$(find "$WORK/out-stele" -name '*.html' | wc -l)
hugo_pages=$(find "$WORK/out-hugo" -name '*.html' | wc -l)

echo "timing ($RUNS runs each)" >&2
# "stele-nosearch" skips both search indexes (STELE_NO_SEARCH=1): Hugo
# writes no search index either, so it is the like-for-like row.
hyperfine --style basic --warmup 1 --runs "$RUNS" \
    --export-json "$WORK/times.json" \
    -n stele --prepare "rm -rf $WORK/out-stele $S/.stele" "$STELE_CMD" \
    -n stele-nosearch --prepare "rm -rf $WORK/out-stele" "env STELE_NO_SEARCH=1 $STELE_CMD" \
    -n hugo --prepare "rm -rf $WORK/out-hugo" "$HUGO_CMD" >&2

peak_rss_kb() { # OUT_DIR COMMAND...: the largest max RSS of $RUNS runs, in KiB
    local out="$1" max=0 kb
    shift
    for _ in $(seq "$RUNS"); do
        rm -rf "$out" "$S/.stele"
        /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>&1
        kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$WORK/time.txt")
        if [ "$kb" -gt "$max" ]; then max=$kb; fi
    done
    echo "$max"
}
echo "measuring peak RSS ($RUNS runs each)" >&2
# shellcheck disable=SC2086
stele_kb=$(peak_rss_kb "$WORK/out-stele" $STELE_CMD)
# shellcheck disable=SC2086
hugo_kb=$(peak_rss_kb "$WORK/out-hugo" $HUGO_CMD)

python3 - "$WORK/times.json" "$stele_kb" "$hugo_kb" "$stele_pages" "$hugo_pages" \
    "$(hugo version | awk '{print $2}')" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'EOF'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
skb, hkb, sp, hp, hv, cpus, load = sys.argv[2:]
s, n, h = times["stele"], times["stele-nosearch"], times["hugo"]
cpu = lambda t: t["user"] + t["system"]
print(f"enterprise corpus: 5 locales x 60 markdown files; {cpus} CPUs, load average {load}; hugo {hv}")
print(f"{'':<11} {'wall (mean ± σ)':>17} {'wall min':>9} {'CPU user+sys':>13} {'peak RSS':>10} {'HTML files':>11}")
for name, t, kb, pages in [("stele", s, int(skb), sp), ("no search", n, None, sp), ("hugo", h, int(hkb), hp)]:
    rss = f"{kb/1024:>7.1f} MB" if kb else f"{'':>10}"
    print(f"{name:<11} {t['mean']*1000:>9.0f} ± {t['stddev']*1000:>3.0f} ms {t['min']*1000:>6.0f} ms {cpu(t)*1000:>10.0f} ms {rss} {pages:>11}")
print(f"{'stele/hugo':<11} {s['mean']/h['mean']:>17.2f} {s['min']/h['min']:>9.2f} {cpu(s)/cpu(h):>13.2f} {int(skb)/int(hkb):>10.2f}")
print(f"{'no search/hugo':<14} {n['mean']/h['mean']:>14.2f} {n['min']/h['min']:>9.2f} {cpu(n)/cpu(h):>13.2f}")
EOF
