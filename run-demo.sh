#!/usr/bin/env bash
# Starts Marquee on its embedded default: the server on H2 with demo data, then the three desktop apps pointed
# at it (they need a display). Stop everything with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -q install -DskipTests
./mvnw -q -pl server spring-boot:run -Dspring-boot.run.profiles=demo &
server=$!
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT INT TERM

echo "Waiting for the server on http://localhost:8080 ..."
for _ in $(seq 1 120); do
    if curl -fs http://localhost:8080/actuator/health >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$server" 2>/dev/null; then
        echo "The server did not start; see the output above." >&2
        exit 1
    fi
    sleep 1
done
echo "Server up. Demo accounts: admin, organizer, boxoffice, gate; password marquee-demo."

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: the apps are not started. The server keeps running; Ctrl+C stops it."
    wait "$server"
    exit 0
fi
for app in box-office-app checkin-kiosk-app organizer-console; do
    ./mvnw -q -pl "$app" validate exec:exec &
done
wait
