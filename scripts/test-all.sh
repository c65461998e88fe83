#!/usr/bin/env bash
# Installs everything, builds with warnings as errors, and runs every test: unit, GUI (offscreen),
# integration against real services (BOINC client, dockerd, sshd started by the fixtures), the
# core again under AddressSanitizer + UBSan, the fuzzers for a bounded time, and the format check.
# This is the README's test command, and what CI (.ci/run) runs.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
step() { printf '\n==== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

step "dependencies"
packaging/install-deps.sh --test

export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1

step "build (Debug, warnings are errors)"
cmake --preset dev
cmake --build build/dev -j "$jobs"

step "tests: unit, gui, integration"
ctest --test-dir build/dev --timeout 900

step "AddressSanitizer + UBSan build of core and its tests"
cmake --preset asan
cmake --build build/asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build/asan --timeout 900

step "fuzzers"
scripts/run-fuzzers.sh "${BDM_FUZZ_SECONDS:-60}"

step "format"
scripts/check-format.sh

step "all tests passed"
