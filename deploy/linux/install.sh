#!/bin/sh
# install.sh [APP_DIR] — installs this kiosk on a Debian machine as systemd services:
#   sudo deploy/linux/install.sh /opt/community-kiosk
# Run it from a checkout where `npm ci && npm run build` has been done. It copies the built app
# to APP_DIR (root-owned, read-only to the kiosk), creates the users kiosk (the host: database,
# devices) and kiosk-screen (cage + Chromium), installs the units, the udev rules, the PAM
# service and /etc/community-kiosk/kiosk.env, enables the host and the screen and (re)starts
# them. Running it again updates the app and the units and keeps settings and data: that is how
# to update. --no-start installs and enables without starting; --no-apt installs no Debian
# package (it names the missing ones) for machines that get their packages another way. Where
# systemd is not running (an image being prepared, a chroot) the units are enabled for the next
# boot and nothing is started.
set -eu

usage() {
  echo "usage: sudo $0 [--no-start] [--no-apt] [APP_DIR]   (APP_DIR defaults to /opt/community-kiosk)" >&2
}

start_now=yes
use_apt=yes
app_dir=/opt/community-kiosk
for argument in "$@"; do
  case "$argument" in
    --no-start) start_now=no ;;
    --no-apt) use_apt=no ;;
    -h | --help) usage; exit 0 ;;
    -*) usage; exit 2 ;;
    *) app_dir="$argument" ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "install.sh must run as root (it creates users and installs systemd units and udev rules): sudo $0 $*" >&2
  exit 1
fi
case "$app_dir" in
  /*) ;;
  *) echo "APP_DIR must be an absolute path, not '$app_dir'" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
for built in build/node/electron/host/main.js build/node/electron/launcher/screen.js build/renderer/index.html node_modules/better-sqlite3; do
  if [ ! -e "$source_dir/$built" ]; then
    echo "$source_dir/$built is missing: run 'npm ci && npm run build' in $source_dir first" >&2
    exit 1
  fi
done

step() { echo "==> $*"; }

# 1. Debian packages: socat relays sd_notify (electron/host/systemdNotify.ts), cage + chromium
#    show the screen, swayidle blanks it, fonts-noto-cjk draws Chinese, espeak-ng reads aloud
#    where Chromium has no voice for the language.
missing=''
for package in socat cage chromium swayidle fonts-noto-cjk libusb-1.0-0 espeak-ng; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $package"
done
if [ -n "$missing" ] && [ "$use_apt" = no ]; then
  echo "not installing the missing Debian packages (--no-apt):$missing" >&2
elif [ -n "$missing" ]; then
  step "installing Debian packages:$missing"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
node_bin="$(command -v node || true)"
if [ -z "$node_bin" ]; then
  echo "node is not installed (Node 20.19+ or 22.12+ is needed)" >&2
  exit 1
fi
node_bin="$(readlink -f "$node_bin")"
if ! "$node_bin" -e 'const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22 ? 0 : 1)'; then
  echo "$node_bin is Node $("$node_bin" --version); the kiosk needs 20.19+ or 22.12+" >&2
  exit 1
fi
cage_bin="$(command -v cage || true)"
if [ -z "$cage_bin" ]; then
  echo "cage is not installed (apt-get install cage)" >&2
  exit 1
fi

# 2. Users and groups (system accounts, no login shell, no home of their own).
if ! getent group kiosk >/dev/null; then step "creating group kiosk"; groupadd --system kiosk; fi
if ! id kiosk >/dev/null 2>&1; then
  step "creating user kiosk"
  useradd --system --gid kiosk --home-dir /var/lib/community-kiosk --no-create-home --shell /usr/sbin/nologin kiosk
fi
if ! getent group kiosk-screen >/dev/null; then step "creating group kiosk-screen"; groupadd --system kiosk-screen; fi
if ! id kiosk-screen >/dev/null 2>&1; then
  step "creating user kiosk-screen"
  useradd --system --gid kiosk-screen --home-dir /var/lib/community-kiosk-screen --no-create-home --shell /usr/sbin/nologin kiosk-screen
fi

# 3. The app, root-owned and read-only to the kiosk: a compromised kiosk cannot rewrite itself.
if [ "$(readlink -f "$app_dir")" != "$source_dir" ]; then
  step "copying the built kiosk to $app_dir"
  mkdir -p "$app_dir"
  for part in build node_modules deploy package.json README.md; do
    rm -rf "$app_dir/$part.new"
    cp -a "$source_dir/$part" "$app_dir/$part.new"
    rm -rf "$app_dir/$part"
    mv "$app_dir/$part.new" "$app_dir/$part"
  done
  chown -R root:root "$app_dir"
  chmod -R go-w "$app_dir"
fi

# 4. Settings: written once, never overwritten (they are the centre's).
mkdir -p /etc/community-kiosk
if [ ! -e /etc/community-kiosk/kiosk.env ]; then
  step "writing /etc/community-kiosk/kiosk.env"
  install -m 0644 -o root -g root "$here/kiosk.env" /etc/community-kiosk/kiosk.env
fi
if [ ! -e /etc/community-kiosk/host.env ]; then
  (umask 077 && printf '%s\n' '# Host-only settings and secrets (KIOSK_UPSTREAM_URL=, KIOSK_UPSTREAM_API_KEY=, KIOSK_PRINTER=, KIOSK_CARD_READER=).' > /etc/community-kiosk/host.env)
fi

# 5. Units, udev rules, PAM service.
step "installing systemd units, udev rules and the PAM service"
"$app_dir/deploy/linux/render-units.sh" /etc/systemd/system "$app_dir" "$node_bin" "$cage_bin" >/dev/null
install -m 0644 "$app_dir/deploy/linux/udev/70-community-kiosk.rules" /etc/udev/rules.d/70-community-kiosk.rules
install -m 0644 "$app_dir/deploy/linux/pam/community-kiosk-screen" /etc/pam.d/community-kiosk-screen
if udevadm control --reload 2>/dev/null; then
  udevadm trigger --action=add --subsystem-match=usbmisc --subsystem-match=hidraw --subsystem-match=tty --subsystem-match=usb --subsystem-match=backlight || true
else
  echo "udev is not running here; the device rules apply from the next boot" >&2
fi

# 6. Enable (and start) the host and the screen; the fallback page only runs on failure.
systemctl enable community-kiosk.service community-kiosk-screen.service
if [ ! -d /run/systemd/system ]; then
  echo "systemd is not running here: the kiosk is enabled and starts at the next boot" >&2
  start_now=no
else
  systemctl daemon-reload
fi
if [ "$start_now" = yes ]; then
  step "starting the kiosk"
  systemctl reset-failed 'community-kiosk*' 2>/dev/null || true
  systemctl restart community-kiosk.service
  systemctl restart community-kiosk-screen.service
fi

cat <<DONE
Installed the community kiosk in $app_dir.
  settings:  /etc/community-kiosk/kiosk.env, /etc/community-kiosk/host.env, /var/lib/community-kiosk/config.json
  status:    systemctl status community-kiosk community-kiosk-screen
  logs:      journalctl -u community-kiosk -u community-kiosk-screen -u community-kiosk-fallback -f
  update:    git pull && npm ci && npm run build && sudo deploy/linux/install.sh $app_dir
DONE
