#!/usr/bin/env bash
# The action's validate step: SARIF for code scanning, then the readable report in the log.
# Writes `sarif-file` and `exit-code` to $GITHUB_OUTPUT and always exits 0 unless the input is
# unusable, so the upload step runs before the job fails on findings.
set -uo pipefail
bin="${ARBITER_BIN:?run the install step first}"
read -r -a paths <<< "$(echo "${ARBITER_PATHS:-.}" | tr '\n' ' ')"
args=(validate --fail-on "${ARBITER_FAIL_ON:-error}")
if [ -n "${ARBITER_KIND:-}" ]; then args+=(--kind "$ARBITER_KIND"); fi
if [ -n "${ARBITER_BASE:-}" ]; then args+=(--base "$ARBITER_BASE"); fi
sarif="${ARBITER_SARIF_FILE:-arbiter.sarif}"

node "$bin" --format sarif "${args[@]}" "${paths[@]}" > "$sarif"
code=$?
node "$bin" "${args[@]}" "${paths[@]}"
echo "sarif-file=$sarif" >> "${GITHUB_OUTPUT:?}"
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
if [ "$code" -ge 2 ]; then
  echo "::error title=arbiter::unusable input (exit $code): check the paths and options"
  exit "$code"
fi
exit 0
