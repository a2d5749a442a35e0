#!/usr/bin/env bash
# Step 2 of the cjourney action (pull requests): the semantic diff against the base commit.
# Env: CJOURNEY_PATHS, BASE_SHA. Writes the Markdown comment to $CJOURNEY_DIFF_FILE (default
# $RUNNER_TEMP/cjourney-diff.md), adds it to the job summary, and sets `changed`, `diff-file`
# and `changed-files` (changed .cjourney files, one per line) in $GITHUB_OUTPUT.
set -uo pipefail
cjourney=(node "${GITHUB_ACTION_PATH:?}/packages/cli/bin/cjourney.js")
read -r -a paths <<< "${CJOURNEY_PATHS:-.}"
base="${BASE_SHA:?the base commit of the pull request}"
# Messages are printed through command-text.cjs: escaped, so no text forges a workflow command.
annotate() { node "$GITHUB_ACTION_PATH/action/command-text.cjs" "$@"; }
diff_file="${CJOURNEY_DIFF_FILE:-${RUNNER_TEMP:?}/cjourney-diff.md}"

# shellcheck source=changed-files.sh
source "$GITHUB_ACTION_PATH/action/changed-files.sh"

# A shallow checkout may not hold the base commit yet.
ensure_base "$base" || { annotate error "cannot fetch the base commit $base"; exit 1; }

"${cjourney[@]}" diff --git "$base" --format markdown --exit-code -- "${paths[@]}" > "$diff_file"
code=$?
case $code in
    0) changed=false ;;
    1) changed=true ;;
    *) annotate error "cjourney diff failed (exit $code)"; exit "$code" ;;
esac

delimiter="$(output_delimiter)"
{
    echo "changed=$changed"
    echo "diff-file=$diff_file"
    echo "changed-files<<$delimiter"
    changed_journeys "$base" "${paths[@]}"
    echo "$delimiter"
} >> "${GITHUB_OUTPUT:?}"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$diff_file" >> "$GITHUB_STEP_SUMMARY"; fi
