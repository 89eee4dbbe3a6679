#!/usr/bin/env bash
# Read cost of "My job applications", the applicant list and message paging, heavy vs typical
# (issue 10), on a database loaded with bench/history_1m.sql. Runs the statements exactly as the
# code sends them (extended protocol, parameters bound), each N times on one connection with
# pgbench, and prints p50/p95 in ms per statement and caller.
#
#   bench/read_cost.sh "-h 127.0.0.1 -U postgres cadhire_big" [N]          # timings
#   EXPLAIN=1 bench/read_cost.sh "-h 127.0.0.1 -U postgres cadhire_big"    # buffers, rows, ms per statement
#   EXPLAIN=full bench/read_cost.sh ...                                      # the whole EXPLAIN (ANALYZE, BUFFERS)
#   VARIANT=before ...                                                       # the statements before issue 10
set -euo pipefail
PG=${1:?'psql connection arguments, e.g. "-h 127.0.0.1 -U postgres cadhire_big"'}
N=${2:-200}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
# shellcheck disable=SC2086
q() { psql $PG -Atq -c "$1"; }

HEAVY=$(q "SELECT md5('acct20001')::uuid")
TYPICAL=$(q "SELECT md5('acct50000')::uuid")
HEAVY_JOB=$(q "SELECT md5('job2')::uuid")
TYPICAL_JOB=$(q "SELECT md5('job1')::uuid")
HEAVY_CHAT=$(q "SELECT c.id FROM conversations c JOIN conversation_participants p ON p.conversation_id = c.id WHERE p.participant_id = '$HEAVY' ORDER BY c.last_seq DESC LIMIT 1")
TYPICAL_CHAT=$(q "SELECT c.id FROM conversations c JOIN conversation_participants p ON p.conversation_id = c.id WHERE p.participant_id = '$TYPICAL' ORDER BY c.last_seq DESC LIMIT 1")

APP_COLS="SELECT 'APPLICATION' AS kind, a.id, a.job_id, j.title, a.client_id, c.display_name, a.status,
       a.updated_at AS at, a.conversation_id, t.terms, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS expires_at,
       a.terms_version
FROM applications a JOIN jobs j ON j.id = a.job_id JOIN accounts c ON c.id = a.client_id
LEFT JOIN terms_versions t ON t.application_id = a.id AND t.version = a.terms_version"
INV_COLS="SELECT 'INVITE' AS kind, i.id, i.job_id, j.title, i.client_id, c.display_name, i.status,
       %AT% AS at, CAST(NULL AS UUID) AS conversation_id, i.proposed_terms AS terms, i.expires_at,
       0 AS terms_version
FROM invites i JOIN jobs j ON j.id = i.job_id JOIN accounts c ON c.id = i.client_id"

# the statements; :me / :job / :conv are bound parameters, as JdbcClient binds them.
# VARIANT=before: as MyJobApplications and ApplicationManagement.ofJob ran them before issue 10's
# rewrite (one status IN (...) range, sorted whole); default: as they run now.
if [[ "${VARIANT:-after}" == before ]]; then
cat > "$DIR/counts.sql" <<SQL
SELECT
  (SELECT COUNT(*) FROM invites WHERE expert_id = :me AND status = 'PENDING') AS unanswered,
  (SELECT COUNT(*) FROM applications WHERE expert_id = :me AND status IN ('DRAFT', 'INTERVIEWING', 'OFFERED')) AS interviews,
  (SELECT COUNT(*) FROM applications WHERE expert_id = :me AND status = 'SUBMITTED') AS submitted,
  (SELECT COUNT(*) FROM applications WHERE expert_id = :me AND status IN ('HIRED', 'WITHDRAWN', 'DECLINED', 'CLOSED'))
  + (SELECT COUNT(*) FROM invites WHERE expert_id = :me AND status IN ('DECLINED', 'WITHDRAWN', 'EXPIRED')) AS archived;
SQL
cat > "$DIR/unanswered.sql" <<SQL
${INV_COLS//%AT%/i.sent_at}
WHERE i.expert_id = :me AND i.status IN ('PENDING')
ORDER BY i.sent_at DESC, i.id DESC LIMIT 21;
SQL
cat > "$DIR/interviews.sql" <<SQL
$APP_COLS
WHERE a.expert_id = :me AND a.status IN ('DRAFT', 'INTERVIEWING', 'OFFERED')
ORDER BY a.updated_at DESC, a.id DESC LIMIT 21;
SQL
cat > "$DIR/submitted.sql" <<SQL
$APP_COLS
WHERE a.expert_id = :me AND a.status IN ('SUBMITTED')
ORDER BY a.updated_at DESC, a.id DESC LIMIT 21;
SQL
cat > "$DIR/archive.sql" <<SQL
SELECT * FROM (
$APP_COLS
WHERE a.expert_id = :me AND a.status IN ('HIRED', 'WITHDRAWN', 'DECLINED', 'CLOSED')
UNION ALL
${INV_COLS//%AT%/i.answered_at}
WHERE i.expert_id = :me AND i.status IN ('DECLINED', 'WITHDRAWN', 'EXPIRED')
) archive ORDER BY at DESC, id DESC LIMIT 21;
SQL
cat > "$DIR/applicants.sql" <<SQL
SELECT a.id, t.terms FROM applications a
LEFT JOIN terms_versions t ON t.application_id = a.id AND t.version = a.terms_version
WHERE a.job_id = :job ORDER BY a.updated_at DESC, a.id DESC LIMIT 21;
SQL
cat > "$DIR/messages_latest.sql" <<SQL
SELECT id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at,
       edited_at, deleted_at, reply_to_seq
FROM messages WHERE conversation_id = :conv AND seq < 9223372036854775807 ORDER BY seq DESC LIMIT 21;
SQL
cat > "$DIR/messages_from_start.sql" <<SQL
SELECT id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at,
       edited_at, deleted_at, reply_to_seq
FROM messages WHERE conversation_id = :conv AND seq > 0 ORDER BY seq LIMIT 21;
SQL
else
# newest TABLE 'S1','S2' AT: MyJobApplications.newest, first page (no cursor)
newest() {
  local union="" IFS=,
  for st in $2; do
    st=${st# }
    [[ -n "$union" ]] && union+=" UNION ALL "
    union+="(SELECT id, $3 AS sort_at FROM $1 WHERE expert_id = :me AND status = $st ORDER BY $3 DESC, id DESC LIMIT 21)"
  done
  echo "SELECT id, sort_at FROM ($union) newest ORDER BY sort_at DESC, id DESC LIMIT 21"
}
A_COLS="SELECT 'APPLICATION' AS kind, a.id, a.job_id, j.title, a.client_id, c.display_name, a.status,
       a.updated_at AS at, a.conversation_id, t.terms,
       CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS expires_at, a.terms_version"
A_JOIN="JOIN applications a ON a.id = page.id
JOIN jobs j ON j.id = a.job_id JOIN accounts c ON c.id = a.client_id
LEFT JOIN terms_versions t ON t.application_id = a.id AND t.version = a.terms_version"
I_COLS="SELECT 'INVITE' AS kind, i.id, i.job_id, j.title, i.client_id, c.display_name, i.status,
       %AT% AS at, CAST(NULL AS UUID) AS conversation_id, i.proposed_terms AS terms, i.expires_at,
       0 AS terms_version"
I_JOIN="JOIN invites i ON i.id = page.id
JOIN jobs j ON j.id = i.job_id JOIN accounts c ON c.id = i.client_id"
# the overview's counts: the expert's status counters (MyJobApplications.counts)
cat > "$DIR/counts.sql" <<SQL
SELECT kind, status, n FROM expert_status_counts WHERE expert_id = :me;
SQL
cat > "$DIR/unanswered.sql" <<SQL
${I_COLS//%AT%/i.sent_at}
FROM ($(newest invites "'PENDING'" sent_at)) page $I_JOIN
ORDER BY i.sent_at DESC, i.id DESC;
SQL
cat > "$DIR/interviews.sql" <<SQL
$A_COLS
FROM ($(newest applications "'DRAFT', 'INTERVIEWING', 'OFFERED'" updated_at)) page $A_JOIN
ORDER BY a.updated_at DESC, a.id DESC;
SQL
cat > "$DIR/submitted.sql" <<SQL
$A_COLS
FROM ($(newest applications "'SUBMITTED'" updated_at)) page $A_JOIN
ORDER BY a.updated_at DESC, a.id DESC;
SQL
cat > "$DIR/archive.sql" <<SQL
SELECT * FROM (
$A_COLS
FROM ($(newest applications "'HIRED', 'WITHDRAWN', 'DECLINED', 'CLOSED'" updated_at)) page $A_JOIN
UNION ALL
${I_COLS//%AT%/i.answered_at}
FROM ($(newest invites "'DECLINED', 'WITHDRAWN', 'EXPIRED'" answered_at)) page $I_JOIN
) archive ORDER BY at DESC, id DESC LIMIT 21;
SQL
cat > "$DIR/applicants.sql" <<SQL
SELECT a.id, t.terms FROM applications a
LEFT JOIN terms_versions t ON t.application_id = a.id AND t.version = a.terms_version
WHERE a.job_id = :job ORDER BY a.updated_at DESC, a.id DESC LIMIT 21;
SQL
cat > "$DIR/messages_latest.sql" <<SQL
SELECT id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at,
       edited_at, deleted_at, reply_to_seq
FROM messages WHERE conversation_id = :conv AND seq < 9223372036854775807 ORDER BY seq DESC LIMIT 21;
SQL
cat > "$DIR/messages_from_start.sql" <<SQL
SELECT id, conversation_id, seq, type, sender_id, body, kind, data, client_message_id, sent_at,
       edited_at, deleted_at, reply_to_seq
FROM messages WHERE conversation_id = :conv AND seq > 0 ORDER BY seq LIMIT 21;
SQL
fi
[[ -n "${SHOW:-}" ]] && cat "$DIR/$SHOW.sql"

run() { # name file variables...
  local file=$1; shift
  if [[ -n "${EXPLAIN:-}" ]]; then
    local sql; sql=$(cat "$DIR/$file.sql")
    for kv in "$@"; do sql=${sql//:${kv%%=*}/\'${kv#*=}\'}; done
    if [[ "$EXPLAIN" == full ]]; then
      echo "--- $file $*"
      # shellcheck disable=SC2086
      psql $PG -Atq -c "EXPLAIN (ANALYZE, BUFFERS) ${sql%;}"
      return
    fi
    # the plan's root: shared buffers touched (hit + read: the work, whatever the machine's load),
    # rows returned, and the execution time of the second of two runs (warm)
    # shellcheck disable=SC2086
    psql $PG -Atq -c "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql%;}" > /dev/null
    # shellcheck disable=SC2086
    psql $PG -Atq -c "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql%;}" | python3 -c '
import json, sys
p = json.load(sys.stdin)[0]
r = p["Plan"]
print("%6d buffers %5d rows %8.2f ms" % (r["Shared Hit Blocks"] + r["Shared Read Blocks"], r["Actual Rows"], p["Execution Time"]), end="")'
    return
  fi
  local defs=()
  for kv in "$@"; do defs+=(-D "$kv"); done
  (cd "$DIR" && rm -f pgbench_log.* && \
    # shellcheck disable=SC2086
    pgbench -n -M "${MODE:-extended}" -c 1 -t "$N" -l -f "$file.sql" "${defs[@]}" $PG > "$DIR/out" 2>&1 || cat "$DIR/out" >&2)
  sort -n -k3,3 "$DIR"/pgbench_log.* | awk -v n="$N" '{a[NR]=$3} END {printf "%8.2f %8.2f", a[int(n*0.5)+1]/1000, a[int(n*0.95)+1]/1000}'
}

row() { # statement kind variable typical heavy
  if [[ "${EXPLAIN:-}" == full ]]; then run "$1" "$3=$4"; run "$1" "$3=$5"; return; fi
  local t h; t=$(run "$1" "$3=$4"); h=$(run "$1" "$3=$5")
  printf '%-20s %-7s | %s | %s |\n' "$1" "$2" "$t" "$h"
}
if [[ -n "${EXPLAIN:-}" ]]; then
  echo "EXPLAIN (ANALYZE, BUFFERS): buffers / rows / warm execution time, typical | heavy"
else
  echo "p50 / p95 ms over $N runs, typical | heavy"
fi
for s in counts unanswered interviews submitted archive; do row $s expert me "$TYPICAL" "$HEAVY"; done
row applicants job job "$TYPICAL_JOB" "$HEAVY_JOB"
for s in messages_latest messages_from_start; do row $s chat conv "$TYPICAL_CHAT" "$HEAVY_CHAT"; done
