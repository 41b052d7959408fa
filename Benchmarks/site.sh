#!/usr/bin/env bash
# Site build benchmark: `campaign build` against Hugo on the same generated corpus (issue 6).
#
#   Benchmarks/site.sh                      # 1,000 and 10,000 pages, 3 runs each
#   Benchmarks/site.sh --pages "1000" --runs 5
#   Benchmarks/site.sh --smoke              # 30 pages, one campaign build (+ hugo if installed)
#
# Full mode installs hugo, cmark and GNU time if missing (apt-get), builds the release binary into
# .build-bench/, writes corpora with Benchmarks/corpus.py into Benchmarks/out/ (gitignored), then
# for each size alternates `campaign build` and `hugo` cold builds (output folder removed before
# every run), measures wall time and peak RSS with /usr/bin/time, runs the floor (`cmark` over the
# concatenated Markdown), measures a rebuild after one page changes, and prints a table.
#
# Smoke mode installs nothing, builds a debug binary (or uses --bin / $CAMPAIGN_BIN), and exits
# non-zero when campaign fails or its output lacks the expected files. It is not timed.
#
# Options:
#   --pages "N M"   corpus sizes (default "1000 10000")
#   --runs R        cold runs per tool and size (default 3)
#   --seed S        corpus seed (default 1)
#   --bin PATH      use this campaign binary instead of building one
#   --no-server     skip the `hugo server` partial-render measurement
#   --out DIR       where corpora and sites go (default Benchmarks/out)
#   --smoke         tiny-corpus check, see above
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/Benchmarks
OUT=$BENCH/out
PAGES="1000 10000"
RUNS=3
SEED=1
SMOKE=0
SERVER=1
BIN=${CAMPAIGN_BIN:-}
SCRATCH=${BENCH_SCRATCH:-.build-bench}
AS_OF=2026-11-24
STEP_TIMEOUT=900   # seconds; no single build may take longer

while [ $# -gt 0 ]; do
    case "$1" in
        --pages) PAGES=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --bin) BIN=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --no-server) SERVER=0; shift ;;
        --smoke) SMOKE=1; shift ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "site.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

NAME=site.sh
# shellcheck source=Benchmarks/common.sh
. "$ROOT/Benchmarks/common.sh"

generate() {  # generate N DIR: (re)writes the corpus unless the same generator and seed made it
    local n=$1 dir=$2
    local stamp
    stamp="$(sha1sum "$BENCH/corpus.py" | cut -c1-12) pages=$n seed=$SEED"
    if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
        say "Corpus $dir is up to date."
        return
    fi
    rm -rf "$dir"
    python3 "$BENCH/corpus.py" --pages "$n" --out "$dir" --seed "$SEED" >&2
    echo "$stamp" >"$dir/.stamp"
}

# ---------------------------------------------------------------------------------------------
# Commands being measured

# Each sets CMD to the command line (an array, so /usr/bin/time and timeout can run it).
campaign_cmd() {  # campaign_cmd CORPUS OUTPUT
    CMD=("$BIN" build --content "$1/content" --site "$ROOT/Site" --output "$2" --as-of "$AS_OF" --no-search)
}

hugo_cmd() {  # hugo_cmd CORPUS OUTPUT
    CMD=(hugo --source "$BENCH/hugo-site" --contentDir "$1/hugo/content" --destination "$2"
         --cacheDir "$OUT/hugo-cache" --noBuildLock --quiet)
}

# measure NAME LOG command...: runs it under /usr/bin/time; appends "wall rss_kb user sys" to $RESULTS/NAME.
measure() {
    local name=$1 log=$2
    shift 2
    local tf
    tf=$(mktemp)
    sync  # let the previous run's writes and deletions settle before the clock starts
    if ! /usr/bin/time -f "%e %M %U %S" -o "$tf" timeout "$STEP_TIMEOUT" "$@" >"$log" 2>&1; then
        say "FAILED: $*"
        tail -20 "$log" >&2
        rm -f "$tf"
        return 1
    fi
    tail -1 "$tf" >>"$RESULTS/$name"
    rm -f "$tf"
}

# stats FILE: "median_wall min_wall max_wall max_rss_mb median_cpu_percent runs"
stats() {
    awk '{ w[NR] = $1; r = ($2 > r ? $2 : r); c[NR] = ($1 > 0 ? ($3 + $4) / $1 * 100 : 0) }
         END {
             n = NR; if (n == 0) { print "- - - - - 0"; exit }
             for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) {
                 if (w[j] < w[i]) { t = w[i]; w[i] = w[j]; w[j] = t }
                 if (c[j] < c[i]) { t = c[i]; c[i] = c[j]; c[j] = t } }
             m = (n % 2 ? w[(n + 1) / 2] : (w[n / 2] + w[n / 2 + 1]) / 2)
             cm = (n % 2 ? c[(n + 1) / 2] : (c[n / 2] + c[n / 2 + 1]) / 2)
             printf "%.2f %.2f %.2f %.0f %.0f %d\n", m, w[1], w[n], r / 1024, cm, n }' "$1"
}

first_letter() {  # first_letter DIR: the first letter file in name order (no `ls | head`: SIGPIPE)
    local files=("$1"/[0-9]*.md)
    echo "${files[0]}"
}

edit_page() {  # edit_page FILE K: appends one paragraph, so the page really changes
    printf '\n本期更新：第 %s 次修改（benchmark edit）。\n' "$2" >>"$1"
}

# hugo_server CORPUS N: prints "initial_ms partial_ms rss_mb" of `hugo server` rendering to disk,
# after changing one page; "- - -" when it could not be measured.
hugo_server() {
    local corpus=$1 n=$2 port=$((20000 + RANDOM % 20000)) log="$OUT/hugo-server-$2.log" pid deadline
    local page
    page=$(first_letter "$corpus/hugo/content/letters")
    rm -rf "$OUT/site-$n/hugo-server"
    hugo server --source "$BENCH/hugo-site" --contentDir "$corpus/hugo/content" \
        --destination "$OUT/site-$n/hugo-server" --renderToDisk --cacheDir "$OUT/hugo-cache" --noBuildLock \
        --bind 127.0.0.1 --port "$port" --disableLiveReload --watch >"$log" 2>&1 &
    pid=$!
    deadline=$((SECONDS + 300))
    until grep -q "Web Server is available" "$log" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -gt $deadline ]; then
            kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
            echo "- - -"; return
        fi
        sleep 0.5
    done
    sleep 2
    # Edit, and edit again if the watcher missed it (up to 4 tries, 30 s each).
    local try
    for try in 1 2 3 4; do
        edit_page "$page" "server-$try"
        deadline=$((SECONDS + 30))
        until grep -q "^Total in" "$log" 2>/dev/null || [ $SECONDS -gt $deadline ]; do sleep 0.2; done
        grep -q "^Total in" "$log" && break
    done
    local rss
    rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo -)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local initial partial
    initial=$(grep -o 'Built in [0-9]* ms' "$log" | head -1 | grep -o '[0-9]*' || true)
    partial=$(grep -o '^Total in [0-9]* ms' "$log" | tail -1 | grep -o '[0-9]*' || true)
    echo "${initial:--} ${partial:--} ${rss:--}"
}

search_available() {
    [ "${CAMPAIGN_PAGEFIND:-}" = none ] && return 1
    [ -n "${CAMPAIGN_PAGEFIND:-}" ] && return 0
    command -v pagefind_extended >/dev/null 2>&1 || command -v pagefind >/dev/null 2>&1 \
        || python3 -c 'import pagefind_bin_extended' >/dev/null 2>&1
}

# ---------------------------------------------------------------------------------------------
# Smoke mode: a tiny corpus, one build each, no timing.

if [ $SMOKE -eq 1 ]; then
    command -v python3 >/dev/null || die "python3 is needed for Benchmarks/corpus.py"
    build_campaign "$OUT/swift-build.log"
    corpus=$OUT/smoke
    generate 30 "$corpus"
    rm -rf "$OUT/smoke-site"
    campaign_cmd "$corpus" "$OUT/smoke-site/campaign"
    if ! "${CMD[@]}" >"$OUT/smoke-campaign.log" 2>&1; then
        cat "$OUT/smoke-campaign.log" >&2
        die "smoke: campaign build failed on the 30-page corpus"
    fi
    for f in index.html kits/index.html cases/index.html letters/index.html letters/feed.xml sitemap.xml \
        grades/junior/index.html themes/law/index.html kits/kit-00001.zip kits/kit-00001/handout.html letters/1/index.html; do
        [ -s "$OUT/smoke-site/campaign/$f" ] || die "smoke: campaign output lacks $f"
    done
    say "smoke: campaign $(tail -1 "$OUT/smoke-campaign.log")"
    if command -v hugo >/dev/null 2>&1; then
        hugo_cmd "$corpus" "$OUT/smoke-site/hugo"
        if "${CMD[@]}" >"$OUT/smoke-hugo.log" 2>&1; then
            say "smoke: hugo built $(find "$OUT/smoke-site/hugo" -name '*.html' | wc -l) HTML files"
        else
            cat "$OUT/smoke-hugo.log" >&2
            say "smoke: WARNING: hugo failed on the benchmark site (campaign passed, so not an error here)"
        fi
    else
        say "smoke: hugo not installed, skipped"
    fi
    say "smoke: ok"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# Full benchmark

install_missing hugo hugo cmark cmark python3 python3
[ -x /usr/bin/time ] || install_missing /usr/bin/time time
build_campaign "$OUT/swift-build.log"
LOAD=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$LOAD" 'BEGIN { exit !(l > 0.7) }'; then
    say "WARNING: load average is $LOAD before the benchmark: other processes are using the CPU and the"
    say "         numbers will be slower and noisier than on a quiet machine."
fi
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$OUT/results-$STAMP
mkdir -p "$RESULTS"
TABLE=$RESULTS/table.txt

# Outputs of earlier runs are moved aside and deleted only after the last measurement: ext4
# creates files slowly for a while after many were deleted (its inode allocator skips recently
# freed inodes), so deleting the previous run's 20,000 files just before a build made every build
# pay for the harness's cleanup, campaign and hugo alike.
TRASH=$OUT/trash-$STAMP
mkdir -p "$TRASH"
set_aside() {  # set_aside PATH...: moves each existing path into the trash folder
    local p
    for p in "$@"; do
        [ -e "$p" ] && mv "$p" "$TRASH/$(basename "$p").$RANDOM$RANDOM"
    done
    return 0
}
trap 'rm -rf "$TRASH"' EXIT

for n in $PAGES; do
    corpus=$OUT/corpus-$n
    site=$OUT/site-$n
    generate "$n" "$corpus"
    mkdir -p "$site"
    say "== $n pages: $RUNS cold runs each, alternating campaign and hugo =="
    for r in $(seq 1 "$RUNS"); do
        set_aside "$site/campaign" "$site/.campaign.build-cache" "$site/hugo"
        campaign_cmd "$corpus" "$site/campaign"
        measure "campaign-$n" "$site/campaign.log" "${CMD[@]}" \
            || die "campaign build failed on $corpus (log: $site/campaign.log)"
        say "  run $r campaign: $(tail -1 "$RESULTS/campaign-$n")"
        hugo_cmd "$corpus" "$site/hugo"
        measure "hugo-$n" "$site/hugo.log" "${CMD[@]}" \
            || die "hugo failed on $corpus (log: $site/hugo.log)"
        say "  run $r hugo:     $(tail -1 "$RESULTS/hugo-$n")"
        measure "cmark-$n" "$site/cmark.log" sh -c 'cmark "$1" >/dev/null' cmark "$corpus/all.md" \
            || die "cmark failed"
    done
    grep -h '已生成' "$site/campaign.log" | tail -1 >"$RESULTS/summary-$n" || true
    echo "$(find "$site/campaign" -type f | wc -l) files, $(du -sm "$site/campaign" | cut -f1) MB" >"$RESULTS/files-campaign-$n"
    echo "$(find "$site/hugo" -type f | wc -l) files, $(du -sm "$site/hugo" | cut -f1) MB" >"$RESULTS/files-hugo-$n"

    say "== $n pages: rebuild after one page changes =="
    # The same letter in both copies of the corpus; outputs of the last cold run stay in place, so
    # campaign's build is incremental (it finds .campaign.build-cache beside its output).
    letter=$(basename "$(first_letter "$corpus/content/letters")")
    for r in $(seq 1 "$RUNS"); do
        edit_page "$corpus/content/letters/$letter" "$r"
        campaign_cmd "$corpus" "$site/campaign"
        measure "campaign-rebuild-$n" "$site/campaign-rebuild.log" "${CMD[@]}" \
            || die "campaign rebuild failed"
        edit_page "$corpus/hugo/content/letters/$letter" "$r"
        hugo_cmd "$corpus" "$site/hugo"
        measure "hugo-rebuild-$n" "$site/hugo-rebuild.log" "${CMD[@]}" \
            || die "hugo rebuild failed"
    done
    if [ $SERVER -eq 1 ]; then
        say "== $n pages: hugo server, partial render after one page changes =="
        hugo_server "$corpus" "$n" >"$RESULTS/server-$n"
    fi
    # Put the corpus back as generated, so the next run starts from the same bytes.
    rm -f "$corpus/.stamp"

    if search_available; then
        set_aside "$site/campaign-search" "$site/.campaign-search.build-cache"
        "$BIN" build --content "$corpus/content" --site "$ROOT/Site" --output "$site/campaign-search" \
            --as-of "$AS_OF" >"$site/campaign-search.log" 2>&1 || true
        grep -o '其中搜索索引 [0-9.]* 秒' "$site/campaign-search.log" | grep -o '[0-9.]*' >"$RESULTS/search-$n" || true
    fi
done

# ---------------------------------------------------------------------------------------------
# Table

{
    echo "campaign site benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load average before $LOAD, after $(cut -d' ' -f1 /proc/loadavg)"
    echo "$BIN_LABEL, $(hugo version | awk '{ print $1, $2 }'), cmark $(cmark --version | head -1 | awk '{ print $2 }'), $RUNS runs, corpus seed $SEED"
    echo "Cold builds start without an output folder (earlier outputs are moved aside and deleted after the last run)."
    echo "Wall = median of the runs (min-max); RSS = highest peak over the runs;"
    echo "CPU = (user+sys)/wall, 200% = both cores busy. campaign uses --no-search."
    echo
    printf '%-7s %-44s %8s %15s %9s %6s %8s %9s\n' pages "what" "wall s" "(min-max)" "RSS MB" CPU% "÷hugo" "÷floor"
    for n in $PAGES; do
        read -r cw cmin cmax crss ccpu _ < <(stats "$RESULTS/campaign-$n")
        read -r hw hmin hmax hrss hcpu _ < <(stats "$RESULTS/hugo-$n")
        read -r fw fmin fmax frss fcpu _ < <(stats "$RESULTS/cmark-$n")
        read -r rw rmin rmax rrss rcpu _ < <(stats "$RESULTS/campaign-rebuild-$n")
        read -r gw gmin gmax grss gcpu _ < <(stats "$RESULTS/hugo-rebuild-$n")
        ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
        printf '%-7s %-44s %8s %15s %9s %6s %8s %9s\n' "$n" "campaign build (cold)" "$cw" "($cmin-$cmax)" "$crss" "$ccpu" "$(ratio "$cw" "$hw")" "$(ratio "$cw" "$fw")"
        printf '%-7s %-44s %8s %15s %9s %6s %8s %9s\n' "$n" "hugo (cold)" "$hw" "($hmin-$hmax)" "$hrss" "$hcpu" "1.00" "$(ratio "$hw" "$fw")"
        printf '%-7s %-44s %8s %15s %9s %6s %8s %9s\n' "$n" "floor: cmark over all.md (one file)" "$fw" "($fmin-$fmax)" "$frss" "$fcpu" "" "1.00"
        printf '%-7s %-44s %8s %15s %9s %6s %8s %9s\n' "$n" "campaign rebuild, 1 page changed (incremental)" "$rw" "($rmin-$rmax)" "$rrss" "$rcpu" "$(ratio "$rw" "$gw")" ""
        printf '%-7s %-44s %8s\n' "$n" "  = this share of campaign's cold build" "$(awk -v a="$rw" -v b="$cw" 'BEGIN { if (b > 0) printf "%.1f%%", a / b * 100; else print "-" }')"
        printf '%-7s %-44s %8s %15s %9s %6s %8s %9s\n' "$n" "hugo second build, 1 page changed (FULL)" "$gw" "($gmin-$gmax)" "$grss" "$gcpu" "" ""
        if [ -f "$RESULTS/server-$n" ]; then
            read -r si sp srss <"$RESULTS/server-$n"
            printf '%-7s %-44s %8s %15s %9s\n' "$n" "hugo server: partial render after the change" \
                "$(awk -v ms="$sp" 'BEGIN { if (ms == "-") print "-"; else printf "%.3f", ms / 1000 }')" \
                "(first $(awk -v ms="$si" 'BEGIN { if (ms == "-") print "-"; else printf "%.2f", ms / 1000 }') s)" "$srss"
        fi
        if [ -s "$RESULTS/search-$n" ]; then
            printf '%-7s %-44s %8s\n' "$n" "campaign search index (Pagefind), on its own" "$(cat "$RESULTS/search-$n")"
        else
            printf '%-7s %-44s\n' "$n" "search index: not measured (Pagefind not installed; builds use --no-search)"
        fi
        echo "        campaign: $(cat "$RESULTS/summary-$n"); output $(cat "$RESULTS/files-campaign-$n"); hugo output $(cat "$RESULTS/files-hugo-$n")"
    done
    echo
    echo "Rebuilds: after one letter changes, 'campaign build' finds the previous build's cache beside its output and"
    echo "re-renders and rewrites only what the change touches (the letter's page and WeChat page, the listing and"
    echo "home pages that show its card, the feed); every other source is only stat'ed. Its like-for-like counterpart"
    echo "is 'hugo server', which keeps the site in memory and re-renders the changed page and the lists that show it"
    echo "(its own 'Total in … ms', excluding its file watcher's delay); 'hugo' itself has no cache between CLI runs,"
    echo "so its second build is a full one, shown for reference. campaign's rebuild is timed as a whole new process"
    echo "(start, read the cache, stat 10,000 sources, write), so the comparison is, if anything, unfavourable to it."
} | tee "$TABLE"
say "Results: $RESULTS"
