#!/usr/bin/env bash
# Step 2 of the cjourney action (pull requests): the semantic diff against the base commit.
# Env: CJOURNEY_PATHS, BASE_SHA. Writes the Markdown comment to $CJOURNEY_DIFF_FILE (default
# $RUNNER_TEMP/cjourney-diff.md), adds it to the job summary, and sets `changed`, `diff-file`
# and `changed-files` (changed .cjourney files, one per line) in $GITHUB_OUTPUT. When the diff
# cannot be computed, the Markdown says why and `failed=true` (the step itself passes, so the
# comment is still replaced; the action's last step fails the job).
set -uo pipefail
cjourney=(node "${GITHUB_ACTION_PATH:?}/action/dist/cjourney.cjs")
read -r -a paths <<< "${CJOURNEY_PATHS:-.}"
base="${BASE_SHA:?the base commit of the pull request}"
# Messages are printed through command-text.cjs: escaped, so no text forges a workflow command.
annotate() { node "$GITHUB_ACTION_PATH/action/command-text.cjs" "$@"; }
diff_file="${CJOURNEY_DIFF_FILE:-${RUNNER_TEMP:?}/cjourney-diff.md}"

# shellcheck source=changed-files.sh
source "$GITHUB_ACTION_PATH/action/changed-files.sh"

summarise() { if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$diff_file" >> "$GITHUB_STEP_SUMMARY"; fi; }

# The diff could not be computed: the comment says so and why, instead of keeping the diff of
# an earlier push, which is now wrong. `failed=true` makes the action's last step fail the job.
could_not_compute() {
    # Shown in a code block: no backtick or tilde may close it.
    local reason
    reason="$(printf '%s' "$1" | tr '`~' "'-")"
    annotate error "cjourney could not compute the diff, because $1"
    printf '### 🗺️ Journey changes\n\n⚠️ **The journey diff could not be computed**, because:\n\n```text\n%s\n```\n\nAn earlier diff of this pull request no longer applies; the job log has the details.\n' "$reason" > "$diff_file"
    printf 'changed=false\nfailed=true\ndiff-file=%s\n' "$diff_file" >> "${GITHUB_OUTPUT:?}"
    summarise
    exit 0
}

# A shallow checkout may not hold the base commit yet.
ensure_base "$base" || could_not_compute "the base commit $base cannot be fetched"

errors="$(mktemp)"
"${cjourney[@]}" diff --git "$base" --format markdown --exit-code -- "${paths[@]}" > "$diff_file" 2> "$errors"
code=$?
cat "$errors" >&2
case $code in
    0) changed=false ;;
    1) changed=true ;;
    # The CLI's last message says why (one escaped line: see packages/cli/src/safe-text.ts).
    *) could_not_compute "$(grep '^cjourney: ' "$errors" | tail -n 1 | sed 's/^cjourney: //' | grep . || echo "cjourney diff exited with code $code")" ;;
esac

delimiter="$(output_delimiter)"
{
    echo "changed=$changed"
    echo "failed=false"
    echo "diff-file=$diff_file"
    echo "changed-files<<$delimiter"
    changed_journeys "$base" "${paths[@]}"
    echo "$delimiter"
} >> "${GITHUB_OUTPUT:?}"
summarise
