# Sourced by check.sh and diff.sh: the pull request's changed .cjourney files.
# Names come from the pull request, so they are read NUL-separated (`-z`, never quoted:
# `café.cjourney` stays as written), after `--` (a name may start with `-`), and a name
# holding a line break is left out with a warning: one file per line is all that
# $GITHUB_OUTPUT and the following steps can carry.

# Fetches the base commit when a shallow checkout does not hold it yet.
ensure_base() {
    git cat-file -e "${1}^{commit}" 2>/dev/null || git fetch --no-tags --depth=1 origin "$1"
}

# Prints the changed (added, modified, renamed; not deleted) .cjourney files under the
# given paths, one per line. Usage: changed_journeys BASE PATH...
changed_journeys() {
    local base="$1" name
    shift
    while IFS= read -r -d '' name; do
        case "$name" in
            *$'\n'* | *$'\r'*) node "$GITHUB_ACTION_PATH/action/command-text.cjs" warning "skipping a changed file whose name holds a line break: $name" >&2 ;;
            *.cjourney) printf '%s\n' "$name" ;;
        esac
    done < <(git -c core.quotePath=false diff --name-only -z --no-renames --diff-filter=d "$base" -- "$@")
}

# A heredoc delimiter for $GITHUB_OUTPUT that no file name can contain.
output_delimiter() {
    printf 'CJOURNEY_%s' "$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
}
