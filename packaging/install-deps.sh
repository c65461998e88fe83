#!/usr/bin/env bash
# Installs every build and test dependency of BOINC Docker Manager from Debian 12 packages.
# Idempotent: running it again installs nothing new. Uses sudo when not root.
#   packaging/install-deps.sh          build + run the GUI
#   packaging/install-deps.sh --test   also everything the tests, fuzzers and benchmarks use
set -euo pipefail

want_tests=0
for arg in "$@"; do
    case "$arg" in
        --test) want_tests=1 ;;
        -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
        *) echo "install-deps.sh: unknown option '$arg' (use --test or nothing)" >&2; exit 2 ;;
    esac
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps.sh: run as root or install sudo" >&2; exit 2; }
    SUDO="sudo"
fi

build_pkgs=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libgl-dev libqt6opengl6-dev qt6-wayland
    qtkeychain-qt6-dev libcurl4-openssl-dev libpugixml-dev nlohmann-json3-dev
    qt6-gtk-platformtheme
)
test_pkgs=(
    boinc-client boinc-manager docker.io busybox-static podman openssh-server openssh-client
    xvfb xauth imagemagick x11-utils clang libclang-rt-14-dev clang-format
    gnome-keyring libsecret-tools dbus dbus-x11 curl procps iproute2 hyperfine
    desktop-file-utils appstream fonts-noto-cjk file python3 openssl dpkg-dev
)

pkgs=("${build_pkgs[@]}")
[ "$want_tests" = 1 ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps.sh: all ${#pkgs[@]} packages already installed"
    exit 0
fi

echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d keeps the packages' own services (boinc-client, docker, ssh) from starting
# system-wide: the tests start private instances and must never touch a system one.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps.sh: done"
