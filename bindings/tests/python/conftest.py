"""Shared fixtures for the Python host tests: a wave-server on loopback, an enrollment string for
it, and a closing `N passed, N failed` line that the test script looks for."""

import json
import os
import subprocess
import tempfile
import urllib.request

import pytest

import wave_ffi

_counts = {"passed": 0, "failed": 0}


def pytest_runtest_logreport(report):
    if report.when == "call" and report.passed:
        _counts["passed"] += 1
    elif report.failed:
        _counts["failed"] += 1


def pytest_unconfigure(config):
    print(f"\n{_counts['passed']} passed, {_counts['failed']} failed")


class Server:
    """A wave-server on a free loopback port, with a staff token to make enrollment codes."""

    def __init__(self, binary):
        self.data = tempfile.TemporaryDirectory(prefix="wave-server-")
        self.token = subprocess.run(
            [binary, "create-staff-token", "--data", self.data.name],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        self.process = subprocess.Popen(
            [binary, "serve", "--data", self.data.name, "--listen", "127.0.0.1:0"],
            stdout=subprocess.PIPE, text=True,
        )
        line = self.process.stdout.readline().strip()
        assert line.startswith("listening on "), f"wave-server said: {line!r}"
        self.url = line.removeprefix("listening on ")
        self.staff = wave_ffi.generate_staff_identity()

    def enrollment_string(self):
        request = urllib.request.Request(
            self.url + "/v1/staff/enrollment-codes",
            data=json.dumps({"expires_in_seconds": 3600}).encode(),
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request) as response:
            code = json.load(response)["code"]
        return wave_ffi.encode_enrollment_string(self.url, code, [self.staff.recipient])

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        self.data.cleanup()


@pytest.fixture(scope="session")
def server():
    binary = os.environ.get("WAVE_SERVER_BIN", "wave-server")
    server = Server(binary)
    yield server
    server.stop()


@pytest.fixture
def vault_dir(tmp_path):
    return str(tmp_path / "vault")
