#!/usr/bin/env bash
# Tracker benchmark at province scale (issue 6, item 4): import, check and dashboard.
#
#   Benchmarks/tracker.sh                    # the full province, 5 timed runs of each check
#   Benchmarks/tracker.sh --runs 9 --scale 0.5
#   Benchmarks/tracker.sh --smoke            # a tiny province, every command once, no timing
#
# Full mode installs sqlite3 and GNU time if missing (apt-get), builds the release binary into
# .build-bench/ (or uses --bin PATH / $CAMPAIGN_BIN), writes the province with
# Benchmarks/province.py into Benchmarks/out/province (gitignored), imports its six CSV files into a
# fresh database (each timed once), then times, median of --runs runs after one warm-up run:
#   - campaign check --format json for the whole province (output to /dev/null),
#   - the same for one county,
#   - the floor: one hand-written SQL query in the sqlite3 CLI computing the same counts,
#   - campaign build --db (the site with the province's dashboard), and the same build without --db.
# It prints a table (also saved as Benchmarks/out/tracker-table.txt) with each step's median wall
# time, peak RSS, target and whether it was met.
#
# Smoke mode installs nothing (it needs python3; sqlite3 and GNU time are used when present), builds
# a debug binary (or uses --bin), runs every command once on a province of scale 0.001 and exits
# non-zero when a campaign command fails or its output is wrong. It makes no timing claim.
#
# Options:
#   --scale X     province size (default 1 = 20,000 schools, 250,000 classes, 600,000 meetings)
#   --runs R      timed runs per step (default 5)
#   --seed S      generator seed (default 6)
#   --bin PATH    use this campaign binary instead of building one
#   --out DIR     where the province, database and site go (default Benchmarks/out)
#   --smoke       tiny-province check, see above
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/Benchmarks
OUT=$BENCH/out
SCALE=1
RUNS=5
SEED=6
SMOKE=0
BIN=${CAMPAIGN_BIN:-}
SCRATCH=${BENCH_SCRATCH:-.build-bench}
TERM_ID=2026-autumn
TERM_START=2026-09-01
TERM_END=$(sed -n 's/^end: *//p' "$ROOT/Content/calendar/$TERM_ID.yaml" 2>/dev/null || true)
AS_OF=2026-11-20      # the check's date; also the last day the generator writes entries for
STEP_TIMEOUT=900      # seconds; no single step may take longer

while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --bin) BIN=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --smoke) SMOKE=1; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "tracker.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ $SMOKE -eq 1 ]; then
    SCALE=0.001
    RUNS=1
fi
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

NAME=tracker.sh
# shellcheck source=Benchmarks/common.sh
. "$ROOT/Benchmarks/common.sh"

generate() {  # (re)writes the province unless the same generator, scale and seed made it
    local stamp
    stamp="$(sha1sum "$BENCH/province.py" | cut -c1-12) scale=$SCALE seed=$SEED as-of=$AS_OF"
    if [ -f "$PROVINCE/.stamp" ] && [ "$(cat "$PROVINCE/.stamp")" = "$stamp" ]; then
        say "Province $PROVINCE is up to date: $(cat "$PROVINCE/sizes.txt")"
        return
    fi
    rm -rf "$PROVINCE"
    say "Generating the province (scale $SCALE) into $PROVINCE ..."
    python3 "$BENCH/province.py" --out "$PROVINCE" --scale "$SCALE" --seed "$SEED" --content "$ROOT/Content" \
        --as-of "$AS_OF" >&2
    echo "$stamp" >"$PROVINCE/.stamp"
}

# ---------------------------------------------------------------------------------------------
# Measuring

# measure NAME OK_STATUS command...: runs it under /usr/bin/time with its standard output in $SINK
# (/dev/null for timed runs, else $OUT/tracker-NAME.out); appends "wall_seconds rss_kb" to
# $RESULTS/NAME. Exit statuses up to OK_STATUS count as success (campaign check exits 1 when a class
# is behind).
SINK=file
measure() {
    local name=$1 ok=$2
    shift 2
    local tf start end status=0
    tf=$(mktemp)
    local timer=()
    if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f "%e %M" -o "$tf"); else echo "0 0" >"$tf"; fi
    start=$(date +%s%N)
    "${timer[@]}" timeout "$STEP_TIMEOUT" "$@" >"$([ "$SINK" = file ] && echo "$OUT/tracker-$name.out" || echo /dev/null)" \
        2>"$OUT/tracker-$name.err" || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt "$ok" ]; then
        say "FAILED (exit status $status): $*"
        tail -20 "$OUT/tracker-$name.err" >&2
        rm -f "$tf"
        return 1
    fi
    awk -v ns=$((end - start)) 'END { printf "%.3f %d\n", ns / 1e9, $2 }' "$tf" >>"$RESULTS/$name"
    rm -f "$tf"
}

# stats NAME: "median_seconds peak_rss_mb runs"
stats() {
    awk '{ w[NR] = $1; r = ($2 > r ? $2 : r) }
         END {
             n = NR; if (n == 0) { print "- - 0"; exit }
             for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (w[j] < w[i]) { t = w[i]; w[i] = w[j]; w[j] = t }
             m = (n % 2 ? w[(n + 1) / 2] : (w[n / 2] + w[n / 2 + 1]) / 2)
             printf "%.3f %.0f %d\n", m, r / 1024, n }' "$RESULTS/$1"
}

# ---------------------------------------------------------------------------------------------

if [ $SMOKE -eq 0 ]; then
    install_missing sqlite3 sqlite3 /usr/bin/time time timeout coreutils python3 python3
else
    command -v python3 >/dev/null 2>&1 || die "smoke: python3 is needed to generate the province"
fi
build_campaign "$OUT/tracker-swift-build.log"
if [ $SMOKE -eq 1 ]; then
    PROVINCE=$OUT/province-smoke
    DB=$OUT/province-smoke.sqlite
    RESULTS=$OUT/tracker-smoke
else
    PROVINCE=$OUT/province
    DB=$OUT/province.sqlite
    RESULTS=$OUT/tracker-results
fi
generate
COUNTY=$(cat "$PROVINCE/county.txt")
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
rm -f "$DB" "$DB-wal" "$DB-shm"

say "Importing into a fresh database $DB ..."
for kind in schools classes officers assignments meetings lectures; do
    measure "import-$kind" 0 "$BIN" import "$kind" "$PROVINCE/$kind.csv" --db "$DB" --content "$ROOT/Content" \
        || die "campaign import $kind failed"
    say "  $kind: $(cat "$OUT/tracker-import-$kind.out") ($(cut -d' ' -f1 "$RESULTS/import-$kind") s)"
done

# The floor: the same per-class and per-(officer, school) counts, with the names the report shows,
# in the order it shows them, as one SQL statement in the sqlite3 CLI.
FLOOR_SQL=$OUT/tracker-floor.sql
cat >"$FLOOR_SQL" <<SQL
SELECT 'class', s.code, c.code, v.name,
       (SELECT COUNT(*) FROM meeting m
        WHERE m.classId = c.id AND m.voidedAt IS NULL AND m.date BETWEEN '$TERM_START' AND '$AS_OF')
FROM school s JOIN schoolClass c ON c.schoolId = s.id
JOIN classVersion v ON v.classId = c.id AND v.retiredAt IS NULL
 AND v.validFrom <= '$TERM_END' AND (v.validUntil IS NULL OR v.validUntil > '$TERM_END')
UNION ALL
SELECT 'officer', s.code, o.code, ov.name,
       (SELECT COUNT(*) FROM lecture l
        WHERE l.officerId = a.officerId AND l.schoolId = a.schoolId AND l.voidedAt IS NULL
          AND l.date BETWEEN '$TERM_START' AND '$AS_OF')
FROM assignment a
JOIN assignmentVersion av ON av.assignmentId = a.id AND av.retiredAt IS NULL
 AND av.validFrom <= '$TERM_END' AND (av.validUntil IS NULL OR av.validUntil > '$TERM_END')
JOIN officer o ON o.id = a.officerId
JOIN officerVersion ov ON ov.officerId = o.id AND ov.retiredAt IS NULL
 AND ov.validFrom <= '$TERM_END' AND (ov.validUntil IS NULL OR ov.validUntil > '$TERM_END')
JOIN school s ON s.id = a.schoolId;
SQL

CHECK=(check --term "$TERM_ID" --as-of "$AS_OF" --format json --db "$DB" --content "$ROOT/Content")
SITE_ARGS=(build --content "$ROOT/Content" --site "$ROOT/Site" --as-of "$AS_OF" --no-search)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 0 "$RUNS"); do
    # Run 0 warms the page cache and is not counted (in smoke mode it is the only run).
    # Its output goes to files, for the checks below; timed runs write to /dev/null.
    if [ "$run" -eq 0 ] && [ $SMOKE -eq 0 ]; then target=$RESULTS/warmup; else target=$RESULTS; fi
    [ "$run" -gt 0 ] && [ $SMOKE -eq 1 ] && break
    if [ "$run" -eq 0 ]; then SINK=file; else SINK=null; fi
    if [ $SMOKE -eq 1 ]; then say "Checking the province once ..."; else say "Run $run of $RUNS$([ "$run" -eq 0 ] && echo " (warm-up, not counted)") ..."; fi
    RESULTS_SAVED=$RESULTS
    RESULTS=$target
    mkdir -p "$RESULTS"
    measure check-province 1 "$BIN" "${CHECK[@]}" || die "campaign check (province) failed"
    measure check-county 1 "$BIN" "${CHECK[@]}" --county "$COUNTY" || die "campaign check --county failed"
    if command -v sqlite3 >/dev/null 2>&1; then
        measure floor 0 sqlite3 "$DB" ".read $FLOOR_SQL" || die "the floor query failed"
    fi
    rm -rf "$OUT/tracker-site"
    measure dashboard 0 "$BIN" "${SITE_ARGS[@]}" --output "$OUT/tracker-site" --db "$DB" --term "$TERM_ID" \
        || die "campaign build --db failed"
    rm -rf "$OUT/tracker-site-plain"
    measure site-only 0 "$BIN" "${SITE_ARGS[@]}" --output "$OUT/tracker-site-plain" || die "campaign build failed"
    RESULTS=$RESULTS_SAVED
done

# The output must be the province's, whatever the timing: every class and assignment once, and the
# county's check exactly the county's classes.
verify() {
    python3 - "$PROVINCE" "$OUT/tracker-check-province.out" "$OUT/tracker-check-county.out" "$COUNTY" \
        "$OUT/tracker-floor.out" <<'PY' || die "the check's output is wrong"
import csv, json, os, sys
province, whole, county_file, county, floor = sys.argv[1:]
schools = {r["学校代码"]: r["区县"] for r in csv.DictReader(open(f"{province}/schools.csv", encoding="utf-8"))}
classes = [(r["学校代码"], r["班级代码"]) for r in csv.DictReader(open(f"{province}/classes.csv", encoding="utf-8"))]
pairs = [(r["编号"], r["学校代码"]) for r in csv.DictReader(open(f"{province}/assignments.csv", encoding="utf-8"))]
report = json.load(open(whole, encoding="utf-8"))
assert sorted((c["school"], c["class"]) for c in report["classes"]) == sorted(classes), "classes differ"
assert sorted((o["officer"], o["school"]) for o in report["officers"]) == sorted(pairs), "officers differ"
statuses = {c["status"] for c in report["classes"]}
assert statuses == {"met", "on-track", "behind"}, f"autumn statuses {statuses}"
part = json.load(open(county_file, encoding="utf-8"))
mine = sorted(c for c in classes if schools[c[0]] == county)
assert sorted((c["school"], c["class"]) for c in part["classes"]) == mine, "county classes differ"
whole_rows = {(c["school"], c["class"]): c for c in report["classes"]}
assert all(whole_rows[(c["school"], c["class"])] == c for c in part["classes"]), "county rows differ"
if os.path.exists(floor):  # the floor computes the same counts
    counted = {}
    for line in open(floor, encoding="utf-8"):
        kind, school, code, _, held = line.rstrip("\n").split("|")
        counted[(kind, school, code)] = int(held)
    mine = {("class", c["school"], c["class"]): c["held"] for c in report["classes"]}
    mine.update({("officer", o["school"], o["officer"]): o["held"] for o in report["officers"]})
    assert counted == mine, "the floor's counts differ from the check's"
PY
}
verify

if [ $SMOKE -eq 1 ]; then
    # The other formats and the spring term (met and missed) once each, output kept for checking.
    SINK=file
    for format in table csv; do
        measure "check-$format" 1 "$BIN" check --term "$TERM_ID" --as-of "$AS_OF" --format "$format" --db "$DB" --content "$ROOT/Content" \
            || die "campaign check --format $format failed"
    done
    measure check-spring 1 "$BIN" check --term 2026-spring --as-of "$AS_OF" --format json --db "$DB" --content "$ROOT/Content" \
        || die "campaign check --term 2026-spring failed"
    grep -q '"missed"' "$OUT/tracker-check-spring.out" || die "smoke: spring shows no missed class"
    grep -q 'class="dash' "$OUT/tracker-site/dashboard/index.html" || die "smoke: the site has no dashboard"
    say "smoke: $(cat "$PROVINCE/sizes.txt"); import, check (json, table, csv, county), floor and dashboard ran."
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# Table

TABLE=$OUT/tracker-table.txt
{
    echo "Tracker at province scale: $(cat "$PROVINCE/sizes.txt")"
    echo "$BIN_LABEL; $(nproc) cores; load before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "check: --term $TERM_ID --as-of $AS_OF --format json; county: $COUNTY; median of $RUNS runs"
    echo
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' step "wall (s)" "RSS (MB)" target met
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "---" "---:" "---:" "---" "---"
    import_total=0
    import_rss=0
    for kind in schools classes officers assignments meetings lectures; do
        read -r w r _ <<<"$(stats "import-$kind")"
        printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "import $kind" "$w" "$r" "" ""
        import_total=$(awk -v a="$import_total" -v b="$w" 'BEGIN { printf "%.2f", a + b }')
        [ "$r" -gt "$import_rss" ] && import_rss=$r
    done
    verdict() { awk -v w="$1" -v t="$2" -v r="$3" 'BEGIN { print (w < t && r < 1024 ? "yes" : "NO") }'; }
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "import, all six files" "$import_total" "$import_rss" "< 30 s" \
        "$(verdict "$import_total" 30 "$import_rss")"
    read -r pw pr _ <<<"$(stats check-province)"
    read -r fw fr _ <<<"$(stats floor)"
    read -r cw cr _ <<<"$(stats check-county)"
    read -r dw dr _ <<<"$(stats dashboard)"
    read -r sw sr _ <<<"$(stats site-only)"
    ratio=$(awk -v a="$pw" -v b="$fw" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    ratio_ok=$(awk -v r="$ratio" 'BEGIN { print (r <= 3 ? "yes" : "NO") }')
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "check province (json)" "$pw" "$pr" "< 1 s" "$(verdict "$pw" 1 "$pr")"
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "floor: one query in sqlite3" "$fw" "$fr" "" ""
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "check province / floor" "${ratio}x" "" "<= 3x" "$ratio_ok"
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "check one county (json)" "$cw" "$cr" "< 0.1 s" "$(verdict "$cw" 0.1 "$cr")"
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "build with dashboard" "$dw" "$dr" "< 2 s" "$(verdict "$dw" 2 "$dr")"
    printf '| %-30s | %10s | %9s | %-10s | %-6s |\n' "build without --db (reference)" "$sw" "$sr" "" ""
    echo
    echo "Memory target: < 1 GiB peak RSS for every step (the met column checks it too)."
} | tee "$TABLE"
