# Shared helpers for the benchmark scripts: choose a JDK, build the jar, start and stop Congvu on its embedded database.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

find_java() {
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    [ "${v%%.*}" -ge 21 ] 2>/dev/null && { echo "$home"; return; }
  done
  echo "a JDK >= 21 is needed" >&2; exit 1
}
JAVA_HOME=$(find_java); export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

find_pg_tool() { # pgbench / psql from the machine's PostgreSQL client
  for p in "$(command -v "$1" 2>/dev/null)" /usr/lib/postgresql/*/bin/"$1"; do
    [ -n "$p" ] && [ -x "$p" ] && { echo "$p"; return; }
  done
  echo "$1 not found (apt-get install postgresql-contrib postgresql-client)" >&2; exit 1
}

build_jar() {
  [ -f target/congvu.jar ] && [ -z "$(find src pom.xml -newer target/congvu.jar -print -quit)" ] && return
  ./congvu package -q >/dev/null
}

# start_app DATA_DIR PORT LOG: starts Congvu in the background; sets APP_PID and PG_PORT once it accepts traffic
# (readiness comes after the demo data has loaded)
start_app() {
  local data=$1 port=$2 log=$3
  CONGVU_DATA_DIR="$data" CONGVU_PORT="$port" CONGVU_ADMIN_PASSWORD=bench-admin-password \
    "$JAVA" -Xmx1g ${BENCH_JAVA_OPTS:-} -jar target/congvu.jar --congvu.public-writes-per-minute=1000000000 >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -sf "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      PG_PORT=$(grep -oP "Embedded PostgreSQL started on port \K[0-9]+" "$log" | tail -1)
      # every connection to the embedded server gives a password: psql and pgbench sign in as its superuser
      PGPASSWORD=$(grep -oP '^postgres=\K.*' "$data/database.secret"); export PGPASSWORD
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "Congvu did not start; see $log" >&2; exit 1; }
    sleep 0.5
  done
  echo "Congvu did not become ready; see $log" >&2; exit 1
}

stop_app() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}

load() { "$JAVA" "$ROOT/bench/FeedbackLoad.java" "$@"; }

field() { # field NAME LINE
  echo "$2" | grep -oP "(^| )$1=\K[^ ]+"
}

# sign_in URL JAR: signs the administrator in (cookies in JAR)
sign_in() {
  local csrf
  csrf=$(curl -s -c "$2" "$1/login" | grep -oP 'name="_csrf" value="\K[^"]+' | head -1)
  curl -s -b "$2" -c "$2" -o /dev/null -d "username=admin&password=bench-admin-password&_csrf=$csrf" "$1/login"
}

# submit_form PAGE_URL FORM_ID ACTION_URL JAR [curl args...]: posts a form of a page with its CSRF and one-time
# tokens (every page form carries both); prints the redirect target
submit_form() {
  local page=$1 id=$2 action=$3 jar=$4 form csrf once
  shift 4
  form=$(curl -s -b "$jar" "$page" | tr '\n' ' ' | grep -oP "<form[^>]*id=\"$id\".*?</form>")
  [ -n "$form" ] || { echo "no form $id on $page (signed in?)" >&2; exit 1; }
  csrf=$(grep -oP 'name="_csrf" value="\K[^"]+' <<< "$form")
  once=$(grep -oP 'name="_once" value="\K[^"]+' <<< "$form")
  curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$csrf" --data-urlencode "_once=$once" \
    "$@" "$action"
}

# follow_job PROGRESS_URL JAR: polls a job's progress fragment until it ends; fails if the job failed
follow_job() {
  local progress
  while :; do
    progress=$(curl -s -b "$2" -H 'HX-Request: true' "$1")
    grep -q 'alert success' <<< "$progress" && return 0
    grep -q 'alert error' <<< "$progress" && { echo "the job failed" >&2; exit 1; }
    sleep 0.1
  done
}
