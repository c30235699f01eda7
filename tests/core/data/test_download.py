"""core.data.download: the built-in datasets downloaded into Keras's cache.

No network: downloads are tested against a local http.server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from core.data import catalogue as ds
from core.data import cifar, download
from core.data.catalogue import load_dataset
from core.data.dataset import DatasetError
from core.data.download import download_dataset
from tests.core.data.writers import cifar_files, cifar_tar, esc, mnist_npz, write_idx_set

# --- downloads, against a local server -------------------------------------------------------


class _Files(BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}  # noqa: RUF012  (set per server)

    def do_GET(self) -> None:
        body = self.files.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client cancelled
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, bytes]]]:
    files: dict[str, bytes] = {}
    handler = type("Handler", (_Files,), {"files": files})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", files
    finally:
        httpd.shutdown()
        httpd.server_close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part"))


def test_download_mnist_lands_where_keras_looks(cache: Path, server, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    body = mnist_npz(tmp_path / "served.npz", 300, 50).read_bytes()
    files["/mnist.npz"] = body
    monkeypatch.setitem(download.DOWNLOADS, "mnist", (download.Remote(f"{base}/mnist.npz", "mnist.npz",
                                                                      hashlib.sha256(body).hexdigest(), 0),))
    calls: list[tuple[int, int]] = []
    path = download_dataset("mnist", progress=lambda done, total: calls.append((done, total)))
    assert path == cache / "mnist.npz" and path.read_bytes() == body
    assert calls[-1] == (len(body), len(body)) and len(calls) > 2
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    assert leftovers(cache) == []
    assert load_dataset("mnist").source == f"keras.datasets cache: {path}"
    # Already there with the right hash: nothing to fetch.
    files.clear()
    assert download_dataset("mnist") == path


def test_download_cancel_leaves_nothing(cache: Path, server, monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    files["/big.bin"] = os.urandom(10 * download.CHUNK)
    monkeypatch.setitem(download.DOWNLOADS, "mnist",
                        (download.Remote(f"{base}/big.bin", "mnist.npz", None, 0),))
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= download.CHUNK:
            cancel.set()

    with pytest.raises(DatasetError, match=r"^download cancelled$"):
        download_dataset("mnist", progress=progress, cancel=cancel)
    assert max(seen) < 10 * download.CHUNK
    assert not (cache / "mnist.npz").exists() and leftovers(cache) == []


def test_download_fashion_four_files_with_one_progress(cache: Path, server, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    remotes = []
    folder = cache / "fashion-mnist"
    write_idx_set(tmp_path / "staging", 20, 5)
    for name in ds.FASHION_FILES:
        files[f"/{name}"] = (tmp_path / "staging" / name).read_bytes()
        remotes.append(download.Remote(f"{base}/{name}", f"fashion-mnist/{name}", None, 0))
    monkeypatch.setitem(download.DOWNLOADS, "fashion_mnist", tuple(remotes))
    calls: list[tuple[int, int]] = []
    assert download_dataset("fashion_mnist", lambda d, t: calls.append((d, t))) == folder
    total = sum(len(b) for b in files.values())
    assert calls[-1] == (total, total)
    assert sorted(p.name for p in folder.iterdir()) == sorted(ds.FASHION_FILES)
    assert load_dataset("fashion_mnist").n_train == 20


def test_download_cifar_extracts_like_keras(cache: Path, server, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    files["/c.tar.gz"] = cifar_tar(tmp_path / "c.tar.gz", cifar_files(2)).read_bytes()
    remote = download.Remote(f"{base}/c.tar.gz", cifar.CIFAR_ARCHIVES[0], None, 0)
    monkeypatch.setitem(download.DOWNLOADS, "cifar10", (remote,))
    path = download_dataset("cifar10")
    assert path == cache / "cifar-10-batches-py-target" / "cifar-10-batches-py"
    assert (cache / "cifar-10-batches-py-target_archive").is_file()
    assert sorted(p.name for p in path.iterdir()) == sorted(cifar.CIFAR_BATCHES)
    d = load_dataset("cifar10")
    assert (d.n_train, d.n_test) == (10, 2) and d.source == f"keras.datasets cache: {path}"


def test_download_refusals(cache: Path, server, monkeypatch: pytest.MonkeyPatch) -> None:
    base, files = server
    files["/mnist.npz"] = b"x" * 1000
    monkeypatch.setitem(download.DOWNLOADS, "mnist",
                        (download.Remote(f"{base}/mnist.npz", "mnist.npz", "0" * 64, 0),))
    with pytest.raises(DatasetError, match=r"the downloaded mnist\.npz from .* is corrupted"):
        download_dataset("mnist")
    assert not (cache / "mnist.npz").exists() and leftovers(cache) == []
    monkeypatch.setitem(download.DOWNLOADS, "mnist",
                        (download.Remote(f"{base}/gone.npz", "mnist.npz", None, 0),))
    with pytest.raises(DatasetError, match=rf"{esc(base)}/gone\.npz: the server answered HTTP 404"):
        download_dataset("mnist")
    with pytest.raises(DatasetError, match="cannot download 'emnist': known are mnist, fashion_mnist, "
                                           "cifar10"):
        download_dataset("emnist")


def test_download_offline_says_there_is_no_internet(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as s:  # a port that nothing listens on: the connection is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setitem(download.DOWNLOADS, "fashion_mnist",
                        (download.Remote(f"http://127.0.0.1:{port}/f.gz", "fashion-mnist/f.gz", None, 0),))
    with pytest.raises(DatasetError, match=r"cannot reach 127\.0\.0\.1:\d+ .*no internet connection.*"
                                           r"sudo apt-get install dataset-fashion-mnist"):
        download_dataset("fashion_mnist")
    assert leftovers(cache) == []
