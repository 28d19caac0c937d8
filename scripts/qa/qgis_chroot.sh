#!/usr/bin/env bash
# Debian chroots holding other QGIS versions, for `make test-matrix`.
#
#   scripts/qa/qgis_chroot.sh ensure NAME       build build/chroots/NAME once (cached by a stamp)
#   scripts/qa/qgis_chroot.sh run NAME CMD...   run CMD inside it, the repo mounted at its own path
#   scripts/qa/qgis_chroot.sh umount NAME       undo mounts left by a killed run
#
# NAME is a Debian suite: trixie (QGIS 3.40 LTR), sid (QGIS 3.44). The chroot is a
# debootstrap "minbase" of Debian's own packages from the mirror this machine uses,
# plus QGIS, QGIS Server, Xvfb and a venv (/opt/dge-venv, --system-site-packages over
# the chroot's /usr/bin/python3, so PyQGIS is visible) holding the test-only tools.
# Two stamps: .dge-base (hash of the Debian package list: change it and the chroot
# is rebuilt) and .dge-ready (adds the pip list: change it and only the venv is).
# Mounts (/proc, /sys, /dev, /dev/pts, the repo) are always undone on exit (trap).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CHROOTS="${DGE_CHROOTS:-$ROOT/build/chroots}"
DEB_PACKAGES="qgis python3-qgis qgis-server qgis-providers xvfb xauth python3-venv python3-pip
  python3-owslib python3-lxml python3-requests python3-dateutil python3-gdal python3-numpy
  python3-shapely python3-pyproj python3-yaml ca-certificates fonts-dejavu-core locales zip"
# Test-only tools (the chroot's numpy, lxml, OWSLib stay Debian's).
PIP_PACKAGES="setuptools<81 SQLAlchemy<2 pycsw==2.6.1 pytest==8.3.3 icalendar==6.1.0 jsonschema hypothesis==6.170.15 ruff==0.8.4"

die() { echo "qgis_chroot: $*" >&2; exit 1; }

mirror() {
  # The Debian mirror this machine's apt uses (deb822 or one-line sources).
  local url
  url=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -1 | tr -d ' ')
  echo "${url:-http://deb.debian.org/debian}"
}

hash_of() { printf '%s\n' "$@" | sha256sum | cut -c1-16; }

mounted() { grep -qs " $1 " /proc/mounts; }

do_umount() {
  local dir="$1" target
  # deepest first
  for target in "$dir$ROOT" "$dir/dev/pts" "$dir/dev" "$dir/sys" "$dir/proc"; do
    if mounted "$target"; then umount -l "$target" || true; fi
  done
}

do_mount() {
  local dir="$1"
  mkdir -p "$dir/proc" "$dir/sys" "$dir/dev" "$dir$ROOT"
  mounted "$dir/proc" || mount -t proc proc "$dir/proc"
  mounted "$dir/sys" || mount --bind /sys "$dir/sys"
  mounted "$dir/dev" || mount --bind /dev "$dir/dev"
  mounted "$dir/dev/pts" || mount --bind /dev/pts "$dir/dev/pts"
  mounted "$dir$ROOT" || mount --bind "$ROOT" "$dir$ROOT"
}

in_chroot() {
  local dir="$1"; shift
  # A clean environment: no host venv, no host display; DGE_*/QT_* variables pass.
  local env_args=(HOME=/root PATH=/opt/dge-venv/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
                  DEBIAN_FRONTEND=noninteractive PYTHONDONTWRITEBYTECODE=1)
  local name
  for name in $(compgen -e); do
    case "$name" in DGE_*|QT_QPA_PLATFORM|NO_PROXY|no_proxy|http_proxy|https_proxy) env_args+=("$name=${!name}");; esac
  done
  env_args+=(PIP_CERT=/etc/ssl/certs/ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180)
  chroot "$dir" /usr/bin/env -i "${env_args[@]}" "$@"
}

step() {
  # one set-up step, its output in the log; on failure show the end of the log and stop
  "$@" >>"$LOG" 2>&1 || { tail -25 "$LOG" >&2; die "$NAME: '$*' failed (log: $LOG)"; }
}

host_cas() { cat /usr/local/share/ca-certificates/*.crt 2>/dev/null || true; }

ensure() {
  NAME="$1"; LOG="$CHROOTS/$1.log"
  local dir="$CHROOTS/$1" base tools
  [ "$(id -u)" = 0 ] || die "building a chroot needs root (debootstrap, mount)"
  base=$(hash_of "$NAME" "$DEB_PACKAGES")
  tools=$(hash_of "$base" "$PIP_PACKAGES" "$(host_cas)")
  if [ "$(cat "$dir/.dge-ready" 2>/dev/null)" = "$tools" ]; then
    echo "chroot $NAME: cached ($dir)"; return 0
  fi
  mkdir -p "$CHROOTS"
  trap 'do_umount "'"$dir"'"' EXIT
  if [ "$(cat "$dir/.dge-base" 2>/dev/null)" != "$base" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
    do_umount "$dir"
    rm -rf "$dir"
    : >"$LOG"
    echo "chroot $NAME: debootstrap from $(mirror), then QGIS (a few minutes)"
    step debootstrap --variant=minbase "$NAME" "$dir" "$(mirror)"
    do_mount "$dir"
    cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
    # Debian unstable's Release files may be older than their Valid-Until on a snapshot mirror.
    echo 'Acquire::Check-Valid-Until "false";' >"$dir/etc/apt/apt.conf.d/99dge-no-valid-until"
    echo 'APT::Install-Recommends "false";' >"$dir/etc/apt/apt.conf.d/99dge-no-recommends"
    step in_chroot "$dir" apt-get -q update
    # shellcheck disable=SC2086
    step in_chroot "$dir" apt-get install -y -q $DEB_PACKAGES
    step in_chroot "$dir" apt-get clean
    echo "$base" >"$dir/.dge-base"
  fi
  do_mount "$dir"
  echo "chroot $NAME: test tools in /opt/dge-venv"
  # The certificate authorities this machine added (a TLS-inspecting proxy, say), for pip.
  mkdir -p "$dir/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/" 2>/dev/null || true
  step in_chroot "$dir" update-ca-certificates
  rm -rf "$dir/opt/dge-venv"
  step in_chroot "$dir" /usr/bin/python3 -m venv --system-site-packages /opt/dge-venv
  # shellcheck disable=SC2086
  step in_chroot "$dir" /opt/dge-venv/bin/python -m pip install -q $PIP_PACKAGES
  echo "$tools" >"$dir/.dge-ready"
  echo "chroot $NAME: ready, $(in_chroot "$dir" /usr/bin/qgis --version 2>/dev/null | head -1 || true)"
}

run() {
  local name="$1" dir="$CHROOTS/$1"; shift
  [ -f "$dir/.dge-ready" ] || die "chroot $name is not built: scripts/qa/qgis_chroot.sh ensure $name"
  trap 'do_umount "'"$dir"'"' EXIT
  trap 'exit 130' INT TERM
  do_mount "$dir"
  in_chroot "$dir" /bin/sh -c 'cd "$0" && exec "$@"' "$ROOT" "$@"
}

case "${1:-}" in
  ensure) [ $# -eq 2 ] || die "usage: ensure NAME"; ensure "$2" ;;
  run) [ $# -ge 3 ] || die "usage: run NAME CMD..."; name="$2"; shift 2; run "$name" "$@" ;;
  umount) [ $# -eq 2 ] || die "usage: umount NAME"; do_umount "$CHROOTS/$2" ;;
  *) die "usage: $0 ensure|run|umount NAME [CMD...]" ;;
esac
