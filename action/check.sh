#!/usr/bin/env bash
# Step 1 of the cjourney action: check the journeys, printing GitHub annotations.
# Env: CJOURNEY_PATHS (space-separated files or folders), CJOURNEY_STRICT (true|false),
# CJOURNEY_SARIF_FILE (optional: also write the findings there as SARIF).
# Writes `exit-code` to $GITHUB_OUTPUT; never fails itself, so the diff is still commented.
set -uo pipefail
cjourney=(node "${GITHUB_ACTION_PATH:?}/action/dist/cjourney.cjs")
read -r -a paths <<< "${CJOURNEY_PATHS:-.}"
strict=()
if [ "${CJOURNEY_STRICT:-false}" = "true" ]; then strict=(--strict); fi

"${cjourney[@]}" check --format github "${strict[@]}" -- "${paths[@]}"
code=$?
echo "exit-code=$code" >> "${GITHUB_OUTPUT:?}"
if [ -n "${CJOURNEY_SARIF_FILE:-}" ]; then
    # Never `> "$CJOURNEY_SARIF_FILE"`: the pull request may have committed a link there.
    "${cjourney[@]}" check --format sarif "${strict[@]}" -- "${paths[@]}" \
        | node "$GITHUB_ACTION_PATH/action/write-report.cjs" "$CJOURNEY_SARIF_FILE" || true
fi
exit 0
