#!/usr/bin/env bash
# Step 1 of the cjourney action: check the journeys, printing GitHub annotations.
# Env: CJOURNEY_PATHS (space-separated files or folders), CJOURNEY_STRICT (true|false),
# CJOURNEY_SARIF_FILE (optional: also write the findings there as SARIF), BASE_SHA (on pull
# requests: annotate only the changed files).
# Writes `exit-code` to $GITHUB_OUTPUT; never fails itself, so the diff is still commented.
set -uo pipefail
cjourney=(node "${GITHUB_ACTION_PATH:?}/action/dist/cjourney.cjs")
read -r -a paths <<< "${CJOURNEY_PATHS:-.}"
strict=()
if [ "${CJOURNEY_STRICT:-false}" = "true" ]; then strict=(--strict); fi
# shellcheck source=changed-files.sh
source "$GITHUB_ACTION_PATH/action/changed-files.sh"

# Errors, then warnings, then notices: GitHub shows only the first 10 of each kind per step.
errors_first() {
    awk '/^::error /{print; next} /^::warning /{w[++nw]=$0; next} {n[++nn]=$0}
         END {for (i = 1; i <= nw; i++) print w[i]; for (i = 1; i <= nn; i++) print n[i]}'
}

# The whole list for the job summary, HTML-escaped in a <pre> (it quotes the journeys' text).
summarise_all() {
    [ -n "${GITHUB_STEP_SUMMARY:-}" ] || return 0
    local count
    count=$(grep -c . "$1")
    {
        printf '### 🗺️ cjourney check\n\n<details><summary>All %s problems and insights of the checked journeys (annotations show those of the changed files)</summary>\n\n<pre>\n' "$count"
        sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$1"
        printf '</pre>\n\n</details>\n\n'
    } >> "$GITHUB_STEP_SUMMARY"
}

# Annotations only for the changed files of a pull request, checked with the whole `paths`
# as their workspace (so shared definitions resolve); the exit code is the whole check's.
check_pull_request() {
    local all workspace=() changed=() path
    mapfile -t changed < <(changed_journeys "$BASE_SHA" "${paths[@]}")
    for path in "${paths[@]}"; do
        if [ -d "$path" ]; then workspace+=(--workspace "$path"); else workspace+=(--workspace "$(dirname -- "$path")"); fi
    done
    all="$(mktemp)"
    "${cjourney[@]}" check "${strict[@]}" -- "${paths[@]}" > "$all"
    code=$?
    if [ "${#changed[@]}" -gt 0 ]; then
        "${cjourney[@]}" check --format github "${strict[@]}" "${workspace[@]}" -- "${changed[@]}" | errors_first
    fi
    summarise_all "$all"
}

if [ -n "${BASE_SHA:-}" ] && ensure_base "$BASE_SHA"; then
    check_pull_request
else
    "${cjourney[@]}" check --format github "${strict[@]}" -- "${paths[@]}" | errors_first
    code=${PIPESTATUS[0]}
fi
echo "exit-code=$code" >> "${GITHUB_OUTPUT:?}"
if [ -n "${CJOURNEY_SARIF_FILE:-}" ]; then
    # Never `> "$CJOURNEY_SARIF_FILE"`: the pull request may have committed a link there.
    "${cjourney[@]}" check --format sarif "${strict[@]}" -- "${paths[@]}" \
        | node "$GITHUB_ACTION_PATH/action/write-report.cjs" "$CJOURNEY_SARIF_FILE" || true
fi
exit 0
