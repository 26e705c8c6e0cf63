"""A local HTTP server that serves model folders in the Hugging Face hub's layout, so the
download path is tested through huggingface_hub itself with nothing leaving the machine
(point HF_ENDPOINT at it)."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMMIT = "0123456789abcdef0123456789abcdef01234567"
LFS_SUFFIXES = (".safetensors", ".bin", ".model", ".spm")


class HubServer:
    """``repos``: repo id → folder. ``cut_once``: file names whose first GET stops half-way."""

    def __init__(self, repos: dict[str, Path], cut_once: set[str] = frozenset()):
        self.repos = repos
        self.cut_once = set(cut_once)
        self.requests: list[tuple[str, str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_HEAD(self):
                server.handle(self, head=True)

            def do_GET(self):
                server.handle(self, head=False)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> HubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # ------------------------------------------------------------------ hub API
    def _files(self, repo: str) -> list[Path]:
        root = self.repos[repo]
        return sorted(p for p in root.rglob("*") if p.is_file())

    def _entry(self, repo: str, file: Path) -> dict:
        data = file.read_bytes()
        path = file.relative_to(self.repos[repo]).as_posix()
        entry = {"type": "file", "path": path, "size": len(data), "oid": hashlib.sha1(data).hexdigest()}
        if path.endswith(LFS_SUFFIXES):
            entry["lfs"] = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data), "pointerSize": 130}
        return entry

    def handle(self, request: BaseHTTPRequestHandler, head: bool) -> None:
        self.requests.append((request.command, request.path, dict(request.headers)))
        path = request.path.split("?")[0]
        tree = re.fullmatch(r"/api/models/(.+?)/tree/([^/]+)(/.*)?", path)
        info = None if tree else re.fullmatch(r"/api/models/([^/]+/[^/]+|[^/]+)(?:/revision/([^/]+))?", path)
        resolve = re.fullmatch(r"/(.+?)/resolve/([^/]+)/(.+)", path)
        if info and info.group(1) in self.repos:
            repo = info.group(1)
            body = {"id": repo, "modelId": repo, "sha": COMMIT, "private": False,
                    "siblings": [{"rfilename": e["path"]} for e in (self._entry(repo, f) for f in self._files(repo))]}
            return self._send(request, 200, json.dumps(body).encode(), head, {"Content-Type": "application/json"})
        if tree and tree.group(1) in self.repos:
            repo = tree.group(1)
            body = [self._entry(repo, f) for f in self._files(repo)]
            return self._send(request, 200, json.dumps(body).encode(), head, {"Content-Type": "application/json"})
        if resolve and resolve.group(1) in self.repos and (self.repos[resolve.group(1)] / resolve.group(3)).is_file():
            return self._file(request, resolve.group(1), resolve.group(3), head)
        return self._send(request, 404, b'{"error": "Repository not found"}', head,
                          {"Content-Type": "application/json", "X-Error-Code": "RepoNotFound"})

    def _file(self, request, repo: str, name: str, head: bool) -> None:
        file = self.repos[repo] / name
        data = file.read_bytes()
        entry = self._entry(repo, file)
        etag = entry["lfs"]["oid"] if "lfs" in entry else entry["oid"]
        headers = {"X-Repo-Commit": COMMIT, "ETag": f'"{etag}"', "Accept-Ranges": "bytes",
                   "Content-Type": "application/octet-stream"}
        if "lfs" in entry:
            headers["X-Linked-Etag"] = f'"{etag}"'
            headers["X-Linked-Size"] = str(len(data))
        status, start = 200, 0
        ranged = re.fullmatch(r"bytes=(\d+)-", request.headers.get("Range", "") or "")
        if ranged and not head:
            start = int(ranged.group(1))
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        body = data[start:]
        if not head and name in self.cut_once and start == 0:
            self.cut_once.discard(name)
            headers["Content-Length"] = str(len(body))
            request.send_response(200)
            for key, value in headers.items():
                request.send_header(key, value)
            request.end_headers()
            request.wfile.write(body[: len(body) // 2])  # the connection drops half-way
            request.wfile.flush()
            request.close_connection = True
            return
        self._send(request, status, body, head, headers)

    @staticmethod
    def _send(request, status: int, body: bytes, head: bool, headers: dict) -> None:
        request.send_response(status)
        for key, value in headers.items():
            request.send_header(key, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        if not head:
            request.wfile.write(body)
