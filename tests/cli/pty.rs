//! Running the binary on a pseudo-terminal, to test what only happens on a
//! terminal: prompts, and (later) pagers and table widths.

#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::harness::wait_until;

/// A child process whose stdin, stdout and stderr are a terminal.
pub struct PtyChild {
    master: File,
    child: Child,
    output: Arc<Mutex<Vec<u8>>>,
    /// Copies the terminal's output into `output` until no process has it open.
    reader: JoinHandle<()>,
}

impl PtyChild {
    /// Starts `command` on a new terminal of `rows` × `cols`.
    pub fn spawn(mut command: Command, rows: u16, cols: u16) -> PtyChild {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: openpty fills in two new descriptors, which are owned below.
        let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(rc, 0, "openpty failed");
        // SAFETY: both descriptors are fresh and owned by nothing else.
        let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().unwrap());
        command.stdin(io(&slave)).stdout(io(&slave)).stderr(io(&slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("spawn on the pty");
        drop(slave);
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let sink = output.clone();
        let reader = std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
        });
        PtyChild { master, child, output, reader }
    }

    /// Everything the child printed so far.
    pub fn output(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    /// Waits until the output contains `text` (panics after 20 s).
    pub fn expect(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.output().contains(text) {
            assert!(Instant::now() < deadline, "never printed {text:?}; printed {:?}", self.output());
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Types `text` on the terminal.
    pub fn send(&mut self, text: &str) {
        self.master.write_all(text.as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    /// Waits for the child to exit and for the reader to have copied all it
    /// printed (reading the terminal fails once no process has it open);
    /// returns its exit code and its output.
    pub fn finish(mut self) -> (Option<i32>, String) {
        let status = self.child.wait().unwrap();
        wait_until("the terminal's output is read to its end", || self.reader.is_finished());
        (status.code(), self.output())
    }
}
