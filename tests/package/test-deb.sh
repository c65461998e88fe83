#!/usr/bin/env bash
# Builds the .deb from a configured and built tree, checks its control data and contents,
# validates the desktop entry and the AppStream metainfo, unpacks it into a temporary root and
# runs both executables from there. Usage: tests/package/test-deb.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6keychain1 libcurl4 libpugixml1v5 libqt6sql6-sqlite libqt6svg6; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
id=io.github.boinc_docker_manager.BoincDockerManager
for f in usr/bin/boinc-docker usr/bin/boinc-docker-manager \
         "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$id.svg" "usr/share/icons/hicolor/48x48/apps/$id.png" \
         "usr/share/icons/hicolor/256x256/apps/$id.png" \
         usr/share/man/man1/boinc-docker.1.gz usr/share/man/man1/boinc-docker-manager.1.gz; do
    [ -s "$root/$f" ] || fail "missing $f"
done
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
zcat "$root/usr/share/man/man1/boinc-docker.1.gz" | grep -q '^\.TH BOINC-DOCKER 1' || fail "man page"

version=$(grep -m1 'CPACK_PACKAGE_VERSION "' "$build/CPackConfig.cmake" | cut -d'"' -f2)
out=$("$root/usr/bin/boinc-docker" --version)
[[ $out == *"$version"* ]] || fail "boinc-docker --version said: $out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/boinc-docker-manager" --version)
[[ $out == *"$version"* ]] || fail "boinc-docker-manager --version said: $out"
# The GUI starts from the unpacked root, shows its window and quits on its own.
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/boinc-docker-manager" --host 127.0.0.1:1 --quit-after 2 \
    >"$work/gui.log" 2>&1 || { cat "$work/gui.log"; fail "the GUI did not start and quit"; }
echo "PASS: $(basename "$deb"): depends, files, desktop entry, metainfo, man pages, both executables"
