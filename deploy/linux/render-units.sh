#!/bin/sh
# render-units.sh OUT_DIR APP_DIR NODE CAGE: writes the kiosk's systemd units into OUT_DIR with
# the install's real paths (systemd needs absolute ExecStart= paths and has no variables for
# them). install.sh renders into /etc/systemd/system; the tests render into a temporary root and
# run systemd-analyze verify on the result.
set -eu
if [ "$#" -ne 4 ]; then
  echo "usage: $0 OUT_DIR APP_DIR NODE CAGE" >&2
  exit 2
fi
out_dir="$1"
app_dir="$2"
node="$3"
cage="$4"
units_dir="$(cd "$(dirname "$0")" && pwd)/systemd"

for path in "$app_dir" "$node" "$cage"; do
  case "$path" in
    /*) ;;
    *) echo "render-units.sh: $path is not an absolute path" >&2; exit 2 ;;
  esac
  case "$path" in
    *[!A-Za-z0-9_./-]*) echo "render-units.sh: $path has characters a unit file would misread" >&2; exit 2 ;;
  esac
done

mkdir -p "$out_dir"
for template in "$units_dir"/*.service.in; do
  unit="$(basename "$template" .in)"
  sed -e "s|@APP_DIR@|$app_dir|g" -e "s|@NODE@|$node|g" -e "s|@CAGE@|$cage|g" "$template" > "$out_dir/$unit.tmp"
  chmod 0644 "$out_dir/$unit.tmp"
  mv "$out_dir/$unit.tmp" "$out_dir/$unit"
  echo "$out_dir/$unit"
done
