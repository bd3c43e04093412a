#pragma once

// The scripts a deploy's server steps run (only for DeployPlans.cpp): POSIX sh, each with its
// values as positional words ("$1"…), never pasted into the script.
namespace dozor::DeployPlans::Scripts {

// Takes the lock (a folder: mkdir is atomic), writes who holds it, and refuses when the live
// release is not the one the plan was made for ("*": not looked at); then records the attempt
// (PATH/.dozor-deploy: what is live, what it will make live), so a deploy that fails before its
// swap is never taken for the last one that went live. Args: folder, holder's line, holder's
// id, the live release expected ("-" none, "+folder" a folder), the id of a lock to take over,
// recipe, deploy or rollback, the release to make live (empty: nothing recorded).
inline constexpr char lockScript[] =
    "p=${1:-$HOME} l=${1:-$HOME}/.dozor-deploy.lock\n"
    "mkdir -p -- \"$p\" || exit 1\n"
    "if [ -n \"$5\" ] && [ \"$(sed -n 2p \"$l/holder\" 2>/dev/null)\" = \"$5\" ]; then rm -rf -- "
    "\"$l\"; echo \"took over the lock of a deploy whose Dozor is gone\"; fi\n"
    "if ! mkdir -- \"$l\" 2>/dev/null; then\n"
    "  [ -d \"$l\" ] || { mkdir -- \"$l\"; exit 1; }\n"
    "  h=$(sed -n 1p \"$l/holder\" 2>/dev/null)\n"
    "  echo \"another deploy holds the lock: ${h:-$l names no one}\" >&2; exit 1\n"
    "fi\n"
    "printf '%s\\n%s\\n' \"$2\" \"$3\" > \"$l/holder\" || { rm -rf -- \"$l\"; exit 1; }\n"
    "[ \"$4\" = '*' ] && exit 0\n"
    "c=-; if [ -L \"$p/current\" ]; then c=$(readlink -- \"$p/current\"); c=${c#releases/}; "
    "elif [ -e \"$p/current\" ]; then c=+folder; fi\n"
    "[ \"$c\" = \"$4\" ] || { echo \"the live release changed since Dozor looked ($4 then, $c "
    "now): another deploy? Deploy again to see what it changes\" >&2; exit 1; }\n"
    "[ -n \"$8\" ] || exit 0\n"
    "printf 'recipe %s\\nkind %s\\nbefore %s\\nrelease %s\\nphase started\\n' \"$6\" \"$7\" \"$c\" "
    "\"$8\" > \"$p/.dozor-deploy.new\" && mv -f -- \"$p/.dozor-deploy.new\" \"$p/.dozor-deploy\"\n";

// Releases the lock when it is still this deploy's. Args: folder, holder's id.
inline constexpr char unlockScript[] =
    "l=${1:-$HOME}/.dozor-deploy.lock\n"
    "[ -d \"$l\" ] || exit 0\n"
    "[ \"$(sed -n 2p \"$l/holder\" 2>/dev/null)\" = \"$2\" ] || exit 0\n"
    "rm -rf -- \"$l\"\n";

// The new release: the live one's files (when there is one) without what the build no longer
// has — hard links ("link": nothing but Dozor writes to the release, and it replaces a file
// rather than writing into it) or copies ("copy": the recipe's own steps run in the release and
// might write into a file the live release shares). Args: folder, stamp, live release ("-"
// none), link or copy, the paths that go. A failure removes what it made (a failing step is
// not undone).
inline constexpr char newReleaseScript[] =
    "p=$1 new=$1/releases/$2 live=$3 how=$4; shift 4\n"
    "mkdir -p -- \"$p/releases\" && mkdir -- \"$new\" || exit 1\n"
    "fail() { rm -rf -- \"$new\"; exit 1; }\n"
    "if [ \"$live\" != - ] && [ \"$how\" = link ]; then\n"
    // Linking a file this login does not own can be refused (protected_hardlinks): copies then.
    "  cp -al -- \"$p/releases/$live/.\" \"$new/\" 2>/dev/null || { rm -rf -- \"$new\" && mkdir -- "
    "\"$new\" && cp -a -- \"$p/releases/$live/.\" \"$new/\"; } || fail\n"
    "elif [ \"$live\" != - ]; then cp -a -- \"$p/releases/$live/.\" \"$new/\" || fail; fi\n"
    "cd -- \"$new\" || fail\n"
    // Thousands of paths: through xargs, never one exec's argument list.
    "[ $# -eq 0 ] || printf '%s\\0' \"$@\" | xargs -0r rm -rf -- || fail\n";

// Removes a release that is not live. Args: folder, stamp.
inline constexpr char dropReleaseScript[] =
    "p=$1 r=$1/releases/$2\n"
    "[ \"$(readlink -- \"$p/current\" 2>/dev/null)\" = \"releases/$2\" ] && { echo \"$r is live: "
    "kept\" >&2; exit 1; }\n"
    "rm -rf -- \"$r\"\n";

// Puts the uploaded files in place (each one replaces the file there: a hard link to the live
// release is never written into) and makes the build's new folders; then checks the release
// against the build: every file's path and size, and the uploaded files' checksums (the rest
// came from the live release, whose checksums matched the build's). Args: the new release, the
// layout's digest, the uploads' digest, the number of new folders, the folders, the uploads.
inline constexpr char placeUploadScript[] =
    "new=$1 up=$1/.dozor-upload layout=$2 uploaded=$3 n=$4; shift 4\n"
    "if [ -d \"$up\" ]; then\n"
    "  (cd -- \"$up\" && find . -type f -print0) | (cd -- \"$new\" && xargs -0r rm -f --) || "
    "exit 1\n"
    "  cp -R -- \"$up/.\" \"$new/\" && rm -rf -- \"$up\" || exit 1\n"
    "fi\n"
    "cd -- \"$new\" || exit 1\n"
    "i=0; for f; do [ $i -lt \"$n\" ] && printf '%s\\0' \"$f\"; i=$((i + 1)); done | xargs -0r "
    "mkdir -p -- || exit 1\n"
    "shift \"$n\"\n"
    "d=$(find . -type f -printf '%s %P\\0' | LC_ALL=C sort -z | sha256sum) || exit 1\n"
    "[ \"${d%% *}\" = \"$layout\" ] || { echo \"the new release differs from the build (its "
    "files or their sizes): the upload is incomplete\" >&2; exit 1; }\n"
    "if [ $# -gt 0 ]; then\n"
    "  d=$(printf '%s\\0' \"$@\" | xargs -0r sha256sum -z -- | sha256sum) || exit 1\n"
    "  [ \"${d%% *}\" = \"$uploaded\" ] || { echo \"the uploaded files differ from the build "
    "(their checksums): the upload is incomplete\" >&2; exit 1; }\n"
    "fi\n"
    "echo 'the new release matches the build'\n";

// Owner and modes. Args: the release, owner, group, file mode, folder mode.
// A file the release shares with another (a hard link) whose mode, owner or group would change
// gets a copy of its own first, so the other releases (the live one) are not touched. Args: the
// release, owner, group, file mode, folder mode (each empty: left as it is; the values were
// checked when the workspace was read: names and octal modes only).
inline constexpr char ownershipScript[] =
    "r=$1 o=$2 g=$3 fm=$4 dm=$5 as=\n"
    "if [ -n \"$o$g\" ] && [ \"$(id -u)\" != 0 ]; then\n"
    "  sudo -n true 2>/dev/null || { echo \"cannot give the release to ${o}${g:+:$g}: log in as "
    "root, or allow this user sudo without a password\" >&2; exit 1; }\n"
    "  as='sudo -n'\n"
    "fi\n"
    "set --\n"
    "[ -z \"$fm\" ] || set -- \"$@\" ! -perm \"$fm\"\n"
    "[ -z \"$o\" ] || { [ $# -eq 0 ] || set -- \"$@\" -o; set -- \"$@\" ! -user \"$o\"; }\n"
    "[ -z \"$g\" ] || { [ $# -eq 0 ] || set -- \"$@\" -o; set -- \"$@\" ! -group \"$g\"; }\n"
    "if [ $# -gt 0 ]; then $as find \"$r\" -type f -links +1 \\( \"$@\" \\) -exec sh -c 'for f; "
    "do cp -p -- \"$f\" \"$f.dozor-own\" && mv -f -- \"$f.dozor-own\" \"$f\" || exit 1; done' sh "
    "{} + "
    "|| exit 1; fi\n"
    "if [ -n \"$dm\" ]; then $as find \"$r\" -type d -exec chmod \"$dm\" {} + || exit 1; fi\n"
    "if [ -n \"$fm\" ]; then $as find \"$r\" -type f -exec chmod \"$fm\" {} + || exit 1; fi\n"
    "if [ -n \"$o$g\" ]; then $as chown -R -- \"${o}${g:+:$g}\" \"$r\" || exit 1; fi\n";

// Records which release was live before (so a rollback goes back to it). Args: folder,
// recipe, release live before ("-" none), the new live release, deploy or rollback.
inline constexpr char recordScript[] =
    "printf 'recipe %s\\nkind %s\\nbefore %s\\nrelease %s\\nphase swapping\\n' \"$2\" \"$5\" "
    "\"$3\" \"$4\" > "
    "\"$1/.dozor-deploy.new\" && mv -f -- \"$1/.dozor-deploy.new\" \"$1/.dozor-deploy\"\n";

// Makes a release live: the link replaced in one rename. Args: folder, release ("-": no link,
// as before the first deploy), the phase recorded, then the restart command (may be none).
inline constexpr char swapScript[] =
    "p=$1 r=$2 phase=$3; shift 3\n"
    "if [ -e \"$p/current\" ] && [ ! -L \"$p/current\" ]; then echo \"$p/current is a folder, not "
    "a link: Dozor does not replace it\" >&2; exit 1; fi\n"
    "if [ \"$r\" = - ]; then rm -f -- \"$p/current\" || exit 1\n"
    "else\n"
    "  [ -d \"$p/releases/$r\" ] || { echo \"there is no release $r in $p/releases\" >&2; exit 1; "
    "}\n"
    "  ln -sfn -- \"releases/$r\" \"$p/.current.dozor-new\" && mv -T -- \"$p/.current.dozor-new\" "
    "\"$p/current\" || exit 1\n"
    "fi\n"
    "[ ! -f \"$p/.dozor-deploy\" ] || echo \"phase $phase\" >> \"$p/.dozor-deploy\"\n"
    "if [ \"$r\" = - ]; then echo 'no release is live'; else echo \"live: $r\"; fi\n"
    "[ $# -eq 0 ] || \"$@\"\n";

// The end: recorded, and the oldest releases beyond keep removed (never the live one or the
// one before it). Args: folder, keep, release before, the live release.
inline constexpr char finishScript[] =
    "p=$1 keep=$2 before=$3 live=$4\n"
    "echo 'phase done' >> \"$p/.dozor-deploy\"\n"
    "set -- \"$p\"/releases/*; n=$#\n"
    "for r; do\n"
    "  [ \"$n\" -le \"$keep\" ] && break\n"
    "  name=${r##*/}\n"
    "  if [ \"$name\" = \"$before\" ] || [ \"$name\" = \"$live\" ] || [ ! -d \"$r\" ]; then "
    "continue; fi\n"
    "  rm -rf -- \"$r\" && n=$((n - 1)) && echo \"removed the old release $name\"\n"
    "done\n";

// An app's release: the ref checked out in a new clone. Args: folder, stamp, repository
// ("": the live release's origin), ref. A failure removes what it made.
inline constexpr char fetchScript[] =
    "p=$1 new=$1/releases/$2 repo=$3 ref=$4\n"
    "[ -e \"$new\" ] && { echo \"$new is there already\" >&2; exit 1; }\n"
    "fail() { rm -rf -- \"$new\"; exit 1; }\n"
    "if [ -z \"$repo\" ]; then repo=$(git -C \"$p/current/\" remote get-url origin 2>/dev/null) "
    "|| { echo \"the recipe names no repository and $p/current is not a git checkout with an "
    "origin: add \\\"repository\\\" to the recipe\" >&2; exit 1; }; fi\n"
    "mkdir -p -- \"$p/releases\" || exit 1\n"
    "if [ -d \"$p/current/.git\" ]; then git clone --quiet --no-checkout --reference-if-able "
    "\"$p/current\" --dissociate -- \"$repo\" \"$new\" || fail\n"
    "else git clone --quiet --no-checkout -- \"$repo\" \"$new\" || fail; fi\n"
    "c=$(git -C \"$new\" rev-parse --verify -q \"origin/$ref^{commit}\" || git -C \"$new\" "
    "rev-parse --verify -q \"$ref^{commit}\") || { echo \"there is no branch, tag or commit "
    "\\\"$ref\\\" in $repo\" >&2; fail; }\n"
    "git -C \"$new\" checkout --quiet --detach \"$c\" || fail\n"
    "echo \"checked out $ref at $c\"\n";

// Args: the virtualenv, the release.
inline constexpr char requirementsScript[] =
    "[ -x \"$1/bin/pip\" ] || { echo \"there is no virtualenv at $1 (no $1/bin/pip): make it "
    "with python3 -m venv $1, or name yours in \\\"venv\\\"\" >&2; exit 1; }\n"
    "if [ -f \"$2/requirements.txt\" ]; then \"$1/bin/pip\" install --quiet --disable-pip-version-"
    "check -r \"$2/requirements.txt\"; else echo 'no requirements.txt: nothing to install'; fi\n";

// A Django command in the release. Args: the virtualenv, the release, the line said when there
// is no manage.py, the command's words.
inline constexpr char manageScript[] = "v=$1 r=$2 none=$3; shift 3\n"
                                       "[ -f \"$r/manage.py\" ] || { echo \"$none\"; exit 0; }\n"
                                       "cd -- \"$r\" && exec \"$v/bin/python\" manage.py \"$@\"\n";

// A recipe's own step in a folder. Args: the folder ("": the login's home), then the argv.
inline constexpr char inFolderScript[] =
    "if [ -n \"$1\" ]; then cd -- \"$1\" || exit 1; fi; shift\n"
    "exec \"$@\"\n";

} // namespace dozor::DeployPlans::Scripts
