#!/usr/bin/env bash
# regen.sh — re-create the oracle fixtures of this folder with Prisma 7.10's `db pull`.
#
# For every `../prisma_sql/<stem>.<postgres|sqlite>.sql` (Prisma's own migration SQL for a
# real-world schema), the SQL is applied to a fresh database and `shared/oracle/pull.sh` prints
# what Prisma introspects from it. Stored here:
#   <stem>.<postgres|sqlite>.prisma        the schema, as `db pull` writes it to schema.prisma
#   <stem>.<postgres|sqlite>.warnings.txt  the warnings, when there are any (`// ` prefixes removed)
# The same for the hand-written cases in cases/ (see the end of this script).
#
# Needs the oracle (`npm ci` in shared/oracle), psql on the local PostgreSQL (postgres@127.0.0.1,
# trust auth) and sqlite3. Tests never run this script; they compare against its output.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
oracle=${STRATA_ORACLE:-$here/../../../../../shared/oracle}
sqldir=$here/../prisma_sql
pg="psql -q -X -h 127.0.0.1 -U postgres"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

split_output() { # split_output STDOUT STDERR OUT_SCHEMA OUT_WARNINGS
  python3 - "$1" "$2" "$3" "$4" <<'PY'
import sys
raw = open(sys.argv[1]).read()
marker = "\n// *** WARNING ***"
schema, _, warnings = raw.partition(marker)
# Piped, the CLI prints the warnings on stderr.
err = "\n" + open(sys.argv[2]).read()
if not warnings and marker in err:
    warnings = err.partition(marker)[2]
sys.argv[2:] = sys.argv[3:]
open(sys.argv[2], "w").write(schema.rstrip("\n") + "\n")
if warnings:
    lines = ("// *** WARNING ***" + warnings).rstrip("\n").split("\n")
    text = "\n".join(l[3:] if l.startswith("// ") else l[2:] if l.startswith("//") else l for l in lines)
    open(sys.argv[3], "w").write(text.rstrip("\n") + "\n")
PY
}

# record SQL OUT_BASE [PREVIOUS_SCHEMA]: apply SQL to a fresh database, pull, store the output.
record() {
  local sql=$1 out=$2 previous=${3:-}
  local base provider
  base=$(basename "$out")
  provider=${base##*.}
  rm -f "$out.warnings.txt"
  case $provider in
    postgres)
      db="strata_oracle_pull"
      $pg -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
      # Prisma's SQL uses extensions' types and operator classes without creating them; the
      # tests create the same ones (see introspect_oracle.rs).
      if grep -q gin_trgm_ops "$sql"; then $pg -d "$db" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null; fi
      if grep -qi citext "$sql"; then $pg -d "$db" -c "CREATE EXTENSION IF NOT EXISTS citext" >/dev/null; fi
      if ! $pg -d "$db" -v ON_ERROR_STOP=1 -f "$sql" >"$tmp/psql.out" 2>&1; then
        echo "$base: SKIPPED (the SQL does not apply here: $(grep ERROR "$tmp/psql.out" | head -1))"
        $pg -c "DROP DATABASE $db"
        rm -f "$out.prisma"
        return
      fi
      "$oracle/pull.sh" postgresql "postgresql://postgres@127.0.0.1:5432/$db" $previous > "$tmp/raw" 2> "$tmp/err" || {
        echo "$base: FAILED: $(cat "$tmp/err")"; $pg -c "DROP DATABASE $db"; return; }
      $pg -c "DROP DATABASE $db"
      ;;
    sqlite)
      rm -f "$tmp/db.sqlite"
      sqlite3 "$tmp/db.sqlite" < "$sql"
      "$oracle/pull.sh" sqlite "file:$tmp/db.sqlite" $previous > "$tmp/raw" 2> "$tmp/err" || {
        echo "$base: FAILED: $(cat "$tmp/err")"; return; }
      ;;
    *) return ;;
  esac
  split_output "$tmp/raw" "$tmp/err" "$out.prisma" "$out.warnings.txt"
  echo "$base"
}

# The real-world schemas, introspected from scratch.
for sql in "$sqldir"/*.sql; do
  record "$sql" "$here/$(basename "$sql" .sql)"
done

# Hand-written cases (cases/<name>.<provider>.sql), re-introspected on top of
# cases/<name>.<provider>.previous.prisma when there is one.
for sql in "$here"/cases/*.sql; do
  out=$here/cases/$(basename "$sql" .sql)
  previous=""
  if [ -f "$out.previous.prisma" ]; then previous=$out.previous.prisma; fi
  record "$sql" "$out" "$previous"
done
