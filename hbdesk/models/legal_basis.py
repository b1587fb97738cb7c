"""Which laws a decision's sum falls under, and that its legal basis names every one of them."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from hbdesk.models.errors import DomainError
from hbdesk.models.vocab import ServiceArea

# Default legal basis per service area; the decision-maker may word it otherwise, but the
# statute's number must stay in it (that is what `check_names_every_law` looks for).
LEGAL_BASIS = {
    ServiceArea.SOCIAL_WELFARE: "Sosiaalihuoltolaki (1301/2014)",
    ServiceArea.DISABILITY: "Vammaispalvelulaki (675/2023)",
    ServiceArea.FAMILY_CARE: "Laki omaishoidon tuesta (937/2005)",
    ServiceArea.ELDERLY: "Vanhuspalvelulaki (980/2012)",
    ServiceArea.CHILD_WELFARE: "Lastensuojelulaki (417/2007)",
}
STATUTE = {area: text[text.rindex("(") + 1 : -1] for area, text in LEGAL_BASIS.items()}


def parts_of(by_area: Mapping[str, Decimal], service_area: str, proposed: Decimal) -> list[str]:
    """The areas (laws) a decision covers, largest part first.

    A decision over the whole budget covers every area with lines; one prepared for a
    single area (its proposed sum is that area's part) covers that area only.
    """
    parts = {area: total for area, total in by_area.items() if total}
    if len(parts) > 1 and proposed == sum(parts.values()):
        return sorted(parts, key=lambda area: (-parts[area], area))
    return [service_area]


def basis_text(areas: list[str]) -> str:
    """The prefilled legal basis: one law per line."""
    return "\n".join(LEGAL_BASIS[ServiceArea(area)] for area in areas)


def check_names_every_law(legal_basis: str, areas: list[str]) -> None:
    """Every law the decision's parts fall under is cited by its statute number."""
    for area in areas:
        if STATUTE[ServiceArea(area)] not in legal_basis:
            raise DomainError("legal_basis_missing_part", "legal_basis", area=area)
