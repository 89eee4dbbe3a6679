#!/usr/bin/env python3
"""Median and p95 latency of the two hot API calls on a running CadHire with the demo data.

Usage: python3 bench/latency.py [base-url] [requests]
  (start the application first: ./mvnw spring-boot:run)

Signs in as the demo expert erin@cadhire.test once with HTTP Basic to make a personal access
token (Basic would pay the password hash on every call), then, over one keep-alive connection:
  - GET  /api/v1/me/job-applications          (the expert's four sections)
  - POST /api/v1/conversations/{id}/messages  (into the demo interview, unique clientMessageId)
Warm-up requests are not counted.
"""
import base64
import http.client
import json
import statistics
import sys
import time
import urllib.parse
import uuid

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
count = int(sys.argv[2]) if len(sys.argv) > 2 else 500
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)


def call(method, path, body=None, headers=None):
    data = json.dumps(body) if body is not None else None
    h = {"Accept": "application/json"}
    if data is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    conn.request(method, path, body=data, headers=h)
    response = conn.getresponse()
    payload = response.read()
    if response.status >= 400:
        raise SystemExit(f"{method} {path} -> {response.status}: {payload[:300]!r}")
    return json.loads(payload) if payload else None


basic = "Basic " + base64.b64encode(b"erin@cadhire.test:cadhire-demo").decode()
token = call("POST", "/api/v1/me/tokens", {"name": "latency-bench"}, {"Authorization": basic})["token"]
auth = {"Authorization": "Bearer " + token}
conversation = call("GET", "/api/v1/me/job-applications", headers=auth)["interviewsInProgress"]["items"][0][
    "conversationId"]


def measure(name, fn):
    for _ in range(50):
        fn()
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(f"{name:48s} n={count}  median {statistics.median(samples):6.2f} ms  p95 {p95:6.2f} ms")


measure("GET /api/v1/me/job-applications", lambda: call("GET", "/api/v1/me/job-applications", headers=auth))
measure("POST /api/v1/conversations/{id}/messages", lambda: call(
    "POST", f"/api/v1/conversations/{conversation}/messages",
    {"body": "Flat pattern attached, bend radius 2 mm.", "clientMessageId": str(uuid.uuid4())}, auth))
