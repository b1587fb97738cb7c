"""The closed vocabularies of the HB process: stored as these codes, worded by the UI."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from hbdesk.models.errors import DomainError


class Stage(StrEnum):
    """Where a client is in the HB process (MISSION.md stages 1–10)."""

    CONTACT = "contact"
    SELF_ASSESSMENT = "self_assessment"
    ASSESSMENT = "assessment"  # service-need assessment and the client's own proposal
    PLAN = "plan"
    BUDGET = "budget"
    DECISION = "decision"
    IN_USE = "in_use"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


class Author(StrEnum):
    """Who wrote a narrative entry (open documentation: every entry shows its author)."""

    CLIENT = "client"
    KEY_WORKER = "key_worker"
    SUPPORT_PERSON = "support_person"
    TOGETHER = "together"
    AUTHORISED_PERSON = "authorised_person"  # acting for the client in Oma HB (a mandate)


class Role(StrEnum):
    """The role a user acts in (access log, outbox author_role)."""

    KEY_WORKER = "key_worker"
    DECISION_MAKER = "decision_maker"
    CLIENT = "client"
    SUPPORT_PERSON = "support_person"
    TEAM_MEMBER = "team_member"
    ADMIN = "admin"
    SYSTEM = "system"
    AUTHORISED_PERSON = "authorised_person"


class PersonRole(StrEnum):
    """The role of a close person in the client's life and process."""

    CLOSE_PERSON = "close_person"
    SUPPORT_PERSON = "support_person"
    GUARDIAN = "guardian"


class ContactChannel(StrEnum):
    WEB_REQUEST = "web_request"  # "Pyydän HB-valintaa" on the county's web pages
    PHONE = "phone"
    CHAT = "chat"
    OFFICE = "office"
    HOME_VISIT = "home_visit"
    SECURE_MESSAGE = "secure_message"
    REFERRAL = "referral"


class PlanSection(StrEnum):
    NEED = "need"  # grounds of the budget
    GOAL = "goal"
    BUDGET_USE = "budget_use"
    ROLE = "role"
    FOLLOW_UP = "follow_up"


class ServiceArea(StrEnum):
    """The law / service area a budget line or decision falls under."""

    SOCIAL_WELFARE = "social_welfare"  # sosiaalihuoltolaki 1301/2014
    DISABILITY = "disability"  # vammaispalvelulaki 675/2023
    FAMILY_CARE = "family_care"  # omaishoidon tuki 937/2005
    ELDERLY = "elderly"  # vanhuspalvelulaki 980/2012
    CHILD_WELFARE = "child_welfare"  # lastensuojelulaki 417/2007


class Category(StrEnum):
    """What a catalogue item or a purchase is."""

    HOME_HELP = "home_help"
    CLEANING = "cleaning"
    PERSONAL_ASSISTANCE = "personal_assistance"
    COACHING = "coaching"
    THERAPY = "therapy"
    PEER_SUPPORT = "peer_support"
    SPORTS = "sports"
    CULTURE = "culture"
    LEISURE = "leisure"
    COURSE = "course"
    TRANSPORT = "transport"
    CAMP = "camp"
    RESPITE = "respite"
    EQUIPMENT = "equipment"
    OTHER = "other"
    GAMBLING = "gambling"
    CRIME = "crime"


# The general restriction: never gambling or crime, whatever a decision says.
REFUSED_CATEGORIES: frozenset[str] = frozenset({Category.GAMBLING, Category.CRIME})


class Unit(StrEnum):
    HOUR = "hour"
    VISIT = "visit"
    SESSION = "session"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    CARD = "card"
    COURSE = "course"
    TRIP = "trip"
    TICKET = "ticket"
    PIECE = "piece"


class Frequency(StrEnum):
    """How often a budget line's quantity recurs over its period."""

    ONCE = "once"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class DecisionOutcome(StrEnum):
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    ENDED = "ended"  # ending the use of a budget is itself a decision


class DecisionKind(StrEnum):
    BUDGET = "budget"
    REVISION = "revision"
    ENDING = "ending"


class NotificationMethod(StrEnum):
    LETTER = "letter"  # deemed received on the 7th day after posting
    ELECTRONIC = "electronic"  # deemed received on the 3rd day after sending
    IN_PERSON = "in_person"  # handed over with acknowledgement: that day


class PaymentMethod(StrEnum):
    MOBILE_PAYMENT = "mobile_payment"
    PAYMENT_COMMITMENT = "payment_commitment"
    INVOICE = "invoice"
    SERVICE_VOUCHER = "service_voucher"
    DIRECT_PAYMENT = "direct_payment"


class EntrySource(StrEnum):
    """Where a spending entry came from: the laptop, or the county's systems via sync."""

    LAPTOP = "laptop"
    E_INVOICE = "e_invoice"
    MOBILE_PAYMENT_REPORT = "mobile_payment_report"
    VOUCHER_REDEMPTION = "voucher_redemption"
    COMMITMENT_BILLING = "commitment_billing"
    PAYMENT_SYSTEM = "payment_system"


class Verdict(StrEnum):
    """The client's word on an invoice."""

    CORRECT = "correct"
    DISPUTED = "disputed"


class EntryStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    REVERSED = "reversed"


class Action(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    PRINT = "print"
    EXPORT = "export"
    DISCLOSE = "disclose"


class ClosingReason(StrEnum):
    GOALS_REACHED = "goals_reached"
    NEED_ENDED = "need_ended"
    CLIENT_WISH = "client_wish"
    MOVED = "moved"
    OTHER_SERVICE = "other_service"
    DIED = "died"
    OTHER = "other"


class MandateBasis(StrEnum):
    """How a mandate (valtuutus) came about."""

    OMA_HB = "oma_hb"  # the client granted it in Oma HB, strongly identified
    WRITTEN = "written"  # a written authorisation the key worker recorded on the laptop


class WebAction(StrEnum):
    """What the client or their authorised person did in Oma HB."""

    CONFIRM_INVOICE = "confirm_invoice"
    DISPUTE_INVOICE = "dispute_invoice"
    REPORT_RECEIPT = "report_receipt"
    EVALUATE_GOAL = "evaluate_goal"
    GRANT_MANDATE = "grant_mandate"
    WITHDRAW_MANDATE = "withdraw_mandate"


class Occasion(StrEnum):
    """When a self-assessment was answered."""

    START = "start"
    FOLLOW_UP = "follow_up"
    FINAL = "final"


E = TypeVar("E", bound=StrEnum)


def check_choice(enum: type[E], value: str, field: str) -> E:
    """`value` as a member of `enum`, or DomainError("invalid_choice", field)."""
    try:
        return enum(value)
    except ValueError:
        raise DomainError("invalid_choice", field) from None
