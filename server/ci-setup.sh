#!/usr/bin/env bash
# Installs and starts what the server's PostgreSQL and browser tests need (Debian 12): PostgreSQL 15, Chromium
# and its driver. Idempotent and quiet; the tests skip visibly when these are absent, so this is optional locally.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null || ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "server/ci-setup.sh: not root, cannot install PostgreSQL and Chromium; their tests will skip" >&2
    exit 0
  fi
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql chromium chromium-driver >/dev/null
fi
pg_ctlcluster 15 main start >/dev/null 2>&1 || pg_ctlcluster 15 main status >/dev/null
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='corroborate'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE corroborate LOGIN PASSWORD 'corroborate'\"" >/dev/null
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='corroborate_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O corroborate corroborate_test" >/dev/null
