#!/bin/bash
# MongoDB with authentication and a replica set (which Payload's transactions need) requires a key
# file that members prove themselves with, even when there is only one member. Made once, kept in
# the configdb volume; then the image's own entrypoint takes over.
set -euo pipefail
keyfile=/data/configdb/replica-set.key
if [ ! -s "$keyfile" ]; then
  head -c 756 /dev/urandom | base64 -w 0 > "$keyfile"
fi
# mongod refuses a key file others can read; the image runs mongod as mongodb (uid 999).
chown 999:999 "$keyfile"
chmod 400 "$keyfile"
exec docker-entrypoint.sh "$@"
