#!/usr/bin/env bash
# Opt-in step of the cjourney action (`publish-images: 'true'`): commits the visual diffs of a
# pull request to an orphan branch of the same repository, one folder per pull request
# (pr-N/PATH.diff.svg), so the comment can show them inline to everyone who can read the
# repository — private ones too, where an artifact or an external image host does not work.
# Usage: publish-images.sh publish|remove
#   publish: replaces the folder pr-N with the *.diff.svg files of CJOURNEY_RENDER_DIR
#   remove:  deletes the folder pr-N (the pull request was closed)
# Env: CJOURNEY_PR_NUMBER, CJOURNEY_IMAGES_BRANCH, CJOURNEY_RENDER_DIR (publish),
# CJOURNEY_TOKEN (needs `contents: write`), GITHUB_SERVER_URL, GITHUB_REPOSITORY,
# GITHUB_WORKSPACE. Writes `published` and `images-url` (the folder's URL) to $GITHUB_OUTPUT.
#
# Everything happens in a bare repository under $RUNNER_TEMP with git's plumbing
# (hash-object, update-index, commit-tree): no work tree, so no file of the pull request is
# checked out, followed or written, and the workspace's checkout is left as it was.
set -uo pipefail
mode="${1:?publish or remove}"
annotate() { node "$GITHUB_ACTION_PATH/action/command-text.cjs" "$@"; }
fail() { annotate warning "cjourney did not $mode the review images: $1"; echo "published=false" >> "${GITHUB_OUTPUT:?}"; exit 0; }

number="${CJOURNEY_PR_NUMBER:-}"
[[ "$number" =~ ^[0-9]+$ ]] || fail "no pull-request number"
branch="${CJOURNEY_IMAGES_BRANCH:-cjourney-review-images}"
git check-ref-format --branch "$branch" > /dev/null 2>&1 || fail "'$branch' is not a branch name"
folder="pr-$number"
server="${GITHUB_SERVER_URL:-https://github.com}"

# The repository the workflow checked out (actions/checkout names it origin); else this one.
remote="$(git -C "${GITHUB_WORKSPACE:-.}" remote get-url origin 2>/dev/null || printf '%s/%s.git' "$server" "${GITHUB_REPOSITORY:?}")"

work="$(mktemp -d "${RUNNER_TEMP:?}/cjourney-images.XXXXXX")"
export GIT_DIR="$work/images.git" GIT_INDEX_FILE="$work/index"
git init -q --bare "$GIT_DIR"
# The token as actions/checkout passes it: a header for this server only, from the
# environment (GIT_CONFIG_*), so it is neither in a command line nor in a config file.
if [ -n "${CJOURNEY_TOKEN:-}" ]; then
    export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="http.$server/.extraheader"
    GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $(printf 'x-access-token:%s' "$CJOURNEY_TOKEN" | base64 | tr -d '\n')"
    export GIT_CONFIG_VALUE_0
fi
export GIT_AUTHOR_NAME='github-actions[bot]' GIT_AUTHOR_EMAIL='41898282+github-actions[bot]@users.noreply.github.com'
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"

# The branch's tip, or nothing when the branch does not exist yet (ls-remote exits 2).
fetch_tip() {
    git ls-remote --exit-code --heads "$remote" "refs/heads/$branch" > /dev/null 2>&1
    case $? in
        0) git fetch -q --no-tags --depth=1 "$remote" "+refs/heads/$branch:refs/cjourney/tip" && git rev-parse refs/cjourney/tip ;;
        2) return 0 ;;
        *) return 1 ;;
    esac
}

# The index: every file of the tip except this pull request's folder, then its new images.
build_index() {
    local tip="$1" entry file
    rm -f "$GIT_INDEX_FILE"
    git read-tree --empty
    if [ -n "$tip" ]; then
        git ls-tree -r -z --full-tree "$tip" | while IFS= read -r -d '' entry; do
            case "${entry#*$'\t'}" in "$folder"/*) ;; *) printf '%s\0' "$entry" ;; esac
        done | git update-index -z --index-info
    fi
    [ "$mode" = publish ] || return 0
    # Only regular files: find does not follow links, and the render folder is the action's own.
    (cd "${CJOURNEY_RENDER_DIR:?}" && find . -type f -name '*.diff.svg' -print0) | while IFS= read -r -d '' file; do
        printf '100644 %s\t%s\0' "$(git hash-object -w --stdin < "$CJOURNEY_RENDER_DIR/$file")" "$folder/${file#./}"
    done | git update-index -z --index-info
}

# One attempt: commit on the current tip and push it; a push that lost a race fails here.
publish_once() {
    local tip tree commit
    tip="$(fetch_tip)" || return 2
    build_index "$tip"
    tree="$(git write-tree)"
    if [ -n "$tip" ] && [ "$tree" = "$(git rev-parse "$tip^{tree}")" ]; then return 0; fi
    if [ -z "$tip" ] && [ "$mode" = remove ]; then return 0; fi
    commit="$(git commit-tree "$tree" ${tip:+-p "$tip"} -m "cjourney: $mode the review images of pull request #$number")"
    git push -q "$remote" "$commit:refs/heads/$branch"
}

# Pull requests publish concurrently: a rejected push is retried on the new tip.
for attempt in 1 2 3; do
    publish_once && break
    code=$?
    [ "$code" -ne 2 ] && [ "$attempt" -lt 3 ] || fail "git could not reach or update '$branch' of the repository"
done

# The folder's URL for the comment (see docs/pr-review.md: github.com/…/blob/…?raw=true
# serves readers of private repositories too). Segments are encoded by compose-comment.cjs.
{
    echo "published=true"
    printf 'images-url=%s/%s/blob/%s/%s\n' "$server" "${GITHUB_REPOSITORY:?}" "$(node -e 'process.stdout.write(process.argv[1].split("/").map(encodeURIComponent).join("/"))' "$branch")" "$folder"
} >> "${GITHUB_OUTPUT:?}"
