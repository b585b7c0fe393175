#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a translation is incomplete, stale or breaks its source's markers.

Runs lupdate over the current sources into a temporary copy of each scanned .ts file, so a
tr() string added since the last `update_translations` shows up as unfinished and one that
was removed shows up as vanished. Every message of every .ts given (scanned or hand-written,
like qtbase_id.ts) must then have a finished translation that keeps the source's %1/%Ln
placeholders, its single & accelerator, its …, its “ ” quotes and its outer spaces.

English, the source language, has a file of plural forms only (lupdate -pluralonly): there a
form must also have lost the source's "(s)" marks ("%n service(s)" -> "1 service").

usage: check_translations.py --lupdate LUPDATE --sources DIR [--sources DIR...]
                             --scanned TS [--scanned TS...] [--plurals TS...] [--fixed TS...]
"""
import argparse
import collections
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?(?:n|\d+)")
# An & that marks a mnemonic: not "&&", not the end, not before a space.
ACCELERATOR = re.compile(r"&(?![&\s])|&&")


def accelerators(text):
    return [m.group(0) for m in ACCELERATOR.finditer(text) if m.group(0) != "&&"]


def translations_of(message):
    element = message.find("translation")
    if element is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.findall("numerusform")]
    return [element.text or ""]


PLURAL_MARK = re.compile(r"\w\((?:e?s|ies|\w+\|\w+)\)")


def check_message(context, message, problems, plurals_only=False):
    source = message.findtext("source") or ""
    where = f"{context}: {source!r}"
    element = message.find("translation")
    kind = element.get("type") if element is not None else "missing"
    if kind == "unfinished":
        problems.append(f"unfinished or new (not translated yet): {where}")
        return
    if kind in ("vanished", "obsolete"):
        problems.append(f"stale (no longer in the sources; run update_translations): {where}")
        return
    forms = translations_of(message)
    if not forms or any(not form.strip() for form in forms):
        problems.append(f"empty translation: {where}")
        return
    for form in forms:
        if plurals_only and PLURAL_MARK.search(form):
            problems.append(f"plural mark left in an English form: {where} -> {form!r}")

        def differs(what, a, b):
            if a != b:
                problems.append(f"{what} differ: {where} -> {form!r}")

        differs("placeholders", collections.Counter(PLACEHOLDER.findall(source)),
                collections.Counter(PLACEHOLDER.findall(form)))
        differs("accelerator counts", len(accelerators(source)), len(accelerators(form)))
        for mark in ("…", "“", "”", "\n"):
            differs(f"counts of {mark!r}", source.count(mark), form.count(mark))
        differs("leading spaces", source[: len(source) - len(source.lstrip(" "))],
                form[: len(form) - len(form.lstrip(" "))])
        differs("trailing spaces", source[len(source.rstrip(" ")):], form[len(form.rstrip(" ")):])


def check_file(path, problems, plurals_only=False):
    root = ET.parse(path).getroot()
    if not root.get("language"):
        problems.append(f"{path}: no target language set")
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            check_message(name, message, problems, plurals_only)
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", action="append", default=[])
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--scanned", action="append", default=[])
    parser.add_argument("--plurals", action="append", default=[])
    parser.add_argument("--fixed", action="append", default=[])
    args = parser.parse_args()

    problems = []
    with tempfile.TemporaryDirectory(prefix="smm-i18n-") as temp:
        scanned = [(Path(p), False) for p in args.scanned] + [(Path(p), True) for p in args.plurals]
        for original, plurals_only in scanned:
            copy = Path(temp) / original.name
            shutil.copyfile(original, copy)
            # The options of update_translations, except that gone strings stay (as vanished).
            command = [args.lupdate, "-silent", "-locations", "none", "-no-ui-lines"]
            if plurals_only:
                command.append("-pluralonly")
            command += [f"-I{path}" for path in args.include]
            command += [*args.sources, "-ts", str(copy)]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
                sys.exit(f"lupdate failed on {original}")
            before = len(problems)
            count = check_file(copy, problems, plurals_only)
            print(f"{original.name}: {count} messages against the current sources, "
                  f"{len(problems) - before} problems")
        for path in map(Path, args.fixed):
            before = len(problems)
            count = check_file(path, problems)
            print(f"{path.name}: {count} messages, {len(problems) - before} problems")

    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} problems. New strings: run `cmake --build <build dir> --target "
              "update_translations`, then translate the unfinished messages.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
