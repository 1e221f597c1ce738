#!/usr/bin/env bash
# Builds the Debian package of the timesync command line with cargo-deb,
# checks what it holds (dpkg-deb -c), unpacks it into a scratch root
# (dpkg -x: no root needed, nothing installed on the machine) and runs
# what it installed: the binary, a man page and the bash completions.
#
#   packaging/deb.sh                 # the release build (profile dist: fat LTO)
#   DEB_PROFILE=dev packaging/deb.sh # a quick check: an unoptimised build
#
# It builds for this machine's target explicitly, as `dist build` does, so
# that after packaging/dist.sh the binary is already built.
#
# Installs cargo-deb when it is missing (about 2 minutes on 2 cores).
# Prints the path of the checked .deb last.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${DEB_PROFILE:-dist}
# The major version whose [package.metadata.deb] keys Cargo.toml uses.
cargo_deb_version=3

if ! cargo deb --version >/dev/null 2>&1; then
    echo "deb.sh: installing cargo-deb $cargo_deb_version" >&2
    cargo install cargo-deb --locked --version "^$cargo_deb_version"
fi
for tool in dpkg-deb dpkg zcat; do
    command -v "$tool" >/dev/null || { echo "deb.sh: $tool is needed (Debian's dpkg and gzip)" >&2; exit 1; }
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# cargo deb prints the path of the package it wrote as its last line.
host=$(rustc -vV | sed -n 's/^host: //p')
deb=$(cargo deb --locked -p timesync-cli --profile "$profile" --target "$host" --output "$out" | tail -1)
[ -f "$deb" ] || { echo "deb.sh: cargo deb wrote no package ($deb)" >&2; exit 1; }
dpkg-deb --info "$deb"

version=$(cargo metadata --locked --no-deps --format-version 1 |
    sed -n 's/.*"name":"timesync-cli","version":"\([^"]*\)".*/\1/p')
[ -n "$version" ] || { echo "deb.sh: cannot tell the package version" >&2; exit 1; }
field() { dpkg-deb --field "$deb" "$1"; }
fail() { echo "deb.sh: $*" >&2; exit 1; }
[ "$(field Package)" = timesync ] || fail "Package is $(field Package), not timesync"
[ "$(field Version)" = "$version-1" ] || fail "Version is $(field Version), not $version-1"

# What the package holds: every path below, nothing under /usr/local, and
# every man page gzipped.
contents=$(dpkg-deb -c "$deb")
echo "$contents"
paths=$(awk '{print $6}' <<<"$contents")
expected=(
    ./usr/bin/timesync
    ./usr/share/man/man1/timesync.1.gz
    ./usr/share/man/man1/timesync-time-get.1.gz
    ./usr/share/bash-completion/completions/timesync
    ./usr/share/zsh/vendor-completions/_timesync
    ./usr/share/fish/vendor_completions.d/timesync.fish
    ./usr/share/doc/timesync/config.example.toml
    ./usr/share/doc/timesync/README.md
    ./usr/share/doc/timesync/copyright
)
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$paths" || fail "$path is not in the package"
done
pages=$(grep -c '^\./usr/share/man/man1/.*\.1\.gz$' <<<"$paths" || true)
[ "$pages" -eq "$(ls man/*.1 | wc -l)" ] || fail "$pages gzipped man pages in the package, $(ls man/*.1 | wc -l) in man/"
if grep -E '^\./usr/share/man/.*\.1$|^\./usr/local/' <<<"$paths"; then
    fail "uncompressed man pages or /usr/local paths in the package"
fi
grep -E '^-rwxr-xr-x .* \./usr/bin/timesync$' <<<"$contents" >/dev/null || fail "usr/bin/timesync is not mode 755"

# Unpacked into a scratch root, the way dpkg would install it, and run from
# there with an empty environment and a home of its own.
root="$out/root"
dpkg -x "$deb" "$root"
home="$out/home"
mkdir -p "$home"
installed() { env -i PATH=/usr/bin:/bin HOME="$home" "$root/usr/bin/timesync" "$@"; }
installed --version | tee "$out/version"
grep -qF "$version" "$out/version" || fail "--version does not name $version"
installed --test time get | tee "$out/time-get"
[ -s "$out/time-get" ] || fail "--test time get printed nothing"

# A man page as man reads it (gzipped), else its text.
page="$root/usr/share/man/man1/timesync-time-get.1.gz"
if command -v man >/dev/null; then
    MANWIDTH=80 MAN_DISABLE_SECCOMP=1 man -l "$page" 2>/dev/null | col -b >"$out/man"
else
    zcat "$page" >"$out/man"
fi
grep -q 'timesync-time-get' "$out/man" || fail "the man page of time get does not name itself"
# The bash completions load and complete the installed command.
if command -v bash >/dev/null; then
    bash --norc --noprofile -c "source '$root/usr/share/bash-completion/completions/timesync' && complete -p timesync" ||
        fail "the bash completions do not load"
fi
grep -q 'Apache-2.0' "$root/usr/share/doc/timesync/copyright" || fail "the copyright file does not name the licence"

keep=${DEB_OUTPUT:-${CARGO_TARGET_DIR:-target}/debian}
mkdir -p "$keep"
cp "$deb" "$keep/"
echo "deb.sh: $(basename "$deb") checked: $(wc -l <<<"$paths") paths, $pages man pages, the binary runs"
echo "$keep/$(basename "$deb")"
