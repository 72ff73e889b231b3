"""Phrases: translated first, then filled; a count picks the plural form, in English too."""

from __future__ import annotations

from dataclasses import replace

from operator_app.domain import station as st
from operator_app.domain.selection import NoPlan, SelectionRules, SwapPlan, plan_swap
from operator_app.domain.tracker import slow_reason
from operator_app.domain.words import Phrase, all_texts, english, listing
from tests.domain.test_vehicles_selection import BUS, EMPTY, TRUCK, pack
from tests.services.test_recorder import snap, status

A = st.PackType.A_171KWH
C = st.PackType.C_100KWH
RUN = st.SwapResult.RUNNING
READY = Phrase("%n of %1 are ready", ("them",), count=1, one="%n of %1 is ready")


def test_english_chooses_the_singular_or_the_plural_itself() -> None:
    assert READY.english() == "1 of them is ready"
    assert replace(READY, count=2).english() == "2 of them are ready"
    assert replace(READY, count=0).english() == "0 of them are ready"


def test_a_count_goes_to_the_translator_and_an_untranslated_text_stays_good_english() -> None:
    asked: list[tuple[str, int]] = []

    def untranslated(text: str, n: int) -> str:  # what Qt does without a translation
        asked.append((text, n))
        return text.replace("%n", str(n)) if n >= 0 else text

    assert READY.fill(untranslated) == "1 of them is ready"
    assert asked == [("%n of %1 are ready", 1)]
    assert Phrase("x %1", ("y",)).fill(untranslated) == "x y"
    assert asked[-1] == ("x %1", -1)  # no count: no plural message

    def portuguese(text: str, n: int) -> str:
        return {"%n of %1 are ready": "%n de %1 pronta" if n == 1 else "%n de %1 prontas",
                "them": "elas"}[text].replace("%n", str(n))

    nested = Phrase("them")
    assert Phrase(READY.text, (nested,), count=3, one=READY.one).fill(portuguese) == \
        "3 de elas prontas"


def test_a_listing_translates_each_item() -> None:
    items = listing([Phrase("a"), "b", Phrase("%n c", count=2)], "; ")
    assert items.english() == "a; b; 2 c"
    assert items.fill(lambda t, n: t.upper().replace("%N", str(n))) == "A; b; 2 C"
    assert english(items) == "a; b; 2 c" and english("plain") == "plain"


def test_one_ready_pack_is_said_in_the_singular() -> None:
    van = replace(BUS, pack_type=C)
    plan = plan_swap(van, (pack(1, ptype=C, cycles=1), pack(2), EMPTY), SelectionRules())
    assert isinstance(plan, SwapPlan)
    assert plan.explanation.english().startswith(
        "1 of the rack's type C packs is ready; chosen by highest SoC, then fewest cycles: "
        "slot 1 (95 % SoC, 95 % SoH, 1 cycle).")
    two = plan_swap(van, (pack(1, ptype=C), pack(2, ptype=C), EMPTY), SelectionRules())
    assert isinstance(two, SwapPlan)
    assert two.explanation.english().startswith("2 of the rack's type C packs are ready")
    assert two.explanation.english().endswith("Depleted pack to slot 8.")


def test_why_not_counts_in_the_right_number() -> None:
    rack = (pack(1), pack(2, soh=50), pack(3, level=2), pack(4, level=2), EMPTY)
    why = plan_swap(TRUCK, rack, SelectionRules())
    assert isinstance(why, NoPlan)
    assert why.reason.english() == ("needs 3 packs of type A, 1 ready: 2 at alarm level 2, "
                                    "1 in poor health")
    one = plan_swap(replace(BUS, pack_type=A), (pack(1, soh=50), EMPTY), SelectionRules())
    assert isinstance(one, NoPlan)
    assert one.reason.english() == "needs 1 pack of type A, 0 ready: 1 in poor health"


def test_the_slow_reason_is_a_phrase_with_the_faults_in_words() -> None:
    s = replace(status(RUN, st.SwapStep.UNLOCK, 1, 1),
                faults=(st.FaultCode.CHARGER_FAULT, st.FaultCode.LOCK_JAM))
    why = slow_reason(snap(1, (), s))
    assert why.text == "controller faults: %1"
    assert why.english() == ("controller faults: a slot's charger is faulted, a lock head "
                             "jammed")
    assert slow_reason(snap(1, (), status(RUN, st.SwapStep.UNLOCK, 1, 1))).english() == \
        "no reason given by the controller"


def test_every_text_of_the_plan_and_the_slow_step_goes_to_the_catalogues() -> None:
    texts = set(all_texts())
    van = replace(BUS, pack_type=C)
    plan = plan_swap(van, (pack(1, ptype=C), EMPTY), SelectionRules())
    why = plan_swap(TRUCK, (pack(1, soc=50, state=st.SlotState.CHARGING,
                                  charger=st.ChargerState.CONSTANT_CURRENT, ttf=30.0), EMPTY),
                    SelectionRules())
    assert isinstance(plan, SwapPlan) and isinstance(why, NoPlan)

    def phrases(p: Phrase):
        yield p
        for a in p.args:
            if isinstance(a, Phrase):
                yield from phrases(a)

    for p in [*phrases(plan.explanation), *phrases(why.reason)]:
        if p.text.strip("%0123456789,; "):  # a listing is only punctuation
            assert p.text in texts, p.text
