# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_timesync_global_optspecs
    string join \n url= token= profile= config= timeout= connect-timeout= q/quiet json csv l/long no-pager v/verbose test offline online h/help V/version
end

function __fish_timesync_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_timesync_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_timesync_using_subcommand
    set -l cmd (__fish_timesync_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c timesync -n "__fish_timesync_needs_command" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_needs_command" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_needs_command" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_needs_command" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_needs_command" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_needs_command" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_needs_command" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_needs_command" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_needs_command" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_needs_command" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_needs_command" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_needs_command" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_needs_command" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_needs_command" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_needs_command" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_needs_command" -s V -l version -d 'Print version'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "login" -d 'Log in and store the token in the config file'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "logout" -d 'Forget the stored token'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "token" -d 'Show when the token expires (or the token itself with --show)'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "status" -d 'Show the session: server, user, token expiry, password source, running clock and outbox'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "whoami" -d 'Show the session: server, user, token expiry, password source, running clock and outbox'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "log" -d 'Your entries of the last 7 days by day, newest first, numbered @1, @2, … with totals'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "start" -d 'Start the clock on a project (clock in); --switch stops a running clock first'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "stop" -d 'Stop the clock and record the time worked (clock out)'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "restart" -d 'Start the clock again on your last entry\'s project, activities and notes (or entry REF\'s)'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "cancel" -d 'Stop the clock without recording anything (clock cancel)'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "time" -d 'Create, update, list and delete time entries'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "project" -d 'Create, update, list and delete projects, and manage their users'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "activity" -d 'Create, update, list and delete activities'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "user" -d 'Create, update, list and delete users'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "clock" -d 'Clock in and out: a running clock that becomes a time entry'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "report" -d 'Totals over a period, grouped by project, activity, user or day'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "outbox" -d 'List (or drop) time entries kept while the server was unreachable'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "sync" -d 'Send the time entries waiting in the outbox'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, elvish, powershell) to stdout'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "globals" -d 'The options every command takes, before or after the command\'s name'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "__complete" -d 'For the completion scripts: cached names (never a network call)'
complete -c timesync -n "__fish_timesync_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand login" -s u -l username -d 'Username [default: the profile\'s username]' -r
complete -c timesync -n "__fish_timesync_using_subcommand login" -l auth-type -d 'How the server checks the password [default: the profile\'s, else password]' -r -f -a "password\t'Local password check on the server'
ldap\t'LDAP, when the server has it enabled'"
complete -c timesync -n "__fish_timesync_using_subcommand login" -l password-command -d 'Get the password from this command\'s first line of output (e.g. "pass show timesync"), now and whenever the token must be renewed; saved to the profile, the password never is. Runs without a shell unless it starts with "!"' -r
complete -c timesync -n "__fish_timesync_using_subcommand login" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand login" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand login" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand login" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand login" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand login" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand login" -l password-stdin -d 'Read the password from standard input (for scripts); TIMESYNC_PASSWORD also works. Without either, the password is asked for without echo'
complete -c timesync -n "__fish_timesync_using_subcommand login" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand login" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand login" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand login" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand login" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand login" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand login" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand login" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand login" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand logout" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand token" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand token" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand token" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand token" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand token" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand token" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand token" -l show -d 'Print the token itself'
complete -c timesync -n "__fish_timesync_using_subcommand token" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand token" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand token" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand token" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand token" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand token" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand token" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand token" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand token" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand status" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand status" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand status" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand status" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand status" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand status" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand status" -l check -d 'Also run the password command, to see whether it works (its output is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand status" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand status" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand status" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand status" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand status" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand status" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand status" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand status" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand status" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l check -d 'Also run the password command, to see whether it works (its output is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand log" -s s -l start -d 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w [default: 6 days ago]' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -s e -l end -d 'Last day (same forms) [default: today]' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -s p -l project -d 'Only entries in this project (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -s a -l activity -d 'Only entries with this activity (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -l html -d 'Also write the log as one HTML page with charts to this file (replaced whole); - prints the page alone to stdout' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand log" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand log" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand log" -l today -d 'Today only'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l week -d 'This week, Monday to today'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l month -d 'This month, the 1st to today'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l here -d 'Only entries in the project of the git repository you are in (its uri is a remote\'s)'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l all-users -d 'Everyone\'s entries you may see, not only yours (only yours are numbered)'
complete -c timesync -n "__fish_timesync_using_subcommand log" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand log" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand log" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand log" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand start" -s a -l activity -d 'Activity slug; repeat or separate with commas [default: the project\'s default activity]' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -s n -l notes -d 'Notes about the work' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l issue-uri -d 'Link to the issue worked on (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l issue -d 'Issue worked on, by number: sets --issue-uri to the project\'s issue N [default: from the git branch name, e.g. 123-fix-login]' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l at -d 'When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand start" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand start" -l no-issue -d 'No issue from the git branch name'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l switch -d 'If a clock runs, stop it first (recording its time) and start this one [default: the profile\'s switch]'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l no-switch -d 'Refuse to start while a clock runs, even with switch = true in the profile'
complete -c timesync -n "__fish_timesync_using_subcommand start" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand start" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand start" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand start" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l at -d 'When the work ended: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s d -l duration -d 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s p -l project -d 'Project slug' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s a -l activity -d 'Activity slug; repeat or separate with commas' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s D -l date -d 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s n -l notes -d 'Notes about the work' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l issue-uri -d 'Link to the issue worked on (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s u -l user -d 'Owner of the entry: only yourself, the logged-in user' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l keep -d 'Record a clock that ran under a minute (without it, such a clock is dropped)'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l future -d 'Accept a day worked after tomorrow'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l at -d 'When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]' -r
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l switch -d 'If a clock runs, stop it first (recording its time) and start this one [default: the profile\'s switch]'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l no-switch -d 'Refuse to start while a clock runs, even with switch = true in the profile'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "create" -d 'Record time worked (on today, with the project\'s default activity, unless told)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "update" -d 'Change fields of a time entry; only the fields given are sent'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "get" -d 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "list" -d 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "ls" -d 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "show" -d 'Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "delete" -d 'Delete a time entry'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "import" -d 'Import a history of time entries from a file (CSV, JSON, Watson, Timewarrior)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and not __fish_seen_subcommand_from create update get list ls show delete import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s d -l duration -d 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s p -l project -d 'Project slug' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s a -l activity -d 'Activity slug; repeat or separate with commas' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s D -l date -d 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s n -l notes -d 'Notes about the work' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l issue-uri -d 'Link to the issue worked on (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s u -l user -d 'Owner of the entry: only yourself, the logged-in user' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l issue -d 'Issue worked on, by number: sets --issue-uri to the project\'s issue N [default: from the git branch name, e.g. 123-fix-login]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l future -d 'Accept a day worked after tomorrow'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l no-issue -d 'No issue from the git branch name'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s d -l duration -d 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s p -l project -d 'Project slug' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s a -l activity -d 'Activity slug; repeat or separate with commas' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s D -l date -d 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s n -l notes -d 'Notes about the work' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l issue-uri -d 'Link to the issue worked on (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s u -l user -d 'Owner of the entry: only yourself, the logged-in user' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l future -d 'Accept a day worked after tomorrow'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s u -l user -d 'Only this user\'s entries (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s p -l project -d 'Only entries in this project (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s a -l activity -d 'Only entries with this activity (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s s -l start -d 'Worked on or after this day' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s e -l end -d 'Worked on or before this day' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l sort -d 'The order of the list: by day worked, then creation (date), or as the server sends it (none: CSV and -q are then written as they arrive)' -r -f -a "date\t'By the day worked, then by when each entry was created'
none\t'As the server sends the entries'"
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l include-deleted -d 'Also show deleted entries'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s u -l user -d 'Only this user\'s entries (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s p -l project -d 'Only entries in this project (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s a -l activity -d 'Only entries with this activity (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s s -l start -d 'Worked on or after this day' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s e -l end -d 'Worked on or before this day' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l sort -d 'The order of the list: by day worked, then creation (date), or as the server sends it (none: CSV and -q are then written as they arrive)' -r -f -a "date\t'By the day worked, then by when each entry was created'
none\t'As the server sends the entries'"
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l include-deleted -d 'Also show deleted entries'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s u -l user -d 'Only this user\'s entries (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s p -l project -d 'Only entries in this project (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s a -l activity -d 'Only entries with this activity (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s s -l start -d 'Worked on or after this day' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s e -l end -d 'Worked on or before this day' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l sort -d 'The order of the list: by day worked, then creation (date), or as the server sends it (none: CSV and -q are then written as they arrive)' -r -f -a "date\t'By the day worked, then by when each entry was created'
none\t'As the server sends the entries'"
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l include-deleted -d 'Also show deleted entries'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l format -d 'The input format [default: from the file\'s extension or content]' -r -f -a "csv\t'CSV with a header row, as `timesync --csv time get` writes it (or other columns, with --columns)'
json\t'A JSON list of time entries, as `timesync --json time get` prints it'
jsonl\t'JSON lines: one time entry object per line'
watson\t'Watson: `watson log --json` output, or Watson\'s own `frames` file'
timew\t'Timewarrior: `timew export` output'"
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l columns -d 'CSV columns holding the fields, as FIELD=HEADER (fields: date_worked, duration, project, activities, notes, issue_uri, user; an empty HEADER leaves the field out)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l duration-unit -d 'The unit of bare numbers in a CSV duration column' -r -f -a "seconds\t'5400 is 1h30m'
minutes\t'90 is 1h30m'
hours\t'1.5 is 1h30m'"
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l project-map -d 'Read project name FROM as project slug TO (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l activity-map -d 'Read activity (or tag) name FROM as activity slug TO; an empty TO drops it (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l map -d 'A mapping file: TOML with [projects] and [activities] tables of "name" = "slug"' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l jobs -d 'Send this many entries at once (1-16)' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l rejects -d 'Where to write the rows the server refuses [default: <input>.rejected.<ext> beside the input, ./import.rejected.<ext> for standard input]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l future -d 'Accept rows worked after tomorrow (rows before 1970 or after 2100 are always refused)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything and show what would be sent; send nothing'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l retry-rejected -d 'Send rows the server refused in an earlier run again (after fixing what they refer to)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bar and no summary line'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from help" -f -a "create" -d 'Record time worked (on today, with the project\'s default activity, unless told)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change fields of a time entry; only the fields given are sent'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from help" -f -a "get" -d 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a time entry'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a history of time entries from a file (CSV, JSON, Watson, Timewarrior)'
complete -c timesync -n "__fish_timesync_using_subcommand time; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "create" -d 'Create a project (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "update" -d 'Change a project; whatever is not given is kept as it is'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "get" -d 'List projects, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "list" -d 'List projects, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "ls" -d 'List projects, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "delete" -d 'Delete a project (site managers and admins; only without time entries)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "users" -d 'List a project\'s users and their roles, or add and remove them'
complete -c timesync -n "__fish_timesync_using_subcommand project; and not __fish_seen_subcommand_from create update get list ls delete users help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l name -d 'Name of the project (unique)' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l slug -d 'Slug of the project; repeat or separate with commas for several' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l uri -d 'The project\'s web page (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l default-activity -d 'Activity used for time entries that name none' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l member -d 'Give this user the member role (may record time); repeatable' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l spectator -d 'Give this user the spectator role (sees everyone\'s time); repeatable' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l manager -d 'Give this user the manager role (may change the project); repeatable' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l slug -d 'New slugs, replacing all current ones; repeat or separate with commas' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l uri -d 'New web page (http or https; it cannot be cleared)' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l default-activity -d 'New default activity' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l no-default-activity -d 'Remove the default activity'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -s u -l user -d 'Only projects where this user has a role (repeatable; not with SLUG)' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l include-deleted -d 'Also show deleted projects (not with SLUG)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -s u -l user -d 'Only projects where this user has a role (repeatable; not with SLUG)' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l include-deleted -d 'Also show deleted projects (not with SLUG)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -s u -l user -d 'Only projects where this user has a role (repeatable; not with SLUG)' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l include-deleted -d 'Also show deleted projects (not with SLUG)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -a "add" -d 'Give users roles in a project, keeping the roles they already have'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -a "remove" -d 'Take all roles in a project away from users'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from users" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a project (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a project; whatever is not given is kept as it is'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "get" -d 'List projects, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a project (site managers and admins; only without time entries)'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "users" -d 'List a project\'s users and their roles, or add and remove them'
complete -c timesync -n "__fish_timesync_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "create" -d 'Create an activity (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "update" -d 'Rename an activity or change its slug (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "get" -d 'List activities, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "list" -d 'List activities, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "ls" -d 'List activities, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "delete" -d 'Delete an activity (site managers and admins; only when unused)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l name -d 'Name of the activity (unique)' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l slug -d 'Slug of the activity' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l slug -d 'New slug' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l include-deleted -d 'Also show deleted activities (not with SLUG)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l include-deleted -d 'Also show deleted activities (not with SLUG)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l include-revisions -d 'Also show earlier revisions'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l include-deleted -d 'Also show deleted activities (not with SLUG)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an activity (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename an activity or change its slug (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "get" -d 'List activities, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an activity (site managers and admins; only when unused)'
complete -c timesync -n "__fish_timesync_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "create" -d 'Create a user (callers who are both site admin and site manager)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "update" -d 'Change fields of a user; only the fields given are sent'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "get" -d 'List users, or show one by username'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "list" -d 'List users, or show one by username'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "ls" -d 'List users, or show one by username'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "delete" -d 'Delete a user (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and not __fish_seen_subcommand_from create update get list ls delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l display-name -d 'Name shown to people' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l email -d 'Email address' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l meta -d 'Free-form metadata' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l site-admin -d 'Make the user a site admin (may do anything)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l site-manager -d 'Make the user a site manager (manages projects, activities, users)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l site-spectator -d 'Make the user a site spectator (sees every time entry)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l inactive -d 'Create the account inactive'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the new user\'s password from standard input (for scripts); TIMESYNC_NEW_PASSWORD also works. Without either, it is asked for without echo'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l display-name -d 'New display name' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l email -d 'New email address ("" for none)' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l meta -d 'New metadata' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l site-admin -d 'Set (or with =false clear) site admin' -r -f -a "true\t''
false\t''"
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l site-manager -d 'Set (or with =false clear) site manager' -r -f -a "true\t''
false\t''"
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l site-spectator -d 'Set (or with =false clear) site spectator' -r -f -a "true\t''
false\t''"
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l active -d 'Activate (or with =false deactivate) the account' -r -f -a "true\t''
false\t''"
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l no-site-admin -d 'Clear site admin'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l no-site-manager -d 'Clear site manager'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l no-site-spectator -d 'Clear site spectator'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l inactive -d 'Deactivate the account'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l password -d 'Set a new password: asked for without echo, or read from --password-stdin or TIMESYNC_NEW_PASSWORD'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l password-stdin -d 'Read the new password from standard input (implies --password)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l include-deleted -d 'Also show deleted users'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l include-deleted -d 'Also show deleted users'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l include-deleted -d 'Also show deleted users'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user (callers who are both site admin and site manager)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change fields of a user; only the fields given are sent'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "get" -d 'List users, or show one by username'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -f -a "in" -d 'Start the clock on a project (one clock at a time)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -f -a "out" -d 'Stop the clock and record the time worked'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -f -a "status" -d 'Show the running clock: project, start and time elapsed'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -f -a "cancel" -d 'Stop the clock without recording anything'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and not __fish_seen_subcommand_from in out status cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -s a -l activity -d 'Activity slug; repeat or separate with commas [default: the project\'s default activity]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -s n -l notes -d 'Notes about the work' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l issue-uri -d 'Link to the issue worked on (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l issue -d 'Issue worked on, by number: sets --issue-uri to the project\'s issue N [default: from the git branch name, e.g. 123-fix-login]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l at -d 'When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l no-issue -d 'No issue from the git branch name'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l switch -d 'If a clock runs, stop it first (recording its time) and start this one [default: the profile\'s switch]'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l no-switch -d 'Refuse to start while a clock runs, even with switch = true in the profile'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from in" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l at -d 'When the work ended: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s d -l duration -d 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s p -l project -d 'Project slug' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s a -l activity -d 'Activity slug; repeat or separate with commas' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s D -l date -d 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s n -l notes -d 'Notes about the work' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l issue-uri -d 'Link to the issue worked on (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s u -l user -d 'Owner of the entry: only yourself, the logged-in user' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l keep -d 'Record a clock that ran under a minute (without it, such a clock is dropped)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l future -d 'Accept a day worked after tomorrow'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from out" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l short -d 'One terse line for shell prompts ("gwm 1h05m"), nothing when no clock runs'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "in" -d 'Start the clock on a project (one clock at a time)'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "out" -d 'Stop the clock and record the time worked'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the running clock: project, start and time elapsed'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Stop the clock without recording anything'
complete -c timesync -n "__fish_timesync_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand report" -s s -l start -d 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -s e -l end -d 'Last day (same forms)' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -s u -l user -d 'Only this user\'s entries (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -s p -l project -d 'Only entries in this project (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -s a -l activity -d 'Only entries with this activity (repeatable)' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -l by -d 'Group totals by this, nested in the order given (repeat or separate with commas) [default: project]' -r -f -a "project\t'The project (shown by its shortest slug)'
activity\t'The set of activities of an entry (`dev+docs` for an entry with two)'
user\t'The owner'
day\t'The day worked'"
complete -c timesync -n "__fish_timesync_using_subcommand report" -l round -d 'Round each entry to a multiple of this duration before adding (e.g. 15m)' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -l round-mode -d 'How --round rounds each entry' -r -f -a "up\t'Up to the next multiple (billing style): 1m becomes 15m'
nearest\t'To the nearest multiple, halves up: 7m becomes 0m, 8m becomes 15m'"
complete -c timesync -n "__fish_timesync_using_subcommand report" -l html -d 'Also write the report as one HTML page with charts to this file (replaced whole); - prints the page alone to stdout' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand report" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand report" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand report" -l week -d 'This week, Monday to today'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l month -d 'This month, the 1st to today'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l today -d 'Today only'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l here -d 'Only entries in the project of the git repository you are in (its uri is a remote\'s)'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l total -d 'Only the period\'s total, not grouped'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l decimal -d 'Show totals as decimal hours (3.50) instead of 3h30m'
complete -c timesync -n "__fish_timesync_using_subcommand report" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand report" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand report" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand report" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -f -a "show" -d 'Show one entry, field by field'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -f -a "edit" -d 'Change fields of a queued entry before it is sent; only the fields given change'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -f -a "drop" -d 'Remove an entry without sending it'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and not __fish_seen_subcommand_from show edit drop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s d -l duration -d 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s p -l project -d 'Project slug' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s a -l activity -d 'Activity slug; repeat or separate with commas' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s D -l date -d 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s n -l notes -d 'Notes about the work' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l issue-uri -d 'Link to the issue worked on (http or https)' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s u -l user -d 'Owner of the entry: only yourself, the logged-in user' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l future -d 'Accept a day worked after tomorrow'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one entry, field by field'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a queued entry before it is sent; only the fields given change'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Remove an entry without sending it'
complete -c timesync -n "__fish_timesync_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand sync" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand completions" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand globals" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand globals" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l url -d 'Server base URL including the version path, e.g. http://localhost:8000/v0' -r
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l token -d 'Auth token to use instead of the stored one' -r
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l profile -d 'Profile of the config file to use [default: the file\'s default_profile, else "default"]' -r
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l config -d 'Config file [default: <config dir>/timesync/config.toml]' -r -F
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l timeout -d 'Seconds to wait for the whole request (1-3600) [default: 30]' -r
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l connect-timeout -d 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]' -r
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -s q -l quiet -d 'Print only the key of each result (a slug, a username, a time entry\'s UUID), and no messages'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l json -d 'Print JSON for scripts (errors too, on stderr)'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l csv -d 'Print CSV: a header row, then one object per row (lists joined with \';\')'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -s l -l long -d 'Show whole UUIDs in tables, not their first 8 characters'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l no-pager -d 'Never page long output (a terminal\'s long output goes through $PAGER, else `less -FRX`)'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -s v -l verbose -d 'Print each request\'s method, URL, status and time to stderr (the token is never shown)'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l test -d 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l offline -d 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -l online -d 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached'
complete -c timesync -n "__fish_timesync_using_subcommand __complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "login" -d 'Log in and store the token in the config file'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "logout" -d 'Forget the stored token'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "token" -d 'Show when the token expires (or the token itself with --show)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "status" -d 'Show the session: server, user, token expiry, password source, running clock and outbox'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "log" -d 'Your entries of the last 7 days by day, newest first, numbered @1, @2, … with totals'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "start" -d 'Start the clock on a project (clock in); --switch stops a running clock first'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "stop" -d 'Stop the clock and record the time worked (clock out)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "restart" -d 'Start the clock again on your last entry\'s project, activities and notes (or entry REF\'s)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "cancel" -d 'Stop the clock without recording anything (clock cancel)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "time" -d 'Create, update, list and delete time entries'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "project" -d 'Create, update, list and delete projects, and manage their users'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "activity" -d 'Create, update, list and delete activities'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "user" -d 'Create, update, list and delete users'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "clock" -d 'Clock in and out: a running clock that becomes a time entry'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "report" -d 'Totals over a period, grouped by project, activity, user or day'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "outbox" -d 'List (or drop) time entries kept while the server was unreachable'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "sync" -d 'Send the time entries waiting in the outbox'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, elvish, powershell) to stdout'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "globals" -d 'The options every command takes, before or after the command\'s name'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "__complete" -d 'For the completion scripts: cached names (never a network call)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and not __fish_seen_subcommand_from login logout token status log start stop restart cancel time project activity user clock report outbox sync completions globals __complete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from time" -f -a "create" -d 'Record time worked (on today, with the project\'s default activity, unless told)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from time" -f -a "update" -d 'Change fields of a time entry; only the fields given are sent'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from time" -f -a "get" -d 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from time" -f -a "show" -d 'Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from time" -f -a "delete" -d 'Delete a time entry'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from time" -f -a "import" -d 'Import a history of time entries from a file (CSV, JSON, Watson, Timewarrior)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "create" -d 'Create a project (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "update" -d 'Change a project; whatever is not given is kept as it is'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "get" -d 'List projects, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "delete" -d 'Delete a project (site managers and admins; only without time entries)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "users" -d 'List a project\'s users and their roles, or add and remove them'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "create" -d 'Create an activity (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "update" -d 'Rename an activity or change its slug (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "get" -d 'List activities, or show one by slug'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "delete" -d 'Delete an activity (site managers and admins; only when unused)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create a user (callers who are both site admin and site manager)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "update" -d 'Change fields of a user; only the fields given are sent'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "get" -d 'List users, or show one by username'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user (site managers and admins)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "in" -d 'Start the clock on a project (one clock at a time)'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "out" -d 'Stop the clock and record the time worked'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "status" -d 'Show the running clock: project, start and time elapsed'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "cancel" -d 'Stop the clock without recording anything'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "show" -d 'Show one entry, field by field'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "edit" -d 'Change fields of a queued entry before it is sent; only the fields given change'
complete -c timesync -n "__fish_timesync_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "drop" -d 'Remove an entry without sending it'

# Slugs and usernames from timesync's local cache where one is asked for
# (`timesync __complete`, never a network call for them), profiles, and your
# newest entries as @1, @2, … with their summaries.
complete -c timesync -a '(timesync __complete words -- (commandline -opc) (commandline -ct) 2>/dev/null)'
