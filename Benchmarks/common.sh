# Helpers shared by Benchmarks/site.sh and Benchmarks/tracker.sh (sourced, not run).
# The caller sets NAME (for messages), ROOT, OUT, BIN, SCRATCH and SMOKE before using them.

say() { printf '%s\n' "$*" >&2; }
die() { say "$NAME: $*"; exit 1; }

install_missing() {  # install_missing command package [command package ...]
    local missing=()
    while [ $# -gt 0 ]; do
        [ -x "$(command -v "$1" 2>/dev/null)" ] || missing+=("$2")
        shift 2
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    say "Installing ${missing[*]} (apt-get) ..."
    $sudo apt-get install -y "${missing[@]}" >/dev/null 2>&1 \
        || { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y "${missing[@]}" >/dev/null; } \
        || die "could not install ${missing[*]}; install them and run again"
}

build_campaign() {  # build_campaign LOG: sets BIN and BIN_LABEL (release, or debug in smoke mode)
    local log=$1
    if [ -n "$BIN" ]; then
        [ -x "$BIN" ] || die "--bin $BIN is not an executable"
        BIN_LABEL="campaign binary $BIN"
        return
    fi
    local config=release
    [ "$SMOKE" -eq 1 ] && config=debug
    say "Building campaign ($config) into $SCRATCH ..."
    swift build -c $config --scratch-path "$SCRATCH" --product campaign >"$log" 2>&1 \
        || { tail -30 "$log" >&2; die "swift build failed (log: $log)"; }
    BIN=$ROOT/$SCRATCH/$config/campaign
    BIN_LABEL="campaign $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$([ -z "$(git -C "$ROOT" status --porcelain -- Sources Package.swift 2>/dev/null)" ] || echo '+uncommitted changes') ($config)"
}
