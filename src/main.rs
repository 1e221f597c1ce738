//! The `timesync` binary; everything it does is in [`timesync::app`].

fn main() -> std::process::ExitCode {
    timesync::app::main()
}
