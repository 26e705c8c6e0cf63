"""Ctrl-C during a run: one line on stderr, exit 130, no traceback."""

import signal
import subprocess
import sys
import time


def test_ctrl_c_prints_one_line():
    # Reading stdin that never ends keeps the command busy for as long as the test needs.
    process = subprocess.Popen([sys.executable, "-m", "transcompare", "audit", "-"],
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process.stdin.write(b"The council said on Monday that the bridge will open next spring.\n")
    process.stdin.flush()
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode().strip().splitlines() == ["transcompare: error: interrupted"]
