//! The completion scripts: what clap generates for each shell, plus (for
//! bash, zsh and fish) a wrapper that completes project and activity slugs
//! and usernames from the local cache through `timesync __complete words`,
//! falling back to the generated completion everywhere else. Completing
//! never makes a network call.

use clap_complete::Shell;

const BASH: &str = r#"
# Slugs and usernames from timesync's local cache where one is asked for
# (`timesync __complete`, never a network call for them), profiles, and your
# newest entries as @1, @2, …; the rest as generated above.
_timesync_cached() {
    local cur="${COMP_WORDS[COMP_CWORD]}" names line
    names="$(timesync __complete words -- "${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null)"
    if [[ -n "${names}" ]]; then
        local IFS=$'\n' values=()
        # A candidate's description (after a tab) is not shown by bash.
        while read -r line; do values+=("${line%%$'\t'*}"); done <<< "${names}"
        COMPREPLY=( $(compgen -W "${values[*]}" -- "${cur}") )
        return 0
    fi
    _timesync "$@"
}
"#;

const ZSH: &str = r#"
# Slugs and usernames from timesync's local cache where one is asked for
# (`timesync __complete`, never a network call for them), profiles, and your
# newest entries as @1, @2, …; the rest as generated above.
_timesync() {
    local -a names values descriptions
    local line
    names=(${(f)"$(timesync __complete words -- "${(@)words[1,CURRENT]}" 2>/dev/null)"})
    if (( ${#names} )); then
        # A candidate's description comes after a tab (`@1<TAB>2026-12-04 1h gwm`).
        for line in "${names[@]}"; do
            values+=("${line%%$'\t'*}")
            descriptions+=("${line/$'\t'/  -- }")
        done
        if [[ "${names[*]}" == *$'\t'* ]]; then
            compadd -l -d descriptions -a values
        else
            compadd -a values
        fi
    else
        _timesync_generated "$@"
    fi
}
"#;

const FISH: &str = r#"
# Slugs and usernames from timesync's local cache where one is asked for
# (`timesync __complete`, never a network call for them), profiles, and your
# newest entries as @1, @2, … with their summaries.
complete -c timesync -a '(timesync __complete words -- (commandline -opc) (commandline -ct) 2>/dev/null)'
"#;

/// The completion script for `shell`, as `timesync completions SHELL` prints it.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut generated = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "timesync", &mut generated);
    let generated = String::from_utf8_lossy(&generated).into_owned();
    let script = match shell {
        Shell::Bash => {
            format!("{}{BASH}", generated.replace("complete -F _timesync ", "complete -F _timesync_cached "))
        }
        Shell::Zsh => with_zsh_wrapper(&generated),
        Shell::Fish => format!("{generated}{FISH}"),
        _ => generated,
    };
    script.into_bytes()
}

/// The zsh script with clap's `_timesync` renamed, and the wrapper defined
/// under that name before the script's closing lines run it.
fn with_zsh_wrapper(generated: &str) -> String {
    let renamed = generated.replacen("\n_timesync() {", "\n_timesync_generated() {", 1);
    match renamed.rfind("\nif [ \"$funcstack[1]\" = \"_timesync\" ]") {
        Some(at) => format!("{}{ZSH}{}", &renamed[..at], &renamed[at..]),
        None => format!("{renamed}{ZSH}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_zsh_and_fish_ask_the_cache() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let script = String::from_utf8(script(shell)).unwrap();
            assert!(script.contains("timesync __complete words --"), "{shell}");
        }
        let bash = String::from_utf8(script(Shell::Bash)).unwrap();
        assert_eq!(bash.matches("complete -F _timesync_cached ").count(), 2);
        assert!(!bash.contains("complete -F _timesync "));
        let zsh = String::from_utf8(script(Shell::Zsh)).unwrap();
        assert_eq!(zsh.matches("\n_timesync() {").count(), 1, "one _timesync: the wrapper");
        assert!(zsh.contains("\n_timesync_generated() {"));
        assert!(zsh.find("_timesync_generated \"$@\"") < zsh.rfind("compdef _timesync timesync"));
    }
}
