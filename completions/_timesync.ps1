
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'timesync' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'timesync'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'timesync' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and store the token in the config file')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored token')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Show when the token expires (or the token itself with --show)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the session: server, user, token expiry, password source, running clock and outbox')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the session: server, user, token expiry, password source, running clock and outbox')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Your entries of the last 7 days by day, newest first, numbered @1, @2, … with totals')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the clock on a project (clock in); --switch stops a running clock first')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the clock and record the time worked (clock out)')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Start the clock again on your last entry''s project, activities and notes (or entry REF''s)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop the clock without recording anything (clock cancel)')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Create, update, list and delete time entries')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Create, update, list and delete projects, and manage their users')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Create, update, list and delete activities')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Create, update, list and delete users')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Clock in and out: a running clock that becomes a time entry')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Totals over a period, grouped by project, activity, user or day')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'List (or drop) time entries kept while the server was unreachable')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Send the time entries waiting in the outbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, elvish, powershell) to stdout')
            [CompletionResult]::new('globals', 'globals', [CompletionResultType]::ParameterValue, 'The options every command takes, before or after the command''s name')
            [CompletionResult]::new('__complete', '__complete', [CompletionResultType]::ParameterValue, 'For the completion scripts: cached names (never a network call)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username [default: the profile''s username]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username [default: the profile''s username]')
            [CompletionResult]::new('--auth-type', '--auth-type', [CompletionResultType]::ParameterName, 'How the server checks the password [default: the profile''s, else password]')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'Get the password from this command''s first line of output (e.g. "pass show timesync"), now and whenever the token must be renewed; saved to the profile, the password never is. Runs without a shell unless it starts with "!"')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input (for scripts); TIMESYNC_PASSWORD also works. Without either, the password is asked for without echo')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;logout' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;token' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Print the token itself')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;status' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also run the password command, to see whether it works (its output is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;whoami' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also run the password command, to see whether it works (its output is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;log' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w [default: 6 days ago]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w [default: 6 days ago]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Last day (same forms) [default: today]')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day (same forms) [default: today]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Also write the log as one HTML page with charts to this file (replaced whole); - prints the page alone to stdout')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Today only')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'This week, Monday to today')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'This month, the 1st to today')
            [CompletionResult]::new('--here', '--here', [CompletionResultType]::ParameterName, 'Only entries in the project of the git repository you are in (its uri is a remote''s)')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Everyone''s entries you may see, not only yours (only yours are numbered)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;start' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas [default: the project''s default activity]')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas [default: the project''s default activity]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--issue-uri', '--issue-uri', [CompletionResultType]::ParameterName, 'Link to the issue worked on (http or https)')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue worked on, by number: sets --issue-uri to the project''s issue N [default: from the git branch name, e.g. 123-fix-login]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--no-issue', '--no-issue', [CompletionResultType]::ParameterName, 'No issue from the git branch name')
            [CompletionResult]::new('--switch', '--switch', [CompletionResultType]::ParameterName, 'If a clock runs, stop it first (recording its time) and start this one [default: the profile''s switch]')
            [CompletionResult]::new('--no-switch', '--no-switch', [CompletionResultType]::ParameterName, 'Refuse to start while a clock runs, even with switch = true in the profile')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;stop' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the work ended: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--issue-uri', '--issue-uri', [CompletionResultType]::ParameterName, 'Link to the issue worked on (http or https)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Record a clock that ran under a minute (without it, such a clock is dropped)')
            [CompletionResult]::new('--future', '--future', [CompletionResultType]::ParameterName, 'Accept a day worked after tomorrow')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;restart' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--switch', '--switch', [CompletionResultType]::ParameterName, 'If a clock runs, stop it first (recording its time) and start this one [default: the profile''s switch]')
            [CompletionResult]::new('--no-switch', '--no-switch', [CompletionResultType]::ParameterName, 'Refuse to start while a clock runs, even with switch = true in the profile')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;cancel' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record time worked (on today, with the project''s default activity, unless told)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a time entry; only the fields given are sent')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a time entry')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a history of time entries from a file (CSV, JSON, Watson, Timewarrior)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;time;create' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--issue-uri', '--issue-uri', [CompletionResultType]::ParameterName, 'Link to the issue worked on (http or https)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue worked on, by number: sets --issue-uri to the project''s issue N [default: from the git branch name, e.g. 123-fix-login]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--future', '--future', [CompletionResultType]::ParameterName, 'Accept a day worked after tomorrow')
            [CompletionResult]::new('--no-issue', '--no-issue', [CompletionResultType]::ParameterName, 'No issue from the git branch name')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;update' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--issue-uri', '--issue-uri', [CompletionResultType]::ParameterName, 'Link to the issue worked on (http or https)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--future', '--future', [CompletionResultType]::ParameterName, 'Accept a day worked after tomorrow')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;get' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Worked on or after this day')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Worked on or after this day')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Worked on or before this day')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Worked on or before this day')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The order of the list: by day worked, then creation (date), or as the server sends it (none: CSV and -q are then written as they arrive)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted entries')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;list' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Worked on or after this day')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Worked on or after this day')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Worked on or before this day')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Worked on or before this day')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The order of the list: by day worked, then creation (date), or as the server sends it (none: CSV and -q are then written as they arrive)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted entries')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;ls' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Worked on or after this day')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Worked on or after this day')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Worked on or before this day')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Worked on or before this day')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The order of the list: by day worked, then creation (date), or as the server sends it (none: CSV and -q are then written as they arrive)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted entries')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;show' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;delete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The input format [default: from the file''s extension or content]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'CSV columns holding the fields, as FIELD=HEADER (fields: date_worked, duration, project, activities, notes, issue_uri, user; an empty HEADER leaves the field out)')
            [CompletionResult]::new('--duration-unit', '--duration-unit', [CompletionResultType]::ParameterName, 'The unit of bare numbers in a CSV duration column')
            [CompletionResult]::new('--project-map', '--project-map', [CompletionResultType]::ParameterName, 'Read project name FROM as project slug TO (repeatable)')
            [CompletionResult]::new('--activity-map', '--activity-map', [CompletionResultType]::ParameterName, 'Read activity (or tag) name FROM as activity slug TO; an empty TO drops it (repeatable)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'A mapping file: TOML with [projects] and [activities] tables of "name" = "slug"')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Send this many entries at once (1-16)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Where to write the rows the server refuses [default: <input>.rejected.<ext> beside the input, ./import.rejected.<ext> for standard input]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--future', '--future', [CompletionResultType]::ParameterName, 'Accept rows worked after tomorrow (rows before 1970 or after 2100 are always refused)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be sent; send nothing')
            [CompletionResult]::new('--retry-rejected', '--retry-rejected', [CompletionResultType]::ParameterName, 'Send rows the server refused in an earlier run again (after fixing what they refer to)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bar and no summary line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bar and no summary line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;time;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record time worked (on today, with the project''s default activity, unless told)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a time entry; only the fields given are sent')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a time entry')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a history of time entries from a file (CSV, JSON, Watson, Timewarrior)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;time;help;create' {
            break
        }
        'timesync;time;help;update' {
            break
        }
        'timesync;time;help;get' {
            break
        }
        'timesync;time;help;show' {
            break
        }
        'timesync;time;help;delete' {
            break
        }
        'timesync;time;help;import' {
            break
        }
        'timesync;time;help;help' {
            break
        }
        'timesync;project' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project (site managers and admins)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project; whatever is not given is kept as it is')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List projects, or show one by slug')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, or show one by slug')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List projects, or show one by slug')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project (site managers and admins; only without time entries)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List a project''s users and their roles, or add and remove them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;project;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the project (unique)')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Slug of the project; repeat or separate with commas for several')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'The project''s web page (http or https)')
            [CompletionResult]::new('--default-activity', '--default-activity', [CompletionResultType]::ParameterName, 'Activity used for time entries that name none')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Give this user the member role (may record time); repeatable')
            [CompletionResult]::new('--spectator', '--spectator', [CompletionResultType]::ParameterName, 'Give this user the spectator role (sees everyone''s time); repeatable')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'Give this user the manager role (may change the project); repeatable')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'New slugs, replacing all current ones; repeat or separate with commas')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'New web page (http or https; it cannot be cleared)')
            [CompletionResult]::new('--default-activity', '--default-activity', [CompletionResultType]::ParameterName, 'New default activity')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--no-default-activity', '--no-default-activity', [CompletionResultType]::ParameterName, 'Remove the default activity')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;get' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only projects where this user has a role (repeatable; not with SLUG)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only projects where this user has a role (repeatable; not with SLUG)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted projects (not with SLUG)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;list' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only projects where this user has a role (repeatable; not with SLUG)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only projects where this user has a role (repeatable; not with SLUG)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted projects (not with SLUG)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;ls' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only projects where this user has a role (repeatable; not with SLUG)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only projects where this user has a role (repeatable; not with SLUG)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted projects (not with SLUG)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;delete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;users' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give users roles in a project, keeping the roles they already have')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take all roles in a project away from users')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;project;users;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The roles to give; repeat or separate with commas')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;users;remove' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;project;users;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give users roles in a project, keeping the roles they already have')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take all roles in a project away from users')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;project;users;help;add' {
            break
        }
        'timesync;project;users;help;remove' {
            break
        }
        'timesync;project;users;help;help' {
            break
        }
        'timesync;project;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project (site managers and admins)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project; whatever is not given is kept as it is')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List projects, or show one by slug')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project (site managers and admins; only without time entries)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List a project''s users and their roles, or add and remove them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;project;help;create' {
            break
        }
        'timesync;project;help;update' {
            break
        }
        'timesync;project;help;get' {
            break
        }
        'timesync;project;help;delete' {
            break
        }
        'timesync;project;help;users' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give users roles in a project, keeping the roles they already have')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take all roles in a project away from users')
            break
        }
        'timesync;project;help;users;add' {
            break
        }
        'timesync;project;help;users;remove' {
            break
        }
        'timesync;project;help;help' {
            break
        }
        'timesync;activity' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an activity (site managers and admins)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an activity or change its slug (site managers and admins)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List activities, or show one by slug')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List activities, or show one by slug')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List activities, or show one by slug')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an activity (site managers and admins; only when unused)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;activity;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the activity (unique)')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Slug of the activity')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;activity;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'New slug')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;activity;get' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted activities (not with SLUG)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;activity;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted activities (not with SLUG)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;activity;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-revisions', '--include-revisions', [CompletionResultType]::ParameterName, 'Also show earlier revisions')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted activities (not with SLUG)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;activity;delete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;activity;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an activity (site managers and admins)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an activity or change its slug (site managers and admins)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List activities, or show one by slug')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an activity (site managers and admins; only when unused)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;activity;help;create' {
            break
        }
        'timesync;activity;help;update' {
            break
        }
        'timesync;activity;help;get' {
            break
        }
        'timesync;activity;help;delete' {
            break
        }
        'timesync;activity;help;help' {
            break
        }
        'timesync;user' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user (callers who are both site admin and site manager)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a user; only the fields given are sent')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List users, or show one by username')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, or show one by username')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List users, or show one by username')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user (site managers and admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;user;create' {
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Name shown to people')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Free-form metadata')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--site-admin', '--site-admin', [CompletionResultType]::ParameterName, 'Make the user a site admin (may do anything)')
            [CompletionResult]::new('--site-manager', '--site-manager', [CompletionResultType]::ParameterName, 'Make the user a site manager (manages projects, activities, users)')
            [CompletionResult]::new('--site-spectator', '--site-spectator', [CompletionResultType]::ParameterName, 'Make the user a site spectator (sees every time entry)')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create the account inactive')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new user''s password from standard input (for scripts); TIMESYNC_NEW_PASSWORD also works. Without either, it is asked for without echo')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;user;update' {
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address ("" for none)')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'New metadata')
            [CompletionResult]::new('--site-admin', '--site-admin', [CompletionResultType]::ParameterName, 'Set (or with =false clear) site admin')
            [CompletionResult]::new('--site-manager', '--site-manager', [CompletionResultType]::ParameterName, 'Set (or with =false clear) site manager')
            [CompletionResult]::new('--site-spectator', '--site-spectator', [CompletionResultType]::ParameterName, 'Set (or with =false clear) site spectator')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Activate (or with =false deactivate) the account')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--no-site-admin', '--no-site-admin', [CompletionResultType]::ParameterName, 'Clear site admin')
            [CompletionResult]::new('--no-site-manager', '--no-site-manager', [CompletionResultType]::ParameterName, 'Clear site manager')
            [CompletionResult]::new('--no-site-spectator', '--no-site-spectator', [CompletionResultType]::ParameterName, 'Clear site spectator')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Deactivate the account')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Set a new password: asked for without echo, or read from --password-stdin or TIMESYNC_NEW_PASSWORD')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from standard input (implies --password)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;user;get' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted users')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;user;list' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted users')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;user;ls' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also show deleted users')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;user;delete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (on a terminal, what is deleted is shown and confirmed first)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;user;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user (callers who are both site admin and site manager)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a user; only the fields given are sent')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List users, or show one by username')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user (site managers and admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;user;help;create' {
            break
        }
        'timesync;user;help;update' {
            break
        }
        'timesync;user;help;get' {
            break
        }
        'timesync;user;help;delete' {
            break
        }
        'timesync;user;help;help' {
            break
        }
        'timesync;clock' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('in', 'in', [CompletionResultType]::ParameterValue, 'Start the clock on a project (one clock at a time)')
            [CompletionResult]::new('out', 'out', [CompletionResultType]::ParameterValue, 'Stop the clock and record the time worked')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running clock: project, start and time elapsed')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop the clock without recording anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;clock;in' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas [default: the project''s default activity]')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas [default: the project''s default activity]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--issue-uri', '--issue-uri', [CompletionResultType]::ParameterName, 'Link to the issue worked on (http or https)')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue worked on, by number: sets --issue-uri to the project''s issue N [default: from the git branch name, e.g. 123-fix-login]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--no-issue', '--no-issue', [CompletionResultType]::ParameterName, 'No issue from the git branch name')
            [CompletionResult]::new('--switch', '--switch', [CompletionResultType]::ParameterName, 'If a clock runs, stop it first (recording its time) and start this one [default: the profile''s switch]')
            [CompletionResult]::new('--no-switch', '--no-switch', [CompletionResultType]::ParameterName, 'Refuse to start while a clock runs, even with switch = true in the profile')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;clock;out' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the work ended: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--issue-uri', '--issue-uri', [CompletionResultType]::ParameterName, 'Link to the issue worked on (http or https)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Record a clock that ran under a minute (without it, such a clock is dropped)')
            [CompletionResult]::new('--future', '--future', [CompletionResultType]::ParameterName, 'Accept a day worked after tomorrow')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;clock;status' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'One terse line for shell prompts ("gwm 1h05m"), nothing when no clock runs')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;clock;cancel' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;clock;help' {
            [CompletionResult]::new('in', 'in', [CompletionResultType]::ParameterValue, 'Start the clock on a project (one clock at a time)')
            [CompletionResult]::new('out', 'out', [CompletionResultType]::ParameterValue, 'Stop the clock and record the time worked')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running clock: project, start and time elapsed')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop the clock without recording anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;clock;help;in' {
            break
        }
        'timesync;clock;help;out' {
            break
        }
        'timesync;clock;help;status' {
            break
        }
        'timesync;clock;help;cancel' {
            break
        }
        'timesync;clock;help;help' {
            break
        }
        'timesync;report' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Last day (same forms)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day (same forms)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s entries (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only entries in this project (repeatable)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Only entries with this activity (repeatable)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group totals by this, nested in the order given (repeat or separate with commas) [default: project]')
            [CompletionResult]::new('--round', '--round', [CompletionResultType]::ParameterName, 'Round each entry to a multiple of this duration before adding (e.g. 15m)')
            [CompletionResult]::new('--round-mode', '--round-mode', [CompletionResultType]::ParameterName, 'How --round rounds each entry')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Also write the report as one HTML page with charts to this file (replaced whole); - prints the page alone to stdout')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'This week, Monday to today')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'This month, the 1st to today')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Today only')
            [CompletionResult]::new('--here', '--here', [CompletionResultType]::ParameterName, 'Only entries in the project of the git repository you are in (its uri is a remote''s)')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Only the period''s total, not grouped')
            [CompletionResult]::new('--decimal', '--decimal', [CompletionResultType]::ParameterName, 'Show totals as decimal hours (3.50) instead of 3h30m')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;outbox' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry, field by field')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a queued entry before it is sent; only the fields given change')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove an entry without sending it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;outbox;show' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;outbox;edit' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Project slug')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Activity slug; repeat or separate with commas')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes about the work')
            [CompletionResult]::new('--issue-uri', '--issue-uri', [CompletionResultType]::ParameterName, 'Link to the issue worked on (http or https)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Owner of the entry: only yourself, the logged-in user')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('--future', '--future', [CompletionResultType]::ParameterName, 'Accept a day worked after tomorrow')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;outbox;drop' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;outbox;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry, field by field')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a queued entry before it is sent; only the fields given change')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove an entry without sending it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;outbox;help;show' {
            break
        }
        'timesync;outbox;help;edit' {
            break
        }
        'timesync;outbox;help;drop' {
            break
        }
        'timesync;outbox;help;help' {
            break
        }
        'timesync;sync' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;completions' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;globals' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;__complete' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Server base URL including the version path, e.g. http://localhost:8000/v0')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Auth token to use instead of the stored one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/timesync/config.toml]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for the whole request (1-3600) [default: 30]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the key of each result (a slug, a username, a time entry''s UUID), and no messages')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (errors too, on stderr)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV: a header row, then one object per row (lists joined with '';'')')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Show whole UUIDs in tables, not their first 8 characters')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output (a terminal''s long output goes through $PAGER, else `less -FRX`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print each request''s method, URL, status and time to stderr (the token is never shown)')
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Never contact the server: log, report and time get/show answer from the local copy of your entries, new entries wait in the outbox')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Never answer from the local copy: fail (exit code 3) when the server cannot be reached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'timesync;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and store the token in the config file')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored token')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Show when the token expires (or the token itself with --show)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the session: server, user, token expiry, password source, running clock and outbox')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Your entries of the last 7 days by day, newest first, numbered @1, @2, … with totals')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the clock on a project (clock in); --switch stops a running clock first')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the clock and record the time worked (clock out)')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Start the clock again on your last entry''s project, activities and notes (or entry REF''s)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop the clock without recording anything (clock cancel)')
            [CompletionResult]::new('time', 'time', [CompletionResultType]::ParameterValue, 'Create, update, list and delete time entries')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Create, update, list and delete projects, and manage their users')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Create, update, list and delete activities')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Create, update, list and delete users')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Clock in and out: a running clock that becomes a time entry')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Totals over a period, grouped by project, activity, user or day')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'List (or drop) time entries kept while the server was unreachable')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Send the time entries waiting in the outbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, elvish, powershell) to stdout')
            [CompletionResult]::new('globals', 'globals', [CompletionResultType]::ParameterValue, 'The options every command takes, before or after the command''s name')
            [CompletionResult]::new('__complete', '__complete', [CompletionResultType]::ParameterValue, 'For the completion scripts: cached names (never a network call)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timesync;help;login' {
            break
        }
        'timesync;help;logout' {
            break
        }
        'timesync;help;token' {
            break
        }
        'timesync;help;status' {
            break
        }
        'timesync;help;log' {
            break
        }
        'timesync;help;start' {
            break
        }
        'timesync;help;stop' {
            break
        }
        'timesync;help;restart' {
            break
        }
        'timesync;help;cancel' {
            break
        }
        'timesync;help;time' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record time worked (on today, with the project''s default activity, unless told)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a time entry; only the fields given are sent')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List time entries, or show one by reference (@1, a UUID or its first 6+ characters)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a time entry')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a history of time entries from a file (CSV, JSON, Watson, Timewarrior)')
            break
        }
        'timesync;help;time;create' {
            break
        }
        'timesync;help;time;update' {
            break
        }
        'timesync;help;time;get' {
            break
        }
        'timesync;help;time;show' {
            break
        }
        'timesync;help;time;delete' {
            break
        }
        'timesync;help;time;import' {
            break
        }
        'timesync;help;project' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project (site managers and admins)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a project; whatever is not given is kept as it is')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List projects, or show one by slug')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project (site managers and admins; only without time entries)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List a project''s users and their roles, or add and remove them')
            break
        }
        'timesync;help;project;create' {
            break
        }
        'timesync;help;project;update' {
            break
        }
        'timesync;help;project;get' {
            break
        }
        'timesync;help;project;delete' {
            break
        }
        'timesync;help;project;users' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give users roles in a project, keeping the roles they already have')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take all roles in a project away from users')
            break
        }
        'timesync;help;project;users;add' {
            break
        }
        'timesync;help;project;users;remove' {
            break
        }
        'timesync;help;activity' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an activity (site managers and admins)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an activity or change its slug (site managers and admins)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List activities, or show one by slug')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an activity (site managers and admins; only when unused)')
            break
        }
        'timesync;help;activity;create' {
            break
        }
        'timesync;help;activity;update' {
            break
        }
        'timesync;help;activity;get' {
            break
        }
        'timesync;help;activity;delete' {
            break
        }
        'timesync;help;user' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user (callers who are both site admin and site manager)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change fields of a user; only the fields given are sent')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List users, or show one by username')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user (site managers and admins)')
            break
        }
        'timesync;help;user;create' {
            break
        }
        'timesync;help;user;update' {
            break
        }
        'timesync;help;user;get' {
            break
        }
        'timesync;help;user;delete' {
            break
        }
        'timesync;help;clock' {
            [CompletionResult]::new('in', 'in', [CompletionResultType]::ParameterValue, 'Start the clock on a project (one clock at a time)')
            [CompletionResult]::new('out', 'out', [CompletionResultType]::ParameterValue, 'Stop the clock and record the time worked')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running clock: project, start and time elapsed')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Stop the clock without recording anything')
            break
        }
        'timesync;help;clock;in' {
            break
        }
        'timesync;help;clock;out' {
            break
        }
        'timesync;help;clock;status' {
            break
        }
        'timesync;help;clock;cancel' {
            break
        }
        'timesync;help;report' {
            break
        }
        'timesync;help;outbox' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one entry, field by field')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a queued entry before it is sent; only the fields given change')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Remove an entry without sending it')
            break
        }
        'timesync;help;outbox;show' {
            break
        }
        'timesync;help;outbox;edit' {
            break
        }
        'timesync;help;outbox;drop' {
            break
        }
        'timesync;help;sync' {
            break
        }
        'timesync;help;completions' {
            break
        }
        'timesync;help;globals' {
            break
        }
        'timesync;help;__complete' {
            break
        }
        'timesync;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
