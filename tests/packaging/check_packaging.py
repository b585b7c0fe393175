#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks what a user's system receives, not the source files.

  check_packaging.py metadata BUILD_DIR APP_ID VERSION
      installs the build into a temporary DESTDIR and validates the installed desktop entry and
      AppStream metadata, and that both point at an installed icon and binary, which opens its
      window from the installed module.
  check_packaging.py deb BUILD_DIR APP_ID VERSION [PNG_SIZE...]
      builds the .deb with CPack into a temporary directory, unpacks it and checks its control
      fields, its files and that the packaged binary runs and reports VERSION.

A tool the check needs that is not installed fails it: ./dev installs them all.
"""

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

COMMAND_TIMEOUT = 240  # seconds for one tool run; CTest's TIMEOUT bounds the whole test


class CheckFailed(Exception):
    pass


def require_tools(*tools):
    # ./dev installs every one of them: a missing tool is a failure, never a skipped check.
    missing = [tool for tool in tools if shutil.which(tool) is None]
    expect(not missing, f"not installed: {', '.join(missing)}")


def run(*args, env=None):
    print("$", " ".join(str(arg) for arg in args), flush=True)
    result = subprocess.run([str(arg) for arg in args], env=env, capture_output=True, text=True,
                            timeout=COMMAND_TIMEOUT)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    if result.returncode != 0:
        raise CheckFailed(f"{args[0]} exited with {result.returncode}")
    return result.stdout


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def expect_file(root, relative):
    path = root / relative
    expect(path.is_file(), f"missing /{relative}")
    return path


def desktop_entry(path):
    """The keys of the [Desktop Entry] group."""
    entry, in_group = {}, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            in_group = line.strip() == "[Desktop Entry]"
        elif in_group and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def png_size(path):
    header = path.read_bytes()[:24]
    expect(header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR",
           f"{path.name} is not a PNG file")
    return struct.unpack(">II", header[16:24])


def check_installed_tree(root, app_id, version, png_sizes):
    """What both the plain install and the .deb must contain, with /usr as the prefix."""
    usr = Path("usr")
    desktop = expect_file(root, usr / "share/applications" / f"{app_id}.desktop")
    metainfo = expect_file(root, usr / "share/metainfo" / f"{app_id}.metainfo.xml")
    expect_file(root, usr / "share/icons/hicolor/scalable/apps" / f"{app_id}.svg")
    binary = expect_file(root, usr / "bin/smm-price-browser")
    expect(os.access(binary, os.X_OK), "/usr/bin/smm-price-browser is not executable")
    for size in png_sizes:
        png = expect_file(root, usr / f"share/icons/hicolor/{size}x{size}/apps/{app_id}.png")
        expect(png_size(png) == (size, size), f"{png} is {png_size(png)}, not {size}x{size}")

    entry = desktop_entry(desktop)
    expect(entry.get("Icon") == app_id, f"desktop Icon={entry.get('Icon')}, expected {app_id}")
    program = entry.get("Exec", "").split()[0]
    expect((root / usr / "bin" / program).is_file(), f"desktop Exec={program} is not installed")

    component = ET.parse(metainfo).getroot()
    expect(component.findtext("id") == app_id, f"metainfo id is {component.findtext('id')}")
    expect(component.findtext("launchable") == f"{app_id}.desktop",
           "metainfo launchable does not name the installed desktop file")
    release = component.find("releases/release")
    expect(release is not None and release.get("version") == version,
           f"metainfo release is not {version}")
    expect("@" not in metainfo.read_text(encoding="utf-8"),
           "metainfo still contains an unconfigured @VARIABLE@")
    check_alert_units(root, binary)
    check_window_module(binary)
    return desktop, metainfo, binary


def check_window_module(binary):
    """The program loads its window from a module of its own, wherever the package put it, and
    needs no GUI library for the command line."""
    require_tools("readelf")
    needed = run("readelf", "--dynamic", binary)
    for library in ("libQt6Gui", "libQt6Widgets", "libQt6Svg"):
        expect(library not in needed, f"{binary} needs {library} before any window opens")
    with tempfile.TemporaryDirectory(prefix="smm-home-") as home:
        # The window quits at its first paint, before any request; the address is a safeguard.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home,
                   XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"),
                   XDG_CACHE_HOME=os.path.join(home, "cache"),
                   SMM_PRICE_API_URL="http://127.0.0.1:9/smm", SMM_EXIT_AFTER_FIRST_PAINT="1")
        run(binary, env=env)


def unit_file(path):
    """The keys of a systemd unit file, by section: {section: {key: value}}."""
    sections, section = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = sections.setdefault(line.strip("[]"), {})
        else:
            key, _, value = line.partition("=")
            section[key.strip()] = value.strip()
    return sections


def check_alert_units(root, binary):
    """The daily alert check: a user service that runs the installed program with options it
    accepts, and a persistent daily timer that starts it."""
    units = Path("usr/lib/systemd/user")
    service = unit_file(expect_file(root, units / "smm-price-browser-alerts.service"))
    timer = unit_file(expect_file(root, units / "smm-price-browser-alerts.timer"))
    command = service.get("Service", {}).get("ExecStart", "").split()
    expect(command[:1] == [binary.name], f"ExecStart runs {command[:1]}, not {binary.name}")
    expect("--alerts" in command, "ExecStart lacks --alerts")
    expect(service["Service"].get("Type") == "oneshot", "the alert service is not oneshot")
    expect("4" in service["Service"].get("SuccessExitStatus", "").split(),
           "exit status 4 (alerts found) is not a success of the alert service")
    expect(timer.get("Timer", {}).get("OnCalendar") == "daily", "the timer is not daily")
    expect(timer["Timer"].get("Persistent") == "true", "the timer is not persistent")
    expect(timer.get("Install", {}).get("WantedBy") == "timers.target",
           "the timer is not wanted by timers.target")
    # --help after the options: exit 0 when the program accepts them, 2 when it does not.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(binary, *command[1:], "--help", env=env)


def check_metadata(args, work):
    require_tools("desktop-file-validate", "appstreamcli")
    root = work / "root"
    env = dict(os.environ, DESTDIR=str(root))
    run("cmake", "--install", args.build_dir, "--prefix", "/usr", env=env)
    desktop, metainfo, _ = check_installed_tree(root, args.app_id, args.version, [])
    run("desktop-file-validate", desktop)
    # --strict fails on warnings and infos too; the only pedantic hint is the capitals in the id.
    run("appstreamcli", "validate", "--no-net", "--strict", "--explain", metainfo)


def check_deb(args, work):
    require_tools("cpack", "dpkg-deb", "dpkg-shlibdeps")
    out = work / "out"
    run("cpack", "-G", "DEB", "-B", out, "--config", args.build_dir / "CPackConfig.cmake")
    debs = sorted(out.glob("*.deb"))
    expect(len(debs) == 1, f"expected one .deb in {out}, found {[deb.name for deb in debs]}")
    deb = debs[0]

    fields = run("dpkg-deb", "--field", deb, "Package", "Version", "Depends")
    control = dict(line.split(": ", 1) for line in fields.splitlines() if ": " in line)
    expect(control.get("Package") == "smm-price-browser", f"Package is {control.get('Package')}")
    expect(control.get("Version") == args.version, f"Version is {control.get('Version')}")
    depends = [dependency.split()[0] for dependency in control.get("Depends", "").split(", ")]
    for package in ("libqt6widgets6", "libqt6network6", "libqt6sql6", "libqt6sql6-sqlite",
                    "qt6-qpa-plugins", "libqt6svg6", "libsimdjson14", "libxml2"):
        expect(package in depends, f"Depends lacks {package}: {control.get('Depends')}")

    contents = run("dpkg-deb", "--contents", deb)
    for line in contents.splitlines():
        path = line.split()[5]
        expect(path in ("./", "./usr/") or path.startswith("./usr/"),
               f"{path} is outside /usr")
        expect(not path.startswith("./usr/local/"), f"{path} is under /usr/local")

    root = work / "root"
    run("dpkg-deb", "--extract", deb, root)
    _, _, binary = check_installed_tree(root, args.app_id, args.version, args.png_sizes)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    printed = run(binary, "--version", env=env)
    expect(args.version in printed.split(), f"--version printed {printed!r}, not {args.version}")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", choices=["metadata", "deb"])
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("app_id")
    parser.add_argument("version")
    parser.add_argument("png_sizes", type=int, nargs="*")
    args = parser.parse_args()
    args.build_dir = args.build_dir.resolve()

    with tempfile.TemporaryDirectory(prefix="smm-packaging-") as work:
        try:
            {"metadata": check_metadata, "deb": check_deb}[args.check](args, Path(work))
        except (CheckFailed, subprocess.TimeoutExpired) as error:
            print(f"FAIL: {error}")
            return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
