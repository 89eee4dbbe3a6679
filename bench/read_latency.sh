#!/usr/bin/env bash
# Timed API reads of a heavy and a typical caller on a database loaded with bench/history_1m.sql
# (issue 10): "My job applications" (overview and each section), a job's applicant list, and a
# chat's newest page. The application must be running against that database.
#
#   bench/read_latency.sh http://127.0.0.1:18080 "-h 127.0.0.1 -U postgres cadhire_big" [rounds]
set -euo pipefail
BASE=${1:?base URL}
PG=${2:?psql connection arguments}
ROUNDS=${3:-200}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
# shellcheck disable=SC2086
q() { psql $PG -Atq -c "$1"; }
HEAVY_CHAT=$(q "SELECT md5('conv2')::uuid")
TYPICAL_CHAT=$(q "SELECT c.id FROM conversations c JOIN conversation_participants p ON p.conversation_id = c.id WHERE p.participant_id = md5('acct50000')::uuid ORDER BY c.last_seq DESC LIMIT 1")
H=chp_bulk_heavy_expert
T=chp_bulk_typical_expert
cases=()
for s in "" "?section=unansweredInvites" "?section=interviewsInProgress" "?section=applications" "?section=archive"; do
  name=${s#?section=}; name=${name:-overview}
  cases+=("$name typical=$T@/api/v1/me/job-applications$s" "$name heavy=$H@/api/v1/me/job-applications$s")
done
cases+=("applicants typical=chp_bulk_typical_client@/api/v1/jobs/$(q "SELECT md5('job1')::uuid")/applications"
        "applicants heavy=chp_bulk_heavy_client@/api/v1/jobs/$(q "SELECT md5('job2')::uuid")/applications"
        "chat page typical=$T@/api/v1/conversations/$TYPICAL_CHAT/messages?before=9000000000000000000"
        "chat page heavy=$H@/api/v1/conversations/$HEAVY_CHAT/messages?before=9000000000000000000")
uptime
"$JAVA" "$(dirname "$0")/ReadLatency.java" --base "$BASE" --rounds "$ROUNDS" "${cases[@]}"
uptime
