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
    # A suite started in the background (`nohup pytest &`) ignores SIGINT, and children inherit that: the
    # command gets the disposition a terminal gives it.
    process = subprocess.Popen([sys.executable, "-m", "transcompare", "audit", "-"],
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    process.stdin.write(b"The council said on Monday that the bridge will open next spring.\n")
    process.stdin.flush()
    # Interrupt only once the command is reading its input (on a loaded machine the imports
    # before it can take seconds), so the test checks the command's handling, not the start-up's.
    deadline = time.monotonic() + 60
    while _unread_bytes(process.stdin.fileno()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    try:  # stdin stays open: only the interrupt can end the command
        process.wait(timeout=60)
    finally:
        process.kill()
        _, err = process.communicate()
    assert (process.returncode, err.decode().strip().splitlines()) == (130, ["transcompare: error: interrupted"])


def test_ctrl_c_while_the_cli_is_importing_prints_one_line():
    # A finder that raises KeyboardInterrupt where the CLI is imported stands in for a Ctrl-C
    # that lands during the imports, which no sleep can time reliably.
    script = (
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'transcompare.cli':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "from transcompare.__main__ import main\n"
        "sys.exit(main())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 130
    assert result.stderr.decode().strip().splitlines() == ["transcompare: error: interrupted"]
