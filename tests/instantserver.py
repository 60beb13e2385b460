"""An OpenAI-shaped streaming server on loopback that answers instantly, with Prometheus /metrics.

For what a real server cannot show on demand: the client's own ceiling (nothing on the server
side takes time) and a `/metrics` endpoint the llama-cpp-python server lacks. Real sockets and
real HTTP; run it in its own process (`python -m tests.instantserver PORT`) to keep its CPU
apart from the client's.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKENS = ["The ", "capital ", "of ", "France ", "is ", "Paris."]


def _event(body: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(body)}\n\n".encode()


def _stream() -> bytes:
    parts = [_event({"choices": [{"index": 0, "delta": {"role": "assistant"}}]})]
    for token in TOKENS:
        parts.append(_event({"choices": [{"index": 0, "delta": {"content": token}}]}))
    parts.append(_event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
    usage = {
        "prompt_tokens": 12,
        "completion_tokens": len(TOKENS),
        "total_tokens": 12 + len(TOKENS),
    }
    parts.append(_event({"choices": [], "usage": usage}))
    parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)


STREAM = _stream()


class InstantServer(ThreadingHTTPServer):
    """Counts what it served, for its /metrics."""

    daemon_threads = True
    protocol_version = "HTTP/1.1"
    request_queue_size = 1024  # the default backlog of 5 refuses connections at high rates

    def __init__(self, port: int = 0):
        super().__init__(("127.0.0.1", port), _Handler)
        self.lock = threading.Lock()
        self.served = 0
        self.in_flight = 0

    @property
    def base_url(self) -> str:
        """The server's /v1 URL."""
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: InstantServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/metrics":
            with self.server.lock:
                served, busy = self.server.served, self.server.in_flight
            text = (
                "# TYPE llamacpp:tokens_predicted_total counter\n"
                f"llamacpp:tokens_predicted_total {served * len(TOKENS)}\n"
                "# TYPE llamacpp:requests_deferred gauge\n"
                f"llamacpp:requests_deferred {busy}\n"
                "# TYPE llamacpp:kv_cache_usage_ratio gauge\n"
                f"llamacpp:kv_cache_usage_ratio {0.25 if busy else 0.0}\n"
                f'vllm:request_queue_time_seconds_sum{{model_name="m"}} {served * 0.002}\n'
                f'vllm:request_queue_time_seconds_count{{model_name="m"}} {served}\n'
            )
            self._send(text.encode(), "text/plain; version=0.0.4")
            return
        self._send(
            json.dumps({"object": "list", "data": [{"id": "instant"}]}).encode(), "application/json"
        )

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with self.server.lock:
            # Counted before the answer goes out, as a real server counts tokens while it
            # generates them: a client that has read the whole stream and then scrapes
            # /metrics must find its answer counted (counting after the write raced it).
            self.server.in_flight += 1
            self.server.served += 1
        self._send(STREAM, "text/event-stream")
        with self.server.lock:
            self.server.in_flight -= 1


@contextmanager
def instant_server() -> Iterator[InstantServer]:
    """Run an InstantServer in a thread for the duration of the block."""
    server = InstantServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    InstantServer(int(sys.argv[1])).serve_forever()
