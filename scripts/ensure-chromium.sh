#!/usr/bin/env bash
# pretest of `npm test`: the browser tests (test/browser/) drive a real Chromium through
# playwright-core. Finds one (CHROMIUM_PATH, else chromium, chromium-browser or google-chrome on
# the PATH, as test/browser/browser.ts looks); when none is there, installs Debian's package itself
# if it may (root, or sudo without a password); otherwise stops with one line saying what to do.
set -u

ADVICE='npm test needs Chromium for its browser tests: run "sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary, then npm test again.'

stop() {
  echo "$1" >&2
  exit 1
}

find_chromium() {
  local name
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$name" && return 0
  done
  return 1
}

if [ -n "${CHROMIUM_PATH:-}" ]; then
  # A path the person named is their choice: report it, never install something else instead.
  [ -x "$CHROMIUM_PATH" ] || stop "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file. $ADVICE"
  echo "Chromium: $CHROMIUM_PATH"
  exit 0
fi

if found="$(find_chromium)"; then
  echo "Chromium: $found"
  exit 0
fi

# Not found: install Debian's package when this user may, without asking for a password.
if [ "$(id -u 2>/dev/null)" = "0" ]; then
  SUDO=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  stop "$ADVICE"
fi
command -v apt-get >/dev/null || stop "$ADVICE"

echo "Chromium not found: installing Debian's chromium (apt-get)…"
"${SUDO[@]}" apt-get update -qq >&2 || stop "$ADVICE"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >&2 || stop "$ADVICE"

found="$(find_chromium)" || stop "$ADVICE"
echo "Chromium: $found"
