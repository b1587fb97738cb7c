"""The adversary against the published outcomes reports: can a hidden figure be computed back?

It reads only what is published (the reports' JSON, the same figures as the PDF, the CSVs
and the "outcomes" reference data) and knows what the tables mean — which cells add up to
which, which are the same number, and that the units' clients and feedback together make
the whole county's. From those identities it solves for every hidden cell ("< 5") with
exact fractions: a hidden cell that the published ones determine is found. It also tries
a hidden share's count from its percentage and whole, a hidden mean from the county's mean
and the units' means and counts, and looks for zeros beside a lone hidden cell (they tell
that everyone is in the hidden one).

The identities are written here from the report's meaning, not taken from the report's code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

HIDDEN = "< 5"
Ref = tuple[str, str, str, int]  # report, table key, row label (English), cell index

# Cells that add up across units (people, counts, euros): table -> {row label: columns};
# "*" is every row not named.
ADDITIVE: dict[str, dict[str, tuple[int, ...]]] = {
    "people": {
        "Median days from contact to decision": (1,),
        "Median days from decision to first spending": (1,),
        "*": (0, 1),
    },
    "stages": {"*": (0,)},
    "wellbeing": {"*": (0, 7, 8, 9)},
    "goals": {"Reached or exceeded, %": (), "*": (0, 1, 2)},
    "feedback": {"*": (0, 1)},
    "feedback_answers": {"*": (0, 1, 2, 3, 4, 5, 6)},
    "services": {"*": (0, 1, 2)},
    "costs": {
        "Granted per client, median": (1,),
        "Used per client, median": (1,),
        "From an invoice's arrival to the client's confirmation, median days": (1,),
        "*": (0, 1),
    },
    "costs_use": {"*": (0,)},
    "costs_category": {"*": (0, 1)},
    "costs_method": {"*": (0, 1)},
    "costs_law": {"*": (0, 1)},
}
SCORES = ("-2", "-1", "0", "+1", "+2")
ANSWERS = "Answers"
HEARD = "Felt heard and encouraged (4–5/5)"
HARD = "Found following the budget fairly or very hard (1–2/5)"
Q_HEARD = "I was heard and encouraged"
Q_EASE = "Following the budget was easy (1 very hard … 5)"


@dataclass
class Published:
    """Every published cell of some reports: a number, HIDDEN, or None (not applicable)."""

    cells: dict[Ref, Any] = field(default_factory=dict)
    rows: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (report, table)

    def add(self, name: str, report: dict[str, Any]) -> None:
        for table in report["tables"]:
            labels = []
            for row in table["rows"]:
                label = row["label"]["en"]
                labels.append(label)
                for i, value in enumerate(row["cells"]):
                    self.cells[(name, table["key"], label, i)] = value
            self.rows[(name, table["key"])] = labels

    def value(self, ref: Ref) -> Any:
        """A missing row of a table that lists only what occurs is a zero."""
        return self.cells.get(ref, 0)


Equation = dict[Ref, Fraction]  # sum of coefficient * cell == 0


def _sum_eq(total: Ref, parts: list[Ref]) -> Equation:
    eq: Equation = {total: Fraction(-1)}
    for p in parts:
        eq[p] = eq.get(p, Fraction(0)) + 1
    return eq


def _same(a: Ref, b: Ref) -> Equation:
    return _sum_eq(a, [b]) if a != b else {}


def report_identities(pub: Published, r: str) -> list[Equation]:
    """What one report's tables mean, as equations between its cells."""
    eqs: list[Equation] = []
    rows = pub.rows
    for label in ("Clients in the period", "New clients (contact)", "Closings"):
        eqs.append(_same((r, "people", label, 0), (r, "people", label, 1)))
    stages = [lb for lb in rows[(r, "stages")] if lb != "Total"]
    eqs.append(_sum_eq((r, "stages", "Total", 0), [(r, "stages", s, 0) for s in stages]))
    eqs.append(_same((r, "stages", "Total", 0), (r, "people", "Clients in the period", 0)))
    for label in rows[(r, "wellbeing")]:
        eqs.append(
            _sum_eq((r, "wellbeing", label, 0), [(r, "wellbeing", label, i) for i in (7, 8, 9)])
        )
    for col in (0, 1, 2):
        eqs.append(_sum_eq((r, "goals", "Goals", col), [(r, "goals", s, col) for s in SCORES]))
        eqs.append(
            _sum_eq(
                (r, "goals", "Reached or exceeded (≥ 0)", col),
                [(r, "goals", s, col) for s in ("0", "+1", "+2")],
            )
        )
    for label in (*SCORES, "Goals", "Reached or exceeded (≥ 0)"):
        eqs.append(
            _sum_eq((r, "goals", label, 2), [(r, "goals", label, 0), (r, "goals", label, 1)])
        )
    answers = (r, "feedback", ANSWERS, 0)
    eqs.append(_same(answers, (r, "feedback", ANSWERS, 1)))
    for question in rows[(r, "feedback_answers")]:
        cells = [(r, "feedback_answers", question, i) for i in range(6)]
        eqs.append(_sum_eq((r, "feedback_answers", question, 6), cells))
        eqs.append(_same((r, "feedback_answers", question, 6), answers))
    eqs.append(
        _sum_eq((r, "feedback", HEARD, 0), [(r, "feedback_answers", Q_HEARD, i) for i in (3, 4)])
    )
    eqs.append(_sum_eq(answers, [(r, "feedback", HEARD, 1), (r, "feedback_answers", Q_HEARD, 5)]))
    eqs.append(
        _sum_eq((r, "feedback", HARD, 0), [(r, "feedback_answers", Q_EASE, i) for i in (0, 1)])
    )
    eqs.append(_sum_eq(answers, [(r, "feedback", HARD, 1), (r, "feedback_answers", Q_EASE, 5)]))
    services = rows[(r, "services")]
    categories = services[: services.index("Total")]
    for col in (1, 2):
        eqs.append(
            _sum_eq((r, "services", "Total", col), [(r, "services", c, col) for c in categories])
        )
    outside = next(lb for lb in services if lb.startswith("Clients who chose"))
    eqs.append(_same((r, "services", outside, 1), (r, "services", "Total", 0)))
    costs = rows[(r, "costs")]
    n_rows = [lb for lb in costs if not lb.startswith(("From an invoice", "Confirmations"))]
    for label in n_rows[1:]:
        eqs.append(_same((r, "costs", label, 1), (r, "costs", n_rows[0], 1)))
    eqs.append(
        _same(
            (r, "costs", "Confirmations taking over 14 days", 1),
            (r, "costs", "From an invoice's arrival to the client's confirmation, median days", 1),
        )
    )
    bands = [lb for lb in rows[(r, "costs_use")] if lb != "Total"]
    eqs.append(_sum_eq((r, "costs_use", "Total", 0), [(r, "costs_use", b, 0) for b in bands]))
    for key in ("costs_category", "costs_method", "costs_law"):
        codes = [lb for lb in rows[(r, key)] if lb != "Total"]
        eqs.append(_sum_eq((r, key, "Total", 0), [(r, key, c, 0) for c in codes]))
    return [e for e in eqs if e]


def _additive(table: str, label: str) -> tuple[int, ...]:
    columns = ADDITIVE.get(table, {})
    return columns.get(label, columns.get("*", ()))


def family_identities(pub: Published, county: str, units: list[str]) -> list[Equation]:
    """The county's additive cells are the sums of the units' (the units partition it)."""
    eqs = []
    for (r, table, label, i), _ in list(pub.cells.items()):
        if r != county or i not in _additive(table, label):
            continue
        eqs.append(_sum_eq((county, table, label, i), [(u, table, label, i) for u in units]))
    return eqs


def determined(pub: Published, equations: list[Equation], known: set[Ref]) -> set[Ref]:
    """The hidden cells that the equations, the shown cells and the hidden cells already
    computed back (`known`) fix: exact linear algebra on which cells are fixed (whether a
    cell is fixed does not depend on the values, so the known hidden ones count as 0)."""
    unknown: dict[Ref, int] = {}
    rows: list[tuple[dict[int, Fraction], Fraction]] = []
    for eq in equations:
        coeffs: dict[int, Fraction] = {}
        const = Fraction(0)
        for ref, c in eq.items():
            v = pub.value(ref)
            if v is None:
                break  # a figure that does not apply: no identity
            if v == HIDDEN and ref in known:
                continue
            if v == HIDDEN:
                j = unknown.setdefault(ref, len(unknown))
                coeffs[j] = coeffs.get(j, Fraction(0)) + c
            else:
                const -= c * Fraction(str(v))
        else:
            coeffs = {j: c for j, c in coeffs.items() if c}
            if coeffs:
                rows.append((coeffs, const))
    pivots = _reduce(rows)
    names = {j: ref for ref, j in unknown.items()}
    return {names[j] for j, row in pivots.items() if set(row[0]) == {j}}


def _reduce(
    rows: list[tuple[dict[int, Fraction], Fraction]],
) -> dict[int, tuple[dict[int, Fraction], Fraction]]:
    """Gauss–Jordan elimination: pivot column -> its fully reduced row."""
    pivots: dict[int, tuple[dict[int, Fraction], Fraction]] = {}
    for coeffs, const in rows:
        coeffs, const = dict(coeffs), const
        for j, (prow, pconst) in pivots.items():
            if j in coeffs:
                f = coeffs[j]
                for k, v in prow.items():
                    coeffs[k] = coeffs.get(k, Fraction(0)) - f * v
                const -= f * pconst
                coeffs = {k: v for k, v in coeffs.items() if v}
        if not coeffs:
            continue
        j = min(coeffs)
        f = coeffs[j]
        coeffs = {k: v / f for k, v in coeffs.items()}
        const /= f
        for i, (prow, pconst) in list(pivots.items()):
            if j in prow:
                g = prow[j]
                new = {
                    k: prow.get(k, Fraction(0)) - g * coeffs.get(k, Fraction(0))
                    for k in set(prow) | set(coeffs)
                }
                pivots[i] = ({k: v for k, v in new.items() if v}, pconst - g * const)
        pivots[j] = (coeffs, const)
    return pivots


def _known(pub: Published, found: set[Ref], ref: Ref) -> bool:
    v = pub.value(ref)
    return v is not None and (v != HIDDEN or ref in found)


def shares_back(pub: Published, found: set[Ref], reports: list[str]) -> set[Ref]:
    """A hidden count whose percentage and whole are known (whole ≤ 100: exact)."""
    triples = []
    for r in reports:
        for label in (HEARD, HARD):
            triples.append(tuple((r, "feedback", label, i) for i in (0, 1, 2)))
        for col in (0, 1, 2):
            triples.append(
                (
                    (r, "goals", "Reached or exceeded (≥ 0)", col),
                    (r, "goals", "Goals", col),
                    (r, "goals", "Reached or exceeded, %", col),
                )
            )
    return {
        part
        for part, whole, share in triples
        if pub.value(part) == HIDDEN
        and part not in found
        and _known(pub, found, whole)
        and pub.value(share) not in (HIDDEN, None)
    }


def means_back(pub: Published, found: set[Ref], county: str, units: list[str]) -> set[Ref]:
    """A hidden mean of one report when the county's mean, every other mean and every n are
    known: n_county * mean_county = sum of n_unit * mean_unit."""
    out = set()
    for (r, table, label, i), _ in list(pub.cells.items()):
        if r != county or table != "wellbeing" or i not in (1, 2, 4, 5):
            continue
        reports = [county, *units]
        ns = [(x, table, label, 0) for x in reports]
        means = [(x, table, label, i) for x in reports]
        if not all(_known(pub, found, n) for n in ns):
            continue
        hidden = [m for m in means if pub.value(m) == HIDDEN]
        if len(hidden) == 1 and all(pub.value(m) is not None for m in means):
            out.add(hidden[0])
    return out


# Categories that hold everyone of a group between them (a row or column and its total).
def distributions(pub: Published, r: str) -> list[tuple[list[Ref], Ref]]:
    groups = []
    for label in pub.rows[(r, "wellbeing")]:
        groups.append(([(r, "wellbeing", label, i) for i in (7, 8, 9)], (r, "wellbeing", label, 0)))
    for question in pub.rows[(r, "feedback_answers")]:
        cells = [(r, "feedback_answers", question, i) for i in range(6)]
        groups.append((cells, (r, "feedback_answers", question, 6)))
    stages = [lb for lb in pub.rows[(r, "stages")] if lb != "Total"]
    groups.append(([(r, "stages", s, 0) for s in stages], (r, "stages", "Total", 0)))
    for col in (0, 1, 2):
        groups.append(([(r, "goals", s, col) for s in SCORES], (r, "goals", "Goals", col)))
    bands = [lb for lb in pub.rows[(r, "costs_use")] if lb != "Total"]
    groups.append(([(r, "costs_use", b, 0) for b in bands], (r, "costs_use", "Total", 0)))
    return groups


def all_in_one(pub: Published, reports: list[str]) -> list[str]:
    """Zeros beside a lone hidden cell: everyone of the group is in the hidden category."""
    found = []
    for r in reports:
        for cells, total in distributions(pub, r):
            values = [pub.value(c) for c in cells]
            hidden = [c for c, v in zip(cells, values, strict=True) if v == HIDDEN]
            zeros = sum(1 for v in values if v == 0)
            if len(hidden) == 1 and zeros == len(cells) - 1 and pub.value(total) != 0:
                found.append(f"{hidden[0]}: the others are 0, everyone is there")
    return found


def attack(pub: Published, county: str, units: list[str]) -> list[str]:
    """Everything the adversary computes back: an empty list means nothing hidden leaks."""
    reports = [county, *units]
    equations = [e for r in reports for e in report_identities(pub, r)]
    equations += family_identities(pub, county, units)
    found: set[Ref] = set()
    while True:
        new = determined(pub, equations, found)
        new |= shares_back(pub, found, reports) | means_back(pub, found, county, units)
        if new <= found:
            break
        found |= new
    return sorted(f"{ref}: computed back" for ref in found) + all_in_one(pub, reports)
