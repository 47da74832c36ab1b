#!/usr/bin/env bash
# Installs the Debian packages the kiosk (or its tests) need, and makes sure npm is 11 or newer.
# Usage: bash scripts/install-debian-deps.sh kiosk|test   (as root, or with sudo on PATH)
set -euo pipefail

role="${1:-}"
case "$role" in
  # chromium: the shell where no Electron binary is installed; fonts-noto-cjk: Chinese glyphs;
  # libusb-1.0-0: node-hid's prebuilt binary loads it; espeak-ng: the read-aloud voice where
  # the shell has no Web Speech voice for the language (electron/services/speech/).
  kiosk) packages=(chromium fonts-noto-cjk libusb-1.0-0 espeak-ng) ;;
  # socat: real pseudo-terminal pairs for the serial-port tests, and the fake notify socket of
  # the watchdog tests; systemd: systemd-analyze verify of deploy/linux's units and a real
  # `systemd --user` manager for the host unit; util-linux: setpriv, unshare, nsenter;
  # espeak-ng: the read-aloud tests synthesise real speech with it.
  test) packages=(chromium fonts-noto-cjk libusb-1.0-0 socat systemd util-linux espeak-ng) ;;
  *) echo "usage: $0 kiosk|test" >&2; exit 2 ;;
esac

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm 10 cannot install Vite 8 and ignores package.json's allowScripts; npm 11 does both.
npm_major="$(npm --version | cut -d. -f1)"
if [ "$npm_major" -lt 11 ]; then
  echo "npm $(npm --version) is too old; installing npm 11"
  "${sudo_cmd[@]}" npm install -g npm@11 >/dev/null
fi
