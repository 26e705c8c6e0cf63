"""Ctrl-C during a run: one line on stderr, exit 130, no traceback."""

import fcntl
import signal
import struct
import subprocess
import sys
import termios
import time


def _unread_bytes(pipe_fd: int) -> int:
    # FIONREAD on either end of a Linux pipe counts the bytes still in it.
    return struct.unpack("i", fcntl.ioctl(pipe_fd, termios.FIONREAD, b"\0\0\0\0"))[0]


def test_ctrl_c_prints_one_line():
    # Reading stdin that never ends keeps the command busy for as long as the test needs.
    process = subprocess.Popen([sys.executable, "-m", "transcompare", "audit", "-"],
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process.stdin.write(b"The council said on Monday that the bridge will open next spring.\n")
    process.stdin.flush()
    # Interrupt only once the command is reading its input (on a loaded machine the imports
    # before it can take seconds), so the test checks the command's handling, not the start-up's.
    deadline = time.monotonic() + 60
    while _unread_bytes(process.stdin.fileno()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode().strip().splitlines() == ["transcompare: error: interrupted"]
