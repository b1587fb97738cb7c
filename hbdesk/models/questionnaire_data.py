"""The project's own functional-capacity questionnaire ("Arjen voimavarat"), version 1.

Item wording is hbdesk's own (fi / sv / en); every item is answered on 0–10, where 0 is
"not at all" and 10 "fully".
"""

from __future__ import annotations

from typing import NamedTuple

CODE = "arjen_voimavarat"
VERSION = 1
TITLE = (
    "Arjen voimavarat – oma arvio",
    "Vardagens resurser – egen bedömning",
    "Everyday resources – self-assessment",
)
LOW = "ei lainkaan"
HIGH = "täysin"


class ItemText(NamedTuple):
    code: str
    fi: str
    sv: str
    en: str


class DomainText(NamedTuple):
    code: str
    fi: str
    sv: str
    en: str
    items: tuple[ItemText, ...]


DOMAINS: tuple[DomainText, ...] = (
    DomainText(
        "physical",
        "Keho ja jaksaminen",
        "Kropp och ork",
        "Body and energy",
        (
            ItemText(
                "physical_energy",
                "Minulla riittää voimia päivän tavallisiin askareisiin.",
                "Jag orkar med dagens vanliga sysslor.",
                "I have enough energy for the ordinary tasks of the day.",
            ),
            ItemText(
                "physical_moving",
                "Pääsen liikkumaan sinne, minne haluan.",
                "Jag kan ta mig dit jag vill.",
                "I can get to the places I want to go.",
            ),
            ItemText(
                "physical_sleep",
                "Nukun niin, että herään levänneenä.",
                "Jag sover så att jag vaknar utvilad.",
                "I sleep so that I wake up rested.",
            ),
        ),
    ),
    DomainText(
        "mental",
        "Mieli ja tunteet",
        "Sinne och känslor",
        "Mind and feelings",
        (
            ItemText(
                "mental_mood",
                "Mieleni on enimmäkseen tasainen.",
                "Mitt humör är mestadels jämnt.",
                "My mood is mostly steady.",
            ),
            ItemText(
                "mental_coping",
                "Keksin keinoja, kun jokin asia painaa mieltäni.",
                "Jag hittar sätt att hantera det som tynger mig.",
                "I find ways to cope when something weighs on my mind.",
            ),
            ItemText(
                "mental_future",
                "Odotan tulevilta kuukausilta hyviä asioita.",
                "Jag ser fram emot goda saker de kommande månaderna.",
                "I look forward to good things in the coming months.",
            ),
        ),
    ),
    DomainText(
        "social",
        "Ihmissuhteet",
        "Relationer",
        "Relationships",
        (
            ItemText(
                "social_someone",
                "Minulla on joku, jolle voin puhua huolistani.",
                "Jag har någon att prata med om mina bekymmer.",
                "I have someone to talk to about my worries.",
            ),
            ItemText(
                "social_family",
                "Kotini ihmissuhteet kantavat arjessa.",
                "Relationerna hemma bär i vardagen.",
                "The relationships at home carry us through everyday life.",
            ),
            ItemText(
                "social_meeting",
                "Tapaan muita ihmisiä niin usein kuin haluan.",
                "Jag träffar andra människor så ofta jag vill.",
                "I meet other people as often as I would like.",
            ),
        ),
    ),
    DomainText(
        "everyday",
        "Arjen sujuminen",
        "Vardagen",
        "Everyday life",
        (
            ItemText(
                "everyday_home",
                "Saan kodin asiat hoidettua.",
                "Jag får hemmets sysslor gjorda.",
                "I manage the things that need doing at home.",
            ),
            ItemText(
                "everyday_money",
                "Rahani riittävät välttämättömiin menoihin.",
                "Mina pengar räcker till det nödvändiga.",
                "My money covers what I cannot do without.",
            ),
            ItemText(
                "everyday_routines",
                "Päivissäni on minulle sopiva rytmi.",
                "Mina dagar har en rytm som passar mig.",
                "My days have a rhythm that suits me.",
            ),
        ),
    ),
    DomainText(
        "work_study",
        "Työ, opiskelu ja oma tekeminen",
        "Arbete, studier och egen sysselsättning",
        "Work, study and own activities",
        (
            ItemText(
                "work_meaningful",
                "Minulla on tekemistä, joka tuntuu merkitykselliseltä.",
                "Jag har något att göra som känns meningsfullt.",
                "I have something to do that feels meaningful.",
            ),
            ItemText(
                "work_manage",
                "Selviydyn työn, koulun tai opintojen vaatimuksista.",
                "Jag klarar kraven i arbetet, skolan eller studierna.",
                "I cope with what work, school or study asks of me.",
            ),
            ItemText(
                "work_learning",
                "Opin ja kokeilen uusia asioita.",
                "Jag lär mig och prövar nya saker.",
                "I learn and try out new things.",
            ),
        ),
    ),
    DomainText(
        "participation",
        "Osallisuus",
        "Delaktighet",
        "Participation",
        (
            ItemText(
                "participation_belong",
                "Tunnen kuuluvani johonkin porukkaan tai yhteisöön.",
                "Jag känner att jag hör till en grupp eller gemenskap.",
                "I feel I belong to a group or community.",
            ),
            ItemText(
                "participation_voice",
                "Minua kuunnellaan, kun minua koskevista asioista päätetään.",
                "Jag blir lyssnad på när det beslutas om saker som gäller mig.",
                "I am listened to when things about me are decided.",
            ),
            ItemText(
                "participation_hobbies",
                "Pääsen mukaan harrastuksiin ja tapahtumiin, jotka kiinnostavat minua.",
                "Jag kan delta i fritidsaktiviteter och evenemang som intresserar mig.",
                "I can take part in hobbies and events that interest me.",
            ),
        ),
    ),
)
