#!/usr/bin/env python3
"""Fails when a user-visible source string has no finished translation.

    translations/check_complete.py LUPDATE PROJECT_CMAKE GENERATOR

Runs lupdate exactly as the update_translations target does (the same sources and include paths,
from the project file qt_add_lupdate wrote at configure time: PROJECT_CMAKE, turned into lupdate's
JSON by Qt's GENERATOR script), but into temporary copies of the catalogues, so the checkout is
never touched; then lists every message that is new or changed since it was last translated
("unfinished"). Run by ctest (TestTranslationsComplete), and so by CI. To fix a failure: run
translations/update.py, translate what it reports, commit the .ts file.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE, PROJECT_CMAKE, GENERATOR = sys.argv[1:4]

failed = 0
with tempfile.TemporaryDirectory() as tmp:
    project = pathlib.Path(tmp) / "project.json"
    subprocess.run(["cmake", f"-DIN_FILE={PROJECT_CMAKE}", f"-DOUT_FILE={project}", "-P", GENERATOR],
                   check=True, capture_output=True)
    spec = json.loads(project.read_text(encoding="utf-8"))
    copies = []
    for ts in map(pathlib.Path, spec["translations"]):
        copy = pathlib.Path(tmp) / ts.name
        shutil.copy(ts, copy)
        copies.append((ts, copy))
    spec["translations"] = [str(c) for _, c in copies]
    project.write_text(json.dumps(spec), encoding="utf-8")
    subprocess.run([LUPDATE, "-project", str(project), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    for ts, copy in copies:
        missing = []
        for context in ET.parse(copy).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    missing.append(f"{name}: {message.findtext('source')!r}")
        if missing:
            failed += len(missing)
            print(f"{ts.name}: {len(missing)} message(s) without a finished translation:")
            for m in missing[:200]:
                print("  " + re.sub(r"\s+", " ", m))
        else:
            print(f"{ts.name}: complete")
sys.exit(1 if failed else 0)
