#!/usr/bin/env bash
# Mutation testing (mutmut) of the money and suppression rules: can their tests fail?
#
#   scripts/mutation.sh [balance|values|ledger|suppress ...]     (default: all four)
#
# Each module is mutated in a throw-away copy of the work tree and its mutants are run
# against only the tests that touch it (below), so a run takes minutes, not hours. Prints
# the killed share per module and lists every surviving mutant; `mutmut show NAME` in the
# copy (its path is printed) shows a mutant's diff. CPU-heavy: MUTATION_JOBS=N limits the
# parallel children (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

declare -A SOURCE=(
  [balance]=hbdesk/models/balance.py
  [values]=hbdesk/models/values.py
  [ledger]=hbdesk/services/ledger.py
  [suppress]=hbdesk/server/report/suppress.py
)
declare -A TESTS=(
  [balance]="tests/models tests/services/test_spending_series.py tests/services/test_decision_and_ledger.py tests/services/test_ledger_rules.py tests/services/test_money_attacks.py tests/services/test_decision_history_properties.py tests/services/test_caseload_and_overview.py"
  [values]="tests/models"
  [ledger]="tests/services/test_ledger_rules.py tests/services/test_decision_and_ledger.py tests/services/test_money_attacks.py"
  [suppress]="tests/sync/report"
)

python=.venv/bin/python
[ -x "$python" ] || { echo "mutation: no .venv; run scripts/setup.sh --dev first" >&2; exit 1; }
"$python" -c "import mutmut" 2>/dev/null || {
  echo "mutation: mutmut is missing; scripts/setup.sh --dev installs it (the dev extra)" >&2
  exit 1
}

modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(balance values ledger suppress)
summary=()
for module in "${modules[@]}"; do
  source=${SOURCE[$module]:-}
  [ -n "$source" ] || { echo "mutation: unknown module '$module' (${!SOURCE[*]})" >&2; exit 2; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/hbdesk-mutation-$module.XXXXXX")
  # The work tree as it is (committed or not), without the venv and caches.
  git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work"
  tests=$(printf '"%s", ' ${TESTS[$module]})
  cat >>"$work/pyproject.toml" <<EOF

[tool.mutmut]
source_paths = ["hbdesk"]
only_mutate = ["$source"]
also_copy = ["tests", "resources", "pyproject.toml"]
pytest_add_cli_args_test_selection = [${tests%, }]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-W", "ignore"]
EOF
  echo "== $module: mutating $source in $work"
  (
    cd "$work"
    export QT_QPA_PLATFORM=offscreen
    "$root/$python" -c 'from mutmut.__main__ import cli; cli()' run \
      --max-children "${MUTATION_JOBS:-2}" >"$work/run.log" 2>&1 || true
    "$root/$python" -c 'from mutmut.__main__ import cli; cli()' results --all true \
      >"$work/results.txt" 2>&1 || true
  )
  # Killed: a test failed (a timeout or crash counts too). Survived or "no tests": not killed.
  total=$(grep -c ': ' "$work/results.txt" || true)
  killed=$(grep -cE ': (killed|timeout|segfault|caught by type check)$' "$work/results.txt" || true)
  echo "   $module: $killed of $total killed; not killed:"
  grep -vE ': (killed|timeout|segfault|caught by type check)$' "$work/results.txt" \
    | sed 's/^ */     /' || true
  summary+=("$module $killed/$total")
done
echo "mutation score: ${summary[*]}"
