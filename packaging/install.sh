#!/usr/bin/env bash
# Install a built bundle on a station terminal (as root): /opt/operator-app, the kiosk unit,
# the udev rules, the "operator" user and the config directory.
# Usage: packaging/install.sh [dist/operator-app]  then edit /home/operator/.config/operator-app/console.toml
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$here/../dist/operator-app}
[ "$(id -u)" = 0 ] || { echo "install: run as root" >&2; exit 1; }
[ -x "$bundle/operator-app" ] || { echo "install: no bundle at $bundle (python packaging/build.py)" >&2; exit 1; }
id operator >/dev/null 2>&1 || useradd --create-home --groups video,input,render,dialout operator
rm -rf /opt/operator-app.new && cp -a "$bundle" /opt/operator-app.new
mkdir -p /opt/operator-app.new/kiosk && cp "$here/kiosk/x11/xinitrc" /opt/operator-app.new/kiosk/
rm -rf /opt/operator-app.old && { [ -d /opt/operator-app ] && mv /opt/operator-app /opt/operator-app.old || true; }
mv /opt/operator-app.new /opt/operator-app
install -m 0644 "$here/kiosk/99-swap-station-serial.rules" /etc/udev/rules.d/
install -m 0644 "$here/kiosk/operator-console.service" /etc/systemd/system/
install -m 0644 "$here/kiosk/operator-app.desktop" /usr/share/applications/
config=/home/operator/.config/operator-app
install -d -o operator -g operator "$config"
[ -f "$config/console.toml" ] || install -m 0600 -o operator -g operator /dev/stdin "$config/console.toml" <<'TOML'
station_name = "Swap station"
# technician_pin = "480615"   # set this: it closes the kiosk and shelves alarms
TOML
udevadm control --reload || true
systemctl daemon-reload
echo "install: done. Edit $config/console.toml (technician_pin!) and the serial number in"
echo "  /etc/udev/rules.d/99-swap-station-serial.rules, then: systemctl enable --now operator-console"
/opt/operator-app/operator-app --version
