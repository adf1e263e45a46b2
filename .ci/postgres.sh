# Sourced by .ci/run: a throwaway PostgreSQL server for the storage tests, unless GENEBOT_TEST_POSTGRES is already set.
# Installs Debian's postgresql when initdb is missing, starts a server on 127.0.0.1 (a free port, trust auth on loopback
# only, data in a temp folder, run as a non-root user), exports GENEBOT_TEST_POSTGRES, and stops it on exit.
# Any failure prints a warning and carries on: the PostgreSQL tests then skip with their reason.

pg_warn() { echo "WARNING: no PostgreSQL for the tests ($1); the PostgreSQL storage tests will be skipped." >&2; }

pg_bin() {
  local found
  found=$(command -v initdb 2>/dev/null) && { dirname "$found"; return; }
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

pg_start() {
  local bin user dir port
  bin=$(pg_bin)
  if [[ -z "$bin" ]]; then
    echo "Installing PostgreSQL (Debian package)..."
    if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1; }; }; then
      pg_warn "apt-get install postgresql failed"; return 0
    fi
    bin=$(pg_bin)
    [[ -n "$bin" ]] || { pg_warn "initdb not found after the install"; return 0; }
  fi
  user=$(id -un)
  dir=$(mktemp -d /tmp/genebot-ci-pg.XXXXXX)
  if [[ $(id -u) == 0 ]]; then
    user=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres >/dev/null 2>&1 || { pg_warn "no postgres user"; return 0; }
    chown "$user" "$dir"
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # From the data folder: the postgres user may not be allowed into the checkout.
  as_pg() { (cd "$dir" && if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi); }
  if ! as_pg "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1; then
    pg_warn "initdb failed, see $dir/initdb.log"; return 0
  fi
  if ! as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null; then
    pg_warn "the server did not start, see $dir/server.log"; return 0
  fi
  PG_STOP=("$bin/pg_ctl" -D "$dir/data" -m fast -w stop)
  PG_DIR=$dir
  export GENEBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$user;Database=postgres"
  echo "PostgreSQL for the tests: 127.0.0.1:$port (user $user, data in $dir)"
}

pg_stop() {
  if [[ -n "${PG_DIR:-}" ]]; then
    (cd "$PG_DIR" && if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "${PG_STOP[@]}"; else "${PG_STOP[@]}"; fi) >/dev/null 2>&1
    rm -rf "$PG_DIR"
  fi
}

if [[ -z "${GENEBOT_TEST_POSTGRES:-}" ]]; then
  pg_start
  trap pg_stop EXIT
fi
