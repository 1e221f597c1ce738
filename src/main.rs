//! The `timesync` binary; everything it does is in [`timesync_cli::app`].

fn main() -> std::process::ExitCode {
    timesync_cli::app::main()
}
