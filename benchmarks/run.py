"""Run every benchmark (benchmarks/bench_*.py) and print each measure against its target.

Usage: .venv/bin/python benchmarks/run.py [name-filter]
Exit code 1 when a measure misses its target. Results also go to benchmarks/results/latest.json.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent))  # after PYTHONPATH: a before/after run may name another hbdesk

from benchmarks.common import Result  # noqa: E402


def main() -> int:
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    results: list[Result] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if wanted not in path.stem:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module  # dataclasses in a benchmark look their module up
        spec.loader.exec_module(module)
        print(f"== {path.stem}", flush=True)
        for result in module.run():
            print("  " + result.line(), flush=True)
            results.append(result)
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps([r.as_dict() for r in results], indent=1))
    missed = [r for r in results if not r.ok]
    print(f"{len(results) - len(missed)} met, {len(missed)} missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
