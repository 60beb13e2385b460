"""A small OpenAI-shaped HTTP server on loopback for faults a real server will not produce on demand.

Each request to /v1/chat/completions takes the next behaviour from a script; once the
script runs out, the last behaviour repeats. Real sockets, real HTTP: the client under test
is not patched in any way.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ANSWER = ["The ", "capital ", "of France ", "is Paris."]


def _chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
    body = {
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }
    return f"data: {json.dumps(body)}\n\n".encode()


class FaultServer(ThreadingHTTPServer):
    """Serves `script`: a list of behaviour names, one per chat request."""

    daemon_threads = True

    def __init__(
        self, script: list[str], key: str | None = None, port: int = 0, echo_key: bool = False
    ):
        super().__init__(("127.0.0.1", port), _Handler)
        self.script = list(script)
        self.key = key
        # A careless server: the key it was sent comes back in /models ids and `echo_*` answers.
        self.echo_key = echo_key
        self.requests: list[dict[str, Any]] = []
        self.headers_seen: list[dict[str, str]] = []

    @property
    def base_url(self) -> str:
        """The server's /v1 URL."""
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def next_behaviour(self) -> str:
        """The behaviour of the next chat request."""
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]


class _Handler(BaseHTTPRequestHandler):
    server: FaultServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _authorized(self) -> bool:
        self.server.headers_seen.append(dict(self.headers))
        if (
            self.server.key is None
            or self.headers.get("Authorization") == f"Bearer {self.server.key}"
        ):
            return True
        # Like OpenAI, echo part of the key back: the client must not pass it on.
        body = json.dumps(
            {
                "error": {
                    "message": f"Incorrect API key provided: {self.headers.get('Authorization', '')[7:]}"
                }
            }
        )
        self._send(401, body.encode())
        return False

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _sent_key(self) -> str:
        return self.headers.get("Authorization", "").removeprefix("Bearer ")

    def do_GET(self) -> None:
        if not self._authorized():
            return
        models = [{"id": "fault"}]
        if self.server.echo_key:
            models.append({"id": f"fault-{self._sent_key()}"})
        self._send(200, json.dumps({"object": "list", "data": models}).encode())

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        request = json.loads(self.rfile.read(length) or b"{}")
        if not self._authorized():
            return
        self.server.requests.append(request)
        behaviour = self.server.next_behaviour()
        if behaviour == "error_500":
            self._send(500, b'{"error": {"message": "internal error"}}')
            return
        if behaviour == "rate_limited":
            self.send_response(429)
            self.send_header("Retry-After", "0")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")
            return
        if behaviour == "echo_key_error":
            # The key straddles the 300th character: a body cut there first leaks most of it.
            body = "x" * (300 - len(self._sent_key()) // 2) + self._sent_key() + " was refused"
            self._send(400, body.encode(), "text/plain")
            return
        if behaviour == "hang":
            time.sleep(30)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        self.wfile.write(_chunk({"role": "assistant"}))
        if behaviour == "malformed":
            self.wfile.write(b"data: {not json\n\n")
            self.wfile.flush()
            return
        pieces = (
            [*ANSWER, f" Your key is {self._sent_key()}."] if behaviour == "echo_key" else ANSWER
        )
        for index, piece in enumerate(pieces):
            self.wfile.write(_chunk({"content": piece}))
            self.wfile.flush()
            if behaviour == "drop" and index == 1:
                # Close mid-stream without the terminating chunk: a dropped connection.
                self.connection.shutdown(2)
                return
        if behaviour == "tool_call":
            call = {
                "index": 0,
                "id": "call_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": ""},
            }
            self.wfile.write(_chunk({"tool_calls": [call]}))
            for part in ['{"city": ', '"Paris"}']:
                self.wfile.write(
                    _chunk({"tool_calls": [{"index": 0, "function": {"arguments": part}}]})
                )
        self.wfile.write(_chunk({}, "stop"))
        if behaviour in ("ok_usage", "tool_call"):
            # The usage chunk (stream_options.include_usage) and llama-server's timings.
            usage = {"prompt_tokens": 21, "completion_tokens": 4, "total_tokens": 25}
            timings = {"prompt_n": 21, "prompt_ms": 10.5, "predicted_n": 4, "predicted_ms": 40.0}
            body = {
                "object": "chat.completion.chunk",
                "choices": [],
                "usage": usage,
                "timings": timings,
            }
            self.wfile.write(f"data: {json.dumps(body)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


@contextmanager
def fault_server(
    script: list[str], key: str | None = None, echo_key: bool = False
) -> Iterator[FaultServer]:
    """Run a FaultServer in a thread for the duration of the block."""
    server = FaultServer(script, key, echo_key=echo_key)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    """`python -m tests.faultserver PORT BEHAVIOUR...`: serve on a fixed port until killed."""
    import sys

    FaultServer(sys.argv[2:] or ["ok"], port=int(sys.argv[1])).serve_forever()


if __name__ == "__main__":
    main()
