#!/usr/bin/env python3
"""A loopback HTTP(S) server with the misbehaviours Dozor's HTTP check must survive.

Prints "PORT <n>" once listening on 127.0.0.1. Routes:
  /ok            200 "hello dozor"
  /redirect      301 to /ok
  /error         500
  /trickle       200, 30 bytes sent one per second
  /huge          200, 50 MiB body
  /keyword       200 body containing "status: healthy"
  /maintenance   200 body containing "Maintenance mode"
  /echo-headers  200, request headers as the body
  /log           every request line seen so far
  /jitter        200 after a random 20-250 ms, now and then 700-1300 ms (lively charts)
Only ever binds 127.0.0.1.
"""
import argparse
import random
import http.server
import socketserver
import ssl
import sys
import threading
import time

SEEN = []
SEEN_LOCK = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # keep test output quiet
        pass

    def send_body(self, code, body, ctype="text/plain"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_any(self):
        with SEEN_LOCK:
            SEEN.append(f"{self.command} {self.path}")
        path = self.path.split("?")[0]
        if path == "/ok":
            self.send_body(200, b"hello dozor\n")
        elif path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/error":
            self.send_body(500, b"internal error\n")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Length", "30")
            self.end_headers()
            try:
                for _ in range(30):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/huge":
            size = 50 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"y" * 65536
            try:
                for _ in range(size // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                pass
        elif path == "/keyword":
            self.send_body(200, b"<html><body>status: healthy</body></html>", "text/html")
        elif path == "/maintenance":
            self.send_body(200, b"<html><body>Maintenance mode</body></html>", "text/html")
        elif path == "/echo-headers":
            self.send_body(200, str(self.headers).encode())
        elif path == "/jitter":
            slow = random.random() < 0.08
            time.sleep(random.uniform(0.7, 1.3) if slow else random.uniform(0.02, 0.25))
            self.send_body(200, b"<html><body>shop is open</body></html>", "text/html")
        elif path == "/log":
            with SEEN_LOCK:
                self.send_body(200, ("\n".join(SEEN) + "\n").encode())
        else:
            self.send_body(404, b"not found\n")

    do_GET = handle_any
    do_HEAD = handle_any
    do_POST = handle_any


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"PORT {server.server_address[1]}", flush=True)
    # Stop when the test that started us goes away.
    threading.Thread(target=lambda: (sys.stdin.read(), server.shutdown()), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
