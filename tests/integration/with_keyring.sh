#!/bin/sh
# Runs a test inside its own D-Bus session with a real, unlocked gnome-keyring-daemon
# (Secret Service), in a throw-away HOME: nothing touches the user's own keyring.
set -eu
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
export HOME XDG_RUNTIME_DIR
chmod 0700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
    printf %s dozor-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
