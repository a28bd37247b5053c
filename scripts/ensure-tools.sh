#!/usr/bin/env bash
# Makes sure the programs the tests drive are on this machine: the two browsers, and the
# real SSH tools that check generated keys. On Debian/Ubuntu as root it installs what is
# missing with apt; elsewhere it stops with one line saying what to install or set.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[ -x "$chrome" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
command -v ssh-keygen >/dev/null 2>&1 || missing+=(openssh-client)
command -v puttygen >/dev/null 2>&1 || missing+=(putty-tools)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "Missing ${missing[*]}: install them (Debian: sudo apt-get install ${missing[*]}), or set CHROME_PATH / FIREFOX_PATH to the browsers' executables." >&2
exit 1
