#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs its arguments with a real Secret Service of their own: a private session bus
# (dbus-run-session), a fresh HOME and XDG directories, and gnome-keyring-daemon unlocked with a
# throwaway password, which creates the login collection. Nothing touches the user's keyring.
set -eu

dir=$(mktemp -d "${TMPDIR:-/tmp}/smm-keyring.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
mkdir -p "$dir/home" "$dir/config" "$dir/data" "$dir/cache" "$dir/runtime"
chmod 700 "$dir/runtime"
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
    XDG_CACHE_HOME="$dir/cache" XDG_RUNTIME_DIR="$dir/runtime"

status=0
dbus-run-session -- sh -c '
    printf pw | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >/dev/null 2>&1 &
    daemon=$!
    # The daemon owns org.freedesktop.secrets once it is ready; wait up to 10 s for that.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ] || ! kill -0 "$daemon" 2>/dev/null; then
            echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
            exit 1
        fi
        sleep 0.1
    done
    # For a test that stops the daemon (SIGSTOP) to play a keychain that never answers.
    export SMM_KEYRING_DAEMON_PID="$daemon"
    status=0
    "$@" || status=$?
    kill -CONT "$daemon" 2>/dev/null || true
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    exit "$status"
' with-keyring "$@" || status=$?
exit "$status"
