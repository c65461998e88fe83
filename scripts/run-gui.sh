#!/usr/bin/env bash
# Installs what the GUI needs, builds it (Release) and starts it. Extra arguments go to the app,
# e.g. scripts/run-gui.sh --host 192.168.1.20:31416 --password-file ~/boinc-pw
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release
cmake --build build/release -j "$(nproc)" --target boinc-docker-manager boinc-docker
exec build/release/app/boinc-docker-manager "$@"
