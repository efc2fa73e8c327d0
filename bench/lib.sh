# Shared by the bench scripts that run one Verso on a fresh H2 database (source it; not a script of its own).
# start_verso [java options...]: starts ${VERSO_APP:-target/quarkus-app}'s jar on loopback port $PORT with its data
# in $WORK/data and admin password $PASSWORD (the caller sets PORT, URL, PASSWORD and WORK), stops it and deletes
# $WORK on exit, and returns once /q/health/ready answers (printing the server's log if it died first). Sets PID.
# log_in: logs the admin in through the form; sets COOKIES (a curl cookie jar) and COOKIE (the header value).

start_verso() {
  # shellcheck disable=SC2086
  java ${VERSO_JAVA_OPTS:-} "$@" -Dverso.data-dir="$WORK/data" -Dverso.admin.password="$PASSWORD" \
    -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -jar "${VERSO_APP:-target/quarkus-app}/quarkus-run.jar" >"$WORK/verso.log" 2>&1 &
  PID=$!
  trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
  until curl -sf "$URL/q/health/ready" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/verso.log"; exit 1; }
    sleep 0.5
  done
}

log_in() {
  COOKIES="$WORK/cookies"
  curl -s -o /dev/null -c "$COOKIES" --data-urlencode "j_username=admin" --data-urlencode "j_password=$PASSWORD" \
    "$URL/j_security_check"
  COOKIE="verso-session=$(awk '$6 == "verso-session" { print $7 }' "$COOKIES")"
}
