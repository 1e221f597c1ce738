#!/usr/bin/env bash
# Builds the release archive of the timesync command line for this machine's
# target with cargo-dist (`dist build`, the same command the release
# workflow runs on each platform), with the installers and checksums, then
# checks what it made: the checksums hold, the archive carries the binary,
# the man pages, the completions and the example config, and the binary
# unpacked from it answers `--test time get` with an empty environment.
#
#   packaging/dist.sh            # the release build (profile dist: fat LTO)
#
# CI runs it with the dist profile's optimisations turned down through
# Cargo's environment (CARGO_PROFILE_DIST_*): what is checked is the
# packaging, not the optimiser. Needs `dist` (cargo-dist 0.34):
#   cargo install cargo-dist --locked --version 0.34.0
# or the installer from https://opensource.axo.dev/cargo-dist/.
# Prints the path of the checked archive last.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "dist.sh: $*" >&2; exit 1; }
command -v dist >/dev/null || fail "dist (cargo-dist) is not installed: cargo install cargo-dist --locked --version 0.34.0"
# sha256sum (GNU), else shasum -a 256 (macOS): both read the same check files.
sha256() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
host=$(rustc -vV | sed -n 's/^host: //p')
target_dir=${CARGO_TARGET_DIR:-target}
distrib=$target_dir/distrib
rm -rf "$distrib"

dist build --artifacts=local --target="$host"
# The installers and checksums cover every target, as in release.yml.
dist build --artifacts=global

archive=$(ls "$distrib"/timesync-cli-"$host".tar.* 2>/dev/null | grep -v '\.sha256$' | head -1)
[ -n "$archive" ] || fail "no archive for $host in $distrib"
for made in timesync-cli-installer.sh timesync-cli-installer.ps1 sha256.sum "$(basename "$archive").sha256"; do
    [ -s "$distrib/$made" ] || fail "$made was not made"
done
(cd "$distrib" && sha256 --check --ignore-missing sha256.sum) || fail "the checksums do not hold"
(cd "$distrib" && sha256 --check "$(basename "$archive").sha256") || fail "the archive's checksum does not hold"
grep -qF "$(basename "$archive")" "$distrib/timesync-cli-installer.sh" || fail "the shell installer does not name the archive"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
tar -xf "$archive" -C "$out"
root=$(find "$out" -mindepth 1 -maxdepth 1 -type d | head -1)
[ -n "$root" ] || fail "the archive holds no directory"
for path in timesync README.md LICENSE CHANGELOG.md config.example.toml man/timesync.1 man/timesync-time-get.1 \
    completions/timesync.bash completions/_timesync completions/timesync.fish; do
    [ -e "$root/$path" ] || fail "$path is not in the archive"
done
[ -x "$root/timesync" ] || fail "the binary in the archive is not executable"

mkdir -p "$out/home"
env -i PATH=/usr/bin:/bin HOME="$out/home" "$root/timesync" --version | grep -qF "timesync" || fail "--version failed"
env -i PATH=/usr/bin:/bin HOME="$out/home" "$root/timesync" --test time get | tee "$out/time-get"
[ -s "$out/time-get" ] || fail "--test time get printed nothing"
echo "dist.sh: $(basename "$archive") checked: checksums, contents, installers, and the binary runs"
echo "$archive"
