"""Shared fixtures for the Python host tests: a wave-server on loopback, an enrollment string for
it, and a closing `N passed, N failed` line that the test script looks for."""

import json
import os
import socket
import subprocess
import tempfile
import threading
import urllib.parse
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

    def enrollment_string(self, device_url=None):
        """A one-time enrollment string; the device talks to `device_url` (a proxy) if given."""
        request = urllib.request.Request(
            self.url + "/v1/staff/enrollment-codes",
            data=json.dumps({"expires_in_seconds": 3600}).encode(),
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request) as response:
            code = json.load(response)["code"]
        return wave_ffi.encode_enrollment_string(
            device_url or self.url, code, [self.staff.recipient]
        )

    def submissions_of(self, device_id):
        """The ids of every submission the server holds from `device_id`, as staff pull them."""
        ids, after = [], None
        while True:
            query = "?" + urllib.parse.urlencode({"after": after}) if after else ""
            request = urllib.request.Request(
                self.url + "/v1/staff/submissions" + query,
                headers={"Authorization": f"Bearer {self.token}"},
            )
            with urllib.request.urlopen(request) as response:
                page = json.load(response)
            ids += [item["id"] for item in page["items"] if item["device_id"] == device_id]
            after = page["next_cursor"]
            if not page["has_more"]:
                return ids

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        self.data.cleanup()


class StallingProxy:
    """A TCP proxy on loopback in front of the server. It passes everything through until told to
    stall: then what a device sends is swallowed ("before": the server never sees it) or
    forwarded with the server's answer swallowed ("after": the server did the work, the device
    never hears). A stalled connection stays open and silent, like a network that hangs."""

    def __init__(self, upstream_url):
        address = urllib.parse.urlsplit(upstream_url)
        self.upstream = (address.hostname, address.port)
        self.mode = "pass"
        # Set when something was swallowed: the device is now waiting for nothing.
        self.stalled = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.open = []
        threading.Thread(target=self._accept, daemon=True).start()

    def stall(self, mode):
        self.stalled.clear()
        self.mode = mode

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            self.open += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, "before"), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, "after"), daemon=True).start()

    def _pump(self, source, sink, swallow_when):
        try:
            while data := source.recv(65536):
                if self.mode == swallow_when:
                    self.stalled.set()
                    continue
                sink.sendall(data)
        except OSError:
            pass

    def close(self):
        self.listener.close()
        for connection in self.open:
            connection.close()


@pytest.fixture
def stalling_proxy(server):
    proxy = StallingProxy(server.url)
    yield proxy
    proxy.close()


@pytest.fixture(scope="session")
def server():
    binary = os.environ.get("WAVE_SERVER_BIN", "wave-server")
    server = Server(binary)
    yield server
    server.stop()


@pytest.fixture
def vault_dir(tmp_path):
    return str(tmp_path / "vault")
