#!/usr/bin/env bash
# The action's install step: `arbiter` from npm (ARBITER_CLI_VERSION) or built from the action's
# checkout. Exports ARBITER_BIN (the bin to run with node) through $GITHUB_ENV.
set -euo pipefail
if [ -n "${ARBITER_CLI_VERSION:-}" ]; then
  prefix="${RUNNER_TEMP:-$(mktemp -d)}/arbiter-cli"
  npm install --no-save --no-audit --no-fund --prefix "$prefix" "@arbiter/cli@${ARBITER_CLI_VERSION}"
  bin="$prefix/node_modules/@arbiter/cli/bin/arbiter.js"
else
  root="${ARBITER_ACTION_PATH:?ARBITER_ACTION_PATH is the action checkout}"
  if [ ! -f "$root/packages/cli/dist/bin.js" ]; then
    (cd "$root" && npm ci --no-audit --no-fund && npm run build --silent)
  fi
  bin="$root/packages/cli/bin/arbiter.js"
fi
node "$bin" --version
echo "ARBITER_BIN=$bin" >> "${GITHUB_ENV:?}"
