#!/usr/bin/env bash
# `npx arbiter` works straight after the README's install command. Run by .ci/run after `npm test`.
#  1. In this checkout (installed by `npm ci`, built by `npm test`): `npx arbiter --version`.
#  2. In a clean clone installed with `npm ci` (scripts skipped, from npm's cache where it can):
#     npm has linked the bin before any build, and it says how to build (exit 2) instead of
#     npm's "could not determine executable to run".
set -euo pipefail
cd "$(dirname "$0")/.."

echo "check-npx: npx arbiter --version in the checkout"
npx --no-install arbiter --version | tee /tmp/arbiter-version.txt
grep -q '^arbiter [0-9]' /tmp/arbiter-version.txt

clone="$(mktemp -d)"
trap 'rm -rf "$clone"' EXIT
git clone --quiet --no-hardlinks . "$clone/arbiter"
cd "$clone/arbiter"
npm ci --prefer-offline --ignore-scripts --no-audit --no-fund --loglevel=error
echo "check-npx: clean clone, before any build"
set +e
npx --no-install arbiter --version 2>err.txt
status=$?
set -e
cat err.txt
if [ "$status" -ne 2 ] || ! grep -q 'npm run build' err.txt; then
  echo "check-npx: FAILED: expected exit 2 and a build hint, got exit $status" >&2
  exit 1
fi
echo "check-npx: ok"
