"""The predicate lexicon (``data/events/predicates.yaml``) and modality cues (``modality.yaml``).

Each lexicon entry maps Indonesian surface forms, or fixed phrases, to a
PLOVER type and mode and a CAMEO code with its Goldstein value and quad class
(see ``data/events/README.md``). Entries sharing a form are tried in file
order; the first whose ``object`` constraint is met (and no ``exclude`` phrase
is present) wins, so specific senses precede general ones.

Every affixed form is written out in the file (meN-, di-, ter-, ber-, peN-/-an
…), so matching is a look-up; an enclitic (``-nya``, ``-lah``, ``-kah``,
``-pun``) is stripped first ("kunjungannya" is "kunjungan").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from peristiwa.langdata import load_yaml

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Meeting, agreeing and cooperating involve both sides: "X bertemu Y" is also Y meeting X.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_ENCLITICS = ("nya", "lah", "kah", "pun")
# An object constraint that is a kind of actor, not a word: "@country" is a country or the seat of its government
# ("mengakui Beijing", "menghukum Pyongyang").
COUNTRY_OBJECT = ("@country",)
# "@person": a named person ("menahan Bupati Erik", "menahan Lavrov").
PERSON_OBJECT = ("@person",)
# "@addressee": an actor named right after the verb and urged to act, a verb (or "untuk", "agar") after it
# ("mendorong ASEAN dan China segera merampungkan …"), for verbs that mostly take a thing ("mendorong pertumbuhan").
ADDRESSEE_OBJECT = ("@addressee",)
ACTOR_OBJECTS = frozenset({COUNTRY_OBJECT, PERSON_OBJECT, ADDRESSEE_OBJECT})


@dataclass(frozen=True, slots=True)
class Predicate:
    id: str
    plover: str
    mode: str | None
    cameo: str
    goldstein: float
    quad: int
    target_preps: tuple[str, ...]
    objects: tuple[tuple[str, ...], ...]  # each object as its words
    excludes: tuple[tuple[str, ...], ...]
    note: str
    host: bool  # CAMEO 043 "host a visit": the subject receives, so source and target swap
    # A passive with no agent is the authorities' doing ("Palin didakwa …"): always so for COERCE and SANCTION,
    # and for the entries that say ``authorities: true``.
    authorities: bool = False
    # An act complete with no one named as its target (a curfew, martial law): coded with its source alone when
    # the sentence names no target, as protests and mobilisations are. The entry's ``no_target``.
    no_target: bool = False
    # An act that is one only with sides named as taking part in it ("latihan … yang melibatkan personel dari AS,
    # Jepang dan Australia"): the entry's ``participants``; without them the words are no trigger of it.
    participants: bool = False
    # A meeting, agreement or cooperation coded from its subject to the other side only, not both ways
    # ("berkoordinasi dengan …": the one who coordinates reaches out): the entry's ``one_way``.
    one_way: bool = False
    # The entry names an act offered, not done ("menawarkan bantuan"): coded as that act, planned (the entry's
    # ``offered``).
    offered: bool = False
    # How many words after the verb its object may stand, when more than the coder's default: "memasukkan 12
    # perusahaan yang berbasis di China dan India ke dalam daftar sanksi" names those listed before the list. The
    # entry's ``object_reach`` (0: the default).
    object_reach: int = 0
    # A second PLOVER type the same act is coded as too ("menembakkan meriam air ke kapal Filipina" is force, and
    # coercion of the vessel): the entry's ``also``.
    also: str | None = None
    # (plover, cameo, goldstein, quad) of the act when a state does it ("Indonesia memprotes …" is an official
    # complaint, ACCUSE 114, not a demonstration): the entry's ``by_state``.
    by_state: tuple[str, str, float, int] | None = None
    # The first four letters of each object's first word (actor kinds such as "@country" aside), and whether an
    # actor kind is one: a sentence none of whose words starts like an object is dismissed with one set test.
    object_heads: frozenset[str] = frozenset()
    actor_object: bool = False
    # The first word of each exclude phrase: a sentence with none of them cannot hold one (one set test).
    exclude_heads: frozenset[str] = frozenset()
    # Each object with the first four letters of its first word (None for an actor kind), in ``objects`` order.
    object_entries: tuple[tuple[str | None, tuple[str, ...]], ...] = ()
    # Those first four letters alone, in the same order: the objects a sentence may hold are picked out of
    # ``object_entries`` by a C loop (compress) rather than a Python test of each (entries have ten or so).
    object_entry_heads: tuple[str | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Trigger:
    predicate: Predicate
    voice: str  # "active", "passive", "nominal"
    words: tuple[str, ...]  # the form as token words (one for single words, several for phrases)


@dataclass(frozen=True, slots=True)
class Lexicon:
    single: dict[str, tuple[Trigger, ...]]
    phrases: dict[str, tuple[Trigger, ...]]  # first word -> phrase triggers, longest first
    # (first word, second word) -> the phrase triggers so starting, in the order of ``phrases``: the candidates
    # at a word are found with one look-up instead of a walk over every phrase sharing its first word.
    phrase_pairs: dict[tuple[str, str], tuple[Trigger, ...]]
    modality: dict[str, tuple[tuple[str, ...], ...]]  # class -> cue word sequences
    modality_scope: dict[tuple[str, ...], str]
    # class -> the first words of its cues: a sentence with none of them has no cue of the class.
    modality_heads: dict[str, frozenset[str]]
    _memo: dict[str, tuple[Trigger, ...]] = field(default_factory=dict)
    # Every word a trigger can start with, enclitics included: a sentence sharing none has no trigger, and the
    # coder skips it with one set intersection.
    vocabulary: frozenset[str] = frozenset()

    def lookup(self, word: str) -> tuple[Trigger, ...]:
        """Triggers for a (lower-case) word, its enclitic stripped if need be; memoised per word."""
        found = self._memo.get(word)
        if found is None:
            found = self.single.get(word, ())
            if not found:
                for clitic in _ENCLITICS:
                    if word.endswith(clitic) and len(word) > len(clitic) + 3:
                        found = self.single.get(word[: -len(clitic)], ())
                        if found and clitic == "nya":
                            # "dimasukkannya perusahaan China ke daftar sanksi", "sejak ditahannya dua aktivis": a
                            # passive with "-nya" names the act, a noun whose doer the clause does not give.
                            found = tuple(Trigger(t.predicate, "nominal", t.words) if t.voice == "passive" else t
                                          for t in found)
                        if found:
                            break
            if len(self._memo) < 500_000:
                self._memo[word] = found
        return found


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


@cache
def _bare_verbs() -> frozenset[str]:
    """Bare verbs that open phrase entries ("tiba di", "kembali ke"): active although they have no prefix
    (``bare_verbs`` in id/grammar.yaml)."""
    return frozenset(load_yaml("id/grammar.yaml")["bare_verbs"])


# Words of time or mood that may open a phrase entry before its verb ("akan membalas", "siap membalas"): the
# phrase's voice is the verb's.
_BEFORE_THE_VERB = frozenset("akan siap telah sudah sedang masih segera bakal harus mesti ingin mau hendak".split())


def _voice_of_phrase(words: tuple[str, ...]) -> str:
    first = next((w for w in words if w not in _BEFORE_THE_VERB), words[0])
    if first.startswith(("di", "ter")) and not first.startswith(("dia", "teri")):
        return "passive"
    if first.startswith(("me", "ber", "mem", "men")) or first in _bare_verbs():
        return "active"
    return "nominal"


@cache
def lexicon() -> Lexicon:
    entries = load_yaml("events/predicates.yaml")
    single: dict[str, list[Trigger]] = {}
    phrases: dict[str, list[Trigger]] = {}
    for e in entries:
        objects = tuple(_words(o) for o in e.get("object") or ())
        pred = Predicate(
            id=e["id"], plover=e["plover"], mode=e.get("mode"), cameo=str(e["cameo"]),
            goldstein=float(e["goldstein"]), quad=int(e["quad"]),
            target_preps=tuple(e.get("target_preps") or ()),
            objects=objects,
            object_heads=frozenset(o[0][:4] for o in objects if o not in ACTOR_OBJECTS),
            actor_object=any(o in ACTOR_OBJECTS for o in objects),
            object_entries=tuple((None if o in ACTOR_OBJECTS else o[0][:4], o) for o in objects),
            object_entry_heads=tuple(None if o in ACTOR_OBJECTS else o[0][:4] for o in objects),
            excludes=tuple(_words(x) for x in e.get("exclude") or ()),
            exclude_heads=frozenset(_words(x)[0] for x in e.get("exclude") or ()),
            note=e.get("note") or "",
            host=str(e["cameo"]) == "043",
            authorities=e.get("authorities") is True,
            no_target=e.get("no_target") is True,
            participants=e.get("participants") is True,
            one_way=e.get("one_way") is True,
            offered=e.get("offered") is True,
            object_reach=int(e.get("object_reach") or 0),
            also=e.get("also"),
            by_state=(e["by_state"]["plover"], str(e["by_state"]["cameo"]), float(e["by_state"]["goldstein"]),
                      int(e["by_state"]["quad"])) if e.get("by_state") else None,
        )
        if "phrase" in e:
            for phrase in e["phrase"]:
                words = _words(phrase)
                trigger = Trigger(pred, _voice_of_phrase(words), words)
                if len(words) == 1:
                    single.setdefault(words[0], []).append(trigger)
                else:
                    phrases.setdefault(words[0], []).append(trigger)
            continue
        voices = e.get("voice_forms") or {}
        passive = {f.lower() for f in voices.get("passive") or ()}
        nominal = {f.lower() for f in voices.get("nominal") or ()}
        for form in e.get("forms") or ():
            words = _words(form)
            voice = "passive" if form.lower() in passive else "nominal" if form.lower() in nominal else "active"
            trigger = Trigger(pred, voice, words)
            if len(words) == 1:
                single.setdefault(words[0], []).append(trigger)
            else:
                phrases.setdefault(words[0], []).append(trigger)
    mod = load_yaml("events/modality.yaml")
    modality: dict[str, tuple[tuple[str, ...], ...]] = {}
    scope: dict[tuple[str, ...], str] = {}
    for cls in ("asserted", "alleged", "denied", "planned", "negation", "condition"):
        cues = []
        for item in mod.get(cls) or ():
            words = _words(item["cue"])
            cues.append(words)
            scope[words] = item.get("scope", "before")
        modality[cls] = tuple(sorted(cues, key=len, reverse=True))
    vocabulary = {*single, *phrases, *(form + clitic for form in single for clitic in _ENCLITICS if len(form) > 3)}
    ordered = {k: tuple(sorted(v, key=lambda t: len(t.words), reverse=True)) for k, v in phrases.items()}
    pairs: dict[tuple[str, str], list[Trigger]] = {}
    for triggers in ordered.values():
        for trigger in triggers:
            pairs.setdefault(trigger.words[:2], []).append(trigger)
    return Lexicon(
        vocabulary=frozenset(vocabulary),
        single={k: tuple(v) for k, v in single.items()},
        phrases=ordered,
        phrase_pairs={k: tuple(v) for k, v in pairs.items()},
        modality=modality,
        modality_scope=scope,
        modality_heads={cls: frozenset(c[0] for c in cues) for cls, cues in modality.items()},
    )
