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
    "$JAVA" -Xmx1g -jar target/congvu.jar --congvu.public-writes-per-minute=1000000000 >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -sf "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      PG_PORT=$(grep -oP "Embedded PostgreSQL started on port \K[0-9]+" "$log" | tail -1)
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
