#!/usr/bin/env python3
"""Refresh the .ts files from the sources, keeping every translation already made, and report
what is left to translate.

    translations/update.py [BUILD_DIR]        (default build/dev; configure it first)

Runs the build's update_translations target (lupdate over app/gui, app/main.cpp, ui/ and the
core folders whose words the GUI shows), then lupdate -pluralonly for the English catalogue,
whose forms come from the source text ("%n host(s)" -> "%n host", "%n hosts"), then lrelease's
counts per file. Exit status 1 when
any message is unfinished. Core code names its translation context with
Q_DECLARE_TR_FUNCTIONS or QCoreApplication::translate("Context", ...), never through a local
tr() wrapper, so lupdate and the running program agree on the context.
"""
import html
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BUILD = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "dev"
LRELEASE = "/usr/lib/qt6/bin/lrelease"
LUPDATE = "/usr/lib/qt6/bin/lupdate"
ENGLISH = ROOT / "translations" / "boinc-docker-manager_en.ts"


def english_plurals():
    """lupdate -pluralonly over the same sources, then the two English forms of each message."""
    sources = [str(ROOT / d) for d in ("app", "ui")]
    subprocess.run([LUPDATE, "-pluralonly", "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", "en", *sources, "-ts", str(ENGLISH)], check=True, capture_output=True)
    text = ENGLISH.read_text(encoding="utf-8")

    def fill(match):
        source = match.group(1)
        plain = html.unescape(source)
        one = re.sub(r"\((\w+)\)", "", plain)
        many = re.sub(r"\((\w+)\)", r"\1", plain)
        forms = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in (one, many))
        return f"<source>{source}</source>\n        <translation>{forms}\n        </translation>"

    text = re.sub(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", fill, text, flags=re.S)
    ENGLISH.write_text(text, encoding="utf-8")


subprocess.run(["cmake", "--build", str(BUILD), "--target", "update_translations"], check=True)
english_plurals()
unfinished = 0
for ts in sorted((ROOT / "translations").glob("*.ts")):
    out = subprocess.run([LRELEASE, str(ts), "-qm", "/dev/null"], capture_output=True, text=True, check=True).stdout
    line = out.strip().splitlines()[-1] if out.strip() else ""
    print(f"{ts.name}: {line.strip()}")
    m = re.search(r"(\d+) unfinished", line)
    unfinished += int(m.group(1)) if m else 0
sys.exit(1 if unfinished else 0)
