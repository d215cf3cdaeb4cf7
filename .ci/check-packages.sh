#!/usr/bin/env bash
# Packages that publish cleanly (issue 18 item 6): publint (strict: warnings fail too) and
# Are the Types Wrong (attw, on the packed tarball; Node 16+ resolution, since every package
# requires Node 20) for each published package. Run by .ci/run after `npm test` (which builds).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for pkg in packages/ir packages/sns-filter packages/data-protection packages/iam packages/event-pattern packages/analysis packages/lambda conformance packages/cli; do
  echo "check-packages: $pkg"
  npx --no-install publint --strict "$pkg" || status=1
  (cd "$pkg" && npx --no-install attw --pack . --profile node16 --format ascii) || status=1
done
if [ "$status" -ne 0 ]; then echo "check-packages: FAILED" >&2; fi
exit "$status"
