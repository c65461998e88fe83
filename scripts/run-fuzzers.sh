#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, preset `fuzz`) and runs each for a bounded time over a seed
# corpus made from the recorded replies. Usage: scripts/run-fuzzers.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build build/fuzz
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
mkdir -p "$corpus/gui_rpc_reply"
i=0
for f in tests/data/captures/boinc-*/*.reply tests/data/boinc/*.reply; do
    cp "$f" "$corpus/gui_rpc_reply/seed$i"; i=$((i+1))
done
mkdir -p "$corpus/engine_json" "$corpus/engine_log_demuxer"
for f in tests/data/captures/docker-*/*.json tests/data/captures/podman-*/*.json tests/data/captures/docker-*/*.jsonl; do
    cp "$f" "$corpus/engine_json/seed$i"; i=$((i+1))
done
for f in tests/data/captures/docker-*/*.bin; do
    cp "$f" "$corpus/engine_log_demuxer/seed$i"; i=$((i+1))
done
mkdir -p "$corpus/readiness_inputs"
for f in tests/data/readiness/plan_class_spec.xml tests/data/readiness/cdi/* tests/data/readiness/nvidia-smi/*; do
    cp "$f" "$corpus/readiness_inputs/seed$i"; i=$((i+1))
done
mkdir -p "$corpus/submit_inputs"
for f in resources/examples/*/*.json tests/data/webrpc/*.xml; do
    cp "$f" "$corpus/submit_inputs/seed$i"; i=$((i+1))
done
mkdir -p "$corpus/server_status"
for f in tests/data/server/*.xml tests/data/server/*.txt; do
    cp "$f" "$corpus/server_status/seed$i"; i=$((i+1))
done
for fuzzer in build/fuzz/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer"); name=${name#fuzz_}
    mkdir -p "$corpus/$name"
    echo "== $fuzzer for ${seconds}s"
    "$fuzzer" -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2048 -print_final_stats=1 "$corpus/$name" 2>&1 | tail -n 12
done
