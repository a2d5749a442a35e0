#!/usr/bin/env bash
# Step 3 of the cjourney action: render the changed journeys to SVG for the review, when this
# version of cjourney has a `render` command (it is skipped with a notice otherwise): the map
# as it is now (NAME.svg) and, with BASE_SHA, its visual diff against the base commit
# (NAME.diff.svg: added and changed elements marked, removed ones listed). A file of shared
# definitions only (no journey) is drawn as its stakeholder map: its map view would be empty.
# Env: CJOURNEY_CHANGED_FILES (one per line), CJOURNEY_RENDER_DIR (where the SVGs go), BASE_SHA (optional).
set -uo pipefail
cjourney=(node "${GITHUB_ACTION_PATH:?}/action/dist/cjourney.cjs")
out="${CJOURNEY_RENDER_DIR:?}"

# `render --help` would print the general help when there is no render command: look at the list.
if ! "${cjourney[@]}" --help | grep -qE '^ +render '; then
    echo "::notice::this version of cjourney cannot render yet; no SVGs attached"
    echo "rendered=false" >> "${GITHUB_OUTPUT:?}"
    exit 0
fi
# `export --format json` is the model: a file without journeys has an empty top-level list.
# (grep reads to the end: with -q it could stop early and fail the pipe under pipefail.)
view_of() {
    if "${cjourney[@]}" export --format json -- "$1" 2>/dev/null | grep '^  "journeys": \[\],$' > /dev/null; then
        echo --view stakeholders
    fi
}
rendered=false
while IFS= read -r file; do
    [ -n "$file" ] || continue
    target="$out/${file%.cjourney}.svg"
    mkdir -p "$(dirname "$target")"
    # A journey keeps the view of cjourney.config.json; shared definitions get the stakeholders.
    read -r -a view <<< "$(view_of "$file")"
    # `--` before the name: a file may be called `-x.cjourney`.
    # Exit 1 is a file with errors, still drawn as far as its model goes: it counts as rendered.
    "${cjourney[@]}" render "${view[@]}" -o "$target" -- "$file"
    if [ -f "$target" ]; then rendered=true; fi
    if [ -n "${BASE_SHA:-}" ]; then
        "${cjourney[@]}" render "${view[@]}" --diff-git "$BASE_SHA" -o "${target%.svg}.diff.svg" -- "$file" || true
    fi
done <<< "${CJOURNEY_CHANGED_FILES:-}"
echo "rendered=$rendered" >> "${GITHUB_OUTPUT:?}"
