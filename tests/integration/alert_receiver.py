#!/usr/bin/env python3
"""A loopback server that receives alerts the way Telegram's Bot API and a webhook would,
and records every request so tests can check what Dozor sent.

Prints "PORT <n>" once listening on 127.0.0.1. Routes:
  POST /bot<token>/sendMessage   Telegram-shaped: 200 {"ok": true, ...}
  POST /hook                     a webhook: 200 "ok"
  POST /_mode?fail=N             the next N alert requests get HTTP 500
  POST /_mode?hang=1             alert requests are recorded and then never answered
  POST /_mode?reject=1           Telegram answers 400 "chat not found"
  POST /_mode                    (no parameters) back to answering normally
  GET  /_requests                every alert request so far as JSON
  GET  /bot<token>/getUpdates    two chats that wrote to the bot (a group, then a person);
                                 the token "bad-token" gets 401 Unauthorized
Only ever binds 127.0.0.1.
"""
import http.server
import json
import socketserver
import sys
import threading
import time
import urllib.parse

LOCK = threading.Lock()
REQUESTS = []
MODE = {"fail": 0, "hang": False, "reject": False}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def reply(self, code, body, ctype="application/json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/_requests":
            with LOCK:
                self.reply(200, json.dumps(REQUESTS))
        elif self.path.endswith("/getUpdates"):
            if self.path.startswith("/botbad-token/"):
                self.reply(401, json.dumps({"ok": False, "error_code": 401,
                                            "description": "Unauthorized"}))
                return
            updates = [
                {"update_id": 1, "message": {"message_id": 5, "text": "hi",
                 "chat": {"id": -1001234567890, "title": "Ops on call", "type": "supergroup"}}},
                {"update_id": 2, "message": {"message_id": 6, "text": "/start",
                 "chat": {"id": 42, "first_name": "Anna", "username": "anna_ops",
                          "type": "private"}}},
            ]
            self.reply(200, json.dumps({"ok": True, "result": updates}))
        else:
            self.reply(404, "{}")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/_mode":
            query = urllib.parse.parse_qs(url.query)
            with LOCK:
                MODE["fail"] = int(query.get("fail", ["0"])[0])
                MODE["hang"] = query.get("hang", ["0"])[0] == "1"
                MODE["reject"] = query.get("reject", ["0"])[0] == "1"
            self.reply(200, "{}")
            return
        with LOCK:
            REQUESTS.append({
                "path": url.path,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body.decode("utf-8", "replace"),
                "at": time.time(),
            })
            hang = MODE["hang"]
            fail = MODE["fail"] > 0
            if fail:
                MODE["fail"] -= 1
            reject = MODE["reject"]
        if hang:
            time.sleep(3600)
            return
        telegram = url.path.endswith("/sendMessage")
        if fail:
            self.reply(500, json.dumps({"ok": False, "error_code": 500,
                                        "description": "Internal Server Error"}))
        elif telegram and reject:
            self.reply(400, json.dumps({"ok": False, "error_code": 400,
                                        "description": "Bad Request: chat not found"}))
        elif telegram:
            self.reply(200, json.dumps({"ok": True, "result": {"message_id": len(REQUESTS)}}))
        else:
            self.reply(200, "ok", "text/plain")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    threading.Thread(target=lambda: (sys.stdin.read(), server.shutdown()), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
