
use builtin;
use str;

set edit:completion:arg-completer[timesync] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'timesync'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'timesync'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Log in and store the token in the config file'
            cand logout 'Forget the stored token'
            cand token 'Show when the token expires (or the token itself with --show)'
            cand status 'Show the session: server, user, token expiry, password source, running clock and outbox'
            cand whoami 'Show the session: server, user, token expiry, password source, running clock and outbox'
            cand time 'Create, update, list and delete time entries'
            cand project 'Create, update, list and delete projects, and manage their users'
            cand activity 'Create, update, list and delete activities'
            cand user 'Create, update, list and delete users'
            cand clock 'Clock in and out: a running clock that becomes a time entry'
            cand report 'Totals over a period, grouped by project, activity, user or day'
            cand outbox 'List (or drop) time entries kept while the server was unreachable'
            cand sync 'Send the time entries waiting in the outbox'
            cand completions 'Print shell completions (bash, zsh, fish, elvish, powershell) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;login'= {
            cand -u 'Username [default: the profile''s username]'
            cand --username 'Username [default: the profile''s username]'
            cand --auth-type 'How the server checks the password [default: the profile''s, else password]'
            cand --password-command 'Get the password from this command''s first line of output (e.g. "pass show timesync"), now and whenever the token must be renewed; saved to the profile, the password never is. Runs without a shell unless it starts with "!"'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --password-stdin 'Read the password from standard input (for scripts); TIMESYNC_PASSWORD also works. Without either, the password is asked for without echo'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;logout'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;token'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --show 'Print the token itself'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;status'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --check 'Also run the password command, to see whether it works (its output is never shown)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;whoami'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --check 'Also run the password command, to see whether it works (its output is never shown)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;time'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Record time worked'
            cand update 'Change fields of a time entry; only the fields given are sent'
            cand get 'List time entries, or show one by UUID'
            cand list 'List time entries, or show one by UUID'
            cand ls 'List time entries, or show one by UUID'
            cand delete 'Delete a time entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;time;create'= {
            cand -d 'Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30'
            cand --duration 'Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30'
            cand -p 'Project slug'
            cand --project 'Project slug'
            cand -a 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand --activity 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand -D 'Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]'
            cand --date 'Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]'
            cand -n 'Notes about the work'
            cand --notes 'Notes about the work'
            cand --issue-uri 'Link to the issue worked on (http or https)'
            cand -u 'Owner of the entry [create default: the logged-in user]'
            cand --user 'Owner of the entry [create default: the logged-in user]'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;time;update'= {
            cand -d 'Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30'
            cand --duration 'Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30'
            cand -p 'Project slug'
            cand --project 'Project slug'
            cand -a 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand --activity 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand -D 'Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]'
            cand --date 'Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]'
            cand -n 'Notes about the work'
            cand --notes 'Notes about the work'
            cand --issue-uri 'Link to the issue worked on (http or https)'
            cand -u 'Owner of the entry [create default: the logged-in user]'
            cand --user 'Owner of the entry [create default: the logged-in user]'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;time;get'= {
            cand -u 'Only this user''s entries (repeatable)'
            cand --user 'Only this user''s entries (repeatable)'
            cand -p 'Only entries in this project (repeatable)'
            cand --project 'Only entries in this project (repeatable)'
            cand -a 'Only entries with this activity (repeatable)'
            cand --activity 'Only entries with this activity (repeatable)'
            cand -s 'Worked on or after this day'
            cand --start 'Worked on or after this day'
            cand -e 'Worked on or before this day'
            cand --end 'Worked on or before this day'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted entries'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;time;list'= {
            cand -u 'Only this user''s entries (repeatable)'
            cand --user 'Only this user''s entries (repeatable)'
            cand -p 'Only entries in this project (repeatable)'
            cand --project 'Only entries in this project (repeatable)'
            cand -a 'Only entries with this activity (repeatable)'
            cand --activity 'Only entries with this activity (repeatable)'
            cand -s 'Worked on or after this day'
            cand --start 'Worked on or after this day'
            cand -e 'Worked on or before this day'
            cand --end 'Worked on or before this day'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted entries'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;time;ls'= {
            cand -u 'Only this user''s entries (repeatable)'
            cand --user 'Only this user''s entries (repeatable)'
            cand -p 'Only entries in this project (repeatable)'
            cand --project 'Only entries in this project (repeatable)'
            cand -a 'Only entries with this activity (repeatable)'
            cand --activity 'Only entries with this activity (repeatable)'
            cand -s 'Worked on or after this day'
            cand --start 'Worked on or after this day'
            cand -e 'Worked on or before this day'
            cand --end 'Worked on or before this day'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted entries'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;time;delete'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;time;help'= {
            cand create 'Record time worked'
            cand update 'Change fields of a time entry; only the fields given are sent'
            cand get 'List time entries, or show one by UUID'
            cand delete 'Delete a time entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;time;help;create'= {
        }
        &'timesync;time;help;update'= {
        }
        &'timesync;time;help;get'= {
        }
        &'timesync;time;help;delete'= {
        }
        &'timesync;time;help;help'= {
        }
        &'timesync;project'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a project (site managers and admins)'
            cand update 'Change a project; whatever is not given is kept as it is'
            cand get 'List projects, or show one by slug'
            cand list 'List projects, or show one by slug'
            cand ls 'List projects, or show one by slug'
            cand delete 'Delete a project (site managers and admins; only without time entries)'
            cand users 'List a project''s users and their roles, or add and remove them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;project;create'= {
            cand --name 'Name of the project (unique)'
            cand --slug 'Slug of the project; repeat or separate with commas for several'
            cand --uri 'The project''s web page (http or https)'
            cand --default-activity 'Activity used for time entries that name none'
            cand --member 'Give this user the member role (may record time); repeatable'
            cand --spectator 'Give this user the spectator role (sees everyone''s time); repeatable'
            cand --manager 'Give this user the manager role (may change the project); repeatable'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;update'= {
            cand --name 'New name'
            cand --slug 'New slugs, replacing all current ones; repeat or separate with commas'
            cand --uri 'New web page (http or https; it cannot be cleared)'
            cand --default-activity 'New default activity'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --no-default-activity 'Remove the default activity'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;get'= {
            cand -u 'Only projects where this user has a role (repeatable; not with SLUG)'
            cand --user 'Only projects where this user has a role (repeatable; not with SLUG)'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted projects (not with SLUG)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;list'= {
            cand -u 'Only projects where this user has a role (repeatable; not with SLUG)'
            cand --user 'Only projects where this user has a role (repeatable; not with SLUG)'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted projects (not with SLUG)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;ls'= {
            cand -u 'Only projects where this user has a role (repeatable; not with SLUG)'
            cand --user 'Only projects where this user has a role (repeatable; not with SLUG)'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted projects (not with SLUG)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;delete'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;users'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Give users roles in a project, keeping the roles they already have'
            cand remove 'Take all roles in a project away from users'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;project;users;add'= {
            cand --role 'The roles to give; repeat or separate with commas'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;users;remove'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;project;users;help'= {
            cand add 'Give users roles in a project, keeping the roles they already have'
            cand remove 'Take all roles in a project away from users'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;project;users;help;add'= {
        }
        &'timesync;project;users;help;remove'= {
        }
        &'timesync;project;users;help;help'= {
        }
        &'timesync;project;help'= {
            cand create 'Create a project (site managers and admins)'
            cand update 'Change a project; whatever is not given is kept as it is'
            cand get 'List projects, or show one by slug'
            cand delete 'Delete a project (site managers and admins; only without time entries)'
            cand users 'List a project''s users and their roles, or add and remove them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;project;help;create'= {
        }
        &'timesync;project;help;update'= {
        }
        &'timesync;project;help;get'= {
        }
        &'timesync;project;help;delete'= {
        }
        &'timesync;project;help;users'= {
            cand add 'Give users roles in a project, keeping the roles they already have'
            cand remove 'Take all roles in a project away from users'
        }
        &'timesync;project;help;users;add'= {
        }
        &'timesync;project;help;users;remove'= {
        }
        &'timesync;project;help;help'= {
        }
        &'timesync;activity'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an activity (site managers and admins)'
            cand update 'Rename an activity or change its slug (site managers and admins)'
            cand get 'List activities, or show one by slug'
            cand list 'List activities, or show one by slug'
            cand ls 'List activities, or show one by slug'
            cand delete 'Delete an activity (site managers and admins; only when unused)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;activity;create'= {
            cand --name 'Name of the activity (unique)'
            cand --slug 'Slug of the activity'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;activity;update'= {
            cand --name 'New name'
            cand --slug 'New slug'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;activity;get'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted activities (not with SLUG)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;activity;list'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted activities (not with SLUG)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;activity;ls'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-revisions 'Also show earlier revisions'
            cand --include-deleted 'Also show deleted activities (not with SLUG)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;activity;delete'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;activity;help'= {
            cand create 'Create an activity (site managers and admins)'
            cand update 'Rename an activity or change its slug (site managers and admins)'
            cand get 'List activities, or show one by slug'
            cand delete 'Delete an activity (site managers and admins; only when unused)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;activity;help;create'= {
        }
        &'timesync;activity;help;update'= {
        }
        &'timesync;activity;help;get'= {
        }
        &'timesync;activity;help;delete'= {
        }
        &'timesync;activity;help;help'= {
        }
        &'timesync;user'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a user (callers who are both site admin and site manager)'
            cand update 'Change fields of a user; only the fields given are sent'
            cand get 'List users, or show one by username'
            cand list 'List users, or show one by username'
            cand ls 'List users, or show one by username'
            cand delete 'Delete a user (site managers and admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;user;create'= {
            cand --display-name 'Name shown to people'
            cand --email 'Email address'
            cand --meta 'Free-form metadata'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --site-admin 'Make the user a site admin (may do anything)'
            cand --site-manager 'Make the user a site manager (manages projects, activities, users)'
            cand --site-spectator 'Make the user a site spectator (sees every time entry)'
            cand --inactive 'Create the account inactive'
            cand --password-stdin 'Read the new user''s password from standard input (for scripts); TIMESYNC_NEW_PASSWORD also works. Without either, it is asked for without echo'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;user;update'= {
            cand --display-name 'New display name'
            cand --email 'New email address ("" for none)'
            cand --meta 'New metadata'
            cand --site-admin 'Set (or with =false clear) site admin'
            cand --site-manager 'Set (or with =false clear) site manager'
            cand --site-spectator 'Set (or with =false clear) site spectator'
            cand --active 'Activate (or with =false deactivate) the account'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --no-site-admin 'Clear site admin'
            cand --no-site-manager 'Clear site manager'
            cand --no-site-spectator 'Clear site spectator'
            cand --inactive 'Deactivate the account'
            cand --password 'Set a new password: asked for without echo, or read from --password-stdin or TIMESYNC_NEW_PASSWORD'
            cand --password-stdin 'Read the new password from standard input (implies --password)'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;user;get'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-deleted 'Also show deleted users'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;user;list'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-deleted 'Also show deleted users'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;user;ls'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --include-deleted 'Also show deleted users'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;user;delete'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;user;help'= {
            cand create 'Create a user (callers who are both site admin and site manager)'
            cand update 'Change fields of a user; only the fields given are sent'
            cand get 'List users, or show one by username'
            cand delete 'Delete a user (site managers and admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;user;help;create'= {
        }
        &'timesync;user;help;update'= {
        }
        &'timesync;user;help;get'= {
        }
        &'timesync;user;help;delete'= {
        }
        &'timesync;user;help;help'= {
        }
        &'timesync;clock'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand in 'Start the clock on a project (one clock at a time)'
            cand out 'Stop the clock and record the time worked'
            cand status 'Show the running clock: project, start and time elapsed'
            cand cancel 'Stop the clock without recording anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;clock;in'= {
            cand -a 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand --activity 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand -n 'Notes about the work'
            cand --notes 'Notes about the work'
            cand --issue-uri 'Link to the issue worked on (http or https)'
            cand --at 'When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;clock;out'= {
            cand --at 'When the work ended: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]'
            cand -d 'Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30'
            cand --duration 'Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30'
            cand -p 'Project slug'
            cand --project 'Project slug'
            cand -a 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand --activity 'Activity slug; repeat or separate with commas [default: the project''s default activity]'
            cand -D 'Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]'
            cand --date 'Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]'
            cand -n 'Notes about the work'
            cand --notes 'Notes about the work'
            cand --issue-uri 'Link to the issue worked on (http or https)'
            cand -u 'Owner of the entry [create default: the logged-in user]'
            cand --user 'Owner of the entry [create default: the logged-in user]'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;clock;status'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --short 'One terse line for shell prompts ("gwm 1h05m"), nothing when no clock runs'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;clock;cancel'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;clock;help'= {
            cand in 'Start the clock on a project (one clock at a time)'
            cand out 'Stop the clock and record the time worked'
            cand status 'Show the running clock: project, start and time elapsed'
            cand cancel 'Stop the clock without recording anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;clock;help;in'= {
        }
        &'timesync;clock;help;out'= {
        }
        &'timesync;clock;help;status'= {
        }
        &'timesync;clock;help;cancel'= {
        }
        &'timesync;clock;help;help'= {
        }
        &'timesync;report'= {
            cand -s 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w'
            cand --start 'First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w'
            cand -e 'Last day (same forms)'
            cand --end 'Last day (same forms)'
            cand -u 'Only this user''s entries (repeatable)'
            cand --user 'Only this user''s entries (repeatable)'
            cand -p 'Only entries in this project (repeatable)'
            cand --project 'Only entries in this project (repeatable)'
            cand -a 'Only entries with this activity (repeatable)'
            cand --activity 'Only entries with this activity (repeatable)'
            cand --by 'Group totals by this, nested in the order given (repeat or separate with commas)'
            cand --round 'Round each entry to a multiple of this duration before adding (e.g. 15m)'
            cand --round-mode 'How --round rounds each entry'
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --week 'This week, Monday to today'
            cand --month 'This month, the 1st to today'
            cand --today 'Today only'
            cand --decimal 'Show totals as decimal hours (3.50) instead of 3h30m'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;outbox'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand drop 'Remove an entry without sending it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;outbox;drop'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;outbox;help'= {
            cand drop 'Remove an entry without sending it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;outbox;help;drop'= {
        }
        &'timesync;outbox;help;help'= {
        }
        &'timesync;sync'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;completions'= {
            cand --url 'Server base URL including the version path, e.g. http://localhost:8000/v0'
            cand --token 'Auth token to use instead of the stored one'
            cand --profile 'Profile of the config file to use [default: the file''s default_profile, else "default"]'
            cand --config 'Config file [default: <config dir>/timesync/config.toml]'
            cand --timeout 'Seconds to wait for the whole request (1-3600) [default: 30]'
            cand --connect-timeout 'Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]'
            cand --json 'Print JSON for scripts (errors too, on stderr)'
            cand --csv 'Print CSV: a header row, then one object per row (lists joined with '';'')'
            cand -v 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --verbose 'Print each request''s method, URL, status and time to stderr (the token is never shown)'
            cand --test 'Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts a server and never reads or writes the stored token; every local check still runs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'timesync;help'= {
            cand login 'Log in and store the token in the config file'
            cand logout 'Forget the stored token'
            cand token 'Show when the token expires (or the token itself with --show)'
            cand status 'Show the session: server, user, token expiry, password source, running clock and outbox'
            cand time 'Create, update, list and delete time entries'
            cand project 'Create, update, list and delete projects, and manage their users'
            cand activity 'Create, update, list and delete activities'
            cand user 'Create, update, list and delete users'
            cand clock 'Clock in and out: a running clock that becomes a time entry'
            cand report 'Totals over a period, grouped by project, activity, user or day'
            cand outbox 'List (or drop) time entries kept while the server was unreachable'
            cand sync 'Send the time entries waiting in the outbox'
            cand completions 'Print shell completions (bash, zsh, fish, elvish, powershell) to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timesync;help;login'= {
        }
        &'timesync;help;logout'= {
        }
        &'timesync;help;token'= {
        }
        &'timesync;help;status'= {
        }
        &'timesync;help;time'= {
            cand create 'Record time worked'
            cand update 'Change fields of a time entry; only the fields given are sent'
            cand get 'List time entries, or show one by UUID'
            cand delete 'Delete a time entry'
        }
        &'timesync;help;time;create'= {
        }
        &'timesync;help;time;update'= {
        }
        &'timesync;help;time;get'= {
        }
        &'timesync;help;time;delete'= {
        }
        &'timesync;help;project'= {
            cand create 'Create a project (site managers and admins)'
            cand update 'Change a project; whatever is not given is kept as it is'
            cand get 'List projects, or show one by slug'
            cand delete 'Delete a project (site managers and admins; only without time entries)'
            cand users 'List a project''s users and their roles, or add and remove them'
        }
        &'timesync;help;project;create'= {
        }
        &'timesync;help;project;update'= {
        }
        &'timesync;help;project;get'= {
        }
        &'timesync;help;project;delete'= {
        }
        &'timesync;help;project;users'= {
            cand add 'Give users roles in a project, keeping the roles they already have'
            cand remove 'Take all roles in a project away from users'
        }
        &'timesync;help;project;users;add'= {
        }
        &'timesync;help;project;users;remove'= {
        }
        &'timesync;help;activity'= {
            cand create 'Create an activity (site managers and admins)'
            cand update 'Rename an activity or change its slug (site managers and admins)'
            cand get 'List activities, or show one by slug'
            cand delete 'Delete an activity (site managers and admins; only when unused)'
        }
        &'timesync;help;activity;create'= {
        }
        &'timesync;help;activity;update'= {
        }
        &'timesync;help;activity;get'= {
        }
        &'timesync;help;activity;delete'= {
        }
        &'timesync;help;user'= {
            cand create 'Create a user (callers who are both site admin and site manager)'
            cand update 'Change fields of a user; only the fields given are sent'
            cand get 'List users, or show one by username'
            cand delete 'Delete a user (site managers and admins)'
        }
        &'timesync;help;user;create'= {
        }
        &'timesync;help;user;update'= {
        }
        &'timesync;help;user;get'= {
        }
        &'timesync;help;user;delete'= {
        }
        &'timesync;help;clock'= {
            cand in 'Start the clock on a project (one clock at a time)'
            cand out 'Stop the clock and record the time worked'
            cand status 'Show the running clock: project, start and time elapsed'
            cand cancel 'Stop the clock without recording anything'
        }
        &'timesync;help;clock;in'= {
        }
        &'timesync;help;clock;out'= {
        }
        &'timesync;help;clock;status'= {
        }
        &'timesync;help;clock;cancel'= {
        }
        &'timesync;help;report'= {
        }
        &'timesync;help;outbox'= {
            cand drop 'Remove an entry without sending it'
        }
        &'timesync;help;outbox;drop'= {
        }
        &'timesync;help;sync'= {
        }
        &'timesync;help;completions'= {
        }
        &'timesync;help;help'= {
        }
    ]
    $completions[$command]
}
