#!/usr/bin/env bash
# Screenshots of every page of the GUI, in English and Simplified Chinese, in the desktop's light
# and dark palettes, for docs/screenshots/.
#
#   scripts/screenshot.sh [BUILD_DIR] [--host HOST[:PORT]] [--password-file FILE] [--out DIR] [--suffix TEXT]
#
# Files are LANG-PAGE[-dark][SUFFIX].png. The palettes are the GTK theme's, Adwaita and Adwaita
# dark, as a GNOME desktop hands them to Qt through its GTK platform theme (Debian package
# qt6-gtk-platformtheme): what a user with a dark desktop sees, not a palette made up here.
# BUILD_DIR defaults to build/dev. Without --host the program looks for a client at
# 127.0.0.1:31416 and, finding none, shows its "unreachable" empty states; with --host it shows
# what that running client reports (files get the suffix "-connected" unless --suffix says
# otherwise). Runs under its own X server (xvfb-run) with a throw-away settings directory, so it
# neither needs a display nor touches the user's saved window layout.
set -euo pipefail

cd "$(dirname "$0")/.."
build=build/dev
out=docs/screenshots
suffix=
suffix_set=no
app_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --host|--password-file) app_args+=("$1" "$2"); shift 2 ;;
        --out) out=$2; shift 2 ;;
        --suffix) suffix=$2; suffix_set=yes; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        -*) echo "screenshot.sh: unknown option $1" >&2; exit 2 ;;
        *) build=$1; shift ;;
    esac
done
for arg in "${app_args[@]}"; do
    if [ "$arg" = --host ] && [ $suffix_set = no ]; then suffix=-connected; fi
done

exe=$build/app/boinc-docker-manager
if [ ! -x "$exe" ]; then
    echo "screenshot.sh: $exe not found; build it first: cmake --build $build --target boinc-docker-manager" >&2
    exit 2
fi
for tool in xvfb-run import xwininfo; do
    command -v $tool >/dev/null || { echo "screenshot.sh: $tool is missing (apt-get install xvfb imagemagick x11-utils)" >&2; exit 2; }
done
if ! ls /usr/lib/*/qt6/plugins/platformthemes/libqgtk3.so >/dev/null 2>&1; then
    echo "screenshot.sh: Qt's GTK platform theme is missing (apt-get install qt6-gtk-platformtheme)" >&2
    exit 2
fi
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Runs inside the X server: one start of the program per page, each shot cropped to the window.
cat > "$scratch/shoot.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
exe=$1 out=$2 lang=$3 suffix=$4; shift 4
settle=${SCREENSHOT_SETTLE:-3}
for page in readiness tasks fleet submit jobs server; do
    "$exe" --lang "$lang" --page "$page" "$@" >"$SCRATCH/app-$lang-$page.log" 2>&1 &
    pid=$!
    wid=
    for _ in $(seq 1 100); do
        wid=$(xwininfo -root -tree 2>/dev/null | awk '/"BOINC Docker Manager"/ { print $1; exit }')
        [ -n "$wid" ] && break
        sleep 0.1
    done
    if [ -z "$wid" ]; then
        echo "screenshot.sh: the window did not appear ($lang, $page); log:" >&2
        cat "$SCRATCH/app-$lang-$page.log" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    # Time for the connection attempt and the first poll to reach the screen.
    sleep "$settle"
    geometry=$(xwininfo -id "$wid" | awk '/Absolute upper-left X/ { x=$NF } /Absolute upper-left Y/ { y=$NF }
                                        /Width:/ { w=$NF } /Height:/ { h=$NF } END { printf "%dx%d+%d+%d", w, h, x, y }')
    file="$out/$lang-$page$suffix.png"
    import -window root -crop "$geometry" +repage "$file"
    echo "$file"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
INNER
chmod +x "$scratch/shoot.sh"

for theme in Adwaita Adwaita:dark; do
    themed=$suffix
    [ "$theme" = Adwaita:dark ] && themed=-dark$suffix
    for lang in en zh_CN; do
        # A private config directory: saved geometry and last page must not change the shots.
        XDG_CONFIG_HOME=$scratch/config SCRATCH=$scratch QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=$theme \
            xvfb-run -a -s "-screen 0 1400x900x24" "$scratch/shoot.sh" "$exe" "$out" "$lang" "$themed" "${app_args[@]}"
    done
done
