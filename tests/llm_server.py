"""A local server speaking the OpenAI chat completions API, for tests and benchmarks.

It "translates" by upper-casing each numbered sentence it is sent, after ``latency``
seconds, and can be told to fail: ``faults`` is a list consumed one per request, each
"429" (with Retry-After), "500", "timeout" (answers after ``slow`` seconds), "garbage"
(not JSON), "401", "unnumbered" (the translation without its numbers), "short" (a line missing)
or "commentary" (a chatty line before the numbered ones).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_NUMBERED = re.compile(r"^\[(\d+)\] (.*)$", re.M)


def fake_translation(text: str) -> str:
    return text.upper()


class ChatServer:
    def __init__(self, latency: float = 0.0, faults: list[str] | None = None, slow: float = 5.0):
        self.latency, self.slow = latency, slow
        self.faults = list(faults or [])
        self.requests: list[dict] = []
        self.in_flight = self.most_in_flight = 0
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def setup(self):
                super().setup()
                # As real servers do: no Nagle delay between the header and body writes.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self):
                server.handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> ChatServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        body = json.loads(request.rfile.read(int(request.headers.get("Content-Length", 0))) or b"{}")
        with self.lock:
            self.requests.append({"path": request.path, "headers": dict(request.headers), "body": body})
            fault = self.faults.pop(0) if self.faults else None
        if request.path != "/v1/chat/completions":
            return self._send(request, 404, {"error": {"message": "no such route"}})
        with self.lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(self.slow if fault == "timeout" else self.latency)
        finally:
            with self.lock:
                self.in_flight -= 1
        if fault == "401":
            return self._send(request, 401, {"error": {"message": "invalid api key"}})
        if fault == "429":
            return self._send(request, 429, {"error": {"message": "rate limited"}}, {"Retry-After": "0"})
        if fault == "500":
            return self._send(request, 500, {"error": {"message": "overloaded"}})
        if fault == "garbage":
            return self._send(request, 200, None, raw=b"<html>gateway</html>")
        user = body["messages"][-1]["content"]
        part = user.split("numbered sentences", 1)[-1].split("Context after", 1)[0]
        sentences = [(int(n), text) for n, text in _NUMBERED.findall(part)]
        lines = [f"[{n}] {fake_translation(text)}" for n, text in sentences]
        if fault == "unnumbered":
            lines = [fake_translation(text) for _, text in sentences]
        elif fault == "short" and len(lines) > 1:
            lines = lines[:-1]
        elif fault == "commentary":
            lines = ["Here is the translation:", *lines]
        answer = "\n".join(lines)
        usage = {"prompt_tokens": sum(len(m["content"].split()) for m in body["messages"]),
                 "completion_tokens": len(answer.split())}
        self._send(request, 200, {"id": "x", "object": "chat.completion", "model": body.get("model"),
                                  "choices": [{"index": 0, "message": {"role": "assistant", "content": answer},
                                               "finish_reason": "stop"}], "usage": usage})

    @staticmethod
    def _send(request, status: int, data, headers: dict | None = None, raw: bytes | None = None) -> None:
        payload = raw if raw is not None else json.dumps(data).encode()
        try:
            request.send_response(status)
            for key, value in (headers or {}).items():
                request.send_header(key, value)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(payload)))
            request.end_headers()
            request.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout test)
