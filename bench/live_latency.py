#!/usr/bin/env python3
"""Send-to-deliver latency of chat messages over the live event stream, on a running CadHire.

Usage: python3 bench/live_latency.py [base-url] [conversations] [rates] [seconds-per-rate]
  e.g. python3 bench/live_latency.py http://127.0.0.1:18080 20 50,100,200,400 10

Sets up R conversations through the public API (a client posts a job and invites an expert,
who accepts with "chat first"), each participant with a personal access token. Every
participant (2R of them) keeps one GET /api/v1/events stream open on its own thread. Then, for
each rate M in turn, messages are posted over HTTP at M per second in total (open loop, spread
over the conversations, alternating sender, several keep-alive sender connections) for the
given number of seconds. Each message carries a unique clientMessageId; when a stream receives
its message.created, the time since the POST started is one send->deliver sample. Both
participants receive every message: the sender's other tabs count as deliveries too, the
latency figures are of the other participant's stream. The POST columns show how long the send
request itself took (the latency includes it).

Prints, per rate: sends/s achieved, deliveries/s, p50/p95/p99/max latency, lost deliveries; and
the largest rate held with p99 < 100 ms (and at least 95 % of the target send rate achieved).
Loopback only; bounded in time: rates x seconds, plus a 5 s drain per rate.
"""
import base64
import http.client
import json
import queue
import sys
import threading
import time
import urllib.parse
import uuid

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
conversations = int(sys.argv[2]) if len(sys.argv) > 2 else 20
rates = [int(r) for r in (sys.argv[3] if len(sys.argv) > 3 else "50,100,200,400").split(",")]
seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 10
SENDERS = 8
url = urllib.parse.urlparse(base)
host, port = url.hostname, url.port or 80
assert host in ("127.0.0.1", "localhost", "::1"), "loopback only"


class Client:
    def __init__(self):
        self.conn = http.client.HTTPConnection(host, port, timeout=30)

    def call(self, method, path, body=None, headers=None, expect=(200, 201, 204)):
        data = json.dumps(body) if body is not None else None
        h = {"Accept": "application/json"}
        if data is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=data, headers=h)
                response = self.conn.getresponse()
                payload = response.read()
                break
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(host, port, timeout=30)
                if attempt:
                    raise
        if response.status not in expect:
            raise SystemExit(f"{method} {path} -> {response.status}: {payload[:300]!r}")
        return json.loads(payload) if payload else None


setup = Client()
run_id = uuid.uuid4().hex[:8]


def sign_up(role, n):
    email = f"bench-{role.lower()}-{run_id}-{n}@example.test"
    password = "bench password 123"
    account = setup.call("POST", "/api/v1/accounts",
                         {"email": email, "password": password, "displayName": f"{role.title()} {n}", "role": role})
    basic = "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()
    token = setup.call("POST", "/api/v1/me/tokens", {"name": "bench"}, {"Authorization": basic})["token"]
    return {"id": account["id"], "auth": {"Authorization": "Bearer " + token}}


terms = {"rateType": "HOURLY", "amount": "45.00", "currency": "USD", "weeklyHourLimit": 20, "milestones": [],
         "startDate": "2030-01-01", "durationDays": 14, "deliverables": "STEP files", "notes": ""}
pairs = []
started = time.time()
for n in range(conversations):
    client, expert = sign_up("CLIENT", n), sign_up("EXPERT", n)
    job = setup.call("POST", "/api/v1/jobs", {"title": f"Bench job {n}", "description": "Bracket redesign",
                                               "skills": [], "rateType": "HOURLY",
                                               "budget": {"amount": "45.00", "currency": "USD"},
                                               "visibility": "PUBLIC"}, client["auth"])
    invite = setup.call("POST", f"/api/v1/jobs/{job['id']}/invites",
                        {"expertId": expert["id"], "message": "Interested?", "proposedTerms": terms}, client["auth"])
    accepted = setup.call("POST", f"/api/v1/invites/{invite['id']}/accept",
                          {"mode": "CHAT_FIRST", "coverLetter": "Happy to talk."}, expert["auth"])
    pairs.append((accepted["conversationId"], client, expert))
print(f"setup: {conversations} conversations, {2 * conversations} accounts in {time.time() - started:.1f} s",
      flush=True)

sent_at = {}          # clientMessageId -> (perf_counter at POST start, sender id)
deliveries = queue.Queue()  # (clientMessageId, receiver id, perf_counter)
stop = threading.Event()


def stream(user, ready):
    conn = http.client.HTTPConnection(host, port, timeout=60)
    conn.request("GET", "/api/v1/events", headers={"Accept": "text/event-stream", **user["auth"]})
    response = conn.getresponse()
    assert response.status == 200, response.status
    name = None
    while not stop.is_set():
        line = response.fp.readline()
        if not line:
            break
        line = line.decode().rstrip("\r\n")
        if line.startswith("event:"):
            name = line[6:].strip()
            if name == "ready":
                ready.release()
        elif line.startswith("data:") and name == "message.created":
            now = time.perf_counter()
            key = json.loads(line[5:]).get("clientMessageId")
            if key:
                deliveries.put((key, user["id"], now))
        elif not line:
            name = None
    conn.close()


ready = threading.Semaphore(0)
users = [u for _, c, e in pairs for u in (c, e)]
for user in users:
    threading.Thread(target=stream, args=(user, ready), daemon=True).start()
for _ in users:
    assert ready.acquire(timeout=30), "streams did not open"
print(f"{len(users)} event streams open", flush=True)


def send_loop(rate, index, counter):
    client = Client()
    interval = SENDERS / rate
    next_at = time.perf_counter() + index * interval / SENDERS
    end = time.perf_counter() + seconds
    n = index
    while True:
        now = time.perf_counter()
        if now >= end:
            return
        if now < next_at:
            time.sleep(next_at - now)
        conversation, client_user, expert_user = pairs[n % len(pairs)]
        sender = client_user if (n // len(pairs)) % 2 == 0 else expert_user
        key = uuid.uuid4().hex
        sent_at[key] = (time.perf_counter(), sender["id"])
        client.call("POST", f"/api/v1/conversations/{conversation}/messages",
                    {"body": f"Bend radius 2 mm, flange {n}", "clientMessageId": key}, sender["auth"])
        counter.append((time.perf_counter() - sent_at[key][0]) * 1000)
        n += SENDERS
        next_at += interval


def percentile(values, p):
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


held = None
print(f"{'target/s':>9} {'sends/s':>8} {'deliv/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7} {'lost':>5}"
      f" | {'POST p50':>8} {'POST p99':>8}")
for rate in rates:
    sent_at.clear()
    while not deliveries.empty():
        deliveries.get_nowait()
    counter = []
    t0 = time.perf_counter()
    threads = [threading.Thread(target=send_loop, args=(rate, i, counter)) for i in range(SENDERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    expected = 2 * len(counter)
    received, latencies = [], []
    deadline = time.perf_counter() + 5
    while len(received) < expected and time.perf_counter() < deadline:
        try:
            received.append(deliveries.get(timeout=0.2))
        except queue.Empty:
            pass
    last = max((r[2] for r in received), default=t0)
    for key, receiver, at in received:
        start, sender = sent_at.get(key, (None, None))
        if start is not None and receiver != sender:
            latencies.append((at - start) * 1000)
    latencies.sort()
    sends = len(counter) / elapsed
    p99 = percentile(latencies, 0.99)
    print(f"{rate:>9} {sends:>8.1f} {len(received) / (last - t0):>8.1f} {percentile(latencies, 0.5):>7.1f} "
          f"{percentile(latencies, 0.95):>7.1f} {p99:>7.1f} {latencies[-1] if latencies else float('nan'):>7.1f} "
          f"{expected - len(received):>5} | {percentile(sorted(counter), 0.5):>8.1f} {percentile(sorted(counter), 0.99):>8.1f}",
          flush=True)
    if p99 < 100 and sends >= 0.95 * rate and expected == len(received):
        held = rate
stop.set()
print(f"largest rate held with p99 < 100 ms: {held if held else 'none'} messages/s "
      f"({conversations} conversations, {2 * conversations} streams)")
