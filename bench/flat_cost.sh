#!/usr/bin/env bash
# Flat cost with history (issue 10): the same chat load on an empty database and on one loaded
# with bench/history_1m.sql (1,000,000 messages, 100,000 accounts), each with 0 and with 10,000
# unread messages per recipient, back to back, with a fresh server per run.
#
#   bench/flat_cost.sh <loaded database> [rate/s] [conversations]
#
# Each run: bench/ChatLoad.java with a closed loop of 32 senders (the ceiling) and an open loop at
# the given fixed rate (default 150/s: about half the ceiling on a quiet 2-core machine), with the
# pgbench baseline of the same run. The empty database is created and dropped by the script; the
# loaded one must exist (see docs/performance.md) and is left as it is, apart from the accounts,
# conversations and messages the runs add. The server is started with SERVER (default: the
# packaged jar, `./mvnw -B -q package -DskipTests` first).
set -euo pipefail
LOADED=${1:?the loaded database}
RATE=${2:-150}
CONVERSATIONS=${3:-100}
PGARGS=${PGARGS:--h 127.0.0.1 -U postgres}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
SERVER=${SERVER:-java -jar $(ls target/cadhire-*.jar | head -1)}
BENCH=$(cd "$(dirname "$0")" && pwd)

run() {
  local db=$1 backlog=$2
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= $SERVER --server.port=18080 --management.server.port=18081 \
    --cadhire.demo-data.enabled=false > "/tmp/flat_cost_server_$$.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 180); do
    curl -sf http://127.0.0.1:18081/actuator/health > /dev/null 2>&1 && break
    sleep 1
  done
  # shellcheck disable=SC2086
  echo "## database $db ($(psql $PGARGS -d "$db" -Atc 'SELECT COUNT(*) FROM messages') messages," \
    "$(psql $PGARGS -d "$db" -Atc 'SELECT COUNT(*) FROM accounts') accounts), backlog $backlog," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" "$BENCH/ChatLoad.java" --base http://127.0.0.1:18080 --metrics http://127.0.0.1:18081 \
    --server-pid "$pid" --pg "$PGARGS $db" --conversations "$CONVERSATIONS" --closed 32 --open "$RATE" \
    --seconds 15 --backlog "$backlog" | grep -E '^\||baseline|backlog'
  kill "$pid"
  wait "$pid" 2> /dev/null || true
}

for backlog in 0 10000; do
  empty="cadhire_flat_$$_$backlog"
  # shellcheck disable=SC2086
  createdb $PGARGS "$empty"
  run "$empty" "$backlog"
  # shellcheck disable=SC2086
  dropdb $PGARGS "$empty"
  run "$LOADED" "$backlog"
done
