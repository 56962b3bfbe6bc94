"""Shared fixtures: the project's seeds, an option to regenerate golden files, a real AnkiConnect server."""

from __future__ import annotations

import fcntl
import glob
import hashlib
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/data/golden/*.yaml from the current extractors (review the git diff)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5, "the five bundled seed documents are missing from seeds/"
    return paths


# ---------------------------------------------------------------- a real AnkiConnect server

# anki-connect-server (PyPI) answers AnkiConnect's protocol over a real collection, without Anki's
# window. It needs Python >= 3.12 and httpx, which its metadata leaves out, so it gets a
# virtualenv of its own, made once and kept between runs (keyed by these pins).
SERVER_PINS = ("anki-connect-server==0.5.0", "anki==26.9.3", "httpx==0.29.0")
SERVER_LAUNCHER = Path(__file__).resolve().parent / "ankiconnect_server.py"
SERVER_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "yaodian-tests"


def _python_for_server() -> str:
    """A Python 3.12 or later to run the server with, or pytest.fail saying there is none."""
    candidates = [os.environ.get("YAODIAN_SERVER_PYTHON", "")]
    candidates += [shutil.which(name) or "" for name in ("python3.12", "python3.13", "python3.14")]
    candidates += sorted(glob.glob(str(Path.home() / ".pyenv/versions/3.1[2-9]*/bin/python")))
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [candidate, "-c", "import sys; print(sys.version_info >= (3, 12))"],
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0 and probe.stdout.strip() == "True":
            return candidate
    pytest.fail(
        "the AnkiConnect tests need Python >= 3.12 for anki-connect-server and found none "
        "(tried YAODIAN_SERVER_PYTHON, python3.12/3.13/3.14 on PATH, ~/.pyenv/versions/3.12+)"
    )


def _server_python() -> Path:
    """The server virtualenv's python, made on first use (under a lock: test runs may overlap)."""
    python = _python_for_server()
    version = subprocess.run([python, "-c", "import sys; print(sys.version)"], capture_output=True, text=True)
    key = hashlib.sha1("\n".join([*SERVER_PINS, version.stdout]).encode()).hexdigest()[:12]
    venv = SERVER_CACHE / f"ankiconnect-server-{key}"
    SERVER_CACHE.mkdir(parents=True, exist_ok=True)
    with (SERVER_CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (venv / "ready").exists():
            building = SERVER_CACHE / f".building-{key}"
            shutil.rmtree(building, ignore_errors=True)
            made = subprocess.run([python, "-m", "venv", str(building)], capture_output=True, text=True)
            if made.returncode == 0:
                made = subprocess.run(
                    [str(building / "bin" / "python"), "-m", "pip", "install", "-q", *SERVER_PINS],
                    capture_output=True,
                    text=True,
                )
            if made.returncode != 0:
                pytest.fail(f"could not install {' '.join(SERVER_PINS)} with {python}: {made.stderr[-2000:]}")
            (building / "ready").write_text("\n".join(SERVER_PINS), encoding="utf-8")
            shutil.rmtree(venv, ignore_errors=True)
            building.rename(venv)
    return venv / "bin" / "python"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class AnkiConnectServer:
    """anki-connect-server over `collection`, on 127.0.0.1 at a free port, until stop()."""

    def __init__(self, python: Path, collection: Path, log: Path, claim_version: int | None = None) -> None:
        self.collection = collection
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {
            **os.environ,
            "ANKICONNECT_COLLECTION_PATH": str(collection),
            "ANKICONNECT_PORT": str(self.port),
            "ANKICONNECT_BIND": "127.0.0.1",
        }
        command = [str(python), str(SERVER_LAUNCHER)]
        if claim_version is not None:
            command += ["--claim-version", str(claim_version)]
        with log.open(
            "wb"
        ) as out:  # the server reads a .env file in its working folder: give it an empty one
            self.process = subprocess.Popen(
                command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=log.parent
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(
                    f"anki-connect-server exited ({self.process.returncode}): {log.read_text()[-2000:]}"
                )
            try:
                self.invoke("version")
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        pytest.fail(f"anki-connect-server did not answer within 90 s: {log.read_text()[-2000:]}")

    def invoke(self, action: str, **params: object) -> object:
        """One AnkiConnect request, as a learner's other tools would send it; its result."""
        body = json.dumps({"action": action, "version": 6, "params": params}).encode()
        request = urllib.request.Request(self.url, body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            reply = json.loads(response.read())
        assert reply["error"] is None, f"{action}: {reply['error']}"
        return reply["result"]

    def stop(self) -> None:
        """Stop the server; it closes the collection, which the test may then open itself."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def ankiconnect(tmp_path: Path) -> Iterator[Callable[..., AnkiConnectServer]]:
    """Start real AnkiConnect servers over collections: ankiconnect(collection, claim_version=None).

    Fails (never skips) when no server can be had, saying why.
    """
    python = _server_python()
    servers: list[AnkiConnectServer] = []

    def start(collection: Path, claim_version: int | None = None) -> AnkiConnectServer:
        log = tmp_path / f"server-{len(servers)}" / "server.log"
        log.parent.mkdir()
        servers.append(AnkiConnectServer(python, collection, log, claim_version))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()
