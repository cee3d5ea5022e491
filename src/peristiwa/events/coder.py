# cython: annotation_typing=True
# (Compiled with its type hints read as types: see coder.pxd, the one class this lets the compiled module read
# as a C struct, and setup.py for why. Python ignores both this line and that file.)
"""Event coding: Indonesian clauses to PLOVER/CAMEO events, each explained.

Sentence by sentence:

1. **Triggers.** Every token is looked up in the predicate lexicon
   (``lexicon.py``), phrases first ("menjatuhkan sanksi", "melakukan
   kunjungan"). Among the senses of a form the first whose object words occur
   near it wins ("mengirim peluru" is AID, "mengirim surat" is not).
2. **Arguments**, from the actors the entities stage found:

   * active voice: the source is the nearest actor to the left that is not
     inside a prepositional phrase, together with actors coordinated with it
     ("AS, Korea Selatan dan Jepang mengecam …" gives three sources); the
     target follows a preposition of the entry ("ke Rusia", "terhadap Iran")
     or is the first actor after the verb (its object);
   * passive ("X dikecam oleh Y", "X dikecam Y", "X ditangkap"): the subject
     (or the person a pronoun subject stands for: "Ia didakwa …") is the
     target, the actor after "oleh", or right after the verb, the source;
   * nominal ("pengiriman amunisi Korea Utara ke Rusia"): the actor after the
     noun is the source, the one after the entry's preposition the target; a
     light verb before the noun ("melakukan kunjungan ke …") makes it active;
   * meeting, agreeing and cooperating are coded both ways; a host (CAMEO
     043) receives, so source and target swap;
   * clause edges without a parser: a reporting verb followed by a noun
     starts a new subject ("Moualem mengatakan pasukan asing menduduki …":
     the forces occupy, not Moualem); a relative clause takes its head as
     subject, and a head that no actor stands for gives none ("negara bagian
     yang mendukung …") unless it is something an actor issued ("pernyataan
     bersama yang mengecam …"); the target is not looked for past another
     active verb ("mendukung Budi mengkritik Jepang …"); "dia",
     "ia", "beliau" stand for a person, never a body or a place; after an
     object and a comma, an actor with its own verb opens a new clause
     ("Rusia menyerang Ukraina, dan Jepang mengirim …"), while "A, B, dan C
     mengecam …" stays a list; a relative clause closed by a comma ("Trump,
     yang … mengancam Korea Utara, memuji …") leaves the next verb to its
     head; a verb right after "setelah", "sambil", "dan" with no subject of
     its own shares the subject of the verb before ("… setelah menuduh …");
   * a reporting verb, another actor and a word of obligation ("AS
     mengatakan Pyongyang harus …") are a demand of the speaker's on it;
3. **Codes.** A country is its ISO3 code; a person or organisation takes the
   country the dictionary gives it (an international body its ``IGO:`` code,
   an organ of the UN the UN's); a capital or seat of power stands for its
   government; an unknown person gets the country of a role in apposition
   ("Park Ji-hoon, anggota dewan Korea Selatan").
4. **Modality** from cues in the sentence (``data/events/modality.yaml``):
   denied (membantah … bahwa X), planned (akan, berencana …), alleged
   (diduga, menurut, or reported by someone else: "NIS mengatakan, Korea
   Utara telah mengirim …"), else asserted. A negated act is no event,
   except that refusing to yield is a rejection ("tidak akan menarik pasukan"
   is REJECT). An act inside a condition ("Jika Rusia menyerang …") is no
   event; in the consequent, force or a penalty promised is a threat
   ("…, Jepang akan menjatuhkan sanksi": THREATEN, CAMEO 1312) and anything
   else is no event; a condition after the act leaves it coded and flagged.
   An act asked for, refused or hoped ("menolak seruan untuk melonggarkan
   sanksi", "mendesak Rusia agar menarik pasukan") is no event either: the
   request or refusal is (``irrealis_governors`` in ``id/grammar.yaml``); nor
   is an open question ("Apakah … akan memecat … atau tidak").
5. **Context**: the date (a date in the sentence, else the publication
   date), the place (a place after "di"), the quantity (an amount after the
   trigger), the source chain of the sentence.

The same type, source and target told again later is one event with several
mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import chain, compress, filterfalse
from operator import attrgetter, itemgetter

from peristiwa.actors.gazetteer import Actor, Gazetteer, default_gazetteer, match_key
from peristiwa.actors.recognize import cues
from peristiwa.attribution.chains import sentence_chains
from peristiwa.events.lexicon import (
    ADDRESSEE_OBJECT,
    PERSON_OBJECT,
    SYMMETRIC_TYPES,
    Lexicon,
    Predicate,
    Trigger,
    lexicon,
)
from peristiwa.langdata import load_yaml
from peristiwa.model import Article, Entity, Event, EventActor, Mention, Token
from peristiwa.text.langid import function_words
from peristiwa.text.normalize import lower_text
from peristiwa.text.numbers import vocabulary as number_vocabulary
from peristiwa.text.segment import token_starts, token_words, tokenize


def _grammar_words(key: str) -> frozenset[str]:
    """A word list of id/grammar.yaml, read when the module loads (the lists the coder tests words against)."""
    return frozenset(load_yaml("id/grammar.yaml")[key])


# Prepositions that put an actor in an oblique phrase: such an actor is not a subject.
_PREPOSITIONS = frozenset(
    "ke kepada terhadap dengan atas bagi untuk dari di oleh antara pada tentang mengenai soal melawan menuju "
    "bersama tanpa sejak hingga sampai seperti sebagai selaku dalam melalui lewat via menurut terkait perihal "
    "seputar".split()  # ("Terkait Myanmar, para menlu mendesak …": the topic set before the clause is no subject)
)
# Words that end the search for a subject to the left: a new clause starts after them.
_LEFT_BOUNDARIES = frozenset([";", ":", "bahwa", "sementara", "namun", "tetapi", "sedangkan", "meskipun",
                              "walaupun", "karena", "sebab", "agar", "supaya", "jika", "apabila", "“", '"'])
_RIGHT_BOUNDARIES = frozenset([";", ":", "bahwa", "sementara", "namun", "tetapi", "sedangkan", "karena",
                               "setelah", "sebelum", "ketika", "saat", "agar", "supaya", "”", "kata", "ujar",
                               "katanya", "ujarnya"])
# An attribution after the act ("…, menurut JCS Korea Selatan") names who says so, not whom it is done to: the
# search for a target stops there too.
# (Nor past a condition: "tidak akan melucuti senjata nuklir jika Korea tidak bisa mempercayai Washington".)
# Nor past a concession ("tidak akan mencabut larangan ekspor meskipun perjanjian … Indonesia-Uni Eropa sudah
# ditandatangani": the ban is not lifted on Indonesia).
_TARGET_BOUNDARIES = _RIGHT_BOUNDARIES | {"menurut", "mengutip", "melansir", "dilansir", "jika", "apabila", "kalau",
                                         "seandainya", "asalkan", "meskipun", "walaupun", "meski", "padahal"}
_LIGHT_VERBS = frozenset("melakukan mengadakan menggelar memberikan memberi menjatuhkan melancarkan mengeluarkan "
                         "menyampaikan menyatakan mengajukan meluncurkan menerapkan memberlakukan mengirimkan "
                         "mengirim menyalurkan menjalin menandatangani menjamin menawarkan menjanjikan mengumumkan "
                         "meningkatkan melanjutkan memperkuat memperluas melontarkan melayangkan melimpahkan "
                         "mengucapkan menghaturkan memulai melaksanakan memimpin terlibat menyerahkan "
                         "mengadopsi mengesahkan".split())
_COORDINATORS = frozenset([",", "dan", "serta", "&", "maupun"])
# "pasukan asing": foreign forces are not the article's main country's.
_FOREIGN = frozenset(["asing", "luar", "internasional", "multinasional", "gabungan"])
# Other countries no actor stands for, after an agent noun ("kepolisian negara asal", "otoritas negara lain").
_OTHER_COUNTRIES = (["negara", "asal"], ["negara", "lain"], ["negara", "ketiga"], ["negara-negara", "lain"])
# Verbs whose subject receives the act of the noun after them, done by the one after "dari": "X menuai kecaman
# dari Y", "X mendapat bantuan dari Y"; and verbs whose subject provokes it: "X memicu protes dari Y".
_RECEIVING_VERBS = frozenset("menuai mendapat mendapatkan menerima memperoleh meraih dihujani memicu memancing "
                             "menyulut mengundang menimbulkan mengalami terkena kena tertimpa".split())
# Verbs of having: support or help the subject "has" ("memiliki banyak dukungan", "punya dukungan dari …") is
# received from others, like support it gets; the subject gives none.
_HAVING_VERBS = frozenset(["memiliki", "mempunyai", "punya"])
# Words opening an adjunct of cause: an attack or a coercion named after them ("menyusul invasi ke Ukraina", "akibat
# penembakan itu") with no doer of its own is what the clause answers, not something its subject did.
_CAUSE_OPENERS = frozenset(["menyusul", "akibat", "karena", "lantaran"])
# Pronouns standing for an actor named earlier ("mereka menolak", "negara itu akan …"), and the first person
# inside a quotation, which stands for the speaker ("kami tidak akan …").
# ("Ketiganya", "keempatnya": the three, the four of them, named together before.)
_COUNTED_PRONOUNS = frozenset(["ketiganya", "keempatnya", "kelimanya", "keenamnya"])
# ("dirinya", himself, as the subject of a reported clause: "Karding mengatakan dirinya dijadwalkan bertemu …".)
_THIRD_PERSON = frozenset(["ia", "dia", "beliau", "dirinya", "mereka", "negaranya", "pihaknya", "pemerintahnya"]) \
    | _COUNTED_PRONOUNS
# A country, a government or a body named again by its kind: "Hamas memuji Indonesia. Kelompok tersebut meminta …"
# (So a bloc or alliance, "blok itu": see _bloc_named_last.)
_BLOC_WORDS = _grammar_words("bloc_words")
_THIRD_PERSON_PHRASES = tuple((kind, this) for kind in ("negara", "pemerintah", "pihak", "kelompok", "organisasi",
                                                        "lembaga", "badan", "komisi", "partai", "gerakan",
                                                        "kementerian", "otoritas", "rezim", "junta", "milisi",
                                                        *sorted(_BLOC_WORDS))
                              for this in ("itu", "tersebut"))
_FIRST_PERSON = frozenset(["kami", "kita", "saya", "aku"])
_SINGULAR_PERSON = frozenset(["ia", "dia", "beliau", "dirinya"])
_PLURAL_PRONOUNS = frozenset(["mereka", "keduanya"]) | _COUNTED_PRONOUNS
# Every word a pronoun subject can end on: a sentence with none of them has none.
_PRONOUN_WORDS = _FIRST_PERSON | _THIRD_PERSON | _SINGULAR_PERSON | {p[-1] for p in _THIRD_PERSON_PHRASES}
_TARGET_WINDOW = 14
# How far back a verb after "dan"/"setelah" looks for the verb whose subject it shares (past that verb's object).
_SHARED_REACH = 16
# Passive clauses with no agent whose doer is the state: "Enam orang ditangkap", "Situs itu diblokir".
_IMPLICIT_AUTHORITY = frozenset({"COERCE", "SANCTION"})
# (Not land occupied, which foreign forces occupy: "selama tanah kami diduduki".)
_OCCUPATION = "192"
# How many sentences back a passive with no agent looks for the doer of the same kind of act ("… masih ditahan otoritas
# Israel … Angkatan Laut Israel mencegat armada tersebut … Seluruh aktivis kemudian ditahan": Israel's, three later).
_SAME_KIND_REACH = 4
# Event types that are often reported with no target.
_TARGETLESS = frozenset({"PROTEST", "MOBILIZE"})
# Acts aimed at a place ("serangan udara ke Jalur Gaza", "bantuan kemanusiaan ke Gaza"): with no actor as target,
# the country of the place after "ke/terhadap/atas" is the target. After those words a country or a seat of power is
# what an act is aimed at, and the civilians named after it are its people ("serangan drone ke Kyiv menewaskan tiga
# orang", "serangan udara atas Gaza melukai 40 warga").
_PLACE_TARGETS = frozenset({"ASSAULT", "AID"})
_PLACE_PREPOSITIONS = frozenset({"ke", "terhadap", "atas"})
# What support is for ("dukungan terhadap pembangunan Ibu Kota Nusantara"), the nouns of plans that may come between,
# and the passives after which the one who put a plan forward is named ("program … yang digagas Prabowo").
_BACKED_FOR = frozenset({"terhadap", "atas", "bagi", "untuk"})
_PLAN_NOUNS = _grammar_words("plan_nouns")
_PROPOSING_PASSIVES = _grammar_words("proposing_passives")
# Where a visit goes: "ke" a place, or the place "di" which it is made ("ke kawasan industri di Morowali").
_VISITED_AT = frozenset({"ke", "di"})
# Cooperative acts whose negation ("tidak akan melucuti", "belum menyetujui") is a refusal.
_REFUSABLE = frozenset({"RETREAT", "CONCEDE", "AGREE", "COOPERATE", "AID", "SUPPORT"})
# Words of will after a negation ("tidak akan", "tidak mau", "tak bersedia"): a meeting negated so is refused.
_UNWILLING = frozenset({"akan", "mau", "bersedia", "ingin", "sudi"})
# Material conflict promised on a condition, and the CAMEO threat it amounts to: sanctions (1312), repression
# (137), military force (138).
_CONDITIONAL_THREATS = {"SANCTION": "1312", "COERCE": "137", "ASSAULT": "138", "MOBILIZE": "138",
                        "PROTEST": "133"}
# Words of a threat made in so many words ("mengancam akan mogok"): the threat is coded from them, not from the act.
_THREAT_WORDS = frozenset(["mengancam", "ancam", "ancaman", "diancam"])
# Acts of force or penalty that, announced by their own doer, are threats ("Kami akan menyerang …").
_DECLARED_THREATS = frozenset({"SANCTION", "COERCE", "ASSAULT"})
_MEDIATION = "045"  # CAMEO: mediate
_LAWSUIT = "115"  # CAMEO: bring lawsuit against
# Statements whose addressee, when none is named, is taken to be domestic.
_DOMESTIC_BY_DEFAULT = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})
_OBJECT_WINDOW = 8
_EACH_OTHER = ("satu", "sama", "lain")
_EXCHANGE_WORDS = frozenset(["bertukar", "tukar", "pertukaran", "menukar", "menukarkan"])
# Acts two sides do to each other by their nature: a clash, an exchange of fire ("baku tembak dengan KKB").
_MUTUAL_WORDS = frozenset(["bentrok", "bentrokan", "berbentrokan", "baku", "kontak", "tembak-menembak"])
# Of those, the ones that say so whatever their voice ("terlibat baku tembak"); a noun "bentrokan" may be only the
# topic of another act ("saling tuding soal bentrokan").
_MUTUAL_PHRASE_OPENERS = frozenset(["baku", "kontak", "tembak-menembak"])
# Words that make the noun of a mutual act after them their subject's own ("terlibat bentrokan dengan …").
_INVOLVED_IN = frozenset(["terlibat", "terlibatnya"])
# Conjunctions that open a clause of the writer's own after a report ("X mengatakan …, tapi …").
_CONTRAST_WORDS = frozenset(["tapi", "tetapi", "namun", "sedangkan", "padahal", "sementara"])
# Statements that may be aimed at the doer of an act told before and named again ("memprotes peluncuran tersebut").
_ANAPHORIC_TARGETS = frozenset({"ACCUSE", "REJECT", "PROTEST", "SUPPORT"})
_DEMONSTRATIVES = frozenset(["itu", "tersebut", "ini"])
# Verbs that link their subject to what follows; not acts, but a verb after "dan" shares their subject.
_LINKING_VERBS = frozenset(["menjadi", "merupakan", "memiliki", "mempunyai", "adalah", "ialah"])
# Verbs listed as me_non_verbs (a target is looked for past them) that still have a subject of their own, which a
# verb coordinated after them shares ("Indonesia akan membawa persoalan ini ke pertemuan para menlu ASEAN dan
# kembali mendesak Myanmar …" is Indonesia's demand).
_VERBS_OF_THEIR_SUBJECT = frozenset(["membawa", "menggunakan", "mencapai"])
# Statements whose target may stand in the "bahwa" clause after the verb (see _that_clause_actor).
_CLAUSE_TARGETS = frozenset({"THREATEN", "ACCUSE"})
# Prepositions that name whom an act is aimed at, whatever the act ("tarif terhadap X", "serangan ke X").
_AIM_PREPOSITIONS = ("terhadap", "kepada", "ke", "atas", "bagi", "untuk")
# Indefinite articles that open a noun in apposition to the clause before ("…, sebuah tuduhan yang …").
_APPOSITION_ARTICLES = frozenset(["sebuah", "suatu"])


@cache
def _agents() -> tuple[dict[tuple[str, ...], str], int, frozenset[str], frozenset[str]]:
    """Generic agent nouns ("polisi", "massa", "pasukan") with their sector, from data/actors/agents.yaml,
    the longest in words, the set of first words, and every token an agent can start with ("polisi",
    "polisinya", "polisi-polisi"): a sentence sharing none of them has no agent."""
    table = {tuple(k.lower().split()): v for k, v in load_yaml("actors/agents.yaml")["agents"].items()}
    firsts = frozenset(k[0] for k in table)
    starts = firsts | {f + "nya" for f in firsts} | {f"{f}-{f}" for f in firsts}
    return table, max(len(k) for k in table), firsts, frozenset(starts)


@lru_cache(maxsize=4096)
def _agent_entity(entity_id: str, name: str, code: str | None, sector: str) -> Entity:
    """The entity a generic agent acts as ("polisi" of IDN), made once: the coder only reads it."""
    return Entity(id=entity_id, type="AGENT", name=name, code=code, country=code, sector=sector, source="agent")


@cache
def _agent_countries() -> dict[tuple[str, ...], str]:
    """Agents whose name says their country ("wni", "tki"): ``agent_countries`` in data/actors/agents.yaml."""
    return {tuple(k.lower().split()): v for k, v in
            (load_yaml("actors/agents.yaml").get("agent_countries") or {}).items()}


@cache
def _agent_pairs() -> frozenset[tuple[str, str]]:
    """The first two words of every agent noun of two words or more: a word followed by none of them can only
    start a one-word agent."""
    return frozenset(k[:2] for k in _agents()[0] if len(k) >= 2)


def _agent_base(word: str) -> str:
    """"polisi-polisi" and "pasukannya" are "polisi" and "pasukan"."""
    if "-" in word:
        left, _, right = word.partition("-")
        if left == right:
            return left
    return word[:-3] if word.endswith("nya") else word


@dataclass(slots=True)
class _Actor:
    t0: int
    t1: int
    entity: Entity
    code: str | None
    resolved_by: str


_FIRST_FOUR = itemgetter(slice(4))
_FIRST = itemgetter(0)
# Attribute getters for C loops (map) over the article's entities, mentions and sentences.
_SOURCE_CHAIN = attrgetter("source_chain")
_TEXT = attrgetter("text")
_FIELD = attrgetter("field")
_NOT_YET = -1  # a sentence's subject not worked out yet (no actor index is negative)


class _Sentence:
    # The sentence's words as written, their first letters, its actors and its subject are worked out the first
    # time they are read (the properties below): most sentences are dismissed on their lower-case words alone,
    # and the actors of a sentence with no trigger are needed only if a later pronoun looks back to it. (Not by
    # a __getattr__: a class with one has every attribute read, "lower" and "word_set" too, take Python's slow
    # generic path instead of the specialised slot read.)
    __slots__ = ("_actors", "_article_words", "_first", "_prefixes", "_subject", "_words", "actor_args", "article",
                 "cue_cache", "index", "lower", "mentions", "places", "preposition_cache", "starts", "tokens",
                 "word_set")

    def __init__(self, article: Article, index: int, tokens: list[Token], lower: list[str], starts: list[int],
                 mentions: list[tuple[Mention, Entity]],
                 actor_args: tuple[Gazetteer, dict[str, tuple[str | None, str]], str | None],
                 article_words: list[str], first: int):
        """``lower``: the tokens' words in lower case; ``starts``: the tokens' start offsets; ``mentions``: the
        body mentions in the sentence, in entity order; ``actor_args``: (gazetteer, entity codes, main country),
        what the sentence's actors are worked out with; ``article_words``: the words of all the article's tokens
        as written (shared, read only), of which the sentence's start at ``first``."""
        self.article = article
        self._article_words = article_words
        self._first = first
        self.index = index
        self.tokens = tokens
        self.starts = starts
        self.lower = lower
        self.word_set = frozenset(lower)
        self.mentions = mentions
        self.actor_args = actor_args
        self.cue_cache: dict[str, list[tuple[str, ...]]] = {}  # see _cues
        self.places: list[tuple[int, int, Entity]] | None = None  # see _sentence_places
        self.preposition_cache: dict[int, str | None] = {}  # see _preceded_by_preposition
        self._words: list[str] | None = None
        self._prefixes: frozenset[str] | None = None
        self._actors: list[_Actor] | None = None
        self._subject: int | None = _NOT_YET

    @property
    def words(self) -> list[str]:
        """The tokens' words as written (a slice of the article's, which the earlier stages cut)."""
        words = self._words
        if words is None:
            first = self._first
            words = self._words = self._article_words[first : first + len(self.tokens)]
        return words

    @property
    def prefixes(self) -> frozenset[str]:
        """The first four letters of every word: can an object word occur?"""
        prefixes = self._prefixes
        if prefixes is None:
            prefixes = self._prefixes = frozenset(map(_FIRST_FOUR, self.lower))
        return prefixes

    @property
    def actors(self) -> list[_Actor]:
        """See _sentence_actors."""
        actors = self._actors
        if actors is None:
            actors = self._actors = _sentence_actors(self, self.mentions, *self.actor_args)
        return actors

    @property
    def subject(self) -> int | None:
        """The index of the first actor outside a prepositional phrase, None if none is."""
        subject = self._subject
        if subject is _NOT_YET:
            subject = self._subject = next(
                (k for k, a in enumerate(self.actors) if _preceded_by_preposition(self, a) is None), None)
        return subject

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def token_end(self, offset: int) -> int:
        """Index just after the last token starting before ``offset``."""
        return bisect_right(self.starts, offset - 1)


@dataclass(slots=True)
class _Context:
    """What pronouns can refer to: the last actor a sentence was about, and the speaker of each quote."""

    # The sentences coded so far, in order. What a pronoun stands for is looked for in them only when one asks
    # (see _last_subject, _last_person), so that the actors of a sentence with no trigger are mostly never
    # worked out.
    told: list = field(default_factory=list)
    last_person: _Actor | None = None  # "dia", "ia", "beliau" stand for a person, never for a body or a place
    persons_from: int = 0  # the first of ``told`` not yet looked at for ``last_person``
    last_group: tuple = ()  # (sentence, group): the group of the last subject, once worked out (see _last_group)
    quotes: list = None  # (start, end, actor of the speaker)
    direct_quotes: list = field(default_factory=list)  # the same, of the direct quotes only
    main_country: str | None = None
    clear_main: str | None = None  # the main country when it clearly leads the others (see _main_country)
    counterparts: dict = None
    top_two: tuple = ()
    body: str | None = None  # the international body the story is about (_body_of_the_story)
    # The two countries of every meeting, agreement, cooperation or mutual act told, (code, code, sentence, type),
    # in the order told.
    pairs: list = field(default_factory=list)
    # The sides of the last meeting, agreement or cooperation told, whatever their countries: (code, code, sentence,
    # source, target), for "kedua partai" after two parties of one country met.
    last_mutual: tuple = ()
    # The acts told so far: (PLOVER types of the entry and of the event with the entry's own mark, the source, the
    # sentence), for "peluncuran tersebut" to find its doer.
    acts: list = field(default_factory=list)
    # The charges told so far: (the accuser, as an EventActor, the code of the one accused, the sentence), for a
    # denial that names no one to answer the latest charge against the denier, and a threat that answers one.
    charges: list = field(default_factory=list)
    # The acts told so far that press their target for an answer (_PRESSING: a demand, a charge, a penalty, force),
    # as (the doer, as an EventActor, the code of the one pressed, the type), for a statement of the one pressed that
    # names no addressee ("Iran menolak mentah-mentah resolusi itu" after the IAEA's demand).
    pressed: list = field(default_factory=list)
    # The last group counted by an ordinal ("keempat negara"): (its sentence, the codes), for "mereka" right after.
    last_numbered: tuple | None = None
    # The attacks told so far, as (the attacker's code, the code of the one struck), at home too.
    attacks: list = field(default_factory=list)
    # The last denial told: (its sentence, whom it answers, as an EventActor), for "X juga membantah" right after.
    last_denial: tuple | None = None
    # The source's code and the target of the last event of each type with one (type -> (code, EventActor)), for
    # "Kecaman serupa disampaikan …".
    last_target: dict = field(default_factory=dict)
    # The people coerced so far (arrested, detained), as (sentence, EventActor, the EventActor who coerced them), for
    # "Mereka dijerat Pasal …" and "Mereka dilepaskan …".
    coerced: list = field(default_factory=list)
    # How many acts told so far went between each two countries, either way ({code, code} -> count): the two sides
    # of the story as its acts tell them ("kedua negara" addressed by a third party).
    dyads: Counter = field(default_factory=Counter)


def actor_code(entity: Entity, gaz: Gazetteer) -> tuple[str | None, str]:
    """The code an entity acts under, and how it was found."""
    if entity.type == "COUNTRY":
        return entity.code, "country"
    if entity.acts_for:
        return entity.acts_for, "seat of power"
    if entity.type == "LOCATION":
        return None, "place"
    code = entity.code or entity.country
    if code and code.startswith("IGO:"):
        return _igo_root(entity, gaz), "international organisation"
    if code:
        return code, "dictionary" if entity.source == "dictionary" else "context"
    return None, "unknown"


def _igo_root(entity: Entity, gaz: Gazetteer) -> str | None:
    """An organ of an international organisation acts as the organisation ("DK PBB" is IGO:UN); a body the
    dictionary marks ``acts_as_itself`` (a specialised agency: "IAEA" is IGO:IAEA) under its own code."""
    actor = gaz.actors.get(entity.id)
    if actor is None or actor.type == "PERSON":
        # A person acts under the code of the role held on the day (actors/resolve.py), as the body of that code
        # would: the UN's High Commissioner for Human Rights acts as the UN, as the commissioner's office does.
        body = _body_of_code(gaz, entity.code) if entity.code else None
        return _igo_root(body, gaz) if body is not None else entity.code
    seen = set()
    while actor is not None and actor.parent and actor.parent not in seen and not actor.acts_as_itself:
        seen.add(actor.id)
        parent = gaz.actors.get(actor.parent)
        if parent is None or not (parent.country or "").startswith("IGO:"):
            break
        actor = parent
    return actor.country if actor is not None else entity.code


def _body_of_code(gaz: Gazetteer, code: str) -> Entity | None:
    """An organisation of the dictionary with ``code`` as its own (the body an IGO code stands for), as an entity
    for _igo_root; looked up once per code."""
    bodies = gaz.memo.setdefault("bodies_of_codes", {})
    if code not in bodies:
        actor = next((a for a in gaz.actors.values() if a.type == "ORG" and a.country == code), None)
        bodies[code] = Entity(id=actor.id, type="ORG", name=actor.name, code=code, country=code) \
            if actor is not None else None
    return bodies[code]


def _country_inside(entity: Entity, countries: list[tuple[int, int, str]]) -> str | None:
    """The one country named inside an organisation's name the dictionary does not know ("Kepolisian Nasional
    Kamboja", "Angkatan Bersenjata Sudan"): the organisation is that country's. (Two countries inside, "Dewan Bisnis
    Indonesia-Malaysia", say nothing of which.)"""
    found = {code for m in entity.mentions if m.field == "text"
             for start, end, code in countries if m.start <= start and end <= m.end}
    return found.pop() if len(found) == 1 else None


def _country_right_before(article: Article, entity: Entity, countries: list[tuple[int, int, str]],
                          separators: tuple[str, ...]) -> str | None:
    """The country named right before one of the entity's mentions, with only one of ``separators`` between:
    "utusan AS Tom Barrack" (a space), "Perusahaan asal China, Ningbo Jinhai Resources, …" (a comma opening the
    name set off in apposition)."""
    for m in entity.mentions:
        if m.field == "text":
            for start, end, code in countries:
                if start < end <= m.start and article.text[end : m.start] in separators:
                    return code
    return None


# What stands between a nationality and the name it introduces ("warga negara Rusia berinisial AV").
_INTRODUCING_A_NAME = (" berinisial ", " bernama ", " berinisial: ", ", berinisial ", ", bernama ")


_LEGAL_FORM_AFTER = re.compile(r"^\s*(?:Co\.?\s*)?(?:Ltd\.?|Tbk\.?|Inc\.?|LLC|Corp\.?|Plc|GmbH|AG|SA)(?=,)")


# Words that open a clause or an adjunct after a name set off by a comma, not a role in apposition ("Yuliandri
# Syahputra, karena bepergian ke Turki …" is not Turkey's).
_NO_ROLE_OPENERS = frozenset(["yang", "dan", "serta", "tetapi", "namun", "karena", "sebab", "sehingga", "setelah",
                              "sebelum", "ketika", "saat", "usai", "seusai", "meski", "meskipun", "walaupun", "agar",
                              "untuk", "sementara", "kemudian", "lalu", "pada", "di", "ke", "dalam", "atas", "bahwa"])


def _apposition_country(article: Article, entity: Entity, countries: list[tuple[int, int, str]]) -> str | None:
    """"Park Ji-hoon, anggota dewan Korea Selatan": the country in the role after the name."""
    for m in entity.mentions:
        if m.field != "text":
            continue
        tail = article.text[m.end : m.end + 70]
        tail = _LEGAL_FORM_AFTER.sub("", tail, count=1)  # "Huaxin Metals Group Co. Ltd, perusahaan … asal China"
        if not tail.startswith(","):
            continue
        if article.text[max(0, m.start - 8) : m.start].strip().lower() == "menurut":
            continue  # "Menurut Andi, LKW berperan … dari Malaysia": the comma ends who says so; no role follows
        first = tail[1:].split(maxsplit=1)[:1]
        if first and (first[0].lower() in _NO_ROLE_OPENERS or _active_verb(first[0]) or _passive_verb(first[0])
                      or first[0].lower() in _AUX_OR_HEDGE):
            # "Jaksa Hendra, yang sedang menyelidiki suap dari Malaysia": a clause, not a role; so is "…, kata Budi,
            # akan berkoordinasi dengan otoritas Singapura"
            continue
        for start, end, code in countries:
            # (Not past a relative clause in the role: "Suwandi, pengendali jaringan judi yang dioperasikan dari
            # Kamboja" runs a network operated from Cambodia; he is not Cambodia's.)
            if m.end < start and end <= m.end + 70 and "." not in article.text[m.end : start] \
                    and " yang " not in article.text[m.end : start]:
                return code
    return None


_RANKING_CACHE: dict[int, tuple[list, list[tuple[int, str]], list[bool]]] = {}


def _country_ranking(article: Article) -> list[tuple[int, str]]:
    """(mentions, code) of the countries the article's countries, people, organisations and places belong to;
    the dateline's place counts as one more mention. Computed once per set of entities."""
    return _ranking_and_generic(article)[0]


def _generically_named(article: Article) -> list[bool]:
    """For each of the article's entities, in order: is it an organisation named only as one that every country
    has ("Mahkamah Agung", "Partai Demokrat")? Computed once per set of entities."""
    return _ranking_and_generic(article)[1]


def _ranking_and_generic(article: Article) -> tuple[list[tuple[int, str]], list[bool]]:
    cached = _RANKING_CACHE.get(id(article))
    if cached is not None and cached[0] is article.entities:
        return cached[1], cached[2]
    # (The names of an organisation's mentions looked up by C loops, map over map: no generator per entity.)
    names_generic = _GENERIC_NAMES.__getitem__
    generic = [e.type == "ORG" and all(map(names_generic, map(_TEXT, e.mentions))) for e in article.entities]
    ranking = _rank_countries(article, generic)
    if len(_RANKING_CACHE) > 64:
        _RANKING_CACHE.clear()
    _RANKING_CACHE[id(article)] = (article.entities, ranking, generic)
    return ranking, generic


def _rank_countries(article: Article, generic: list[bool]) -> list[tuple[int, str]]:
    tally: dict[str, int] = {}
    documents: bool | None = None  # whether the text names a document after a place at all, once asked
    if (dateline := _dateline_place(article, default_gazetteer())) is not None:
        tally[dateline.country] = 1
    for e, named_generically in zip(article.entities, generic, strict=True):
        if named_generically or e.sector == "MED":
            # "Mahkamah Agung", "Partai Demokrat": every country has one; they say nothing of which. A news agency
            # cited ("Mengutip Reuters") tells who reports, not what the story is about.
            continue
        code = e.code if e.type == "COUNTRY" else (e.acts_for or e.country)
        if code and not code.startswith("IGO:"):
            told = list(map(_FIELD, e.mentions)).count("text")  # (C loops)
            if e.type == "LOCATION" and documents is None:
                lower_text = article.text.lower()
                documents = any(w in lower_text for w in _words("id/grammar.yaml", "documents_named_after_a_place"))
            if e.type == "LOCATION" and documents:
                told -= sum(m.field == "text" and _names_a_document(article.text, m.start) for m in e.mentions)
            if told > 0:
                tally[code] = tally.get(code, 0) + told
    return sorted(((n, c) for c, n in tally.items()), reverse=True)


def _names_a_document(text: str, start: int) -> bool:
    """The place mentioned at ``start`` is part of the name of a document or talks made there ("Perjanjian Paris",
    ``documents_named_after_a_place`` in id/grammar.yaml): no country the article is about."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1].lower() in _words("id/grammar.yaml", "documents_named_after_a_place")


def _main_country(article: Article) -> str | None:
    """The country the article is mostly about, if it leads clearly (half as many mentions again as the next)."""
    counts = _country_ranking(article)
    if not counts or (len(counts) > 1 and counts[0][0] < 1.5 * counts[1][0]):
        return None
    return counts[0][1]


def _lead_country(article: Article) -> str | None:
    """The country of the first place or country named in the article's opening sentence ("Gempa mengguncang
    Provinsi Surigao del Sur, Filipina …": the Philippines), where its story happens."""
    first = min(((m.start, e) for e in article.entities if e.type in ("LOCATION", "COUNTRY") and (e.code or e.country)
                 for m in e.mentions if m.field == "text" and m.sentence == 0), default=None, key=lambda p: p[0])
    return (first[1].code or first[1].country) if first else None


def _top_two(ranking: list[tuple[int, str]]) -> tuple[str, ...]:
    """The two countries the article names most, the second only if named more than once: a country named once in
    passing ("RCEP, yang melibatkan … Selandia Baru") is no side of the story."""
    return tuple(c for n, (count, c) in enumerate(ranking[:2]) if n == 0 or count > 1)


def _counterparts(article: Article) -> dict[str, str]:
    """In an article about two countries (the second named at least half as often as the first), each is the
    other's counterpart: the addressee of a statement that names none."""
    counts = _country_ranking(article)
    # A country named once ("tugasnya di Irak") does not make an article about another country about it too.
    if len(counts) >= 2 and counts[1][0] >= 0.5 * counts[0][0] and (counts[1][0] > 1 or counts[0][0] == 1) and (
            len(counts) == 2 or counts[2][0] < counts[1][0]):
        return {counts[0][1]: counts[1][1], counts[1][1]: counts[0][1]}
    return {}


def _dateline_place(article: Article, gaz: Gazetteer) -> Actor | None:
    """The place or country of the dateline ("JAKARTA, KOMPAS.com -"), as the dictionary knows it."""
    if not article.dateline or not article.dateline.place:
        return None
    return next((form.actor for form in gaz.lookup(match_key(article.dateline.place))
                 if form.actor.type in ("LOCATION", "COUNTRY") and form.actor.country), None)


def _dateline_country(article: Article, gaz: Gazetteer) -> str | None:
    """The country of the dateline's place ("JAKARTA, KOMPAS.com -" is Indonesia)."""
    place = _dateline_place(article, gaz)
    return place.country if place is not None else None


def _regional_dateline_country(article: Article, gaz: Gazetteer) -> str | None:
    """The home country, when the dateline is a place of it other than its capital ("Kupang", "MEDAN")."""
    home, place = _home_country(), _dateline_place(article, gaz)
    if home is None or place is None or place.type != "LOCATION" or place.country != home:
        return None
    return None if gaz.government_of(place) == home else home


@cache
def _home_country() -> str | None:
    """The country of an article that names none (``home_country`` in id/grammar.yaml)."""
    return load_yaml("id/grammar.yaml").get("home_country")


def _after_a_preposition(text: str, start: int) -> bool:
    """The word before ``start`` is a preposition of place, way, agent or aim ("melalui Mesir", "oleh Israel", "di
    Irak"); not "dari", which after a name tells where the person is from ("Presiden Varela dari Panama")."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _PREPOSITIONS and before[-1].lower() != "dari"


def _person_country(article: Article, entity: Entity, countries: list[tuple[int, int, str]],
                    main_country: str | None) -> tuple[str | None, str]:
    """A country for a person the dictionary does not know.

    In order: a role in apposition ("Park Ji-hoon, anggota dewan Korea Selatan"); for someone with a title,
    the country named nearest to them in the same sentence ("Menteri Luar Negeri Walid al-Moualem … pengungsi
    Suriah"); else the country the article is mostly about.
    """
    code = _apposition_country(article, entity, countries)
    if code:
        return code, "apposition"
    # "utusan AS Tom Barrack", "diplomat Jepang Kenji Sato": the country right before the name is the person's.
    code = _country_right_before(article, entity, countries, (" ",))
    if code:
        return code, "country named right before the name"
    # "seorang warga negara (WN) Rusia berinisial AV", "turis asal Australia bernama Jack": introduced by nationality.
    code = _country_right_before(article, entity, countries, _INTRODUCING_A_NAME)
    if code:
        return code, "the nationality the person is introduced with"
    code = _country_of_the_office_before(article, entity)
    if code:
        return code, "the country of the place of the office named before the name"
    code = _body_right_before(article, entity)
    if code:
        return code, "the country of the body named in the title right before the name"
    code = _envoy_of(article, entity)
    if code:
        return code, "the organisation whose envoy the title before the name says the person is"
    if entity.titles or _role_of_the_one_before(article, entity):
        best = None
        # The sentence that introduces the person with the title (the first in the text), not a later one that
        # names them doing something by a country ("Ferdi … menggelar aksi di depan Konsulat Australia").
        introduced = next((m for m in entity.mentions if m.field == "text" and m.sentence is not None), None)
        for m in (introduced,) if introduced is not None else ():
            sentence = article.sentences[m.sentence]
            for start, _end, c in countries:
                if sentence.start <= start < sentence.end and not _after_a_preposition(article.text, start):
                    # (Not a country named behind a preposition: "Menteri Luar Negeri Rahmawati mengatakan pengiriman
                    # dilakukan melalui Mesir" is where the aid goes, not whose minister; "mengajukan permintaan
                    # ekstradisi kepada Singapura atas Hartono Lim, bos platform …" is to whom the request goes.)
                    distance = abs(start - m.start)
                    if best is None or distance < best[0]:
                        best = (distance, c)
        if best:
            return best[1], "country named with the title"
        # "Dari Jakarta, Pemerintah Indonesia menyesalkan … \"Kami mendorong Rusia dan Ukraina …,\" kata Wakil Menteri
        # Luar Negeri Arrmanatha Nasir": with no country in that sentence, the first one named in the sentence
        # before it, or before the quotation he speaks (the countries inside it are whom he speaks of), which tells
        # whose side speaks (its subject's: "Pemerintah Indonesia meminta Australia …" is Indonesia); only then the
        # country the article is mostly about.
        if introduced is not None:
            first = introduced.sentence
            for q in article.quotes:
                if q.speaker_id == entity.id and (k := article.sentence_index(q.start)) is not None \
                        and k < first <= (article.sentence_index(max(q.start, q.end - 1)) or k):
                    first = k
            if first > 0:
                before = article.sentences[first - 1]
                # (Not a country that is only where someone is: "RB … diduga tengah berada di Malaysia".)
                first_named = next((c for start, _end, c in countries if before.start <= start < before.end
                                    and not _after_a_preposition(article.text, start)), None)
                if first_named:
                    return first_named, "country named first in the sentence before the one that introduces the title"
    if main_country:
        return main_country, "the article's main country"
    return None, "unknown"


# Words that open the portfolio of an office, between its body and the name ("… urusan perbatasan Tom Homan").
_PORTFOLIO_WORDS = frozenset(["urusan", "bidang"])


def _envoy_of(article: Article, entity: Entity) -> str | None:
    """"Pelapor Khusus PBB untuk situasi hak asasi manusia di Myanmar, Tom Andrews, …": a title of an international
    organisation's envoy "untuk" a matter, set off before the name by a comma, is the organisation's (not the
    country of the matter, named nearer)."""
    first = next((m for m in entity.mentions if m.field == "text"), None)
    if first is None or article.text[max(0, first.start - 2) : first.start] != ", ":
        return None
    for e in article.entities:
        if e.type != "ORG" or not (e.code or "").startswith("IGO:"):
            continue
        for m in e.mentions:
            between = article.text[m.end : first.start]
            if m.field == "text" and 0 <= first.start - m.end <= 90 and between.lstrip().startswith("untuk ") \
                    and "." not in between and between.count(",") == 1:
                return e.code
    return None


def _body_right_before(article: Article, entity: Entity) -> str | None:
    """"kata Direktur Tindak Pidana Siber Bareskrim Polri Brigjen Rudi Hartono Simanjuntak", "Kapolres Bogor AKBP
    Rio …": the country of the organisation or the place of the office that ends right before the person's first
    mention (past a rank or a title in capitals)."""
    first = next((m for m in entity.mentions if m.field == "text"), None)
    if first is None:
        return None
    best = None
    for e in article.entities:
        code = e.code or e.country
        if e.type not in ("ORG", "LOCATION") or not code or match_key(e.name) in _generic_institutions():
            continue  # (nor an institution every country has: "Hakim Mahkamah Agung Brett Kavanaugh")
        for m in e.mentions:
            if code.startswith("IGO:") and _after_a_preposition(article.text, m.start):
                continue  # "Duta Besar Indonesia untuk PBB Arrmanatha Nasir" is Indonesia's, not the UN's
            if m.field == "text" and m.end <= first.start and first.start - m.end <= 30 and (best is None or
                                                                                          m.end > best[0]):
                between = article.text[m.end : first.start].split()
                if between and between[0] in _PORTFOLIO_WORDS and len(between) <= 4:
                    between = []  # "Pejabat Gedung Putih urusan perbatasan Tom Homan": the portfolio of the office
                if all(w[:1].isupper() for w in between) and len(between) <= 3:
                    best = (m.end, code)
    return best[1] if best else None


@cache
def _place_titles() -> re.Pattern:
    """The titles of an office of a place (``place_titles`` in id/entities.yaml: "Bupati", "Gubernur", "Kapolda"),
    as one pattern."""
    titles = sorted(load_yaml("id/entities.yaml")["place_titles"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, titles)) + r")\b")


def _country_of_the_office_before(article: Article, entity: Entity) -> str | None:
    """"… kepada Bupati Pesisir Selatan, Sumatera Barat, Yuliandri Syahputra, …": the person set off by a comma after
    the title of a place's office is of that place's country (the last place the dictionary knows in the title)."""
    first = next((m for m in entity.mentions if m.field == "text"), None)
    if first is None:
        return None
    lo = max(0, first.start - 80)
    window = article.text[lo : first.start]
    if not window.rstrip().endswith(","):
        return None
    title = next(reversed(list(_place_titles().finditer(window))), None)  # the last one
    if title is None or any(w[:1].islower() for w in window[title.end() :].replace(",", " ").split()):
        return None  # no title, or a lower-case word after it: not one phrase of office and place
    places = [(m.start, e.country) for e in article.entities if e.type == "LOCATION" and e.country
              for m in e.mentions if m.field == "text" and lo + title.end() <= m.start < first.start]
    return max(places)[1] if places else None


def _role_of_the_one_before(article: Article, entity: Entity) -> bool:
    """The person is first named in apposition to a role owned by "-nya" ("Kementerian Pertahanan Kamboja membantah
    … Juru bicaranya, Maly Socheata, menyebut …"): a title whose owner was told before, read like a title."""
    first = next((m for m in entity.mentions if m.field == "text"), None)
    if first is None:
        return False
    before = article.text[max(0, first.start - 40) : first.start].rstrip()
    if not before.endswith(","):
        return False
    word = before[:-1].rsplit(None, 1)[-1].lower() if before[:-1].split() else ""
    return word.endswith("nya") and word[:-3] in _role_nouns()


def mentions_by_sentence(article: Article) -> dict[int, list[tuple[Mention, Entity]]]:
    """Body mentions of the article's entities, grouped by sentence index."""
    out: dict[int, list[tuple[Mention, Entity]]] = {}
    for e in article.entities:
        for m in e.mentions:
            if m.field == "text" and m.sentence is not None:
                out.setdefault(m.sentence, []).append((m, e))
    return out


def _sentence_actors(s: _Sentence, entities: list[Entity] | list[tuple[Mention, Entity]], gaz: Gazetteer,
                     codes: dict[str, tuple[str | None, str]], main_country: str | None = None) -> list[_Actor]:
    """Actors of the sentence: its entity mentions with a code (``entities`` may be all the article's entities,
    or the (mention, entity) pairs of this sentence), plus generic agents."""
    lo, hi = s.tokens[0].start, s.tokens[-1].end
    pairs = entities if entities and isinstance(entities[0], tuple) else [
        (m, e) for e in entities for m in e.mentions if m.field == "text"]
    found = []
    if pairs:
        currencies = _words("id/amounts.yaml", "currency_words")
        documents = _words("id/grammar.yaml", "documents_named_after_a_body")
        after_a_place = _words("id/grammar.yaml", "documents_named_after_a_place")
        starts, lower = s.starts, s.lower
        uncoded_names = None  # spans of organisations with no code, worked out when a mention needs them
        for m, e in pairs:
            code, how = codes[e.id]
            if code is not None and lo <= m.start and m.end <= hi:
                t0 = bisect_left(starts, m.start)
                if t0 > 0 and lower[t0 - 1] in currencies:
                    continue  # "ratusan juta dolar AS": whose currency, not an actor
                if t0 > 0 and lower[t0 - 1] in documents:
                    continue  # "sesuai Konvensi PBB tentang Hukum Laut": a document's name, not an actor
                if e.type == "LOCATION" and t0 > 0 and lower[t0 - 1] in after_a_place:
                    continue  # "keluar dari Perjanjian Paris": the treaty's name, not France's government
                if e.type == "COUNTRY":
                    # "Aliansi Rakyat Indonesia Bela Palestina": a country inside the name of an organisation that
                    # belongs to none of them is a word of the name; the organisation does not act for it.
                    if uncoded_names is None:
                        uncoded_names = [(o.start, o.end) for o, oe in pairs
                                         if oe.type == "ORG" and codes[oe.id][0] is None and o.end - o.start > 0]
                    if any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in uncoded_names):
                        continue
                found.append(_Actor(t0, bisect_right(starts, m.end - 1), e, code, how))
    if not s.word_set.isdisjoint(_agents()[3]):
        # (A seat of government stands for its government, except as the place something happens in: "demonstran
        # di Teheran" are Iranians.)
        places, aimed_at = [], []
        for m, e in pairs:
            if e.type == "LOCATION" and e.country and lo <= m.start and m.end <= hi:
                k = s.token_at(m.start)
                if not e.acts_for or (k > 0 and s.lower[k - 1] == "di"):
                    places.append((k, e.country))
                elif k > 0 and s.lower[k - 1] in _PLACE_PREPOSITIONS:
                    aimed_at.append((k, e.country))
            elif e.type == "COUNTRY" and e.code and lo <= m.start and m.end <= hi:
                k = s.token_at(m.start)
                # "korban banjir di Myanmar": a country as the place; so "di perairan Indonesia", "di utara Israel"
                if (k > 0 and s.lower[k - 1] == "di") or (k > 1 and s.lower[k - 2] == "di" and (
                        s.lower[k - 1] in _PLACE_NOUNS or s.lower[k - 1] in _COMPASS)):
                    places.append((k, e.code))
                elif k > 0 and s.lower[k - 1] in _PLACE_PREPOSITIONS:
                    aimed_at.append((k, e.code))
        found.extend(_agent_actors(s, found, main_country, places, aimed_at))
    if not s.word_set.isdisjoint(_vessel_flags_lower()):
        found.extend(_state_vessels(s))
    if not s.word_set.isdisjoint(_BODY_HEADS_NAMED_AGAIN):
        found.extend(_bodies_named_again(s, codes))
    if not s.word_set.isdisjoint(_VESSEL_WORDS) and not s.word_set.isdisjoint(_DEMONSTRATIVES):
        found.extend(_vessels_named_again(s, codes))
    if len(found) < 2:
        return found
    # A country inside an organisation's name ("Angkatan Laut Jerman") acts through the organisation.
    found.sort(key=_reading_order)
    out: list[_Actor] = []
    lower = s.lower
    for a in found:
        if out and a.t0 < out[-1].t1:
            continue
        # "Badan Nasional Penanggulangan Terorisme (BNPT) dan …": the abbreviation in brackets after the name is
        # the same actor, brackets and all, so that what follows it is coordinated with the name.
        # ("Uni Ekonomi Eurasia (Eurasian Economic Union/EAEU)": names of one body in brackets, one after another.)
        if out and a.entity.id == out[-1].entity.id and a.t0 == out[-1].t1 + 1 and lower[out[-1].t1] in ("(", "/") \
                and a.t1 < len(lower) and lower[a.t1] in (")", "/"):
            out[-1] = _Actor(out[-1].t0, a.t1 + (lower[a.t1] == ")"), out[-1].entity, out[-1].code,
                             out[-1].resolved_by)
            continue
        # "Kedutaan Besar RI (KBRI) Phnom Penh": a place after an office's name and abbreviation that the office is
        # named with is part of its name, no actor of its own (Cambodia does not act in "… Phnom Penh berkoordinasi").
        if out and a.t0 == out[-1].t1 and a.entity.type == "LOCATION" and out[-1].entity.type == "ORG" \
                and out[-1].entity.name.lower().endswith(" " + " ".join(lower[a.t0 : a.t1])):
            out[-1] = _Actor(out[-1].t0, a.t1, out[-1].entity, out[-1].code, out[-1].resolved_by)
            continue
        # "Presiden A.S. Donald Trump", "Menlu Korea Utara Ri Yong Ho": a country right before a person of that
        # country names one participant, not two.
        if out and a.t0 == out[-1].t1 and a.code == out[-1].code and out[-1].entity.type in ("COUNTRY", "ORG") \
                and a.entity.type == "PERSON":
            out[-1] = _Actor(out[-1].t0, a.t1, a.entity, a.code, a.resolved_by)
            continue
        out.append(a)
    return out


# Heads of a body's name that, in lower case and alone, name the body told before ("menuding dewan bersikap berat
# sebelah" after "Dewan Keamanan PBB").
_BODY_HEADS_NAMED_AGAIN = frozenset(["dewan", "majelis", "mahkamah", "komisi"])


def _bodies_named_again(s: _Sentence, codes: dict[str, tuple[str | None, str]]) -> list[_Actor]:
    """"dewan", "majelis" written in lower case with no name after them: the last body before them whose name opens
    with that word ("Dewan Keamanan Perserikatan Bangsa-Bangsa … Danon menuding dewan bersikap berat sebelah")."""
    out = []
    words, text = s.words, s.article.text
    for k, w in enumerate(s.lower):
        if w not in _BODY_HEADS_NAMED_AGAIN or words[k] != w or (k + 1 < len(words) and words[k + 1][:1].isupper()):
            continue
        at = s.starts[k]
        latest = max(((m.start, e) for e in s.article.entities if e.type == "ORG" and codes.get(e.id, (None,))[0]
                      for m in e.mentions if m.field == "text" and m.start < at
                      and text[m.start : m.end].lower().startswith(w + " ")), default=None, key=itemgetter(0))
        if latest is not None:
            e = latest[1]
            out.append(_Actor(k, k + 1, e, codes[e.id][0], f"'{w}': the {e.name} named before"))
    return out


# Words for ships that, with "itu/tersebut", point back at ships named before with their flag.
_VESSEL_WORDS = frozenset(["kapal", "kapal-kapal"])
# How many characters before a country's mention the word for a ship may stand for the ship to be that country's
# ("kapal penjaga pantai China", "kapal ikan berbendera Vietnam").
_VESSEL_FLAG_REACH = 40


def _flag_of_a_ship(text: str, since: int, start: int) -> bool:
    """The country mentioned at ``start`` follows a word for a ship and lower-case words of kind only ("kapal penjaga
    pantai China", "kapal ikan berbendera Vietnam"): the ship's flag."""
    words = text[max(since, start - _VESSEL_FLAG_REACH) : start].split()
    if "kapal" not in [w.lower() for w in words]:
        return False
    at = max(n for n, w in enumerate(words) if w.lower() == "kapal")
    return all((w.islower() and w.isalpha() and not _looks_like_verb(w)) or w == "berbendera"
               for w in words[at + 1 :])


def _points_back_at_a_ship(article: Article, sentence: int, start: int) -> bool:
    """Sentence ``sentence`` points back at a ship ("Kapal itu", "kapal tersebut") before offset ``start``."""
    told = article.sentences[sentence]
    words = article.text[told.start : start].lower().split()
    return any(w in _VESSEL_WORDS and words[n + 1].strip(",.") in _DEMONSTRATIVES
               for n, w in enumerate(words[:-1]))


def _vessels_named_again(s: _Sentence, codes: dict[str, tuple[str | None, str]]) -> list[_Actor]:
    """"kapal tersebut", "kapal-kapal itu": the ships named in the two sentences before with a country after the word
    for a ship ("Kapal penjaga pantai China memasuki ZEE … meminta kapal tersebut keluar"): that country's."""
    out = []
    article, lower = s.article, s.lower
    text = article.text
    first = s.starts[0] if s.starts else 0
    since = article.sentences[max(0, s.index - 3)].start if s.index > 0 else first
    for k in range(len(lower) - 1):
        if lower[k] not in _VESSEL_WORDS or lower[k + 1] not in _DEMONSTRATIVES:
            continue
        flagged = [(m.sentence, m.start, e) for e in article.entities if e.type in ("COUNTRY", "ORG")
                   and codes.get(e.id, (None,))[0] for m in e.mentions
                   if m.field == "text" and since <= m.start < first and _flag_of_a_ship(text, since, m.start)]
        # (Not a ship acted on by the ship pointed back at before it: "Kapal itu membayangi kapal survei milik PT
        # Pertamina. … mengusir kapal tersebut" is the same ship as "Kapal itu", told further back.)
        flagged = [f for f in flagged if not _points_back_at_a_ship(article, f[0], f[1])]
        if flagged:
            # (the first ship of the nearest sentence that names one: the one it is about, "Kapal penjaga pantai China
            # mendekati kapal nelayan Jepang. Kapal-kapal tersebut …" are China's)
            latest = max(f[0] for f in flagged)
            e = min((f for f in flagged if f[0] == latest), key=itemgetter(1))[2]
            code = codes[e.id][0]
            out.append(_Actor(k, k + 2, _agent_entity(f"agent-vessel-{code}", f"kapal {code}", code, "MIL"), code,
                              f"'{s.words[k]} {s.words[k + 1]}': the ships of {e.name} named before"))
    return out


# id(article) -> (its entities list, the forces named with their country): kept while the same entities are read.
_QUALIFIED_CACHE: dict[int, tuple[list, list[tuple[int, tuple[str, ...], str]]]] = {}


# The words for a government: "Pemerintah Indonesia … Pemerintah juga berencana …" is the one named before.
_GOVERNMENT_WORDS = frozenset([("pemerintah",)])


def _named_earlier(s: _Sentence, key: tuple[str, ...], offset: int) -> str | None:
    """The country of the last mention before ``offset`` of the agent ``key`` with a country right after it
    ("junta Myanmar", "militer Israel", "Pemerintah Indonesia"), anywhere in the article."""
    article = s.article
    cached = _QUALIFIED_CACHE.get(id(article))
    if cached is None or cached[0] is not article.entities:
        table, longest = _agents()[:2]
        lower_text = article.text.lower()
        found = []
        for e in article.entities:
            code = e.code if e.type == "COUNTRY" else e.country if e.type == "ORG" and e.sector == "MIL" else None
            if not code or code.startswith("IGO:"):
                continue
            for m in e.mentions:
                if m.field != "text":
                    continue
                # the words before a country ("junta Myanmar"), or those opening a force's own name ("Junta Myanmar"
                # as the dictionary's name of Myanmar's junta)
                first = lower_text[m.start : m.end].split()[:1]
                words = lower_text[max(0, m.start - 40) : m.start].split() if e.type == "COUNTRY" else first
                for n in range(min(longest, len(words)), 0, -1):
                    candidate = (*words[-n:-1], _agent_base(words[-1])) if n > 1 else (_agent_base(words[-1]),)
                    if candidate in table:  # (any agent: a later one may point back at it, "diplomat itu")
                        found.append((m.start, candidate, code))
                        # (And the force's own word before a word of kind: "junta militer Myanmar" is the junta's
                        # too, for a later "junta".)
                        head = (_agent_base(words[-n - 1]),) if len(words) > n else None
                        if head in table and table[head] == "MIL" and e.type == "COUNTRY":
                            found.append((m.start, head, code))
                        break
        found.sort()
        if len(_QUALIFIED_CACHE) > 64:
            _QUALIFIED_CACHE.clear()
        cached = _QUALIFIED_CACHE[id(article)] = (article.entities, found)
    code = None
    for at, noun, country in cached[1]:
        if at >= offset:
            break
        if noun == key:
            code = country
    return code


@cache
def _vessel_flags() -> dict[str, str]:
    """Prefix of a state's ship's name -> its flag (``vessel_prefixes`` in id/entities.yaml, those with one)."""
    return {str(k): v for k, v in load_yaml("id/entities.yaml")["vessel_prefixes"].items() if v}


@cache
def _vessel_flags_lower() -> frozenset[str]:
    return frozenset(k.lower() for k in _vessel_flags())


def _state_vessels(s: _Sentence) -> list[_Actor]:
    """"KRI Bung Tomo-357 menangkap …", "USS … berlayar …": a state's ship, named after its prefix, acts for its
    flag (the recogniser reads no entity there)."""
    flags = _vessel_flags()
    out = []
    for k, word in enumerate(s.words):
        flag = flags.get(word)
        if flag is None or k + 1 >= len(s.words) or not s.words[k + 1][:1].isupper():
            continue
        end = k + 1
        while end < len(s.words) and s.words[end][:1].isupper():
            end += 1
        name = " ".join(s.words[k:end])
        sector = "MIL" if word not in ("KN",) else "GOV"
        out.append(_Actor(k, end, _agent_entity(f"agent-vessel-{name.lower()}", name, flag, sector), flag,
                          f"a state's ship ('{word}'), acting for {flag}"))
    return out


def _reading_order(a: _Actor) -> tuple[int, int]:
    """Actors by first token, the longer first where two start together."""
    return a.t0, a.t0 - a.t1


_BEFORE_AGENT = frozenset("para kaum pihak seluruh semua segenap ribuan ratusan puluhan sejumlah beberapa banyak "
                          "dan atau serta bahwa yang oleh dengan ke dari di terhadap kepada untuk bagi antara "
                          "sedikitnya setidaknya sekitar hampir lebih kedua ketiga".split())


# Agent words that are also adjectives: after a noun they describe it ("pasokan militer", "latihan militer").
# Others after a noun are its possessor and still an actor ("kebijakan pemerintah").
_ADJECTIVAL_AGENTS = frozenset(["militer"])
# Words between an agent noun and its country that tell which of its kind it is ("pemerintah militer Myanmar").
_AGENT_MODIFIERS = frozenset(["militer", "sipil", "federal", "pusat", "transisi", "junta", "interim"])


def _modifies_noun(s: _Sentence, k: int) -> bool:
    """The agent word at ``k`` follows a lower-case noun it describes ("pasokan militer")."""
    if s.lower[k] not in _ADJECTIVAL_AGENTS:
        return False
    prev = s.words[k - 1]
    low = s.lower[k - 1]
    if not prev.isalpha() or not prev.islower() or low in _BEFORE_AGENT or low in _AUX:
        return False
    return not low.startswith(("me", "ber", "di", "ter", "se"))  # a verb before it takes it as object


# How many lower-case words may stand between a generic agent and the word of origin that names its country.
_ORIGIN_REACH = 3


def _agent_actors(s: _Sentence, named: list[_Actor], main_country: str | None,
                  places: Sequence[tuple[int, str]] = (), aimed_at: Sequence[tuple[int, str]] = ()) -> list[_Actor]:
    """Generic agents in the sentence: "pasukan Rusia" (the country named after the noun); "warga sipil" in a
    sentence about Kharkiv (the country of the nearest place named in the sentence); civilians after what
    something was aimed at ("serangan rudal ke Kyiv menewaskan 10 orang": ``aimed_at``, a country or a seat of
    power after "ke"/"atas", which stand for a state rather than a place otherwise); else "polisi" alone (the
    article's main country)."""
    table, longest, _, starts = _agents()
    lower = s.lower
    # By C loops (compress over a map), not a Python test of every word; the caller has checked that one is.
    positions = list(compress(range(len(lower)), map(starts.__contains__, lower)))
    pairs = _agent_pairs()
    origin_words = _words("id/grammar.yaml", "origin_words")
    taken: set[int] = set()  # the tokens of named actors (as they are before any is taken by an agent)
    if named:
        for a in named:
            taken.update(range(a.t0, a.t1))
        positions = list(filterfalse(taken.__contains__, positions))
    text, tokens = s.article.text, s.tokens
    out = []
    after_last = 0
    for k in positions:
        if k < after_last:
            continue
        match = None
        most = min(longest, len(lower) - k)
        if most >= 2 and (lower[k], lower[k + 1]) not in pairs and (
                lower[k], _agent_base(lower[k + 1])) not in pairs:
            most = 1  # no agent of several words starts here
        for n in range(most, 0, -1):
            if n > 1 and taken and k + n - 1 in taken:
                continue  # "aparat Kepolisian Nasional Kamboja": the agent word stops where a name starts
            key = (*lower[k : k + n - 1], _agent_base(lower[k + n - 1])) if n > 1 else (_agent_base(lower[k]),)
            if key in table:
                match = (n, table[key], key)
                break
        if match is None:
            continue
        n, sector, key = match
        after_last = k + n
        # The noun as written (its words joined by one space), taken from the text: the sentence's words are
        # often never needed otherwise.
        noun = text[tokens[k].start : tokens[k].end] if n == 1 else " ".join(
            text[t.start : t.end] for t in tokens[k : k + n])
        if k > 0 and _modifies_noun(s, k):
            continue  # "pasokan militer", "kekuatan militer": an adjective of the noun before, not an actor
        if k > 0 and lower[k - 1] in _words("id/grammar.yaml", "place_before_agent"):
            continue  # "kamp pengungsi": a kind of camp, not the refugees
        if noun[:1].isupper() and _title_of_named_person(s, named, k + n):
            continue  # "dengan Menteri Energi AS Rick Perry", "Gubernur Jawa Barat Dedi Mulyadi": the person's title
        if noun[:1].isupper() and k + n + 1 < len(lower) and lower[k + n] in ("sekaligus", "merangkap") \
                and s.words[k + n + 1][:1].isupper():
            continue  # "Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia Richard Marles": one of his titles
        follower = None
        # The country may follow a word of origin: "perusahaan asal Iran", "kapal berbendera Panama", also past a
        # few lower-case words that say what kind ("perusahaan energi terbarukan asal Uni Emirat Arab").
        # (And past its abbreviation in brackets: "anak buah kapal (ABK) berkewarganegaraan Vietnam".)
        at = k + n
        if at + 2 < len(lower) and lower[at] == "(" and lower[at + 2] == ")":
            at += 3  # (also with no word of origin: "warga negara (WN) Rusia")
        bare = at
        reach = at + _ORIGIN_REACH
        while at < min(len(lower), reach) and lower[at] not in origin_words and lower[at].isalpha() \
                and text[tokens[at].start].islower() and not _active_verb(lower[at]) and lower[at] != "yang":
            at += 1
        at = at + 1 if at < len(lower) and lower[at] in origin_words else bare
        # ... or a word that tells which of its kind: "pemerintah militer Myanmar", "perusahaan milik militer Myanmar".
        if at < len(lower) - 1 and lower[at] in _AGENT_MODIFIERS:
            at += 1
        for a in named:
            if a.t0 == at:
                follower = a
                break
        if follower is None:
            follower = _country_past_kind_words(s, named, k + n)
        if follower is None and k + n < len(lower) and lower[k + n] in _LEADERS_TITLES:
            # "pemerintahan Presiden Eritrea Isaias Afwerki", "pemerintahan Presiden Donald Trump": the government of
            # the leader named after it, by the country in the title or the person's own.
            led = next((a for a in named if k + n < a.t0 <= k + n + 3 and a.code
                        and a.entity.type in ("COUNTRY", "PERSON")), None)
            if led is not None:
                out.append(_Actor(k, led.t1, _agent_entity(f"agent-{noun.lower()}-{led.code}", f"{noun} {led.code}",
                                                           led.code, sector),
                                  led.code, f"generic agent '{noun}' of the leader named after it"))
                named.remove(led)
                continue
        if follower is not None and follower.entity.type == "ORG" and follower.code:
            # "aparat Kepolisian Nasional Kamboja", "pasukan Hizbullah": the noun says what the body is; they are one
            # actor, the body's.
            out.append(_Actor(k, follower.t1, follower.entity, follower.code, follower.resolved_by))
            named.remove(follower)
        elif follower is not None and follower.entity.type in ("COUNTRY", "LOCATION") and follower.code:
            out.append(_Actor(k, follower.t1, _agent_entity(f"agent-{noun.lower()}-{follower.code}",
                                                            f"{noun} {follower.entity.name}", follower.code, sector),
                              follower.code, f"generic agent '{noun}' of {follower.entity.name}"))
            named.remove(follower)
        elif follower is None and (k + n >= len(s.lower) or s.lower[k + n] not in _FOREIGN) \
                and lower[k + n : k + n + 2] not in _OTHER_COUNTRIES:
            shared = _country_of_the_next_agent(lower, k + n, named, starts)
            if shared is not None:
                # "kepada pemerintah dan militer Filipina": the country named after the second of two coordinated
                # agents is the first one's too.
                out.append(_Actor(k, k + n, _agent_entity(f"agent-{noun.lower()}-{shared.code}",
                                                          f"{noun} {shared.entity.name}", shared.code, sector),
                                  shared.code, f"generic agent '{noun}' of {shared.entity.name}, named with the "
                                               "agent coordinated after it"))
                continue
            that = max((a for a in named if a.t1 <= k and a.entity.type == "COUNTRY" and a.code),
                       key=lambda a: a.t1, default=None) \
                if lower[k + n : k + n + 1] == ["negara"] and lower[k + n + 1 : k + n + 2] \
                and lower[k + n + 1] in _DEMONSTRATIVES else None
            if that is not None:
                # "program peningkatan kapasitas bagi para diplomat negara tersebut": the country named last before.
                out.append(_Actor(k, k + n + 2, _agent_entity(f"agent-{noun.lower()}-{that.code}",
                                                              f"{noun} {that.entity.name}", that.code, sector),
                                  that.code, f"generic agent '{noun}' of 'negara tersebut', {that.entity.name}"))
                continue
            if _unknown_after(lower, k + n):
                # "Orang tak dikenal menembak …": a doer no one knows stands for no country (none is looked for).
                out.append(_Actor(k, k + n, _agent_entity(f"agent-{noun.lower()}-unknown", noun, None, sector), None,
                                  f"generic agent '{noun}', unknown ('tak dikenal'): no country"))
                continue
            own = _agent_countries().get(key)
            # (Not a place past a passive verb: "Para nelayan kini ditahan di Darwin" is where they are held, not
            # whose the fishermen are. Those who act at a place are mostly its own: "Massa menggelar aksi di
            # Jakarta"; and a place before the noun is where what befell it happened: "serangan drone ke Kharkiv
            # menewaskan tiga orang".)
            # (Nor a place told far before it: "Di Washington, Departemen Keuangan AS … menjatuhkan sanksi terhadap 9
            # kapal tanker dan 5 perusahaan pelayaran …" puts the doer in Washington, not the companies.)
            # (Nor, for a government, a place told further on, where what it does goes: "Pemerintah juga menyatakan
            # kesiapan mengirim pasukan untuk … di Gaza" is no government of Gaza's.)
            # (Nor a place in the speech tag after the clause: "menyerukan pembebasan semua sandera …, kata juru
            # bicaranya di New York" is where the spokesman spoke, not whose the hostages are.)
            nearby = [p for p in places if (k - p[0] <= _PLACE_OF_AN_AGENT_REACH if p[0] < k
                                            else not any(map(_passive_verb, lower[k + n : p[0]])) and (
                                                key not in _GOVERNMENT_WORDS or p[0] - (k + n) <= 2)
                                            and _RIGHT_BOUNDARIES.isdisjoint(lower[k + n : p[0]]))] \
                if places and not own else ()
            near = min(nearby, key=lambda p: abs(p[0] - k))[1] if nearby else None
            if near is None and not own and sector == "CVL" and aimed_at:
                struck = [p for p in aimed_at if p[0] < k]
                near = max(struck)[1] if struck else None
            # "junta Myanmar … Namun, junta menolak …": a force named with its country earlier is the same force;
            # so is a government ("Pemerintah Indonesia … Pemerintah juga berencana …").
            # "Israel membantah tentaranya menembak warga Palestina": whose "-nya" the agent is, the subject it
            # follows says (not the place or the country of those it acts on).
            owner = None if own else _owner_of_possessed_agent(s, named, k, lower[k + n - 1])
            if owner is not None:
                out.append(_Actor(k, k + n, _agent_entity(f"agent-{noun.lower()}-{owner.code}", noun, owner.code,
                                                          sector),
                                  owner.code, f"generic agent '{noun}', of {owner.entity.name} {_OWN_AGENT}"))
                continue
            # (Any agent pointed back at with "itu/tersebut" is the one named before: "Polandia mengusir tiga
            # diplomat Rusia … ketiga diplomat itu dinyatakan persona non grata".)
            pointed = k + n < len(lower) and lower[k + n] in _DEMONSTRATIVES
            earlier = None if own or near or (sector != "MIL" and key not in _GOVERNMENT_WORDS and not pointed) \
                else _named_earlier(s, key, tokens[k].start)
            if earlier and earlier != main_country and key in _GOVERNMENT_WORDS and not pointed and any(
                    a.t1 <= k and a.code == main_country and a.entity.type in ("PERSON", "ORG") for a in named):
                # "Anggota Komisi VIII DPR Nurul Hidayah meminta pemerintah menetapkan status bencana nasional" after
                # "Pemerintah Jepang … mengirimkan bantuan": a bare "pemerintah" before which one of the article's own
                # country speaks is that country's government.
                earlier = None
            framed = None if own or near else _country_of_the_frame(s, named, k)
            code = own or near or framed or earlier or main_country
            if code:
                how = (f"generic agent '{noun}', whose name says its country" if own
                       else f"generic agent '{noun}', the country of the place named with it" if near
                       else f"generic agent '{noun}', of the country the sentence opens with as its topic" if framed
                       else f"generic agent '{noun}', named with its country earlier in the article" if earlier
                       else f"generic agent '{noun}', the article's main country")
                out.append(_Actor(k, k + n, _agent_entity(f"agent-{noun.lower()}-{code}", noun, code, sector),
                                  code, how))
    return out




def _country_of_the_frame(s: _Sentence, named: list[_Actor], k: int) -> str | None:
    """The country a sentence opens with as its topic ("Soal Myanmar, para menteri … meminta junta menghentikan …":
    the junta is Myanmar's), for a generic agent at ``k`` past the clause's verb; None without such an opening."""
    if not s.lower or s.lower[0] not in _words("id/grammar.yaml", "topic_frames"):
        return None
    first = next((a for a in named if a.t0 <= 2), None)
    if first is None or first.entity.type != "COUNTRY" or first.t1 >= k or s.lower[first.t1 : first.t1 + 1] != [","]:
        return None
    # (Past a verb only: the subject right after the frame speaks about the topic, "Soal Myanmar, para menteri
    # sepakat …" are not Myanmar's ministers.)
    return first.code if any(map(_active_verb, s.lower[first.t1 + 1 : k])) else None


# How many words before a generic agent ("perusahaan", "warga", "massa") a place may be named and still say whose
# the agent is (after it, anywhere: where those named act, "Massa menggelar aksi … di Jakarta").
_PLACE_OF_AN_AGENT_REACH = 8

# Nouns of a country's ground or waters that "di" may put before its name ("nelayan di perairan Indonesia").
_PLACE_NOUNS = frozenset(["perairan", "wilayah", "kawasan", "daratan", "pesisir", "pedalaman", "teritorial"])
# Points of the compass that "di" may put before a country's name ("warga di utara Israel").
_COMPASS = frozenset(["utara", "selatan", "timur", "barat", "tengah", "tenggara"])


# How many lower-case words that say what kind may stand between a generic agent and its country, with no word of
# origin ("perusahaan minyak Iran", "nelayan tradisional Indonesia", "perusahaan energi terbarukan Iran").
_KIND_REACH = 2


def _country_past_kind_words(s: _Sentence, named: list[_Actor], m: int) -> _Actor | None:
    """The country named after up to :data:`_KIND_REACH` lower-case words of kind that follow an agent word ending at
    token ``m`` ("menjatuhkan sanksi kepada perusahaan minyak Iran": the company is Iran's, not the sanctioner's).
    Not past a function word ("warga di Malaysia" is where, not whose), a verb, or "asing"/"luar" (foreign)."""
    lower, text, tokens = s.lower, s.article.text, s.tokens
    stops = function_words()
    at = m
    while at < min(len(lower), m + _KIND_REACH) and lower[at].isalpha() and text[tokens[at].start].islower() \
            and lower[at] not in stops and lower[at] not in _FOREIGN and not _looks_like_verb(lower[at]):
        at += 1
    if at == m:
        return None
    for a in named:
        if a.t0 == at and a.entity.type == "COUNTRY" and a.code:
            return a
    return None


# How an agent word with "-nya" is resolved to the subject it belongs to (see _owner_of_possessed_agent).
_OWN_AGENT = "(the subject it belongs to)"


def _owner_of_possessed_agent(s: _Sentence, named: list[_Actor], k: int, last_word: str) -> _Actor | None:
    """The actor an agent word with "-nya" at token ``k`` belongs to ("tentaranya", "pasukannya", "anggotanya"): the
    nearest actor before it that is the subject of a verb ("Israel membantah …", "Menhan Rusia mengatakan …").
    None for an agent word without "-nya", or with no such subject before it."""
    if not (last_word.endswith("nya") and len(last_word) > 5 and _agent_base(last_word) != last_word):
        return None
    before = [a for a in named if a.t1 <= k and a.code]
    for actor in reversed(before):
        # (Not a place the subject is at, but the subject before it: "Kedutaan Besar Australia di Jakarta mengimbau
        # warganya …".)
        if _preceded_by_preposition(s, actor) is not None:
            continue
        if actor.t0 > 0 and s.lower[actor.t0 - 1] in _ACCUSING_VERBS:
            # (Nor the one charged: "Maduro menuduh Amerika Serikat mendukung upaya kudeta terhadap pemerintahannya"
            # is the accuser's government.)
            continue
        place = next((a for a in before if a.t0 == actor.t1 + 1), None) if s.lower[actor.t1 : actor.t1 + 1] == [
            "di"] else None
        if _subject_of_a_verb_after(s, place or actor):
            return actor
    return None


def _country_of_the_next_agent(lower: list[str], m: int, named: list[_Actor], starts: Collection[str]) -> _Actor | None:
    """The country named right after an agent word that "dan/serta" at token ``m`` joins to the agent before it
    ("pemerintah dan militer Filipina", "polisi serta tentara Myanmar"), if any."""
    if m + 2 >= len(lower) or lower[m] not in ("dan", "serta") or lower[m + 1] not in starts:
        return None
    return next((a for a in named if a.t0 in (m + 2, m + 3) and a.entity.type == "COUNTRY" and a.code), None)


def _title_of_named_person(s: _Sentence, named: list[_Actor], k: int) -> bool:
    """A named person starts at ``k`` or after capitalised words from ``k`` (the rest of a title written before
    the name: "Menteri [Energi AS] Rick Perry")."""
    words = s.words
    for a in named:
        # (A portfolio listed with commas and "dan" is still the title: "Menteri Pertanian, Perikanan, dan Kehutanan
        # Australia Julie Collins".)
        if a.entity.type == "PERSON" and k <= a.t0 <= k + 9 and all(
                w[:1].isupper() or w in (",", "dan", "&") for w in words[k : a.t0]) \
                and sum(w[:1].isupper() for w in words[k : a.t0]) >= a.t0 - k - 3:
            return True
    return False


# CAMEO's diplomatic recognition.
_RECOGNITION = "054"


def _subject_of_a_verb_after(s: _Sentence, actor: _Actor) -> bool:
    """A verb comes right after the actor (past its abbreviation in brackets, auxiliaries and "sebelumnya"): it is
    that clause's subject ("Pasukan Pertahanan Israel (IDF) menyatakan …")."""
    k = actor.t1
    if k + 2 < len(s.lower) and s.lower[k] == "(" and s.lower[k + 2] == ")":
        k += 3
    while k < len(s.lower) and (s.lower[k] in _AUX_OR_HEDGE or s.lower[k] in ("sebelumnya", "sempat")):
        k += 1
    return k < len(s.lower) and _looks_like_verb(s.lower[k])


# Words after an actor urged to act that open what it is urged to do ("mendorong Myanmar untuk …", "… agar …").
_URGED_TO = frozenset(["untuk", "agar", "supaya", "segera", "terus", "tidak", "dapat", "bisa", "ikut"])


def _urged_actor(s: _Sentence, j: int) -> _Actor | None:
    """The actor named right after the verb ending at ``j`` (past "semua", "seluruh", "para"), with a verb or a word
    that opens what it is urged to do after it and its coordinated others: "mendorong ASEAN dan China segera
    merampungkan …", "mendorong Myanmar untuk melaksanakan …" (not "mendorong pertumbuhan ekonomi")."""
    # (Past "agar"/"supaya" too: "berharap agar China membuka …".)
    k = _past_quantifier(s, j + (j < len(s.lower) and s.lower[j] in ("agar", "supaya")))
    actors = s.actors
    at = next((n for n, a in enumerate(actors) if a.t0 == k), None)
    if at is None:
        return None
    end = _coordinated_right(s, actors, at)[-1].t1
    if end >= len(s.lower):
        return None
    after = s.lower[end]
    return actors[at] if after in _URGED_TO or _active_verb(after) else None


def _object_matches(s: _Sentence, i: int, j: int, pred: Predicate, voice: str) -> str | None:
    """The object the entry asks for, found near the trigger ("" when it asks for none, None when absent)."""
    return _object_found(s, i, j, pred, voice)[0]


def _object_found(s: _Sentence, i: int, j: int, pred: Predicate, voice: str) -> tuple[str | None, int]:
    """:func:`_object_matches` and the token where the object was found (the trigger's end for an actor, -1 when
    none was)."""
    objects = pred.objects
    if not objects:
        return "", j
    prefixes = s.prefixes
    if not pred.actor_object and prefixes.isdisjoint(pred.object_heads):
        return None, -1  # no word of the sentence even starts like an object
    lower = s.lower
    lo = max(0, i - 5) if voice != "active" else j
    # (A person's name set off by commas takes no room: "menetapkan Bupati Lembang Jaya, Hendra Saputra, sebagai
    # tersangka".)
    hi = min(len(lower), j + (pred.object_reach or _OBJECT_WINDOW) + (2 if "," in lower[j : j + _OBJECT_WINDOW] and any(
        a.entity.type == "PERSON" and j < a.t0 and a.t0 - 1 < j + _OBJECT_WINDOW and lower[a.t0 - 1] == ","
        and a.t1 < len(lower) and lower[a.t1] == "," for a in s.actors) else 0))
    near: set[str] | None = None  # the first four letters of the words where an object may start
    # Only the objects some word of the sentence starts like (all of them, actor kinds included, for an entry
    # with an actor kind, which no word starts like).
    entries = pred.object_entries if pred.actor_object else compress(
        pred.object_entries, map(prefixes.__contains__, pred.object_entry_heads))
    for head, obj in entries:
        if head is None and obj == ADDRESSEE_OBJECT:
            if voice == "active" and (urged := _urged_actor(s, j)) is not None:
                return urged.entity.name, j
            continue
        if head is None:  # an actor kind: COUNTRY_OBJECT or PERSON_OBJECT
            # The first actor of the object window, when it stands for a state (or is a person).
            actors = s.actors
            at = next((k for k, a in enumerate(actors) if lo <= a.t0 < hi and (a.t0 >= j or a.t1 <= i)), None)
            if at is None:
                continue
            first = actors[at]
            if obj == PERSON_OBJECT and first.entity.type != "PERSON":
                # "Wali Kota Tanjungbalai Syahrial": a role (a generic agent) or the place of the title, then the
                # person who holds it.
                for nxt in actors[at + 1 : at + 3]:
                    if nxt.t0 - first.t1 > 1:
                        break
                    first = nxt
                    if nxt.entity.type == "PERSON":
                        break
            if obj == PERSON_OBJECT:
                # the person is the object itself, not in a phrase ("menerima laporan dari Menteri X")
                if first.entity.type == "PERSON" and _preceded_by_preposition(s, actors[at]) is None:
                    return first.entity.name, first.t0
            elif (first.entity.type == "COUNTRY"
                  or (first.entity.acts_for and _preceded_by_preposition(s, first) != "di")) and not (
                    pred.cameo == _RECOGNITION and (_subject_of_a_verb_after(s, first)
                                                    or _preceded_by_preposition(s, first) in ("dengan", "antara"))):
                # (Nor a partner named in what is acknowledged: "mengakui pentingnya kerja sama dengan Jepang"
                # recognises no state.)
                # (A seat of government after "di" is where something is, not its state: "harga beras di Jakarta".)
                # ("mengakui pihak Korea Selatan sebelumnya meminta …": the country does something in the clause
                # admitted; it is not the one recognised. "mengizinkan Swedia bergabung" still allows Sweden.)
                return first.entity.name, first.t0
            continue
        if head not in prefixes:
            continue  # no word of the sentence even starts like the object
        if near is None:
            near = set(map(_FIRST_FOUR, lower[lo:i])) if lo < i else set()
            near.update(map(_FIRST_FOUR, lower[max(lo, j):hi]))
        if head not in near and (len(obj) > 1 or len(obj[0]) >= 4):
            continue  # … nor of the words around the trigger (a short last word may start a longer one)
        n = len(obj)
        last = obj[-1]
        for k in range(lo, hi - n + 1):
            if k < j and k + n > i:
                continue
            if voice == "passive" and k >= j and _in_agents_name(s, j, k):
                continue  # "Latihan … yang digelar Tentara Nasional Indonesia": the agent's name holds no object
            # Every word as in the object, the last one perhaps with a suffix of up to three letters.
            w = lower[k + n - 1]
            if w.startswith(last) and len(w) - len(last) <= 3 and (
                    n == 1 or all(lower[k + x] == obj[x] for x in range(n - 1))):
                return " ".join(obj), k
    return None, -1


def _in_agents_name(s: _Sentence, j: int, k: int) -> bool:
    """Token ``k`` is inside the name of the organisation right after the passive verb ending at ``j`` (or after its
    "oleh"): the agent."""
    at = j + 1 if j < len(s.lower) and s.lower[j] == "oleh" else j
    return any(a.t0 == at and a.t0 <= k < a.t1 and a.entity.type == "ORG" for a in s.actors)


def _excluded(s: _Sentence, i: int, j: int, excludes: tuple[tuple[str, ...], ...]) -> bool:
    lo, hi = max(0, i - 3), min(len(s.lower), j + 3)
    window = s.lower[lo:hi]
    for ex in excludes:
        n = len(ex)
        first = ex[0]
        for k in range(len(window) - n + 1):
            if window[k] == first and tuple(window[k : k + n]) == ex:
                return True
    return False


_QUOTE_MARKS = frozenset("“”\"‘’'«»")


def _phrase_end(s: _Sentence, i: int, words: tuple[str, ...]) -> int:
    """Token index after ``words`` matched from ``i``, quotation marks in between ignored ("menjanjikan “dukungan")."""
    k = i
    for w in words:
        while k < len(s.lower) and s.lower[k] in _QUOTE_MARKS and k > i:
            k += 1
        if k >= len(s.lower) or s.lower[k] != w:
            return 0
        k += 1
    return k


def _find_triggers(s: _Sentence, lex: Lexicon) -> list[tuple[int, int, Trigger, str]]:
    """(first token, end token, trigger, matched object) for every predicate in the sentence."""
    lower = s.lower
    vocabulary = lex.vocabulary
    word_set = s.word_set
    if word_set.isdisjoint(vocabulary):
        return []
    # The positions of the words of the lexicon, found by C loops (compress over a map) rather than a Python
    # test of every word: this runs for most sentences.
    positions = compress(range(len(lower)), map(vocabulary.__contains__, lower))
    phrases, phrase_pairs = lex.phrases, lex.phrase_pairs
    size = len(lower)
    out = []
    after_last = 0
    for i in positions:
        if i < after_last:
            continue
        word = lower[i]
        chosen = None
        following = lower[i + 1] if i + 1 < size else None
        # Every phrase has two words or more: only those whose second word follows can match (all of them when
        # a quotation mark follows, which _phrase_end steps over).
        for trig in (() if word not in phrases else phrases[word] if following in _QUOTE_MARKS
                     else phrase_pairs.get((word, following), ())):
            end = _phrase_end(s, i, trig.words)
            if end:
                pred = trig.predicate
                obj = _object_matches(s, i, end, pred, trig.voice) if pred.objects else ""
                if obj is not None and (word_set.isdisjoint(pred.exclude_heads)
                                        or not _excluded(s, i, end, pred.excludes)) \
                        and (not pred.participants or _participants(s, s.actors, end)):
                    chosen = (i, end, trig, obj)
                    break
        if chosen is None:
            beyond = False  # the object of the sense chosen is past a preposition after the trigger
            for trig in lex.lookup(word):
                pred = trig.predicate
                obj, at = _object_found(s, i, i + 1, pred, trig.voice) if pred.objects else ("", i + 1)
                if obj is not None and (word_set.isdisjoint(pred.exclude_heads)
                                        or not _excluded(s, i, i + 1, pred.excludes)) \
                        and (not pred.participants or _participants(s, s.actors, i + 1)):
                    if not obj:
                        if chosen is None:
                            chosen = (i, i + 1, trig, obj)
                        break
                    # Of the senses told by their object, the first whose object is the trigger's own rather than in
                    # a phrase after it: "mencabut keberatan terhadap paket sanksi" drops an objection (CONCEDE), it
                    # lifts no sanctions. (Not the nearest: "mengirimkan … truk berisi perlengkapan militer dan amunisi"
                    # sends arms, no troops.)
                    past = at > i and not _PREPOSITIONS.isdisjoint(lower[i + 1 : at])
                    if chosen is None or (beyond and not past):
                        chosen, beyond = (i, i + 1, trig, obj), past
                    if not past:
                        break
        if chosen and chosen[1] < size and lower[chosen[1]][:1].isdigit() and lower[chosen[0]] in _time_words():
            chosen = None  # "pukul 09.30": a time of day, not a blow
        if chosen:
            out.append(chosen)
            after_last = chosen[1]
    return out


def _demands(s: _Sentence, lex: Lexicon) -> list[tuple[int, int, Trigger, str]]:
    """A demand told as what another actor must do: "AS mengatakan bahwa Pyongyang harus menghentikan …" (a
    reporting verb, an actor, a word of obligation) is a demand of the speaker's on that actor, coded as the
    lexicon's generic demand (``tuntut``), with the reporting verb as its trigger and the actor as its object."""
    reporting = _words("id/speech.yaml", "after_speaker")
    if s.word_set.isdisjoint(reporting):
        return []
    obligation = _words("id/grammar.yaml", "obligation_words")
    demand = next((t for t in lex.lookup("menuntut") if t.predicate.id == "tuntut"), None)
    if demand is None:
        return []
    out = []
    for a in s.actors:
        k = a.t0 - 1
        while k >= 0 and s.lower[k] in ("bahwa", ","):
            k -= 1
        if k < 0 or s.lower[k] not in reporting or a.t0 - k > 3:
            continue
        m = a.t1
        while m < len(s.lower) and s.lower[m] in _AUX:
            m += 1
        if m < len(s.lower) and s.lower[m] in obligation:
            out.append((k, a.t0, Trigger(demand.predicate, "active", (s.lower[k],)), ""))
    for a in s.actors:
        # "AS menyampaikan kepada Dewan Keamanan bahwa sanksi harus diperketat": what must be done, told to an
        # addressee, is a demand on the addressee.
        k = a.t0 - 2
        if k < 0 or s.lower[k + 1] != "kepada" or s.lower[k] not in reporting or a.entity.type == "AGENT":
            continue  # ("mengatakan kepada wartawan bahwa …": the press is told, not asked)
        that = next((m for m in range(a.t1, min(len(s.lower), a.t1 + 6)) if s.lower[m] == "bahwa"), None)
        if that is None:
            continue
        for m in range(that + 1, min(len(s.lower), that + 12)):
            w = s.lower[m]
            if w in obligation:
                out.append((k, k + 1, Trigger(demand.predicate, "active", (s.lower[k],)), ""))
                break
            if w in _RIGHT_BOUNDARIES and w != ":":
                break
    return out


def _outside_names(s: _Sentence, triggers: list) -> list:
    """Drop a trigger that is a word of a name: "Kota Serang" and "Nyi Ageng Serang" attack no one, the
    "Organisasi Kerja Sama Islam" is no act of cooperation, "Jalan Perdamaian" no peace. A person's name that
    begins with the trigger is rather a capitalised phrase taken for a name (a subheading "Mobilisasi Pasukan
    di Perbatasan"): its act stands."""
    spans = [(m.start, m.end, e.type == "PERSON") for m, e in s.mentions if m.field == "text"]
    starts, tokens = s.starts, s.tokens
    kept = []
    for item in triggers:
        first, last = starts[item[0]], tokens[item[1] - 1].end
        if not any(a <= first and last <= b and not (person and a == first) for a, b, person in spans):
            kept.append(item)
    return kept


# Nouns of a treaty, whose name may hold a word of an act ("Perjanjian Kemitraan Ekonomi Komprehensif").
_TREATY_NOUNS = frozenset(["perjanjian", "persetujuan", "pakta", "traktat"])


def _without_verb_objects(s: _Sentence, triggers: list) -> list:
    """Drop a noun trigger that is the object of the verb trigger right before it: "menghentikan serangan",
    "menolak perundingan", "mengirim bantuan" code the verb's event, not a second one for the noun."""
    out: list = []
    for item in triggers:
        i, j, trig, obj = item
        prev = out[-1] if out else None
        # (Past the verb's object's abbreviation: "menandatangani nota kesepahaman (MoU) kerja sama …".)
        end = prev[1] + 3 if prev is not None and prev[1] + 3 <= i and s.lower[prev[1]] == "(" \
            and s.lower[prev[1] + 2] == ")" else prev[1] if prev is not None else 0
        # (Not across a preposition: "berjanji dalam pertemuan" tells a promise and a meeting.)
        # Nor across a verb of its own: in "menyatakan siap melanjutkan perundingan" the talks are what is
        # continued, an act of their own.
        if prev is not None and 0 <= i - end <= 1 and prev[2].voice == "active" and (
                i == end or (s.lower[end] not in _PREPOSITIONS and not _active_verb(s.lower[end]))):
            if prev[2].predicate.plover == trig.predicate.plover and not prev[3]:
                # "menggelar aksi" + "mogok nasional": one act, told by the more specific entry, in the voice of
                # the verb phrase; mediating talks ("memediasi perundingan") is the mediation.
                pred = prev[2].predicate if prev[2].predicate.cameo == _MEDIATION else trig.predicate
                out[-1] = (prev[0], j, Trigger(pred, "active", prev[2].words + trig.words), obj)
                continue
            if prev[3] and prev[2].words[-1] in _LIGHT_VERBS and len(trig.words) > prev[3].count(" ") + 1 \
                    and " ".join(trig.words).startswith(prev[3]):
                # "menggelar latihan militer" + "latihan militer trilateral": the verb's entry took the noun as
                # its object; the noun's longer entry says more (a joint exercise is cooperation, not a show
                # of force), in the voice of the verb phrase.
                out[-1] = (prev[0], j, Trigger(trig.predicate, "active", prev[2].words + trig.words), obj)
                continue
            if trig.voice == "nominal" and prev[2].predicate.id in _words("id/grammar.yaml", "command_entries"):
                # "memerintahkan penutupan pos lintas batas dengan Kamboja": the act ordered is the one coded, done by
                # whoever gives the order (the order goes to the giver's own officials).
                out[-1] = (prev[0], j, Trigger(trig.predicate, "active", prev[2].words + trig.words), obj)
                continue
            if trig.voice == "nominal" and trig.predicate.plover not in _PRESUPPOSED.get(
                    prev[2].predicate.plover, ()) and not (prev[2].predicate.id == "sepakat"
                                                           and trig.predicate.plover in _AGREED_ACTS) \
                    and not (trig.predicate.plover == "ASSAULT"
                                                           and prev[2].words[-1].lower() in _RETALIATION_VERBS) \
                    and not (trig.predicate.plover == "ASSAULT" and _urged_to_stop(prev, out)) \
                    and not (prev[2].words[-1].lower() in _DENYING_VERBS and s.lower[i] not in _CLAIM_NOUNS
                             and all(w in _BEFORE_A_DENIED_ACT for w in s.lower[end:i])):
                # ("membantah penangkapan nelayan Vietnam", "menepis kabar penangkapan …": the act denied is
                # coded, with modality denied, as it is when told by a verb.)
                continue
        if prev is not None and i == end and prev[2].voice == "nominal" and trig.voice != "passive" \
                and prev[2].predicate.plover == "SANCTION" and prev[2].predicate.mode == "discontinue" \
                and trig.predicate.plover in _STOPPABLE:
            continue  # "penangguhan bantuan militer kepada Sierra Leone": the aid is what is suspended, not given
        out.append(item)
    return out


def _urged_to_stop(stop: tuple, earlier: list) -> bool:
    """Whether ``stop`` is a ceasefire ("menghentikan serangan udara") that a demand right before asks of someone
    (see :func:`_urged_doer`): the attack noun after it is then kept, an attack of its own."""
    return stop[2].predicate.mode == "ceasefire" and stop[2].voice == "active" and any(
        t[2].predicate.plover == "REQUEST" and t[2].voice == "active" and 0 < stop[0] - t[1] <= _URGED_REACH
        for t in earlier[:-1])


# How many words may stand between a demand and the stop it asks for: the one urged and "agar", "segera".
_URGED_REACH = 6
_STOP_VERBS = frozenset(["menghentikan", "hentikan", "mengakhiri", "akhiri"])
# Means in the field ("didukung personel/helikopter …"): help in an operation, not political support.
_FIELD_MEANS = frozenset(["personel", "pasukan", "prajurit", "helikopter", "tim", "unit", "alat", "peralatan",
                          "anjing", "drone", "satuan"])
# Words after "dari" that tell whom seized goods were taken from ("dari tangan mereka", "dari kapal itu").
_TAKEN_FROM = frozenset(["tangan", "mereka", "tersangka", "pelaku", "para", "kapal", "kapal-kapal", "keduanya",
                         "ketiganya", "ketiga", "kedua", "sindikat", "jaringan"])
# Verbs of drafting, after which a proposal's noun names what is drafted ("menyusun usulan").
_DRAFTING_VERBS = frozenset(["menyusun", "merumuskan", "menyiapkan", "mempersiapkan", "merancang", "menggodok"])
# Verbs of answering, before "dengan" and the noun of the act done in answer ("menanggapi dengan ancaman").
_ANSWERING_VERBS = _grammar_words("answering_verbs")
_POTENTIAL_WORDS = _grammar_words("potential_words")
# Verbs that tell what a text or a plan holds ("mencakup", "berisi"): the nouns of acts after them are its content.
_CONTENT_VERBS = _grammar_words("content_verbs")
# Nouns of texts and plans, whose content a verb of content tells.
_TEXT_NOUNS = _grammar_words("text_nouns")


def _described_group(s: _Sentence, k: int) -> bool:
    """The "yang" at ``k`` opens a relative clause on a group named by a common noun (of a force, of people or of
    an opposition: "pasukan Kurdi dan Arab Suriah yang …", "kelompok yang …"), up to a few words back."""
    # (past the countries that say whose it is: "pasukan Kurdi dan Arab Suriah yang …")
    for a in reversed(s.actors):
        if a.t1 > k:
            continue
        if k - a.t1 > 5:
            return False
        if a.entity.type == "AGENT":
            return a.entity.sector in _GROUP_SECTORS and all(w.isalpha() or w == "-" for w in s.lower[a.t1 : k])
        if a.entity.type != "COUNTRY":
            return False
    return False


def _named_as_content(s: _Sentence, i: int) -> bool:
    """The noun of an act at ``i`` is in the list of what a text or plan holds, after a verb of content in its clause
    ("Proposal itu mencakup penarikan pasukan …, pembebasan tahanan …, serta …"): no active verb or clause edge in
    between, and a noun of a text or a plan (``_TEXT_NOUNS``) shortly before the verb."""
    for k in range(i - 1, max(-1, i - 30), -1):
        w = s.lower[k]
        if w in _CONTENT_VERBS:
            # (of a text or a plan: "40 truk berisi bantuan kemanusiaan" carry aid that is given)
            return not _TEXT_NOUNS.isdisjoint(s.lower[max(0, k - 8) : k])
        if w in _LEFT_BOUNDARIES or w in (".", "!", "?") or _active_verb(w):
            return False
    return False


def _answering(s: _Sentence, i: int) -> bool:
    """The trigger at ``i`` is done in answer: "membalas dengan menembakkan …", "menanggapi dengan ancaman"."""
    return i >= 2 and s.lower[i - 1] == "dengan" and s.lower[i - 2] in _ANSWERING_VERBS


# Verbs of policing a gathering, and nouns of a protest: forces sent "untuk mengamankan aksi" face the protesters.
_SECURING_VERBS = _grammar_words("securing_verbs")
_PROTEST_NOUNS = _grammar_words("protest_nouns")
_CHARGING_PASSIVES = _grammar_words("charging_passives")
# Words between a protest and what it is against ("turun ke jalan untuk menentang …").
_PROTEST_PURPOSE = _grammar_words("protest_purpose")
# Sectors of groups that a relative clause may describe by whom they oppose or back.
_GROUP_SECTORS = frozenset(["MIL", "REB", "OPP", "CVL", "PTY"])
# Nouns of a role in an act, before the act's noun ("negara penjamin kesepakatan", "para penandatangan perjanjian").
_ROLE_IN_AN_ACT = _grammar_words("role_in_an_act")
# Words of will or readiness before a verb, which share its subject ("bersedia bertemu", "berniat mengunjungi").
_WILLING_WORDS = _grammar_words("willing_words")
# Words of casting a vote, before "menentang/menolak/mendukung" ("memberikan suara menentang").
_VOTING_WORDS = _grammar_words("voting_words")
# Verbs of watching, before the noun of a force's movement ("memantau pergerakan militer China").
_WATCHING_VERBS = _grammar_words("watching_verbs")
# Nouns of a facility, before the noun of the act it is for ("situs peluncuran", "pusat penahanan").
_FACILITY_NOUNS = _grammar_words("facility_nouns")
# Nouns of an act's ending, before the noun of the act ("berhentinya serangan", "penghentian kekerasan").
_CESSATION_NOUNS = frozenset(["berhentinya", "penghentian", "dihentikannya", "berakhirnya", "diakhirinya",
                              "pengakhiran"])


def _urged_doer(s: _Sentence, actors: list[_Actor], i: int, lex: Lexicon) -> _Actor | None:
    """The one urged to stop the attacks the noun at ``i`` names: "Para menteri luar negeri ASEAN mendesak
    militer Myanmar segera menghentikan serangan udara terhadap permukiman warga sipil" asks Myanmar's military
    to stop attacks it is making, so the attacks are told as going on, made by the one urged (and the demand is
    coded from "mendesak" as ever). The one urged is the actor right after the demand ("mendesak otoritas militer
    di Naypyidaw menghentikan …": past the place it is at). Only the attacks asked to be stopped: "mendesak Israel
    tidak melancarkan serangan" asks that none be made."""
    k = i - 1
    if k < 2 or s.lower[k] not in _STOP_VERBS:
        return None
    k -= 1
    while k > 0 and s.lower[k] in _URGED_TO:  # "mendesak Israel agar segera menghentikan serangan"
        k -= 1
    for m in range(k - 1, max(-1, k - _URGED_REACH - 1), -1):
        if not any(t.predicate.plover == "REQUEST" and t.voice == "active" for t in lex.lookup(s.lower[m])):
            continue
        urged = next((a for a in actors if a.t0 == m + 1 and a.code and a.entity.type != "LOCATION"), None)
        if urged is None or any(_active_verb(w) for w in s.lower[urged.t1 : k + 1]):
            return None
        return urged
    return None


# Verbs of denial: the act named by a noun right after one, or after a noun of a claim ("membantah kabar …"), is
# the act denied (the denial cues of data/events/modality.yaml that are verbs of the clause).
_DENYING_VERBS = frozenset(["membantah", "menyangkal", "menepis", "menampik", "menyanggah", "menafikan"])


# Acts whose noun, right after the noun of a stop or a suspension, is what is stopped ("penghentian kerja sama").
_STOPPABLE = frozenset(["AID", "COOPERATE", "CONSULT", "AGREE"])


# Acts that the act on them tells were done: "mengecam serangan udara Israel terhadap sekolah di Gaza" codes the
# condemnation and the attack (its doer named after the noun), and "menolak tuntutan AS agar …" or "memenuhi
# permintaan Jepang" the refusal or the concession and the demand, where "menolak perundingan" codes the refusal only.
# Acts agreed on, named by their noun right after the verb of agreeing ("menyepakati rencana latihan gabungan"): coded
# as acts of their own besides the agreement, as the acts after "sepakat" + verb are. (Not a document signed:
# "menandatangani nota kesepahaman kerja sama …" is the agreement only.)
_AGREED_ACTS = frozenset({"COOPERATE", "CONSULT"})
_PRESUPPOSED = {"ACCUSE": frozenset({"ASSAULT", "COERCE"}), "PROTEST": frozenset({"ASSAULT", "COERCE"}),
                "REJECT": frozenset({"REQUEST"}),
                "CONCEDE": frozenset({"REQUEST"})}
# How far before a complementiser ("untuk", "agar") the word that governs it may stand, and how far before the act
# a governor or a complementiser may stand at all (past each "dan" joining a second verb of the complement, as far
# again).
_GOVERNOR_REACH = 16
_IRREALIS_REACH = 8
# Words of a release asked for ("menuntut pembebasan …", "mendesak agar … dibebaskan").
_RELEASE_WORDS = frozenset(["pembebasan", "membebaskan", "dibebaskan", "pelepasan", "melepaskan", "dilepaskan"])
# Words of revenge, whose threat is aimed at the one who attacked.
_REVENGE_WORDS = frozenset(["membalas", "balasan", "pembalasan", "membalasnya"])
# Verbs that answer an attack with another: "bersumpah akan membalas serangan udara yang dilancarkan Israel" tells
# the attack was made.
_RETALIATION_VERBS = frozenset({"membalas", "balas", "membalaskan"})
# What answers a demand: the demand told as its object is addressed to the one who answers. (A proposal,
# "usulan", refused is no demand.)
_ANSWERS = frozenset({"REJECT", "CONCEDE"})
_DEMAND_NOUNS = frozenset({"tuntutan", "desakan", "permintaan", "seruan", "imbauan", "permohonan", "ultimatum"})


@cache
def _time_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("id/dates.yaml")["time_words"])


def _preceded_by_preposition(s: _Sentence, actor: _Actor, allowed: frozenset[str] = frozenset()) -> str | None:
    """The preposition governing an actor: right before it, or before up to two head nouns ("kepada pemimpin
    Korea Utara", "terhadap pemerintah Iran", "ke wilayah Ukraina")."""
    cache = s.preposition_cache  # the same actors are asked about again and again
    if actor.t0 in cache:
        w = cache[actor.t0]
    else:
        w = cache[actor.t0] = _governing_preposition(s.lower, actor.t0)
    return None if w is None or w in allowed else w


# Prepositions of the one acted upon, which a count may follow ("kepada 300 korban"; not "lebih dari 300 warga").
_COUNTED_AFTER = frozenset(["kepada", "terhadap", "bagi", "untuk", "dengan"])


def _governing_preposition(lower: list[str], t0: int) -> str | None:
    roles = _role_nouns()
    # Up to two head nouns, or a longer title ("dengan Menteri Luar Negeri Jepang").
    for k in range(t0 - 1, max(-1, t0 - 6), -1):
        w = lower[k]
        if w == "antara" and k + 1 < t0 and lower[k + 1] == "lain":
            return None  # "Sejumlah negara, antara lain Arab Saudi, …": a list ("among others"), no "between"
        if w in _PREPOSITIONS and not (0 < k < t0 - 1 and lower[k - 1] in roles and lower[k + 1] in roles
                                       and w in roles):
            # (Not one inside a title: "Menteri Dalam Negeri Tito Karnavian menjatuhkan …".)
            return w
        if w in _CLAUSE_OPENERS:
            return None  # "… kepada Malaysia setelah APMM menangkap …": a clause of its own opens before the actor
        if k == t0 - 1 and k > 0 and lower[k - 1] in _COUNTED_AFTER and w[:1].isdigit() \
                and w.replace(".", "").replace(",", "").isdigit():
            return lower[k - 1]  # "kepada 300 korban banjir": a count between the preposition and the noun
        if not w.isalpha() or (w.startswith(("me", "di", "ber", "ter")) and w not in roles
                               and w not in _GROUP_COUNTS):  # ("ke berbagai wilayah Ukraina": no verb)
            return None  # a verb in between: the actor belongs to another clause
        if t0 - k >= 3 and w not in roles:
            return None
    return None


# Conjunctions that open a clause with a subject of its own: no preposition before them governs an actor after them.
_CLAUSE_OPENERS = frozenset(["setelah", "sesudah", "sebelum", "ketika", "saat", "sambil", "seraya", "sembari", "usai",
                             "seusai", "sementara", "karena", "sebab", "sehingga", "namun", "tetapi", "meskipun",
                             "walaupun", "jika", "apabila", "agar", "supaya", "bahwa", "yang"])


@cache
def _role_nouns() -> frozenset[str]:
    """Nouns for roles and bodies that may stand between a preposition and a name ("dengan Menteri Energi …")."""
    d = load_yaml("id/entities.yaml")
    words = set()
    for item in (*d["person_titles"], *d["person_role_words"], *d["title_words"]):
        words.update(str(item).lower().split())
    return frozenset(words)


_CONJUNCTIONS = frozenset(["dan", "serta", "&", "maupun"])


def _joins(s: _Sentence, lo: int, hi: int) -> str | None:
    """"," or "dan" if tokens[lo:hi] join two coordinated actors ("AS, Korsel dan Jepang", "Kim dan pemimpin
    Korea Selatan Moon"): separators, optionally followed by up to two lower-case role words."""
    between = s.lower[lo:hi]
    if not between or between[0] not in _COORDINATORS:
        return None
    if len(between) >= 4 and between[-2:] in ([",", "yakni"], [",", "yaitu"]) and between[0] in _CONJUNCTIONS \
            and len(between) <= 6 and all(w.isalpha() and not _active_verb(w) and not _passive_verb(w)
                                          and w not in _PREPOSITIONS for w in between[1:-2]):
        # "Washington serta para mediator, yakni Mesir, Qatar dan Turki": a group joined to the list, named by its
        # members; the list goes on with them (closed by its own "dan").
        return ","
    seps = [w for w in between if w in _COORDINATORS]
    rest = between[len(seps):]
    # (A longer title is allowed when every word of it is a role word: "… dan Menteri Luar Negeri Norwegia Espen
    # Barth Eide".)
    if between[: len(seps)] != seps or (len(rest) > 2 and not (
            len(rest) <= 4 and all(w in _role_nouns() for w in rest))) or any(
            not w.isalpha() or w in _PREPOSITIONS or _active_verb(w) or _passive_verb(w) for w in rest):
        return None  # ("Ukraina dan menewaskan warga Polandia": a second verb phrase, not a second object)
    return "dan" if any(w in _CONJUNCTIONS for w in seps) else ","


def _starts_clause(s: _Sentence, left: _Actor, right: _Actor) -> bool:
    """"Rusia menyerang Ukraina, dan Jepang mengirim …": after a comma, an actor followed by its own verb begins
    a new clause; it is not coordinated with the object before it."""
    if "," not in s.lower[left.t1 : right.t0] or left.t0 == 0:
        return False
    before = s.lower[left.t0 - 1]
    if not (_looks_like_verb(before) or before in _PREPOSITIONS):
        return False  # "Amerika Serikat, Korea Selatan, dan Jepang mengecam …": a list of subjects
    k = right.t1
    while k < len(s.lower) and s.lower[k] in _AUX:
        k += 1
    if k >= len(s.lower):
        return False
    return _looks_like_verb(s.lower[k])


# "Atas permintaan Polandia, …", "Atas undangan Presiden …, …": what the clause after the comma does is done at the
# behest of the one named after the noun.
_AT_THE_BEHEST = frozenset(["atas", "berdasarkan", "menyusul", "memenuhi"])
# Words that may stand between that comma and the subject of the clause asked ("…, para menteri …").
_BEFORE_THE_ASKED = frozenset(["para", "pihak", "sang"])


def _asked_by_the_clause(s: _Sentence, actors: list[_Actor], j: int, own: set[str | None]) -> list[_Actor]:
    """The subject of the clause after the comma that closes "atas permintaan X" (the noun's name ends at ``j``):
    those asked, who act on it ("Atas permintaan Polandia dan Lituania, Dewan Atlantik Utara menggelar konsultasi"
    is a request of Poland and Lithuania to NATO). Nothing when no comma closes the phrase within a few words, or
    no actor opens the clause right after it."""
    comma = next((k for k in range(j, min(len(s.lower), j + 12)) if s.lower[k] == ","), None)
    asker = next((a for a in actors if a.t0 == j), None)
    if comma is None and asker is not None and j >= 3 and s.lower[j - 2] in _AT_THE_BEHEST \
            and s.lower[asker.t1 :] in (["."], []):
        # "Komdigi telah memutus akses 36 situs … atas permintaan Bareskrim.": the clause before was done at
        # the behest of the one named at the end; its subject was asked (at home too: both of one state).
        verb = next((m for m in range(j - 3, -1, -1) if _active_verb(s.lower[m])), None)
        asked = _subject(s, actors, verb) if verb is not None else []
        return [a for a in asked if a.code and a is not asker]
    if comma is None or any(w in _LEFT_BOUNDARIES for w in s.lower[j:comma]):
        return []
    idx = next((n for n, a in enumerate(actors) if comma < a.t0 <= comma + 2), None)
    if idx is None or not all(w in _BEFORE_THE_ASKED for w in s.lower[comma + 1 : actors[idx].t0]):
        return []
    return [a for a in _coordinated_right(s, actors, idx) if a.code and a.code not in own]


def _object_of_another_verb(s: _Sentence, i: int, joint: bool = False) -> bool:
    """The noun at ``i`` is the object of an active verb before it ("mengecam serangan itu", "menyebut serangan
    tersebut"), a light verb aside ("melancarkan serangan" makes the noun the verb's own act), and for a ``joint``
    act (a meeting, talks, an exercise) a verb that holds or joins it ("membuka latihan gabungan")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        w = s.lower[k]
        if _active_verb(w):
            # (Nor a verb of denial: "Israel membantah serangan terhadap konvoi itu", "membantah kabar penangkapan
            # …" deny the subject's own act.)
            return w not in _LIGHT_VERBS and _denying_verb_before(s, i) is None and not (
                joint and k == i - 1 and w in _words("id/grammar.yaml", "holding_verbs"))
        if not w.isalpha() or w in _PREPOSITIONS or w in _LEFT_BOUNDARIES:
            return False
    return False


def _light_verb_at(s: _Sentence, i: int, pred: Predicate) -> int | None:
    """The light verb within two words before the noun at ``i`` ("menyampaikan protes", "memberikan bantuan"), past
    a count of what is given ("mengirimkan 12 ton bantuan", "membawa 3.000 paket bantuan"), or None. Before a noun
    of aid an active verb of carrying (``carrying_verbs``, id/grammar.yaml) is one too: "pesawat … mendarat …, membawa
    12 ton bantuan" is the carrier's aid ("membawa ancaman" threatens no one; "40 truk berisi bantuan … dari
    Indonesia" tells whose aid after "dari", the trucks giving none)."""
    lower = s.lower
    k = i
    if k >= 2 and _is_count(lower[k - 2]) and lower[k - 1].isalpha():
        k -= 2  # "12 ton", "3.000 paket", "ratusan ton"
    elif k >= 1 and _is_count(lower[k - 1]):
        k -= 1
    for m in range(k - 1, max(-1, k - 3), -1):
        if lower[m] in _LIGHT_VERBS or (pred.plover == "AID" and lower[m].startswith("me")
                                         and lower[m] in _words("id/grammar.yaml", "carrying_verbs")) or (
                lower[m] in _PLANNING_VERBS and pred.plover in _OWN_FORCEFUL_ACTS):
            # (Not before a noun that, with its owner, is the subject of a clause of its own, which the verb reports:
            # "menyatakan permohonan Indonesia akan diproses …" makes no request of the speaker's.)
            return None if _subject_of_a_passive_clause(s, i) else m
    return None


def _subject_of_a_passive_clause(s: _Sentence, i: int) -> bool:
    """The noun at ``i``, with the actor that owns it right after, is the subject of a passive verb (past
    auxiliaries): "permohonan Indonesia akan diproses"."""
    owner = next((a for a in s.actors if a.t0 == i + 1), None)
    if owner is None:
        return False
    after = owner.t1
    while after < len(s.lower) and s.lower[after] in _AUX:
        after += 1
    return after < len(s.lower) and _passive_verb(s.lower[after])


# Verbs of planning an act: before the noun of a forceful act they are light verbs, the act the subject's own, planned
# ("Washington sedang mempertimbangkan serangan balasan terhadap …"). Not before a request, an offer or a charge,
# which others make and the subject weighs ("mempertimbangkan permintaan Indonesia").
_PLANNING_VERBS = _grammar_words("planning_verbs")
_OWN_FORCEFUL_ACTS = frozenset(["ASSAULT", "COERCE", "SANCTION"])


def _is_count(word: str) -> bool:
    """A number written in figures ("12", "3.000", "2,5") or in words ("dua", "ratusan")."""
    return word[:1].isdigit() or word in _number_words() or (word.endswith("an") and word[:-2] in _number_words())


def _light_verb_of_a_coordinated_noun(s: _Sentence, i: int) -> int | None:
    """Where the light verb stands whose second object the noun at ``i`` is, joined by "dan" ("kapal pemasok
    Filipina yang tengah menjalankan misi rotasi dan pengiriman logistik": "menjalankan"); its subject does the
    act."""
    if i < 3 or s.lower[i - 1] != "dan":
        return None
    for k in range(i - 2, max(-1, i - 7), -1):
        w = s.lower[k]
        # ("menjalankan" is light only here: alone before a noun, "menjalankan patroli rutin", it runs an act
        # already going on, which is no new one.)
        if w in _LIGHT_VERBS or w == "menjalankan":
            return k
        if not w.isalpha() or _active_verb(w) or w in _PREPOSITIONS:
            return None
    return None


def _denying_verb_before(s: _Sentence, i: int) -> int | None:
    """Where the verb of denial stands whose act the noun at ``i`` names: right before it ("membantah
    penangkapan …") or before a noun of a claim ("menepis kabar penangkapan …"), also with "adanya" after it
    ("menepis kabar adanya komunikasi langsung dengan Tel Aviv")."""
    for k in (i - 1, i - 2, i - 3):
        if k >= 0 and s.lower[k] in _DENYING_VERBS and all(w in _BEFORE_A_DENIED_ACT for w in s.lower[k + 1 : i]):
            return k
    return None


# Prepositions of purpose, topic or cause: a noun of an act after one is what something else is for, about or due
# to ("berlaku untuk serangan terhadap kapal Filipina"), not an act of the clause's subject.
_ABOUT_PREPOSITIONS = frozenset(["untuk", "terhadap", "atas", "tentang", "mengenai", "soal", "terkait", "akibat",
                                 "karena", "bagi"])


def _in_a_phrase_about(s: _Sentence, i: int) -> bool:
    """The noun at ``i`` comes right after one of ``_ABOUT_PREPOSITIONS`` (or one word after it: "atas berbagai
    serangan"), not after "(ber)tanggung jawab atas", which claims the act ("ISIS mengaku bertanggung jawab atas
    serangan itu")."""
    if i >= 1 and s.lower[i - 1] in _ABOUT_PREPOSITIONS:
        k = i - 1
    elif i >= 2 and s.lower[i - 2] in _ABOUT_PREPOSITIONS and s.lower[i - 1].isalpha() and s.words[i - 1].islower():
        k = i - 2
    else:
        return False
    return not (s.lower[k] == "atas" and k >= 1 and s.lower[k - 1] == "jawab")


def _after_adjunct_opener(s: _Sentence, i: int) -> bool:
    """The noun at ``i`` comes within three words after a word that opens an adjunct of time or cause
    ("setelah gelombang protes", "di tengah aksi unjuk rasa"; ``adjunct_openers`` in id/grammar.yaml)."""
    openers = _words("id/grammar.yaml", "adjunct_openers")
    for k in range(i - 1, max(-1, i - 4), -1):
        w = s.lower[k]
        if w in openers or (k > 0 and f"{s.lower[k - 1]} {w}" in openers):
            return True
        if not w.isalpha():
            return False
    return False


def _passive_verb(w: str) -> bool:
    """A di- passive that is not a role noun ("dikecam"); ber- and ter- words are left out here, being often
    determiners or adverbs ("berbagai", "terutama")."""
    return len(w) >= 5 and w.startswith("di") and w.isalpha() and w not in _role_nouns()


def _looks_like_verb(w: str) -> bool:
    """An active meN- verb, or a ber-, di- or ter- word that is not a role noun ("berunding", "diserang")."""
    return _active_verb(w) or (len(w) >= 5 and w.startswith(("ber", "di", "ter")) and w.isalpha()
                               and w not in _role_nouns())


def _coordinated_left(s: _Sentence, actors: list[_Actor], idx: int) -> list[_Actor]:
    """Actors coordinated before ``actors[idx]``: the list must close with "dan"/"serta" next to it."""
    group = [actors[idx]]
    k = idx
    while k > 0:
        joint = _joins(s, actors[k - 1].t1, actors[k].t0)
        if joint is None or (joint == "," and len(group) == 1) or _starts_clause(s, actors[k - 1], actors[k]):
            break
        group.insert(0, actors[k - 1])
        k -= 1
    return group


def _object_of_the_verb_before(s: _Sentence, actors: list[_Actor], k: int, sources: list[_Actor]) -> list[_Actor]:
    """The actor right after the active verb that ends before token ``k`` (its object: "mengecam Israel" in "…
    mengecam Israel dan menuntut …"), when nothing but that object stands between the verb and ``k``; not one of
    ``sources``' countries."""
    verb = next((m for m in range(k - 1, max(-1, k - 8), -1) if _active_verb(s.lower[m])), None)
    if verb is None:
        return []
    found = next((idx for idx, a in enumerate(actors) if a.t0 == verb + 1 and a.t1 == k), None)
    if found is None or actors[found].code in {a.code for a in sources} or not actors[found].code:
        return []
    return [actors[found]]


def _members_included(s: _Sentence, actors: list[_Actor], group: _Actor) -> list[_Actor]:
    """The countries named after "(,) termasuk" right after ``group`` ("negara-negara anggota BRICS, termasuk
    Indonesia dan Brasil")."""
    k = group.t1 + (1 if group.t1 < len(s.lower) and s.lower[group.t1] == "," else 0)
    if k + 1 >= len(s.lower) or s.lower[k] != "termasuk":
        return []
    first = next((idx for idx, a in enumerate(actors) if a.t0 == k + 1), None)
    if first is None:
        return []
    return [a for a in _coordinated_right(s, actors, first) if a.entity.type == "COUNTRY" and a.code != group.code]


def _coordinated_right(s: _Sentence, actors: list[_Actor], idx: int) -> list[_Actor]:
    """Actors coordinated after ``actors[idx]``; commas count only when a "dan" closes the list."""
    group = [actors[idx]]
    pending: list[_Actor] = []
    k = idx
    while k + 1 < len(actors):
        if actors[k].entity.type == "COUNTRY" and actors[k + 1].entity.type == "PERSON" and all(
                w in _role_nouns() for w in s.lower[actors[k].t1 : actors[k + 1].t0]):
            # "…, Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan, dan …": the country of a title and the
            # person it names are one item of the list.
            (group if group[-1] is actors[k] else pending).append(actors[k + 1])
            k += 1
            continue
        nxt, gap = k + 1, actors[k].t1
        if k + 2 < len(actors) and actors[k + 1].entity.type == "PERSON" \
                and s.lower[actors[k].t1 : actors[k + 1].t0] in (["berinisial"], ["inisial"]):
            # "seorang warga negara China berinisial LW (34) dan seorang warga Malaysia …": the initials (and age)
            # of the one named are part of the item; the list goes on after them.
            nxt, gap = k + 2, actors[k + 1].t1
            if s.lower[gap : gap + 1] == ["("] and gap + 2 < len(s.lower) and s.lower[gap + 2] == ")":
                gap += 3
        joint = _joins(s, gap, actors[nxt].t0)
        if joint is None or (nxt == k + 1 and _starts_clause(s, actors[k], actors[k + 1])):
            break
        pending.append(actors[nxt])
        if joint == "dan":
            group.extend(pending)
            pending = []
        k = nxt
    return group


# Words that open a purpose clause whose doer is the main clause's subject.
_PURPOSE = frozenset(["untuk", "guna", "demi"])
_WILL_NOUNS = _grammar_words("will_nouns")
# Words after which a verb with no subject of its own shares the subject of the verb before ("… setelah menuduh",
# "… dan menewaskan").
_SHARED_SUBJECT = frozenset(["setelah", "sesudah", "sebelum", "sambil", "seraya", "sembari", "usai", "seusai", "dan",
                             "serta", "dengan", "sekaligus"])
# ("membalas … dengan mengenakan tarif": the means, the same doer; "menuding Israel …, sekaligus mendesak …": at once)
# Words of contrast after which a verb with no subject of its own shares the one of the verb before ("…, tetapi
# membantah …").
_CONTRAST_SHARING = frozenset(["tetapi", "tapi", "namun"])
_AUX = frozenset(["telah", "sudah", "akan", "tidak", "tak", "belum", "pernah", "juga", "masih", "sedang", "kerap",
                  "sering", "terus", "bahkan", "pun", "lalu", "kemudian", "segera", "baru", "justru", "malah",
                  "sebaliknya", "tengah", "kembali", "balik"])  # ("… dan balik menuduh Hamas": in turn)
# Addressees right after a verb that are foreigners no actor stands for ("meminta sekutu …", "mendesak komunitas
# internasional …").
_UNNAMED_FOREIGNERS = frozenset(["sekutu", "sekutunya", "komunitas", "dunia", "negara-negara", "mitra"])
# Words of buying: an agreement to buy something "dari X" is made with X.
_PURCHASE_WORDS = frozenset(["pengadaan", "pembelian", "membeli", "impor", "mengimpor", "akuisisi"])
# Verbs of speech that charge someone with what they report: what follows them stays a claim.
_CHARGING_VERBS = frozenset(["menuding", "menuduh", "mengklaim", "mengeklaim", "menyalahkan", "menuntut"])
# Verbs of condemnation: a demand joined to one by "dan" is made by the one who condemns.
_CONDEMNING_VERBS = _grammar_words("condemning_verbs")
# The verbs among them that tell an act as a charge, whoever makes it ("menuntut" asks for one).
_ACCUSING_VERBS = _CHARGING_VERBS - {"menuntut"}
# The longest quotation stepped over as the object of a verb before "dan" + another verb.
_QUOTED_OBJECT = 20
# Words that hedge the verb after them ("yang diduga menewaskan", "disebut telah menyampaikan"): they tell who says
# so (the modality's business), and stand between the verb and its subject like an auxiliary.
# (And words of judgement: "tindakan kapal CCG yang dinilai melanggar hak berdaulat Indonesia" is the ship's act.)
_HEDGES = frozenset(["diduga", "disebut", "dilaporkan", "dikabarkan", "disinyalir", "ditengarai", "kabarnya", "konon",
                     "diyakini", "disebut-sebut", "dinilai", "dianggap", "dicurigai"])
_AUX_OR_HEDGE = _AUX | _HEDGES


# Words that open a clause of time as well as a phrase ("sejak Agustus", "sejak Modi bertemu Xi").
_CLAUSE_OPENING_PREPOSITIONS = frozenset(["sejak", "setelah", "sesudah", "sebelum", "ketika", "saat", "sewaktu"])


def _subject_of_a_clause_opened(s: _Sentence, a: _Actor, i: int) -> bool:
    """The actor right before the verb at ``i`` (past auxiliaries) follows a word that opens a clause of time, with
    its title between ("sejak Perdana Menteri Narendra Modi bertemu …"): it is that clause's subject, not in a
    phrase."""
    if not all(w in _AUX_OR_HEDGE for w in s.lower[a.t1 : i]):
        return False
    k = a.t0 - 1
    while k >= 0 and s.words[k][:1].isupper():
        k -= 1  # past the title ("Perdana Menteri")
    return k >= 0 and s.lower[k] in _CLAUSE_OPENING_PREPOSITIONS


def _subject(s: _Sentence, actors: list[_Actor], i: int, patient: bool = False) -> list[_Actor]:
    """Source of an active clause: nearest actor to the left not in a prepositional phrase, with its coordinates.

    A relative clause takes its head as subject even inside a prepositional phrase: "perselisihan dengan Yunani
    yang telah mencekal …" — Yunani does the banning. With ``patient`` (the subject of a passive), the doer in a
    relative clause that tells the subject's own act stands for it: "usulan yang diajukan Ukraina ditolak Rusia"
    rejects Ukraine's proposal.
    """
    k = i - 1
    # (auxiliaries and hedges, and "selama ini", so far: "tuduhan yang selama ini dibantah Abu Dhabi"; and words of
    # will, whose subject is the verb's: "…, tetapi bersedia bertemu dengan …")
    while k >= 0 and (s.lower[k] in _AUX_OR_HEDGE or s.lower[k] in _WILLING_WORDS
                      or (s.lower[k] == "ini" and k >= 1 and s.lower[k - 1] == "selama")):
        k -= 2 if s.lower[k] == "ini" else 1
    if k >= 0 and s.lower[k] in _PLURAL_PRONOUNS and not _possessive(s, k):
        return []  # "…, ketika mereka sepakat": the pronoun is the subject (see _pronoun_subject)
    if k >= 1 and k == i - 1 and s.lower[k] in _DENYING_VERBS:
        # "…, serta membantah menyasar warga sipil": the act denied right after the verb of denial is the denier's.
        return _subject(s, actors, k)
    if k >= 1 and s.lower[k] in _PURPOSE and (owner := next(
            (idx for idx, a in enumerate(actors) if a.t1 == k and _after_a_will_noun(s, a.t0)), None)) is not None:
        # "respons terhadap keputusan Presiden Donald Trump untuk menaikkan bea masuk atas barang … China": the act
        # willed is the one whose will it is, named right after the noun of the will.
        return _coordinated_left(s, actors, owner)
    if k >= 1 and (s.lower[k] in _PURPOSE or (s.lower[k] == "dalam" and k == i - 1)):
        # "Filipina memanggil duta besar China untuk memprotes …": a purpose clause's doer is the subject of the
        # verb it serves, not that verb's object. So is the doer of the act in which the verb's was done: "Israel
        # menewaskan komandan Houthi dalam serangan udara di Sanaa" (Israel's air strike, not the Houthis').
        # (Past a long name of what the verb acts on: "mengirimkan Special Malaysia Disaster Assistance and Rescue Team
        # (SMART) beranggotakan 45 personel untuk membantu …", up to a clause edge.)
        verb = next((m for m in range(k - 1, max(-1, k - 2 * _TARGET_WINDOW), -1) if _active_verb(s.lower[m])
                     or s.lower[m] in _LEFT_BOUNDARIES or s.lower[m] in (",", ";", ":")), None)
        if verb is not None and _active_verb(s.lower[verb]):
            return _subject(s, actors, verb)
    if k >= 1 and (s.lower[k] in _SHARED_SUBJECT or s.lower[k] in _CONTRAST_SHARING):
        # "Trump merujuk iklan China Daily setelah menuduh Tiongkok …", "Rusia menyerang Ukraina dan menewaskan
        # …": a verb right after "setelah/sambil/dan" has no subject of its own; it shares the one of the verb
        # before, whose object is not its doer. (Not past a quotation or a clause edge.)
        # (A quotation that closes right before, "menyebut aksi itu sebagai "provokasi …" dan mendesak …", is
        # stepped over: the words quoted are the object of the verb before, not a clause of their own.)
        m, stop = k - 1, max(-1, k - _SHARED_REACH)
        contrast = s.lower[k] in _CONTRAST_SHARING
        if contrast and m > 0 and s.lower[m] == ",":
            # "IDF mengakui tank mereka melepaskan tembakan, tetapi membantah …": the subject of the nearest verb
            # before that has one ("mengakui"; "mereka melepaskan" is what was admitted), past the comma.
            m -= 1
            stop -= 1
        if m > 0 and s.lower[m] in _QUOTE_MARKS:
            opening = next((q for q in range(m - 1, max(-1, m - _QUOTED_OBJECT), -1) if s.lower[q] in _QUOTE_MARKS),
                           None)
            if opening is not None:
                stop -= m - opening + 1
                m = opening - 1
        while m > stop:
            w = s.lower[m]
            if w in _QUOTE_MARKS and m > 0 and (opening := next(
                    (q for q in range(m - 1, max(-1, m - _QUOTED_OBJECT), -1) if s.lower[q] in _QUOTE_MARKS),
                    None)) is not None and 0 < m - opening <= 6 and not _active_verb(s.lower[opening + 1]):
                # ("Moskow menyebut serangan itu sebagai balasan atas "serangan teroris" Kyiv …, dan membantah …":
                # a few words quoted inside the object are stepped over too, taking no room; not a verb phrase
                # quoted, "menuding badan PBB "menyebarkan narasi palsu" … dan bekerja sama …", which tells what
                # the one accused did.)
                stop = max(-1, stop - (m - opening + 1))
                m = opening - 1
                continue
            if w == "bahwa" and not contrast and m > 0 and s.lower[m - 1] in _reporting_words() \
                    and not any(_active_verb(x) for x in s.lower[m + 1 : k]):
                # "Tom Homan menanggapi dengan mengatakan bahwa operasi di Chicago akan digandakan dan mengancam akan
                # menangkap …": a report whose clause has no verb of its own to share goes on with the reporter.
                return _subject(s, actors, m - 1)
            if w in _LEFT_BOUNDARIES or w in _QUOTE_MARKS or w in _RIGHT_BOUNDARIES:
                break
            # (A linking verb too: "Malaysia akan menjadi tuan rumah KTT ASEAN dan mengundang …" is Malaysia's.)
            # (And a ber- verb of meeting: "Dubes RI bertemu Gubernur Riyadh dan menyerahkan surat permohonan …".)
            if _active_verb(w) or w in _LINKING_VERBS or w in _MEETING_VERBS or w in _VERBS_OF_THEIR_SUBJECT:
                if w not in _ADDRESSING_VERBS and (asked := _demand_joined_to(s, i, m, stop)) is not None:
                    # "Kemlu meminta DK PBB menjamin keselamatan pasukan … dan mendesak Israel menghentikan …": a
                    # second demand joins the first, past the act asked for; it is the first one's subject's. So after
                    # a charge: "Lin Jian menuding Manila sengaja memprovokasi … dan mendesak Filipina …"; so after a
                    # condemnation: "Prabowo dan Erdogan mengecam serangan Israel yang terus menelan korban … dan
                    # mendesak Dewan Keamanan PBB …" (Israel does not urge the Council). So a warning: "Zakharova
                    # menuduh Warsawa memicu perlombaan senjata dan memperingatkan bahwa Moskow akan …".
                    m = asked
                    w = s.lower[m]
                shared = _subject(s, actors, m)
                if shared:
                    return shared
                before = m - 1
                while before > 0 and (s.lower[before] in _AUX_OR_HEDGE or s.lower[before] in _POTENTIAL_WORDS):
                    before -= 1
                if before > 0 and s.lower[before] in _DEMONSTRATIVES and not contrast:
                    # "IISIA memperkirakan kebijakan tersebut berpotensi menggerus devisa … dan mengancam 25.000
                    # pekerja": the verb before "dan" has a subject of its own, a noun no actor stands for, which the
                    # verb after shares; not the speaker of the verb further back.
                    return []
                if not contrast and any(w in _FIRST_PERSON or w in _THIRD_PERSON or w in _SINGULAR_PERSON
                                        for w in s.lower[max(0, m - 3) : m]):
                    # "Kami telah menghubungi pihak berwenang Iran … dan meminta …": the pronoun is the subject of
                    # both verbs (see _pronoun_subject), not the first verb's object.
                    return []
            m -= 1
    if k >= 1 and s.lower[k] == "yang":
        # (Past a comma, or an age or an abbreviation in brackets: "berinisial AV (34) yang diduga menganiaya …".)
        head = next((idx for idx, a in enumerate(actors)
                     if a.t1 == k or (a.t1 == k - 1 and s.lower[k - 1] == ",")
                     or (a.t1 == k - 3 and s.lower[k - 3] == "(" and s.lower[k - 1] == ")")), None)
        if head is not None and actors[head].entity.type in ("LOCATION", "COUNTRY") and _where_an_act_went(
                s, actors, actors[head].t0):
            # "serangan udara Israel ke wilayah pinggiran Damaskus, Suriah, yang menewaskan 13 warga sipil": the
            # place an act went to, or took place in, closes the act's phrase; the relative clause after it tells
            # more of the act (coded from its noun), not of the place.
            return []
        if head is not None:
            return _coordinated_left(s, actors, head)
        # "provinsi seperti Aceh yang menolak …", "tarif yang menghantam …": the head of the relative
        # clause is a noun no actor stands for, so the clause has no coded subject — unless the head is what an
        # actor issued ("AS mengeluarkan pernyataan yang mengecam …"): then the issuer acts.
        if _words("id/speech.yaml", "statement_nouns").isdisjoint(s.lower[max(0, k - 8) : k]):
            return []
    for idx in range(len(actors) - 1, -1, -1):
        a = actors[idx]
        if a.t1 > i:
            continue
        if patient and a.t0 > 0 and _passive_verb(s.lower[a.t0 - 1]) and a.t1 < i:
            # "nelayan … ditahan otoritas Australia setelah dua perahu mereka dicegat": the agent of a passive verb
            # before is no patient of the one after
            continue
        if a.t0 >= 2 and s.lower[a.t0 - 1] in _QUOTE_MARKS and a.t1 < i and s.lower[a.t1] in _QUOTE_MARKS \
                and not _PREPOSITIONS.isdisjoint(s.lower[max(0, a.t0 - 4) : a.t0 - 1]):
            continue  # "… yang tergabung dalam kelompok "Quad" kembali mendesak …": a name quoted in a phrase
        if not _LEFT_BOUNDARIES.isdisjoint(s.lower[a.t1 : i]) and not _only_a_name_quoted(s.lower, a.t1, i) \
                and not _predicate_quoted(s.lower, a.t1, i):
            return []
        if ((_preceded_by_preposition(s, a) or _abbreviation_in_a_phrase(s, a))
             and not _subject_of_a_clause_opened(s, a, i)) \
                or _apposed_place(s, actors, idx) or (
                _relative_agent(s, a) and not (patient and _performs_for_its_head(s, a))) or _cited_aside(s, a, i):
            continue
        if _reported_clause_subject(s, a.t1, i):
            return []
        head = _relative_head(s, actors, idx, i) if "," in s.lower[a.t1 : i] else None
        # (Not the last of a list set off by commas: "Tiga negara …, yakni Mali, Burkina Faso, dan Niger, mengusir …"
        # are all three.)
        if head is None and s.lower[a.t1 : a.t1 + 1] == [","] and not (
                a.t0 > 0 and s.lower[a.t0 - 1] in ("dan", "serta") and len(_coordinated_left(s, actors, idx)) > 1):
            head = _apposition_head(s, actors, idx, i)
        if head is None and "yang" in s.word_set and idx > 0:
            head = _head_of_a_relative_clause_without_commas(s, actors, idx, i)
        if head is not None:
            # "Trump, yang tahun lalu mengancam Korea Utara, memuji Kim": the relative clause closes at the comma,
            # and the verb after it is its head's; so does an apposition ("China, sekutu dekat Pakistan, meminta …").
            idx = head
        group = _coordinated_left(s, actors, idx)
        return ([g for g in group if not _preceded_by_preposition(s, g)] or group) + _accompanying(s, actors, idx, i)
    return []


def _after_a_will_noun(s: _Sentence, t0: int) -> bool:
    """A noun of a will (``will_nouns``) right before token ``t0``, past a title in capitals ("keputusan Presiden
    Donald Trump")."""
    k = t0 - 1
    while k > 0 and t0 - k <= 3 and s.words[k][:1].isupper() and s.lower[k] not in _WILL_NOUNS:
        k -= 1
    return k >= 0 and s.lower[k] in _WILL_NOUNS


def _head_of_a_relative_clause_without_commas(s: _Sentence, actors: list[_Actor], idx: int, i: int) -> int | None:
    """"Filipina yang memegang keketuaan ASEAN 2026 sebelumnya menggelar …": the actor at ``idx`` is the object of
    the verb of a relative clause opened right after an actor before it; that actor, the clause's head, is the
    subject of the verb at ``i``."""
    a = actors[idx]
    lower = s.lower
    if a.t0 > 0 and (lower[a.t0 - 1] in _CHARGING_VERBS or lower[a.t0 - 1] in _ADDRESSING_VERBS):
        # "Pemerintah yang bersekutu dengan tentara … menuduh Uni Emirat Arab memasok senjata": the one charged or
        # asked right before the verb is the subject of the act charged, whatever clause opened before.
        return None
    for h in range(idx - 1, -1, -1):
        head = actors[h]
        if head.t1 >= a.t0 or lower[head.t1] != "yang":
            continue
        between = lower[head.t1 + 1 : a.t0]
        if any(_active_verb(w) for w in between) and not any(w in (",", ";", ":") or w in _LEFT_BOUNDARIES
                                                              for w in lower[head.t1 : i]) \
                and _preceded_by_preposition(s, head) is None:
            return h
        return None
    return None


def _only_a_name_quoted(lower: list[str], lo: int, hi: int) -> bool:
    """The only boundaries in ``lower[lo:hi]`` are the marks of a short quotation, a name or a word set off
    ("yang tergabung dalam kelompok "Quad" kembali mendesak …"): a clause does not end there."""
    marks = [k for k in range(lo, hi) if lower[k] in _LEFT_BOUNDARIES]
    return len(marks) == 2 and all(lower[k] in _QUOTE_MARKS for k in marks) and 1 < marks[1] - marks[0] <= 4 \
        and not any(_active_verb(w) for w in lower[marks[0] + 1 : marks[1]])


def _presser_of_the_act_named(s: _Sentence, j: int, code: str, context: _Context, lex: Lexicon) -> _Actor | None:
    """The doer of the latest act told against ``code``'s side (a demand, charge, penalty, threat or force) whose
    type the noun right after the verb at ``j`` names ("menentang sanksi sepihak"); None when the noun names no
    such act, or no one did it to that side."""
    while j < len(s.lower) and s.lower[j] in _QUOTE_MARKS:
        j += 1  # (past the close of the verb quoted: "menentang" sanksi …)
    if j >= len(s.lower):
        return None
    named = {t.predicate.plover for t in lex.lookup(s.lower[j]) if t.voice == "nominal"}
    if not named or named.isdisjoint(_PRESSING):
        return None
    return next((who for who, pressed, kind in reversed(context.pressed)
                 if pressed == code and kind in named and who.code != code), None)


def _penalty_aimed_again(s: _Sentence, i: int, j: int, context: _Context) -> tuple[EventActor, int] | None:
    """(the one who imposed the latest penalty told, the end of the verb of aiming) when the penalty noun at ``i``
    opens its clause and is the subject of a verb of aiming ("Sanksi itu juga menyasar …"); else None."""
    if i > 0 and s.lower[i - 1] not in (",", "dan", "serta") and s.words[i - 1][:1].islower():
        return None
    k = j
    while k < len(s.lower) and (s.lower[k] in _DEMONSTRATIVES or s.lower[k] in _AUX_OR_HEDGE
                                or s.lower[k] in ("baru", "terbaru")):
        k += 1
    if k >= len(s.lower) or s.lower[k] not in _words("id/grammar.yaml", "aiming_verbs") or s.lower[k].startswith("di"):
        return None
    doer = next((who for who, _, kind in reversed(context.pressed) if kind == "SANCTION"), None)
    return (doer, k + 1) if doer is not None else None


# Verbs that cite a news outlet for what follows ("Melansir Reuters, …").
_OUTLET_CITING = _grammar_words("outlet_citing_verbs")


def _bare_title_subject(s: _Sentence, i: int, why: list[str]) -> _Actor | None:
    """The person a title standing alone as the subject before the trigger at ``i`` refers to ("Presiden kemudian
    bertemu …" after "Presiden Prabowo Subianto"): the last person named before this sentence with that title. The
    title opens its clause and no name follows it."""
    k = i - 1
    while k >= 0 and s.lower[k] in _AUX_OR_HEDGE:
        k -= 1
    titles = cues().titles  # (the person and regional titles, folded: "presiden", "menteri luar negeri")
    for n in (3, 2, 1):
        start = k - n + 1
        if start < 0 or not s.words[start][:1].isupper() or " ".join(s.lower[start : k + 1]) not in titles:
            continue
        if start > 0 and s.lower[start - 1] not in (",", "dan", "serta", "lalu", "kemudian"):
            return None  # (a title inside a phrase, "menurut Presiden", names no subject)
        title = " ".join(s.lower[start : k + 1])
        article, codes = s.article, s.actor_args[1]
        before = s.tokens[0].start
        best = None
        for e in article.entities:
            if e.type != "PERSON" or not any(match_key(t) == title for t in e.titles):
                continue
            last = max((m.start for m in e.mentions if m.field == "text" and m.start < before), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, e)
        if best is None:
            return None
        code = codes.get(best[1].id, (None, ""))[0]
        if not code:
            return None
        why.append(f"'{' '.join(s.words[start : k + 1])}' alone is the person last named with that title: "
                   f"{best[1].name}")
        return _Actor(start, k + 1, best[1], code, f"the person last named as '{title}'")
    return None


def _own_side_announced(s: _Sentence, actors: list[_Actor], j: int, code: str | None) -> bool:
    """The clause after the verb at ``j`` ("bahwa …", past a comma) opens with an actor of ``code``: what the speaker
    announces is an act of its own side."""
    k = j
    while k < len(s.lower) and s.lower[k] in (",", "bahwa"):
        k += 1
    return code is not None and k > j and "bahwa" in s.lower[j:k] and any(
        a.t0 == k and a.code == code for a in actors)


def _predicate_quoted(lower: list[str], lo: int, i: int) -> bool:
    """A quotation opens right after the subject (``lower[lo]``, past auxiliaries) and the verb at ``i`` comes a
    few words into it: "Beijing "dengan tegas menentang" sanksi sepihak": the subject's own words quoted, which
    go on with its clause (a quotation opened after a verb of saying or a colon is a clause of its own)."""
    q = lo
    while q < i and lower[q] in _AUX_OR_HEDGE:
        q += 1
    return q < i and lower[q] in _QUOTE_MARKS and i - q <= 4 and not any(
        w in _LEFT_BOUNDARIES or w in _QUOTE_MARKS or _active_verb(w) for w in lower[q + 1 : i])


# Nouns for bodies that, made plural by reduplication and named with no country ("lembaga-lembaga kemanusiaan",
# "organisasi-organisasi internasional"), are of no country (unlike people: "mengimbau anak-anak" is at home).
_BODIES_OF_NO_COUNTRY = frozenset(["lembaga", "organisasi", "kelompok", "badan", "institusi", "perusahaan"])


def _abbreviation_in_a_phrase(s: _Sentence, a: _Actor) -> bool:
    """The actor is an abbreviation in brackets after a long form that a preposition opens ("melalui Agensi
    Pengurusan Bencana Negara (NADMA) mengirimkan …"): it stands in that phrase, as its long form does."""
    if a.t0 < 3 or s.lower[a.t0 - 1] != "(":
        return False
    m = a.t0 - 2
    while m > 0 and s.words[m][:1].isupper():
        m -= 1
    return m < a.t0 - 2 and s.lower[m] in _PREPOSITIONS


@cache
def _citing_cues() -> tuple[tuple[str, ...], ...]:
    """The cues that cite an outlet or a source (``source_markers`` of id/speech.yaml, kinds "outlet" and "source"),
    as word tuples."""
    return tuple(tuple(m["cue"].split()) for m in load_yaml("id/speech.yaml")["source_markers"]
                 if m["kind"] in ("outlet", "source"))


# Nouns of what a source put out, which a citing cue may name before the source ("melansir laporan WFP").
_REPORT_NOUNS = frozenset(["laporan", "keterangan", "pernyataan", "data", "situs", "siaran", "rilis", "akun",
                           "catatan"])


# Words for what kind of outlet a citing cue names before its name ("mengutip kantor berita Suriah SANA").
_OUTLET_WORDS = frozenset(["kantor", "berita", "media", "harian", "surat", "kabar", "stasiun", "televisi", "radio",
                           "situs", "laman", "portal", "majalah", "lembaga", "penyiaran", "pemerintah", "resmi",
                           "milik", "negara"])


def _cited_aside(s: _Sentence, a: _Actor, i: int) -> bool:
    """The actor is the outlet or source of an aside set off by commas before the verb at ``i`` ("Greer, seperti
    dilaporkan Reuters, meminta …", "Israel, menurut Al Jazeera, menyerang …"): cited, it does not act."""
    if "," not in s.lower[a.t1 : i]:
        return False
    comma = next((k for k in range(a.t0 - 1, max(-1, a.t0 - 10), -1) if s.lower[k] == ","), None)
    if comma is None:
        if a.t0 >= 10:
            return False
        comma = -1  # "Dilansir Al Jazeera, Kamis (20/11/2025), serangan … menghantam …": the aside opens the sentence
    # (Nor a means set off so: "Pihak Israel, melalui badan koordinasi sipilnya COGAT, membantah …"; nor one inside
    # a relative clause set off so: "Amerika Serikat, yang memfasilitasi perjanjian damai Kongo-Rwanda, mendesak …".)
    cue = tuple(s.lower[comma + 1 : a.t0])
    if cue[-1:] == ("the",):
        cue = cue[:-1]  # "seperti dilansir The Daily Star": the article of the outlet's English name
    cues = _citing_cues()
    # "Melansir laporan Program Pangan Dunia (WFP), …": the source's report is cited (the cue may name it too:
    # "Berdasarkan data Ditjen Imigrasi, …")
    reported = cue[:-1] if len(cue) > 1 and cue[-1] in _REPORT_NOUNS else cue
    if cue in cues or reported in cues or (comma + 1 < a.t0 and (
            s.lower[comma + 1] in _BY_MEANS or s.lower[comma + 1] == "yang")):
        return True
    # "Dikutip dari kantor berita Suriah SANA, …": the cue, then what kind of outlet it is and whose.
    countries = {k for x in s.actors if x.entity.type == "COUNTRY" for k in range(x.t0, x.t1)}
    return any(cue[:n] in cues and all(w in _OUTLET_WORDS or comma + 1 + n + m in countries
                                       for m, w in enumerate(cue[n:])) for n in range(1, len(cue)))


def _accompanying(s: _Sentence, actors: list[_Actor], idx: int, i: int) -> list[_Actor]:
    """"Pemerintah Indonesia bersama Malaysia mendesak …": the actors joined to the subject ``actors[idx]`` by
    "bersama (dengan)" right before the verb at ``i`` act with it."""
    k = actors[idx].t1
    if k + 2 < i and s.lower[k] == "(" and s.lower[k + 2] == ")":
        k += 3  # "Tentara Nasional Indonesia (TNI) bersama …": the acronym in brackets is the same actor
    if idx + 1 >= len(actors) or k >= i or s.lower[k] != "bersama":
        return []
    k += 1
    if s.lower[k] == "dengan":
        k += 1
    partner = actors[idx + 1]
    if partner.t0 != k or partner.t1 > i:
        return []
    group = [a for a in _coordinated_right(s, actors, idx + 1) if a.t1 <= i]
    # (The verb may be one whose object is the act: "… resmi membuka latihan gabungan".)
    verb = i - 1 if i - 1 > group[-1].t1 and _active_verb(s.lower[i - 1]) else i
    if any(w not in _AUX and w != "resmi" for w in s.lower[group[-1].t1 : verb]):
        return []  # "X bersama Y di Jakarta mendesak …" is no list of subjects this reading trusts
    return group


def _apposed_place(s: _Sentence, actors: list[_Actor], idx: int) -> bool:
    """A place set off by a comma after the place or the prepositional phrase before it ("di depan Gedung DPR,
    Jakarta, menolak …", "di Surabaya, Jawa Timur, …"): it says where that is, and does nothing itself."""
    a = actors[idx]
    if a.entity.type == "COUNTRY":
        # "KBRI Sanaa yang untuk sementara berkantor di Salalah, Oman, terus berkomunikasi …": the country of a place
        # named after "di", set off by commas, says where that place is.
        comma = a.t0 - 1
        return comma > 1 and s.lower[comma] == "," and a.t1 < len(s.lower) and s.lower[a.t1] == "," and any(
            end == comma and _governing_preposition(s.lower, k0) == "di"
            for k0, end, _ in _sentence_places(s.article, s))
    if a.entity.type != "LOCATION":
        return False
    before = _starts_before_comma(s, a.t0, actors[:idx])
    # (Not a seat of government of another country than the place before, which opens the clause: "Melalui
    # pernyataan Kedutaan Besar AS di Manila, Washington mengecam …" is Washington's act.)
    if a.entity.acts_for and any(b.t1 == a.t0 - 1 and b.code and b.code != a.code for b in actors[:idx]):
        return False
    return any(_governing_preposition(s.lower, k) is not None for k in before)


def _starts_before_comma(s: _Sentence, k: int, actors: Iterable[_Actor]) -> list[int]:
    """When a comma stands right before token ``k``: where the places named before it (an actor or not: a building
    or a street stands for no one) and the ``actors`` that end at it start."""
    comma = k - 1
    if comma < 1 or s.lower[comma] != ",":
        return []
    return [*(k0 for k0, end, _ in _sentence_places(s.article, s) if end == comma),
            *(b.t0 for b in actors if b.t1 == comma)]


# Words that end a relative clause before its comma could ("… yang mengecam Rusia karena …, …").
_CLAUSE_WORDS = _LEFT_BOUNDARIES - _QUOTE_MARKS


def _relative_head(s: _Sentence, actors: list[_Actor], idx: int, i: int) -> int | None:
    """The index of the actor a relative clause hangs from ("Trump, yang … mengancam Korea Utara, memuji …"),
    when ``actors[idx]`` stands inside that clause, after its verb, and a comma closes the clause before the
    trigger at ``i``; else None."""
    a = actors[idx]
    # (within a few words: "… berupaya menengahi perundingan damai Rusia-Ukraina, memberikan …")
    if not any(_active_verb(w) for w in s.lower[max(0, a.t0 - 5) : a.t0]):
        return None  # not the object of a verb in the clause
    for h in range(idx - 1, -1, -1):
        head = actors[h]
        rest = s.lower[head.t1 : a.t0]
        if not rest or (rest[0] != "yang" and rest[:2] != [",", "yang"]):
            continue
        if not _CLAUSE_WORDS.isdisjoint(s.lower[head.t1 : i]) or _preceded_by_preposition(s, head):
            return None
        return h
    return None


def _apposition_head(s: _Sentence, actors: list[_Actor], idx: int, i: int) -> int | None:
    """"China, sekutu dekat Pakistan, meminta …", "Rusia, mitra dekat Teheran, menyebut …": ``actors[idx]`` ends an
    apposition set off by commas between an actor and the verb at ``i``; the index of the actor it describes, which
    is the subject. (Lower-case words of a role open the apposition; with none, "China, Pakistan, …" is a list.)"""
    a = actors[idx]
    if any(w not in _AUX_OR_HEDGE for w in s.lower[a.t1 + 1 : i]):
        return None  # the comma after the actor closes the apposition right before the verb
    k = a.t0 - 1
    # (Other actors may stand in it, and "setelah" right before one, ranking: "Jerman, pemasok senjata terbesar kedua
    # bagi Kyiv setelah Amerika Serikat, telah mengusir …", opened by a lower-case word of a role.)
    while k > a.t0 - _APPOSITION_REACH and k > 0 and s.lower[k] != ",":
        named = any(x.t0 <= k < x.t1 for x in actors)
        ranking = s.lower[k] in ("setelah", "sesudah") and any(x.t0 == k + 1 for x in actors)
        if not named and not ranking and (not s.words[k].isalpha() or not s.words[k].islower()
                                          or _active_verb(s.lower[k]) or s.lower[k] in _CLAUSE_WORDS
                                          or s.lower[k] == "yang"):
            return None
        k -= 1
    if k == a.t0 - 1 or s.lower[k] != "," or not s.words[k + 1].islower():
        return None
    return next((h for h in range(idx - 1, -1, -1) if actors[h].t1 == k), None)


# The longest apposition read between an actor and its verb.
_APPOSITION_REACH = 12


# Words that may stand between a reporting verb and the verb it reports without being its subject: the
# speaker stays the subject ("Lavrov mengatakan akan mengirim …", "Kim menegaskan pihaknya siap …").
_TRANSPARENT_AFTER_SPEECH = frozenset(["bahwa", "siap", "ingin",
                                       "harus", "perlu", "bisa", "dapat", "mampu", "mau", "hendak", "berencana",
                                       "berniat", "berupaya", "berusaha", "bersedia", "pertama", "sekali", "lagi",
                                       "kembali", "hanya", ",", "“", '"', "”", *_THIRD_PERSON])


# Pronouns by which a speaker names its own side ("bahwa pihaknya akan …").
_SPEAKERS_OWN = frozenset(["pihaknya", "negaranya", "pemerintahnya"])
# Words of when something was said, between the verb of saying and what is said ("NATO mengatakan pada hari Kamis
# bahwa pihaknya akan mengerahkan …"): the speaker stays the subject past them.
_SPOKEN_WHEN = frozenset(["pada", "hari", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "kemarin",
                          "malam", "pagi", "siang", "sore"])


def _reported_clause_subject(s: _Sentence, lo: int, i: int) -> bool:
    """A reporting verb between an actor and the trigger, followed by another noun: that noun is the subject of
    the reported clause, not the speaker ("Moualem mengatakan pasukan asing menduduki …": the forces occupy)."""
    reporting = _words("id/speech.yaml", "after_speaker")
    if reporting.isdisjoint(s.word_set):
        return False
    for m in range(i - 1, lo - 1, -1):
        if s.lower[m] in reporting:
            closing = next((c for c in range(i - 1, m, -1) if s.lower[c] == ","), None)
            if m > 0 and s.lower[m - 1] == "yang" and closing is not None and all(
                    w in _AUX_OR_HEDGE for w in s.lower[closing + 1 : i]):
                # "Duque, yang berbicara di Bogota, menolak tuduhan itu": the verb of speech tells the subject's
                # occasion in a relative clause closed by a comma; no clause is reported.
                return False
            between = [w for w in s.lower[m + 1 : i] if w not in _AUX and w not in _TRANSPARENT_AFTER_SPEECH
                       and w not in _SPOKEN_WHEN]
            if between and between[-1] == s.lower[i - 1] and between[-1] in _LIGHT_VERBS:
                between.pop()  # "Budi mengaku telah melakukan penembakan": the speaker did it
            # "Vietnam berjanji dalam pertemuan dengan …": a noun right after a preposition of the reporting verb
            # is part of the speaker's own clause, not the subject of a reported one.
            if between == [s.lower[i - 1]] and between[0] in _PREPOSITIONS:
                return False
            # "Australia mengumumkan paket bantuan untuk Ukraina": a reporting verb that is also a light verb,
            # with a word or two of the noun phrase before the trigger and no actor among them, has the act as
            # its object: the speaker's own.
            # (Not after a comma, "JCS menyatakan, rudal diluncurkan …", nor before a passive verb: a clause.)
            if (between and len(between) <= 2 and s.lower[m] in _LIGHT_VERBS and s.lower[m + 1] != ","
                    and not _passive_verb(s.lower[i])
                    and not any(map(_active_verb, between)) and not any(m < a.t0 < i for a in s.actors)):
                return False
            return bool(between)
    return False


@cache
def _words(file: str, key: str) -> frozenset[str]:
    """A word list of a language data file, as a set."""
    return frozenset(load_yaml(file)[key])


def _object(s: _Sentence, actors: list[_Actor], j: int, preps: tuple[str, ...], nominal: bool = False,
            topic: bool = True, doers: Collection[_Actor] = ()) -> tuple[list[_Actor], str]:
    """Target after the trigger: an actor after one of ``preps``, else the first actor (the direct object); with
    ``topic``, else the actor the clause is about ("… pada/mengenai Korea Utara"). ``doers``: the actors right
    after a noun that say whose act it is ("Kecaman Jerman terhadap Rusia"), no candidates."""
    # "mendukung Budi mengkritik Jepang …": past another verb, actors belong to it — but not past a verb
    # of means ("melakukan penyerangan dengan menabrakkan truk ke pejalan kaki") or of stance ("berunjuk rasa
    # menentang kebijakan pemerintah").
    in_reach = [(idx, a) for idx, a in enumerate(actors) if j <= a.t0 <= j + _TARGET_WINDOW]
    if not in_reach:
        return [], ""
    # (Not for a meeting, agreement or cooperation, which has no stance: in "sepakat mendesak junta Myanmar" the
    # junta is urged, no party to the agreement.)
    stance = _words("id/grammar.yaml", "stance_verbs") if topic else frozenset()
    # Looked for no further than the last actor in reach: a verb past it stops nothing.
    reach = min(len(s.lower), in_reach[-1][1].t0)
    # A ber- or di- verb after "untuk" starts a clause of its own too: "setuju untuk bergabung dengan NATO" is
    # agreeing to join NATO, not agreeing with it.
    # So does a relative clause's passive verb with its agent: "menyepakati gencatan senjata yang dimediasi Qatar"
    # (Qatar mediates); not one without ("menabrakkan truk yang disewanya ke pejalan kaki").
    starts = {a.t0 for _, a in in_reach}
    # (A stance verb in a relative clause is that clause's, not the act's: "menyepakati pernyataan bersama yang
    # mendesak junta Myanmar …" agrees with no junta.)
    # (A stance verb after "dan" or "serta" is a second verb phrase of the subject's: "mengutuk serangan di Islamabad
    # dan mendesak India serta Pakistan menahan diri" does not condemn India.)
    next_verb = next((k for k in range(j, reach) if (_ACTIVE_VERBS[s.lower[k]] and s.lower[k - 1] != "dengan"
                                                     and (s.lower[k] not in stance
                                                          or s.lower[k - 1] in ("yang", "dan", "serta")))
                      or (k > j and s.lower[k - 1] == "untuk" and _looks_like_verb(s.lower[k]))
                      # ("meningkatkan kesiagaan dan berbagi informasi dengan AS dan Jepang": a ber- verb after
                      # "dan" is a second verb phrase of the subject's too)
                      or (k > j and s.lower[k - 1] in ("dan", "serta") and s.lower[k].startswith("ber")
                          and _looks_like_verb(s.lower[k]))
                      or (k > j and s.lower[k - 1] == "yang" and _passive_verb(s.lower[k])
                          and _agent_follows(s, k + 1, starts)
                          and not _performing_agent(s.lower, j, _after_oleh(s.lower, k + 1)))),
                     len(s.lower))
    candidates = []
    through = not s.word_set.isdisjoint(_BY_WAY_OF)  # (asked of every actor in reach: most sentences have none)
    # "sementara" right after the verb is "for now" ("menghentikan sementara bantuan ke …"), not "while".
    after = j + 1 if j < len(s.lower) and s.lower[j] == "sementara" else j
    # "…, termasuk pertukaran sandera dengan …": what the act includes, told after the act, holds no target.
    elaboration = _elaboration_at(s.lower, after, reach)
    while elaboration < reach and elaboration + 2 in starts and (s.lower[elaboration + 1] in _NAMING_WORDS or (
            s.lower[elaboration + 1] == "termasuk" and not any(after <= t < elaboration for t in starts)
            and elaboration - after <= 4 and _PREPOSITIONS.isdisjoint(s.lower[after:elaboration]))):
        # "mendesak (Washington serta) para mediator, yakni Mesir, Qatar dan Turki, …": the members of a group
        # named after it are the ones acted upon, not an elaboration of the act. So are those a group no actor
        # stands for includes, named right after the verb: "mendesak negara-negara berkembang, termasuk Indonesia,
        # …", "menyerang sejumlah kota, termasuk Kyiv" (not "mencapai kesepakatan pekan lalu, menyusul tekanan dari
        # sejumlah mitra dagang, termasuk Indonesia", whose pressure is another act).
        elaboration = _elaboration_at(s.lower, elaboration + 2, reach)
    # (A boundary word the entry takes as its preposition, right before the actor, opens the target: "menyampaikan
    # harapan agar China membuka …".)
    opens = after + 1 if after < len(s.lower) and s.lower[after] in preps else after
    for idx, a in in_reach:
        if not _TARGET_BOUNDARIES.isdisjoint(s.lower[opens if a.t0 == opens else after : a.t0]) \
                or _new_clause(s, j, a.t0) or _quotation_closes(s, after, a.t0):
            break
        if a.t0 > next_verb or a.t0 > elaboration:
            break
        if a.entity.type in ("LOCATION", "COUNTRY") and a.t0 > 0 and (
                s.lower[a.t0 - 1] == "di" or _in_place_phrase(s, a.t0, (c for _, c in candidates))):
            continue  # "di Jakarta", "di Istanbul, Turki", "KTT APEC di Korea Selatan": where, not to whom
        if a in doers:
            continue
        if through and _through(s.lower, a.t0):
            continue  # "melalui Kementerian Hukum", "lewat lembaga-lembaga PBB": the means, not the one acted upon
        candidates.append((idx, a))
    for n, (idx, a) in enumerate(candidates):
        prep = _preceded_by_preposition(s, a, frozenset())
        if prep is not None and j > 0 and s.lower[j - 1] == prep and prep not in s.lower[j : a.t0] \
                and a.entity.type == "AGENT" and any(_preceded_by_preposition(s, c, frozenset()) in preps
                                                     for _, c in candidates[n + 1 :]):
            # "menggelar latihan bersama pasukan khusus dengan Tentara Pembebasan Rakyat China": the trigger's own
            # word before a generic noun of what is done is no preposition when a side follows a real one.
            continue
        # "terhadap" (against, towards) introduces the one acted upon whatever the entry lists ("penembakan
        # terhadap X", "sanksi terhadap X") when no actor comes before it ("mengecam serangan Israel terhadap
        # …" condemns Israel); it is no side of a meeting or an agreement.
        # (An actor before it in a phrase of its own does not count: "gugatan ke WTO terhadap Uni Eropa".)
        # (Not past the doer of the act named, after "oleh": "mengutuk serangan oleh milisi Houthi terhadap kapal
        # Yunani" condemns the Houthis.)
        if prep and (prep in preps or (prep == "terhadap" and topic and (n == 0 or all(
                _preceded_by_preposition(s, c, frozenset()) not in (None, "oleh") for _, c in candidates[:n])))):
            return _coordinated_right(s, actors, idx), f"after '{prep}'"
    for idx, a in candidates:
        # "tarif terhadap baja dari Tiongkok", "bantuan bagi pengungsi dari Suriah": the goods or people the act
        # is aimed at come from the actor it is aimed at.
        if a.t0 >= 2 and s.lower[a.t0 - 1] == "dari" and any(
                w in preps for w in s.lower[max(j, a.t0 - 4) : a.t0 - 2]):
            return _coordinated_right(s, actors, idx), "after 'dari', of what the act is aimed at"
    if nominal:
        # a noun takes its target only through a preposition ("serangan … terhadap Y")
        return _carried(s, actors, after)
    for idx, a in candidates:
        if _preceded_by_preposition(s, a) is None:
            return _coordinated_right(s, actors, idx), "object of the verb"
    # "menolak seruan … pada Korea Utara": the actor the clause is about, after a looser preposition.
    for idx, a in candidates if topic else ():
        # "mengecam peluncuran rudal oleh Korea Utara": the doer of the act condemned. (Not the agent of a passive
        # just before the act: "Israel dituding melakukan genosida oleh Afrika Selatan" names who makes the charge,
        # no one the genocide is done to.)
        prep = _preceded_by_preposition(s, a)
        if prep in ("pada", "atas", "tentang", "mengenai", "soal") or (
                prep == "oleh" and a.t0 - 1 > after and not any(map(_passive_verb, s.lower[max(0, j - 5) : j]))):
            return _coordinated_right(s, actors, idx), f"after '{prep}'"
    return _carried(s, actors, after)


def _through(lower: list[str], k: int) -> bool:
    """Token ``k`` names what an act goes through: right after "melalui/lewat/via", or after it and a common noun
    or two ("melalui lembaga-lembaga PBB", "lewat jalur diplomatik Kementerian Luar Negeri")."""
    return any(lower[m] in _BY_WAY_OF and all(w.isalpha() or "-" in w for w in lower[m + 1 : k])
               for m in range(max(0, k - 3), k))


def _carried(s: _Sentence, actors: list[_Actor], k: int) -> tuple[list[_Actor], str]:
    """The people a vehicle right after ``k`` carries, when the act is aimed at it ("penembakan … terhadap kapal
    yang mengangkut pekerja migran Indonesia", "menembaki truk yang membawa relawan …"): the act is aimed at them.
    The vehicle comes within two words, or after "terhadap/ke/atas" further on (past the doer named after "oleh");
    those carried follow a verb of carrying (id/grammar.yaml, carrier_nouns and carrying_verbs) within three words."""
    carriers = _words("id/grammar.yaml", "carrier_nouns")
    if s.word_set.isdisjoint(carriers):
        return [], ""  # (most sentences name no vehicle: asked of every object looked for)
    lower = s.lower
    vehicle = next((m for m in range(k, min(len(lower), k + 12)) if lower[m] in carriers
                    and (m - k <= 2 or lower[m - 1] in _PLACE_PREPOSITIONS)), None)
    if vehicle is None or any(w in _RIGHT_BOUNDARIES or w in (",", ".") for w in lower[k:vehicle]):
        return [], ""
    verb = next((m for m in range(vehicle + 1, min(len(lower), vehicle + 5)) if lower[m - 1] == "yang"
                 and lower[m] in _words("id/grammar.yaml", "carrying_verbs")), None)
    if verb is None:
        return [], ""
    carried = next((idx for idx, a in enumerate(actors) if verb < a.t0 <= verb + 3
                    and "," not in lower[verb + 1 : a.t0]), None)
    if carried is None:
        return [], ""
    return _coordinated_right(s, actors, carried), "the people carried by the vehicle the act is aimed at"


def _in_place_phrase(s: _Sentence, k: int, actors: Iterable[_Actor] = ()) -> bool:
    """Token ``k`` is set off by a comma right after a place where something happens ("di Istanbul, Turki",
    "di perairan Belawan, Sumatera Utara"), the place being an actor (a capital) or not."""
    return any(_after_di(s.lower, k0) for k0 in _starts_before_comma(s, k, actors))


def _where_an_act_went(s: _Sentence, actors: list[_Actor], k: int) -> bool:
    """Token ``k`` names a place after "di" or "ke", maybe with lower-case words between ("ke wilayah pinggiran
    Damaskus"), or set off by a comma after such a place ("di pasar Peshawar, Pakistan")."""
    lower = s.lower
    if k >= 2 and lower[k - 1] == ",":
        # the place before the comma: an actor's words, or a capitalised name no actor stands for
        before = next((a.t0 for a in actors if a.t1 == k - 1), None)
        if before is None:
            before = k - 1
            while before > 0 and s.words[before - 1][:1].isupper():
                before -= 1
        return before < k - 1 and _where_an_act_went(s, actors, before)
    for m in range(k - 1, max(-1, k - 5), -1):
        if lower[m] in ("di", "ke"):
            return True
        if not lower[m].isalpha() or lower[m] in _PREPOSITIONS or _active_verb(lower[m]):
            return False
    return False


def _after_di(lower: list[str], k: int) -> bool:
    """"di" before ``k``, maybe with lower-case words between ("di perairan selatan Pulau Jeju")."""
    for m in range(k - 1, max(-1, k - 5), -1):
        if lower[m] == "di":
            return True
        if not lower[m].isalpha() or lower[m] in _PREPOSITIONS or _active_verb(lower[m]):
            return False
    return False


def _agent_follows(s: _Sentence, k: int, starts: set[int]) -> bool:
    """An actor starts at ``k``, after "oleh", or after a title of capitalised words ("yang dimediasi Perdana Menteri
    Malaysia Anwar Ibrahim"): the agent of the passive verb before ``k``."""
    if k < len(s.lower) and s.lower[k] == "oleh":
        k += 1
    for m in range(k, min(len(s.lower), k + 4)):
        if m in starts:
            return True
        if not s.words[m][:1].isupper():
            return False
    return False


def _sports_team(s: _Sentence, actor: _Actor) -> bool:
    """The actor is a sports team named by its country or city: a team word (``sports_team_words`` in
    id/grammar.yaml) right before it ("Timnas Indonesia", "tim Korea Selatan") or opening its name."""
    team = _words("id/grammar.yaml", "sports_team_words")
    first = actor.entity.name.lower().split(" ", 1)[0]
    if first in team:
        return True
    # (An actor found in an earlier sentence, which a pronoun here stands for, has its tokens there; one here
    # starts with its name's first word or an abbreviation of it: "Timnas AS".)
    t0 = actor.t0
    if not 0 < t0 < len(s.lower) or (s.lower[t0] != first and not s.words[t0].isupper()):
        return False
    return s.lower[t0 - 1] in team or (t0 > 1 and f"{s.lower[t0 - 2]} {s.lower[t0 - 1]}" in team)


def _a_match(s: _Sentence, actors: list[_Actor]) -> bool:
    """The sentence tells a match: a word of sport (``match_words`` in id/grammar.yaml: "laga", "pertandingan",
    "skor", …), or a score right after a side ("Jepang menggempur Korea Selatan 3-1 di final Piala Asia")."""
    if not s.word_set.isdisjoint(_words("id/grammar.yaml", "match_words")):
        return True
    lower = s.lower
    return any(a.t1 + 2 < len(lower) and lower[a.t1].isdigit() and len(lower[a.t1]) <= 2 and lower[a.t1 + 1] == "-"
               and lower[a.t1 + 2].isdigit() and len(lower[a.t1 + 2]) <= 2 for a in actors)


_ELABORATION_WORDS = frozenset(["termasuk", "yakni", "yaitu"])
# The words among them that name the members of a group just named ("para mediator, yakni Mesir, Qatar dan Turki").
_NAMING_WORDS = frozenset(["yakni", "yaitu"])
# Words that open the list of those a relative clause told of ("negara yang menolak antara lain Argentina …"): on
# their own, or as the first of "antara lain", "di antaranya".
_LIST_OPENERS = frozenset(["yakni", "yaitu", "adalah", "ialah"])
_LISTING_WORDS = _LIST_OPENERS | {"antara", "antaranya"}


def _outside_a_listed_subject(s: _Sentence, triggers: list) -> list:
    """Drop the triggers of a relative clause that opens the sentence on a common noun and is followed by the
    list of those it tells of: "Selain AS dan Israel, negara yang memberikan suara menolak antara lain Argentina,
    Hongaria …", "Negara-negara yang mengecam serangan itu antara lain Indonesia dan Malaysia". The listed sides
    are the doers, named after the act: reading them as its objects would make each refuse or condemn the others.
    """
    lower = s.lower
    start = lower.index(",") + 1 if lower[:1] == ["selain"] and "," in lower[:12] else 0
    if "yang" not in lower[start + 1 : start + 4] or any(a.t0 < lower.index("yang", start) and a.t0 >= start
                                                          for a in s.actors):
        return triggers
    rel = lower.index("yang", start)
    listing = next((k for k in range(rel + 2, len(lower) - 1) if (lower[k] in _LIST_OPENERS
                    or (lower[k] == "antara" and lower[k + 1] == "lain") or (
                        lower[k] == "di" and lower[k + 1] == "antaranya"))
                    and any(a.t0 > k for a in s.actors)), None)
    if listing is None or any(w in (",", ";") for w in lower[rel:listing]):
        return triggers
    return [t for t in triggers if not rel < t[0] < listing]


def _elaboration_at(lower: list[str], lo: int, hi: int) -> int:
    """Where a comma and then "termasuk/yakni/yaitu" (an elaboration of what came before) stand from ``lo`` on,
    before ``hi``; ``hi`` when they do not."""
    return next((k for k in range(lo, hi - 1) if lower[k] == "," and lower[k + 1] in _ELABORATION_WORDS), hi)


def _active_verb(word: str) -> bool:
    """An active meN- verb ("menggambarkan", "meluncurkan"): the words listed in ``id/grammar.yaml`` as
    ``me_non_verbs`` start the same way but are not verbs ("menteri", "mereka", "melalui")."""
    return _ACTIVE_VERBS[word]


class _ActiveVerbMemo(dict):
    """Word -> whether it is an active verb (see ``_active_verb``), worked out the first time the word is met:
    the same few thousand words are asked about again and again."""

    def __missing__(self, word: str) -> bool:
        value = (len(word) >= 6 and word.startswith("me") and word.isalpha()
                 and word not in _words("id/grammar.yaml", "me_non_verbs"))
        if len(self) < 200_000:
            self[word] = value
        return value


_ACTIVE_VERBS = _ActiveVerbMemo()


def _new_clause(s: _Sentence, lo: int, hi: int) -> bool:
    """A comma between ``lo`` and ``hi`` that starts another clause: followed by "dan"/"tetapi", or by a
    capitalised subject and its verb ("Jika Rusia menyerang Ukraina, Jepang akan menjatuhkan …"). A name in
    apposition ("terhadap kakaknya, Rudi Hartono") is not a new clause."""
    if "," not in s.word_set or "," not in s.lower[lo:hi]:
        return False
    for k in range(lo, hi):
        if s.lower[k] != "," or k + 1 >= len(s.lower):
            continue
        if s.lower[k + 1] in ("dan", "tetapi", "namun", "sedangkan", "sementara"):
            return True
        m = k + 1
        while m < len(s.lower) and s.words[m][:1].isupper():
            m += 1
        if m > k + 1 and m < len(s.lower) and (s.lower[m] in _AUX or s.lower[m].startswith(("me", "ber", "di"))):
            return True
    return False


def _agent(s: _Sentence, actors: list[_Actor], j: int) -> list[_Actor]:
    """The actor after "oleh" in a passive clause, else the one right after the verb ("Rusia dikecam Jepang",
    "Korea Utara dijatuhi sanksi Dewan Keamanan PBB": the agent without "oleh"), or after the words of a vessel or
    unit of its ("dicegat kapal patroli Malaysia", grammar.yaml agent_vehicle_words)."""
    for idx, a in enumerate(actors):
        if a.t0 >= j and a.t0 - j <= _TARGET_WINDOW and _preceded_by_preposition(s, a) == "oleh":
            return _coordinated_right(s, actors, idx)
    vehicle_words = _words("id/grammar.yaml", "agent_vehicle_words")
    # ("dihadang sedikitnya empat kapal penjaga pantai China": a count of the agent's vessels or men first)
    k = j
    while k < len(s.lower) and (s.lower[k] in _GROUP_COUNTS or s.lower[k] in _number_words() or s.lower[k].isdigit()):
        k += 1
    if j < k < len(s.lower) and (s.lower[k] in vehicle_words or any(a.t0 == k for a in actors)):
        j = k
    elif j + 1 < len(s.lower) and s.lower[j] == "pihak" and any(a.t0 == j + 1 for a in actors):
        j += 1  # "klaim yang dibantah pihak MER-C", "ditolak pihak Malaysia": the side named after "pihak"
    for idx, a in enumerate(actors):
        if a.t0 == j and (person := _titled_person(s, actors, idx)) is not None:
            # "diteken Menteri Pelindungan Pekerja Migran Indonesia (P2MI) Abdul Kadir Karding dan Menteri … Arab
            # Saudi Ahmed …": a title read as a generic agent stands for the person it titles, named after it
            group = [actors.index(x) for x in _coordinated_right(s, actors, person)]
            return [actors[titled if (titled := _titled_person(s, actors, n)) is not None else n] for n in group]
        if a.t0 == j or (j < a.t0 <= j + 3 and vehicle_words.issuperset(s.lower[j : a.t0])
                         and s.words[j][:1].islower()):
            return _coordinated_right(s, actors, idx)
        if j < a.t0 <= j + 8 and j < len(s.words) and s.words[j][:1].isupper() and s.lower[j] in _role_nouns() \
                and all(w[:1].isupper() or w in ("(", ")") or (w == "dan" and s.words[k + 1][:1].isupper())
                        for k, w in enumerate(s.words[j : a.t0], j)):
            # "Perjanjian itu diteken Menlu Sugiono dan Menlu Malaysia …", "MoU tersebut diteken Menteri Pelindungan
            # Pekerja Migran Indonesia (P2MI) Abdul Kadir Karding dan …", "diterima Direktur Jenderal Amerika dan
            # Eropa Kemlu": the agent past its title
            return _coordinated_right(s, actors, idx)
    return []


# Words that start like a di- passive but describe a noun ("kunjungan diplomatik").
_DI_ADJECTIVES = frozenset(["diplomatik", "digital", "dinas", "dinasti", "disiplin", "diskon", "distrik"])


def _after_yang(lower: list[str], i: int) -> bool:
    """The verb at ``i`` opens a relative clause: "yang" before it, auxiliaries and hedges aside."""
    k = i - 1
    while k > 0 and lower[k] in _AUX_OR_HEDGE:
        k -= 1
    return k >= 0 and lower[k] == "yang"


def _foreign_state(s: _Sentence, actor: _Actor, country: str) -> bool:
    """The actor is another country's state: the country itself (not named as where something comes from: "kapal
    asal Malaysia"), or its government or armed forces."""
    if actor.code == country:
        return False
    if actor.entity.type == "COUNTRY":
        return not (0 < actor.t0 < len(s.lower) and s.lower[actor.t0 - 1] in _words("id/grammar.yaml", "origin_words"))
    return actor.entity.sector in ("GOV", "MIL")


# The words a noun phrase may hold before a relative clause on it ("usulan gencatan senjata kemanusiaan yang …").
_NOUN_PHRASE_REACH = 6


def _performing_agent(lower: list[str], j: int, k: int, relative: bool = True) -> str | None:
    """The passive verb when ``lower[j:k]`` is a relative clause that tells the act of the noun before ``j`` done by
    the actor at ``k``: a modifier or two ("latihan tembak langsung yang digelar …"), "yang", an auxiliary or two, a
    verb of ``performing_passives`` (id/grammar.yaml) and maybe "oleh" ("sanksi baru yang telah dijatuhkan oleh …").
    Not ``relative``: the passive is the clause's own verb, with no "yang" ("Kecaman keras dilontarkan …")."""
    if relative:
        if "yang" not in lower[j : min(k, j + _NOUN_PHRASE_REACH)]:
            return None
        m = lower.index("yang", j, k) + 1
    else:
        m = j
        while m < min(k, j + 2) and lower[m].isalpha() and not _passive_verb(lower[m]) \
                and lower[m] not in _GENITIVE_STOPS and not _active_verb(lower[m]):
            m += 1  # "keras", "baru": what kind
    if not _GENITIVE_STOPS.isdisjoint(lower[j : m]):
        return None
    while m < k and lower[m] in _AUX_OR_HEDGE:
        m += 1
    if m >= k or lower[m] not in _words("id/grammar.yaml", "performing_passives"):
        return None
    verb = lower[m]
    m += 1 if m + 1 < k and lower[m + 1] == "oleh" else 0
    # (Past the agent's title: "Pertemuan yang diprakarsai Menteri Luar Negeri Arab Saudi …" is Saudi Arabia's.)
    return verb if m + 1 == k or (k - m <= 5 and relative and _role_nouns().issuperset(lower[m + 1 : k])) else None


def _performs_for_its_head(s: _Sentence, a: _Actor) -> bool:
    """The actor is the agent of a relative passive that tells the act of the noun it hangs from ("usulan … yang
    diajukan Ukraina"): a verb of ``performing_passives`` right before it."""
    k = _verb_before_agent(s.lower, a.t0)
    return k >= 0 and s.lower[k] in _words("id/grammar.yaml", "performing_passives")


def _verb_before_agent(lower: list[str], t0: int) -> int:
    """Where the verb whose agent starts at ``t0`` would stand: right before it, or before its "oleh"."""
    return t0 - 2 if t0 >= 1 and lower[t0 - 1] == "oleh" else t0 - 1


def _after_oleh(lower: list[str], k: int) -> int:
    """``k``, or the token after it when ``k`` holds "oleh" (where a passive's agent starts)."""
    return k + 1 if k < len(lower) and lower[k] == "oleh" else k


def _relative_agent(s: _Sentence, a: _Actor) -> bool:
    """The actor is the agent of a relative clause's passive verb ("Serangan Israel yang dikecam Indonesia
    menewaskan …"): it acts in that clause only, not as the subject of a verb after it — unless the verb is one of
    leading (``leading_passives``: "koalisi yang dipimpin AS menyerang …")."""
    k = _verb_before_agent(s.lower, a.t0)
    if k < 1 or not _passive_verb(s.lower[k]) or s.lower[k] in _words("id/grammar.yaml", "leading_passives"):
        return False
    k -= 1
    while k > 0 and s.lower[k] in _AUX_OR_HEDGE:
        k -= 1
    return s.lower[k] == "yang"


# What may not stand between a noun and the actor after it that it belongs to.
_GENITIVE_STOPS = _PREPOSITIONS | _RIGHT_BOUNDARIES | {",", "."}


def _people_done_to(s: _Sentence, genitive: list[_Actor], pred: Predicate, i: int, j: int) -> list[_Actor]:
    """The actors right after the noun of a coercion (``genitive``) when they are civilians ("warga", "nelayan",
    "pengungsi": sector CVL) or journalists (MED), who are coerced, not coercing: ``genitive``, else none.

    And after a noun of violence or coercion of the pe-…-an kind (at ``i``: "pembunuhan", "penembakan",
    "penculikan", ending at ``j``), people named right after it: a person, civilians, or any group counted
    ("pembunuhan Jamal Khashoggi", "pembunuhan seorang pemimpin separatis Sikh", "penembakan tiga tentara"):
    Indonesian puts the one the act is done to there, its doer after "oleh". (Not forces named as such,
    "pendudukan pasukan Rusia", nor a side with what it struck after it, "penyerangan Israel ke Gaza": their act.)"""
    if pred.plover not in ("COERCE", "ASSAULT") or not genitive:
        return []
    civilians = all(a.entity.type == "AGENT" and a.entity.sector in _PEOPLE_SECTORS for a in genitive)
    if civilians and pred.plover == "COERCE":
        return genitive
    noun, end = s.lower[i], genitive[-1].t1
    if not (len(noun) > 6 and noun.startswith("pe") and noun.endswith("an")) \
            or (end < len(s.lower) and s.lower[end] in _AIMING_PREPOSITIONS):
        return []
    counted = any(w == "seorang" or _is_count(w) for w in s.lower[j : genitive[0].t0])
    people = all(a.entity.type == "PERSON" or (a.entity.type == "AGENT" and (counted or a.entity.sector in
                                                                                _PEOPLE_SECTORS)) for a in genitive)
    return genitive if people else []


# What a side's act is aimed at follows these right after it ("penyerangan Israel ke Gaza").
_AIMING_PREPOSITIONS = frozenset(["ke", "terhadap", "atas", "kepada"])


def _named_done_to(s: _Sentence, actors: list[_Actor], genitive: list[_Actor], j: int) -> list[_Actor]:
    """"Penangkapan Hasto Kristiyanto oleh KPK", "Penembakan warga oleh KKB", "Pengusiran duta besar Prancis oleh
    junta Niger", "Penangkapan kapal Vietnam oleh Bakamla": the actors right after the noun of an act, with its
    doer after "oleh" a few words on, are those it is done to (or whose people or ships it is done to):
    ``genitive`` (within two words of the noun ending at ``j``), else none."""
    if not genitive or genitive[0].t0 - j > 2:
        return []
    end = genitive[-1].t1
    return genitive if any(end <= a.t0 <= end + 3 and _preceded_by_preposition(s, a) == "oleh" for a in actors) \
        else []


# The sectors of generic agents that are people a coercion is done to: civilians, and journalists ("penahanan
# jurnalis AS oleh Rusia").
_PEOPLE_SECTORS = frozenset(["CVL", "MED"])


def _genitive(s: _Sentence, actors: list[_Actor], j: int, preps: tuple[str, ...], i: int = 0,
              opens_clause: bool = False) -> list[_Actor]:
    """"pengiriman amunisi Korea Utara ke Rusia": the actor right after the noun phrase, not after a preposition.
    ``opens_clause``: the noun is the subject its clause opens with, whose act a passive after it may tell."""
    for idx, a in enumerate(actors):
        # "Penarikan tentara Rusia": the actor may begin inside a phrase trigger ("penarikan tentara").
        if a.t1 <= j or a.t0 - j > 5:
            continue
        between = s.lower[j : a.t0] if a.t0 >= j else []
        if between and between[-1] == "oleh" and len(between) <= 3 and _GENITIVE_STOPS.isdisjoint(between[:-1]) \
                and _DEMONSTRATIVES.isdisjoint(between) and not any(map(_looks_like_verb, between[:-1])):
            # "insiden penembakan oleh aparat Malaysia terhadap …", "peluncuran rudal oleh Korea Utara": the doer
            # of the act the noun names, after "oleh" right after the noun phrase.
            return _coordinated_right(s, actors, idx)
        if "yang" in between:
            # "sanksi yang dijatuhkan AS terhadap Iran": the agent of a relative passive that tells the noun's own
            # act does it; "serangan yang dikecam Indonesia": the agent of another act on the noun does not.
            if _performing_agent(s.lower, j, a.t0):
                return _coordinated_right(s, actors, idx)
            continue
        if opens_clause and _performing_agent(s.lower, j, a.t0, relative=False):
            # "Kecaman keras dilontarkan Indonesia terhadap Israel": the noun is the clause's subject, and the
            # passive that tells its own act has its doer as agent.
            return _coordinated_right(s, actors, idx)
        if not _GENITIVE_STOPS.isdisjoint(between) or not _DEMONSTRATIVES.isdisjoint(between) or any(
                _active_verb(w) or (_passive_verb(w) and w not in _DI_ADJECTIVES) for w in between):
            # ("Tudingan itu dibantah pihak Malaysia": the noun phrase ended at "itu"; the actor is a verb's.)
            continue
        # (Right after the noun the actor is its doer, whatever preposition governs the whole phrase: "sebagai
        # protes atas operasi militer Israel" — Israel's operation.)
        if a.t0 != j and _preceded_by_preposition(s, a):
            continue
        return _coordinated_right(s, actors, idx)
    return []


def _that_clause_actor(s: _Sentence, actors: list[_Actor], j: int, sources: list[_Actor]) -> tuple[list[_Actor], str]:
    """"Uni Eropa memperingatkan bahwa tidak akan ada bantuan bagi Suriah …", "AS menuduh bahwa Rusia …": a
    warning or an accusation that names no one after its verb is aimed at the first actor of the "bahwa" clause
    right after it (not a place after "di", not the speaker's own side)."""
    if j >= len(s.lower) or s.lower[j] != "bahwa":
        return [], ""
    own = {a.code for a in sources}
    for idx, a in enumerate(actors):
        if a.t0 <= j:
            continue
        if a.t0 - j > _TARGET_WINDOW or not _RIGHT_BOUNDARIES.isdisjoint(s.lower[j + 1 : a.t0]) or _new_clause(
                s, j + 1, a.t0):
            break
        if (a.entity.type == "LOCATION" and s.lower[a.t0 - 1] == "di") or a.code in own:
            continue
        return _coordinated_right(s, actors, idx), "in the 'bahwa' clause after the verb"
    return [], ""


def _kinds_named_again(s: _Sentence, i: int, lex: Lexicon) -> set[str]:
    """The event types of the acts named again before token ``i`` by a noun and a demonstrative ("sanksi ini",
    "serangan tersebut")."""
    lower = s.lower
    return {t.predicate.plover for k in range(i - 1) if lower[k + 1] in _DEMONSTRATIVES for t in lex.lookup(lower[k])}


def _doer_of_the_act_named(s: _Sentence, j: int, lex: Lexicon, context: _Context,
                           sources: list[_Actor], again: bool = True) -> tuple[list[_Actor], str]:
    """"Jepang memprotes peluncuran tersebut": an act named again by its noun and "itu/tersebut/ini" right after
    the verb is the act told before; the protest is aimed at its doer (of the latest act of a type the noun can
    name, unless that doer is the one protesting)."""
    lower = s.lower
    if j < len(lower) and lower[j] in _MANNER_ADVERBS:
        j += 1  # "mengecam keras serangan tersebut"
    if j + 1 >= len(lower):
        return [], ""
    compounds = _compound_act_nouns()
    # (``last``: the noun's last token, "uji coba itu" naming its act with two words)
    noun_kinds, last = compounds.get(f"{lower[j]} {lower[j + 1]}"), j + 1
    if noun_kinds is None:
        noun_kinds, last = compounds.get(lower[j].replace("-", " ")), j
    if last + 2 < len(lower) and lower[last + 1] not in _DEMONSTRATIVES and lower[last + 2] in _DEMONSTRATIVES \
            and s.words[last + 1].islower() and lower[last + 1].isalpha():
        last += 1  # one lower-case word qualifies the noun: "serangan udara tersebut", "uji coba rudal itu"
    if last + 1 >= len(lower):
        return [], ""
    claim = lower[j] in _CHARGE_NOUNS
    # "membantah tudingan bahwa …": a charge with its content after it is named again as well.
    # (``again`` false: the act need not be named with a demonstrative, its noun and what it was done to saying
    # which it is: "mengutuk penahanan sembilan warga Malaysia")
    if again and lower[last + 1] not in _DEMONSTRATIVES and not (claim and lower[j + 1] == "bahwa"):
        return [], ""
    generic = lower[j] in _GENERIC_ACT_NOUNS
    kinds = set(noun_kinds) if noun_kinds is not None else {t.predicate.plover for t in lex.lookup(lower[j])}
    own = {a.code for a in sources}
    if not kinds and not claim and not generic:
        return _doer_of_the_verb_named(s, j, last, context, own)
    if claim and context.told and context.told[-1].index == s.index - 1:
        # "Militer Israel mengeklaim serangan itu menyasar pusat komando Hamas. Hamas membantah tudingan itu.": a
        # charge is the one made in the sentence before, by whoever speaks there (coded as an act or not), or
        # the one before that when "Mereka juga …" goes on with its speaker.
        claimant = _claimant(context.told[-1])
        if claimant is None and len(context.told) > 1 and context.told[-1].lower[0] in _THIRD_PERSON \
                and context.told[-2].index == s.index - 2:
            claimant = _claimant(context.told[-2])
        if claimant is not None and claimant.code and claimant.code not in own:
            return [claimant], f"the one who spoke in the sentence before, who made the '{s.lower[j]}'"
    if s.lower[j] in _RULING_NOUNS:
        # "Junta Myanmar menolak putusan tersebut": a ruling is the court's, the latest one named (in this sentence
        # before the verb, or before it), whatever act the ruling was told as.
        latest_first = chain(reversed([a for a in s.actors if a.t1 <= j]),
                             (a for told in reversed(context.told) for a in reversed(told.actors)))
        court = next((a for a in latest_first if a.entity.sector == "JUD"), None)
        if court is not None and court.code and court.code not in own:
            return [court], f"the court whose '{s.lower[j]}' it is, named before"
    named = " ".join(s.words[j : last + 1])

    def latest(told: Callable[[set[str], int], bool], past_own: bool = True) -> tuple[list[_Actor], str] | None:
        # The doer of the latest act told before that ``told`` admits, another than the actor itself: past the
        # actor's own acts, or (``past_own`` false) none when the latest is its own ("SPI menolak kebijakan impor
        # tersebut": the policy of its own government).
        for types, doer, told_in in reversed(context.acts):
            if doer.code is None or not told(types, told_in):
                continue
            if doer.code in own:
                if past_own:
                    continue
                return [], ""
            # (All the doers of that act, when several did it together: "Prancis, Jerman dan Inggris berencana
            # mengajukan resolusi … Rusia menyebut rencana itu provokatif".)
            doers = {d.code: d for t, d, n in context.acts if n == told_in and t == types and d.code
                     and d.code not in own}
            return [_doer_actor(d, j, last + 2, "doer of the act named again") for d in doers.values()], \
                f"the doer of the '{named}' told before"
        return None

    if generic:
        # "mengecam langkah tersebut": a noun for any act names the latest act that is not a word said about one,
        # nor a meeting, an agreement or cooperation, which have two doers ("China menembakkan meriam air ke kapal
        # Filipina. … Manila memprotes … Departemen Luar Negeri AS menyebut aksi itu provokatif": the water cannon,
        # not the protest); else the latest act of any kind but a meeting told in this sentence or the one before,
        # the words said about it standing for it ("AS menjatuhkan sanksi terhadap 35 entitas … Washington menuding
        # jaringan tersebut … Iran mengecam langkah tersebut", the sanctions coding no event of their own).
        # (An act told long before gives way to the subject of the sentence just before, when that one told no act:
        # "Inggris … akan menyalurkan hibah … Pemerintahan Presiden Donald Trump telah menarik AS dari Perjanjian
        # Paris … Perdana Menteri Tuvalu mengecam keputusan tersebut" condemns the United States.)
        found = latest(lambda types, told_in: types.isdisjoint(_WORDS_ABOUT_ACTS)
                       and types.isdisjoint(SYMMETRIC_TYPES) and s.index - told_in <= _ACT_NAMED_AGAIN_REACH,
                       past_own=False) or _subject_just_before(s, context, own, j, last) or latest(
            lambda types, _: types.isdisjoint(_WORDS_ABOUT_ACTS) and types.isdisjoint(SYMMETRIC_TYPES),
            past_own=False) or latest(
            lambda types, told_in: s.index - told_in <= 1 and "CONSULT" not in types, past_own=False)
    else:
        # An act of the noun's own entry first ("mengecam peluncuran tersebut": the launch, not the fighter jets put
        # on alert since, both MOBILIZE), else of a kind it can name.
        entries = {_entry_mark(t.predicate.id) for t in lex.lookup(lower[j])}
        found = (latest(lambda types, _: not entries.isdisjoint(types)) if entries else None) or latest(
            lambda types, _: not kinds.isdisjoint(types))
    # (Else the act its verb told, coded as an event or not: "menunda … penundaan tersebut".)
    return found or _doer_of_the_verb_named(s, j, last, context, own)


# How many sentences back an act named again by a noun for any act ("langkah tersebut") is looked for before the
# subject of the sentence just before is taken instead.
_ACT_NAMED_AGAIN_REACH = 2


def _subject_just_before(s: _Sentence, context: _Context, own: set[str | None], j: int,
                         last: int) -> tuple[list[_Actor], str] | None:
    """The subject of the sentence right before ``s``, when it told no act coded (its act is the one named again)
    and is another's than the actor's own."""
    if not context.told or context.told[-1].index != s.index - 1:
        return None
    before = context.told[-1]
    # (Only after a pause in the acts told: none in the last two sentences, words about acts included, which the
    # noun may name past: "… Manila melayangkan nota protes. Presiden Filipina menegaskan … AS menyebut aksi itu
    # provokatif" is the water cannon's.)
    if any(s.index - told_in <= _ACT_NAMED_AGAIN_REACH for _, _, told_in in context.acts) or before.subject is None:
        return None
    subject = before.actors[before.subject]
    if not subject.code or subject.code in own or subject.entity.type == "LOCATION":
        return None
    return [_Actor(j, last + 2, subject.entity, subject.code, "the subject of the sentence before")], \
        "the subject of the sentence before, whose act is named again"


def _entry_mark(entry: str) -> str:
    """How an act told records its lexicon entry among its kinds (``_Context.acts``)."""
    return f"entry:{entry}"


@cache
def _compound_act_nouns() -> dict[str, frozenset[str]]:
    """Act nouns of two words and the kinds of act they name (``compound_act_nouns``, id/grammar.yaml)."""
    return {noun: frozenset(kinds) for noun, kinds in load_yaml("id/grammar.yaml")["compound_act_nouns"].items()}


# Verbs that say where an act named by its noun comes from ("Kecaman datang dari …", "Dukungan mengalir dari …").
_COMING = frozenset(["datang", "berdatangan", "mengalir", "muncul"])


def _comes_from(s: _Sentence, actors: list[_Actor], j: int) -> list[_Actor]:
    """The actors after "datang/mengalir dari" right after the noun ending at ``j`` (past "juga", "pun", "pula" and a
    word or two of kind: "Kecaman keras juga datang dari Mesir dan Yordania"), with those coordinated after them."""
    if s.word_set.isdisjoint(_COMING):
        return []  # (most sentences have none of those verbs)
    k = j
    while k < min(len(s.lower), j + 4) and s.lower[k] not in _COMING:
        if not s.lower[k].isalpha() or _active_verb(s.lower[k]) or _passive_verb(s.lower[k]):
            return []
        k += 1
    if k + 2 >= len(s.lower) or s.lower[k] not in _COMING or s.lower[k + 1] != "dari":
        return []
    at = next((n for n, a in enumerate(actors) if a.t0 == k + 2), None)
    return _coordinated_right(s, actors, at) if at is not None else []


# Things an actor owns or sends that a story names again by their noun and "itu/tersebut" ("kapal itu").
_OWNED_THINGS = frozenset(["kapal", "pesawat", "drone", "helikopter", "jet", "truk", "konvoi"])


def _thing_named_again(s: _Sentence, i: int) -> _Actor | None:
    """The subject before the passive verb at ``i`` is a thing of ``_OWNED_THINGS`` named again ("(Kedua) kapal
    itu"), with no actor in it: the actor named first within 45 characters after that noun's last mention before this
    sentence ("kapal patroli Agensi Penguatkuasaan Maritim Malaysia"), as an actor of this sentence; else None."""
    k = i - 1
    while k >= 0 and s.lower[k] in _AUX_OR_HEDGE:
        k -= 1
    if k < 1 or s.lower[k] not in _DEMONSTRATIVES or s.lower[k - 1] not in _OWNED_THINGS:
        return None
    noun = s.lower[k - 1]
    article = s.article
    text = article.text.lower()
    before = text.rfind(noun, 0, s.tokens[0].start)
    while before >= 0 and not (before == 0 or not text[before - 1].isalpha()):
        before = text.rfind(noun, 0, before)
    if before < 0:
        return None
    owner = None
    for e in article.entities:
        code = e.code if e.type == "COUNTRY" else e.acts_for or e.country
        if not code or e.type == "PERSON":
            continue
        for m in e.mentions:
            if m.field == "text" and before < m.start <= before + 45 and (owner is None or m.start < owner[0]):
                owner = (m.start, e, code)
    if owner is None:
        return None
    _, e, code = owner
    return _Actor(k - 1, k + 1, Entity(id=e.id, type=e.type, name=e.name, code=code, country=code, sector=e.sector,
                                       source="agent"), code, "the thing named again")


def _titled_person(s: _Sentence, actors: list[_Actor], idx: int) -> int | None:
    """When ``actors[idx]`` is a capitalised title read as a generic agent ("Menteri"), the index of the person it
    titles: the first person after it in the same run of capitals (brackets allowed), at most nine words on."""
    a = actors[idx]
    if a.entity.type != "AGENT" or not s.words[a.t0][:1].isupper():
        return None
    return next((n for n in range(idx + 1, len(actors)) if actors[n].entity.type == "PERSON"
                 and actors[n].t0 <= a.t0 + 9 and all(w[:1].isupper() or w in ("(", ")", "dan")
                                                      for w in s.words[a.t1 : actors[n].t0])), None)


# Adverbs between "yang" and the verb of a denial ("tuduhan yang berkali-kali dibantah Moskow").
_DENIAL_ADVERBS = frozenset(["langsung", "tegas", "keras", "berkali-kali", "berulang-ulang", "berulang", "kali",
                             "segera", "mentah-mentah"])


def _apposition_comma(lower: list[str], i: int) -> int | None:
    """The comma that sets off the charge noun whose relative clause the verb at ``i`` is in ("…, tuduhan yang
    langsung dibantah …"), else None."""
    k = i - 1
    while k > 0 and (lower[k] in _AUX_OR_HEDGE or lower[k] in _DENIAL_ADVERBS):
        k -= 1
    if k < 2 or lower[k] != "yang" or lower[k - 1] not in _CHARGE_NOUNS:
        return None
    if lower[k - 2] == ",":
        return k - 2
    return k - 3 if k >= 3 and lower[k - 2] in _APPOSITION_ARTICLES and lower[k - 3] == "," else None


def _hyphen_twin(s: _Sentence, actors: list[_Actor], a: _Actor) -> list[_Actor]:
    """The other half of a hyphenated pair that ``a`` is half of ("Pyongyang-Moskow"), of another country; both halves
    stand in one token, the second one at its end."""
    if "-" not in s.lower[a.t0]:
        return []
    half = {(a.t0, a.t1), (a.t1, a.t1), (a.t0, a.t0)}
    # (A second half may go on past the token: "Indonesia-Uni Eropa".)
    return [b for b in actors if ((b.t0, b.t1) in half or (b.t0 == a.t1 and b.t1 > a.t1 and a.t1 == a.t0 + 1))
            and b is not a and b.code and b.code != a.code]


def _charge_answered(context: _Context, sources: list[_Actor], j: int) -> tuple[list[_Actor], str]:
    """The one who made the latest charge told against the denier's side (of another side), as the target of a
    denial that names no one, with how it was found; nothing when no such charge was told."""
    own = {a.code for a in sources}
    # (So is one made by another side at home, the latest of all: "Militer Sudan menuduh RSF sengaja menargetkan warga
    # sipil … RSF membantah bertanggung jawab." A charge made by the denier itself answers nothing, nor does one made
    # by the country as a whole, which is no side against itself.)
    selves = {a.entity.id for a in sources}
    accuser = next((who for who, accused, _ in reversed(context.charges) if accused in own and who.code and (
        who.code not in own or (who.entity_id not in selves and who.type != "COUNTRY"))), None)
    if accuser is None:
        return [], ""
    return ([_doer_actor(accuser, j, j, "the one who made the charge denied")],
            "the latest charge against the denier's side, told before")


def _doer_of_the_verb_named(s: _Sentence, j: int, last: int, context: _Context,
                            own: set[str | None]) -> tuple[list[_Actor], str]:
    """"UE kembali menunda penerapan EUDR … pegiat lingkungan menyayangkan penundaan tersebut": a peN-an noun named
    again is the act its meN- verb told earlier ("penundaan", "menunda": the same stem after "pe" and
    "me"), done by that verb's subject, when it is another side than the one taking the stance. Looked for as far
    back as the story goes: a news story tells its act in the lead and the reactions to it much later."""
    noun = s.lower[j]
    if last != j or len(noun) < 7 or not noun.startswith("pe") or not noun.endswith("an"):
        return [], ""
    verb = "me" + noun[2:-2]
    for told in reversed(context.told):
        if verb not in told.word_set:
            continue
        k = told.lower.index(verb)
        doers = [replace(a, t0=j, t1=last + 2, resolved_by=f"the doer of '{told.words[k]}', named again")
                 for a in _subject(told, told.actors, k) if a.code and a.code not in own]
        if doers:
            return doers, f"the doer of '{told.words[k]}', named again as '{s.words[j]}'"
    return [], ""


def _doer_actor(doer: EventActor, t0: int, t1: int, how: str) -> _Actor:
    """The doer of an event told before, as an actor of this sentence standing at tokens t0..t1."""
    return _Actor(t0, t1, Entity(id=doer.entity_id or f"agent-doer-{doer.code}", type=doer.type or "AGENT",
                                 name=doer.name, code=doer.code, country=doer.code, sector=doer.sector, source="agent"),
                  doer.code, how)


# Acts done to what someone owns ("menyerang wilayahnya", "menembaki pos militernya"), whose owner is not the doer.
_HOSTILE_TO_A_POSSESSOR = frozenset({"ASSAULT", "COERCE"})


def _possessor_is_the_claimant(s: _Sentence, j: int, sources: list[_Actor],
                               targets: list[_Actor]) -> _Actor | None:
    """"Rusia menuduh Ukraina menyerang wilayahnya", "Filipina menuduh China menghalangi kapal pasokan mereka": in a
    clause told by a claimant, an attack on what "-nya" or "mereka" owns is an attack on the claimant, not on the
    doer's own. The claimant (see _claimant) when the object right after the verb is owned so and names no one else
    (or only the doer's side: "pos militernya" read as the doer's military)."""
    own = {a.code for a in sources}
    lower = s.lower
    owned = False
    for k in range(j, min(len(lower), j + 4)):
        w = lower[k]
        if w in _LEFT_BOUNDARIES or w in (",", "."):
            break
        if (len(w) > 5 and w.endswith("nya") and w.isalpha() and not _nominalised_verb(w)) or (
                w == "mereka" and _possessive(s, k)):
            # ("menyerang rakyatnya sendiri": the doer's own, said so)
            owned = k + 1 >= len(lower) or lower[k + 1] != "sendiri"
            break
    if not owned:
        return None
    # (An actor named after what is owned tells where, not whose: "menabrak kapal nelayannya di dekat perairan
    # Vietnam"; nor is the owned noun itself, "nelayannya", anyone else's.)
    if targets and any(t.code not in own and t.t1 <= k for t in targets):
        return None
    claimant = _claimant(s)
    if claimant is None or not claimant.code or claimant.code in own or claimant.t1 > sources[0].t0:
        return None
    return claimant


def _nominalised_verb(word: str) -> bool:
    """A verb made a noun by "-nya" ("masuknya", "berakhirnya"): it names no owner (``nominalised_verbs_with_nya`` in
    id/grammar.yaml)."""
    return word.startswith(("ber", "ter", "di")) or word in _words("id/grammar.yaml", "nominalised_verbs_with_nya")


# Words of time that open an adjunct naming an act by its noun ("seusai pertemuan", "sebelum perundingan").
_TIME_OPENERS = frozenset(["seusai", "usai", "setelah", "sesudah", "sebelum", "menjelang", "selepas"])
# Verbs whose object is the one met, whoever the subject ("bertemu Komisioner …", "menemui Presiden …").
_MEETING_VERBS = frozenset(["bertemu", "menemui", "menjumpai", "berjumpa"])
# Nouns of a meeting whose purpose a clause after "untuk" tells ("menggelar perundingan trilateral di Jenewa, Swiss,
# untuk membahas …": the talks are the meeting, not a second one with the place's country).
_MEETING_NOUNS = frozenset(["perundingan", "pertemuan", "rapat", "negosiasi", "dialog", "konferensi", "ktt",
                            "sidang", "pembicaraan"])
# Words of agreeing that may take a view as well as an act: "sepakat bahwa …", "sepakat X adalah …".
_AGREEING_WORDS = frozenset(["sepakat", "bersepakat", "setuju", "menyetujui"])
_COPULAS = frozenset(["adalah", "merupakan", "ialah"])


def _in_force_since(s: _Sentence, j: int) -> bool:
    """"berlaku" within a few words after the noun, with "sudah/telah/masih" right before it or "sejak" right after."""
    lower = s.lower
    for k in range(j, min(len(lower), j + 10)):
        if lower[k] == "berlaku":
            return lower[k - 1] in ("sudah", "telah", "masih") or lower[k + 1 : k + 2] == ["sejak"]
        if lower[k] in (",", ".") or lower[k] in _LEFT_BOUNDARIES or _active_verb(lower[k]):
            return False
    return False


def _announced_by_its_doer(s: _Sentence, i: int) -> bool:
    """The verb at ``i`` follows "akan"/"bakal" (past "terus", "tetap", "kembali") right after a first-person pronoun
    ("kami akan terus menyerang") or a verb of declaring (``declaring_verbs``, id/grammar.yaml: "menyatakan akan
    mengenakan tarif"): its doer announces it."""
    k = i - 1
    while k > 0 and s.lower[k] in ("terus", "tetap", "kembali", "segera", "juga"):
        k -= 1
    if k < 1 or s.lower[k] not in ("akan", "bakal"):
        return False
    before = s.lower[k - 1]
    return before in _FIRST_PERSON or before in _words("id/grammar.yaml", "declaring_verbs")


def _object_of_the_verb_before_dalam(s: _Sentence, actors: list[_Actor], i: int) -> _Actor | None:
    """The first actor between the active verb of the clause and "dalam" right before the noun at ``i``: "memanggil
    Kapolri … dalam rapat dengar pendapat" (Kapolri); None without such a verb or actor."""
    if i < 2 or s.lower[i - 1] != "dalam":
        return None
    verb = next((m for m in range(i - 2, max(-1, i - 2 * _TARGET_WINDOW), -1) if _active_verb(s.lower[m])
                 or s.lower[m] in _LEFT_BOUNDARIES or s.lower[m] in (",", ";", ":")), None)
    if verb is None or not _active_verb(s.lower[verb]):
        return None
    # (a person, a country or a body the dictionary knows: not a document taken for a body, "menandatangani
    # pembaruan MoU … dalam pertemuan")
    return next((a for a in actors if verb < a.t0 < i - 1 and a.code and "main country" not in a.resolved_by and (
        a.entity.type in ("PERSON", "COUNTRY") or a.entity.source == "dictionary")), None)


def _pronoun_agent_at(s: _Sentence, i: int) -> int | None:
    """Where the pronoun of a passive with a pronoun agent stands ("… sudah kami tangkap", "… akan kami
    deportasi"): a first-person pronoun right before the bare verb at ``i``, after a word of aspect or "dan"; else
    None."""
    if i < 2 or s.lower[i - 1] not in _FIRST_PERSON or s.lower[i - 2] not in _PASSIVE_ASPECTS:
        return None
    word = s.lower[i]
    return None if word.startswith(("me", "ber", "di", "ter")) else i - 1


def _in_written_words(s: _Sentence, i: int) -> bool:
    """The trigger at ``i`` stands inside quotation marks opened right after a word that introduces written words
    (``written_words_openers``: "bertuliskan", "bertajuk", "berjudul"): a slogan, a title, no act told."""
    openers = _words("id/grammar.yaml", "written_words_openers")
    if openers.isdisjoint(s.word_set):
        return False  # (most sentences have none: one set test per trigger)
    k = next((m for m in range(i - 1, max(-1, i - 12), -1) if s.lower[m] in _QUOTE_MARKS), None)
    while k is not None and k > 0:
        if s.lower[k - 1] in openers:
            return True
        # ("bertuliskan "Stop Genosida" dan "Boikot …"": back over the quoted words listed before)
        if k > 1 and s.lower[k - 1] in ("dan", ",", "serta", "atau") and s.lower[k - 2] in _QUOTE_MARKS:
            k = next((m for m in range(k - 3, max(-1, k - 15), -1) if s.lower[m] in _QUOTE_MARKS), None)
            continue
        return False
    return False


def _done_by_a_hazard(s: _Sentence, i: int) -> bool:
    """A natural hazard (``natural_hazards``, id/grammar.yaml) among the four words before the verb at ``i``, with no
    actor between it and the verb: the hazard is the verb's subject."""
    hazards = _words("id/grammar.yaml", "natural_hazards")
    for k in range(i - 1, max(-1, i - 5), -1):
        if s.lower[k] in hazards or (k > 0 and f"{s.lower[k - 1]} {s.lower[k]}" in hazards):
            return not any(k < a.t0 < i for a in s.actors)
        if s.lower[k] in (",", ".", ";") or _active_verb(s.lower[k]):
            return False
    return False


def _a_meeting_described(s: _Sentence, i: int, j: int) -> bool:
    """The noun at ``i`` comes right after a copula, or its phrase ends in a demonstrative right before one ("Pertemuan
    … itu merupakan …"), or, opening the sentence, in any demonstrative ("Pertemuan … itu dihadiri …"), with no
    verb between."""
    if i > 0 and s.lower[i - 1] in _COPULAS:
        return True
    # A sentence that opens with the meeting, pointed back at ("Pertemuan yang dipimpin Menlu Filipina … selaku Ketua
    # ASEAN 2026 itu dihadiri menteri … dari 11 negara"), tells more of the meeting told before, whatever its verb.
    reach = 16 if i == 0 else 10
    for k in range(j, min(len(s.lower) - 1, j + reach)):
        w = s.lower[k]
        if w in _DEMONSTRATIVES and (i == 0 or s.lower[k + 1] in _COPULAS):
            return True
        if w in (",", ".") or w in _LEFT_BOUNDARIES or _active_verb(w):
            return False
    return False


def _a_view_follows(s: _Sentence, j: int) -> bool:
    """What follows the verb of agreeing at ``j - 1`` is a view, not an act: a "bahwa" clause, or a clause whose verb is
    a copula within a few words ("sepakat EUDR adalah aturan yang diskriminatif")."""
    after = s.lower[j : j + 5]
    if after[:1] == ["bahwa"]:
        return True
    for w in after:
        if w in _COPULAS:
            return True
        if w in _LEFT_BOUNDARIES or w in (",", ".") or _active_verb(w):
            return False
    return False


def _claimant(s: _Sentence) -> _Actor | None:
    """Who speaks in sentence ``s``, named: the actor after its opening "Menurut" ("Menurut Šefčovič, Indonesia
    telah …"), else its subject when it has a verb of saying ("Militer Israel mengeklaim …"); of an agent the
    body named right after it ("anggota Kongres AS menuding …")."""
    actors = s.actors
    close = next((k for k in range(1, len(s.lower)) if s.lower[k] in _QUOTE_MARKS), None) \
        if s.lower[0] in _QUOTE_MARKS else None
    if close is not None and close + 1 < len(s.lower) and s.lower[close + 1].removesuffix("nya") in _reporting_words():
        # "“Kami sudah menyampaikan nota diplomatik … agar Myanmar segera menindak …,” ujar Karding": the one named
        # after the quotation speaks, not anyone named inside it (and "ujarnya" names no one anew).
        found = next((a for a in actors if a.t0 > close + 1), None) if not s.lower[close + 1].endswith("nya") \
            else None
    elif s.lower[0] == "menurut":
        found = next((a for a in actors if a.t0 <= 3), None)
    elif s.subject is not None and not (speech := _words("id/speech.yaml", "after_speaker")).isdisjoint(s.word_set):
        found = actors[s.subject]
        if found.entity.sector == "MED":
            # "Mengutip Reuters, pemerintah Sudan kembali menuduh UEA …": the outlet cited reports; the one after it
            # speaks.
            found = next((a for a in actors if a.t0 >= found.t1 and a.entity.sector != "MED"), None)
            if found is None:
                return None
        if s.lower[0] in _THIRD_PERSON and any(
                w in speech for w in s.lower[: found.t0]):
            return None  # "Ia mendesak Amerika Serikat …": the one spoken to; the speaker is the pronoun
        if found.entity.type == "AGENT":
            found = next((a for a in actors if a.t0 == found.t1 and a.entity.type != "AGENT"), None)
    else:
        return None
    return found if found is not None and found.entity.type != "AGENT" else None


# Prepositions of means ("melalui sambungan telepon").
_BY_MEANS = frozenset(["melalui", "lewat", "via"])
# Kinds of actor that, after one of those, are a way passed through, not a body that hands something on.
_ROUTE_TYPES = frozenset(["COUNTRY", "LOCATION"])
# Nouns for an act of any kind ("langkah tersebut", "tindakan itu").
_GENERIC_ACT_NOUNS = frozenset(["langkah", "tindakan", "aksi", "keputusan", "kebijakan", "putusan", "rencana",
                                "insiden", "peristiwa", "kejadian"])
# Kinds of act that are words said about another act or a meeting, which a noun for any act does not name.
_WORDS_ABOUT_ACTS = frozenset(["ACCUSE", "SUPPORT", "CONSULT", "REJECT", "REQUEST"])
# Adverbs of manner between a verb and its object ("mengecam keras serangan tersebut").
_MANNER_ADVERBS = frozenset(["keras", "tegas", "sekeras-kerasnya", "habis-habisan", "mentah-mentah", "kembali"])
# Nouns for a charge, which "… membantah tudingan itu" answers whoever made it.
_CHARGE_NOUNS = frozenset(["tudingan", "tuduhan", "klaim", "dakwaan", "sangkaan"])
# Nouns for a court's ruling, which "… menolak putusan itu" answers the court that made it.
_RULING_NOUNS = frozenset(["putusan", "vonis"])


def _first_verb_after(s: _Sentence, j: int) -> int | None:
    """The active verb right after ``j``, past auxiliaries ("mengancam akan memveto …")."""
    k = j
    while k < len(s.lower) and s.lower[k] in _AUX:
        k += 1
    return k if k < len(s.lower) and _active_verb(s.lower[k]) else None


# Verbs of asking that a diplomatic note may be sent "untuk": then it is a request, not a protest.
_ASKING_VERBS = frozenset(["meminta", "menanyakan", "memohon", "mengundang", "menawarkan", "mengonfirmasi"])


def _what_it_does_not_mean(s: _Sentence, i: int) -> bool:
    """"tidak/bukan berarti" stands within the few words before the trigger at ``i``, in its clause."""
    for k in range(i - 1, max(0, i - 6), -1):
        w = s.lower[k]
        if w in _CLAUSE_ENDS or w in _LEFT_BOUNDARIES:
            return False
        if w == "berarti" and s.lower[k - 1] in ("tidak", "bukan", "tak"):
            return True
    return False


def _asks_by_note(s: _Sentence, j: int, joined: bool = False) -> bool:
    """A purpose clause of asking follows the note ending at ``j`` in its clause ("… untuk meminta akses …"), or a
    relative clause of asking ("nota diplomatik yang meminta pemerintah Indonesia tidak mengeksekusi …"); with
    ``joined``, a verb of asking joined by "dan" too ("mengirim surat resmi kepada Jakarta dan meminta …")."""
    openers = ("untuk", "guna", "agar", "yang", "dan", "serta") if joined else ("untuk", "guna", "agar", "yang")
    for k in range(j, min(len(s.lower) - 1, j + 12)):
        if s.lower[k] in _CLAUSE_ENDS or s.lower[k] in _RIGHT_BOUNDARIES:
            return False
        if s.lower[k] in openers and s.lower[k + 1] in _ASKING_VERBS:
            return True
    return False


def _near_whom(s: _Sentence, actors: list[_Actor], j: int) -> list[_Actor]:
    """The side named within a few words after "di dekat" / "dekat" in the act's clause ("… di dekat patroli
    prajurit TNI", "di dekat pos UNIFIL"), not a place."""
    for k in range(j, min(len(s.lower), j + 6)):
        if s.lower[k] in _CLAUSE_ENDS or s.lower[k] in _RIGHT_BOUNDARIES:
            return []
        if s.lower[k] == "dekat":
            return [a for a in actors if k < a.t0 <= k + 3 and a.code and a.entity.type != "LOCATION"][:1]
    return []


def _market_entered(s: _Sentence, i: int) -> str | None:
    """The country whose market the goods named before the passive at ``i`` enter ("produk Indonesia yang masuk ke
    pasar AS dikenai tarif 19 persen"): a duty is laid where goods come in."""
    for a in s.actors:
        if a.t1 <= i and a.code and a.entity.type == "COUNTRY" and a.t0 >= 2 and (
                s.lower[a.t0 - 1] == "ke" or s.lower[a.t0 - 2 : a.t0] == ["ke", "pasar"]) \
                and "masuk" in s.lower[max(0, a.t0 - 4) : a.t0]:
            return a.code
    return None


def _own_people(sources: list[_Actor], targets: list[_Actor], sectors: tuple[str, ...] = ("CVL",)) -> list[_Actor]:
    """People (with ``sectors`` "BUS", firms too) of no country named, given the article's main country, whom a
    state's organ asks or threatens, are its own: "Kementerian Luar Negeri RI meminta perusahaan penyalur awak kapal
    menunda …" in a story of attacks in the Red Sea, "Purbaya mengancam akan menjatuhkan sanksi denda … kepada wajib
    pajak" in a story on Singapore (another country's would be named so). (Not those it penalises, often foreign:
    "sanksi terhadap 14 perusahaan pelayaran …", "larangan visa terhadap … anggota keluarga mereka".)"""
    if len(sources) != 1 or not sources[0].code or not _is_organ(sources[0]) or not targets or not all(
            t.entity.type == "AGENT" and "main country" in t.resolved_by and t.entity.sector in sectors
            for t in targets):
        return targets
    return [replace(t, code=sources[0].code, resolved_by="people or firms of no country named, addressed by a "
                                                          "state's organ: its own") for t in targets]


def _threatened_act_target(s: _Sentence, actors: list[_Actor], j: int) -> tuple[list[_Actor], str]:
    """"Trump mengancam akan mengenakan tarif terhadap barang dari China": a threat that names no one after its
    verb is aimed at whom the act threatened is aimed at (its object, or an actor after a preposition of aim)."""
    k = j
    while k < len(s.lower) and s.lower[k] in _AUX:
        k += 1
    if k >= len(s.lower):
        return [], ""
    # (The first act may be no meN- verb: "akan keluar dari NPT dan mengusir …".)
    targets, how = _object(s, actors, k + 1, _AIM_PREPOSITIONS) if _active_verb(s.lower[k]) else ([], "")
    if not targets and s.lower[k : k + 2] in (["keluar", "dari"], ["mundur", "dari"]):
        targets, how = _object(s, actors, k + 1, ("dari",))  # "mengancam akan keluar dari NATO": what is left
    if not targets:
        # "mengancam akan keluar dari NPT dan mengusir seluruh inspektur IAEA": the acts threatened are all those
        # coordinated in the clause, up to its condition; the first that names an aim gives it.
        end = _threat_clause_end(s, k)
        nxt = next((m + 1 for m in range(k + 1, end - 1) if s.lower[m] in _CONJUNCTIONS
                    and _active_verb(s.lower[m + 1])), None)
        if nxt is not None:
            targets, how = _object(s, actors, nxt + 1, _AIM_PREPOSITIONS)
            targets = [t for t in targets if t.t0 < end]
    return targets, f"aim of the act threatened ({how})" if targets else ""


# Words of a future or a possibility after the one threatening ("mengancam Iran akan/dapat menarik diri …"); before
# a penalty promised on a condition told after it, they make it a threat ("AS bisa kembali menaikkan tarif apabila
# Jakarta tidak …").
_FUTURE_MODALS = frozenset(["akan", "bakal", "dapat", "bisa", "siap"])
# Words that make an act like the one told before it ("Kecaman serupa disampaikan …", "sikap senada").
_SIMILAR = frozenset(["serupa", "senada"])
# Words that open a condition: of a threat ("… jika negara-negara Eropa terus menekan"), and of a penalty promised on
# one, which is aimed at the doer of what the condition names (see _code_trigger), not at the story's other country.
_CONDITIONS = frozenset(["jika", "apabila", "bila", "kalau", "jikalau", "seandainya", "andai", "andaikan"])


def _threat_clause_end(s: _Sentence, k: int) -> int:
    """Where what a threat says will be done ends: at its condition or the clause's end."""
    return next((m for m in range(k, len(s.lower)) if s.lower[m] in _CONDITIONS
                 or s.lower[m] in _CONDITION_ENDS or s.lower[m] in _CLAUSE_ENDS), len(s.lower))


def _participants(s: _Sentence, actors: list[_Actor], j: int) -> list[_Actor]:
    """The sides named as taking part in a joint act, after a word of taking part that follows the trigger in the
    same clause: "latihan gabungan … yang melibatkan personel dari 30 negara, antara lain AS, Jepang dan Australia"
    (id/grammar.yaml's participation_words). Only actors with a country or organisation code count."""
    words = _words("id/grammar.yaml", "participation_words")
    lower = s.lower
    for k in range(j, min(len(lower), j + _PARTICIPATION_WINDOW)):
        if lower[k] in _CLAUSE_ENDS or lower[k] in _BY_WAY_OF:
            # (Nor past the means: "sepakat membahas … melalui satgas yang juga melibatkan Malaysia" takes in the
            # task force's member, not a party to the agreement.)
            return []
        if lower[k] in words:
            # (Not a side named past what the act is aimed at or where it goes: "latihan … melibatkan kapal perusak …
            # yang mensimulasikan blokade terhadap pelabuhan-pelabuhan utama Taiwan" does not take Taiwan in.)
            first = next((idx for idx, a in enumerate(actors) if k < a.t0 <= k + _PARTICIPATION_WINDOW
                          and a.code and _CLAUSE_ENDS.isdisjoint(lower[k:a.t0])
                          and _NOT_AMONG_PARTICIPANTS.isdisjoint(lower[k:a.t0])), None)
            if first is None or (actors[first].entity.type == "AGENT" and "main country" in actors[first].resolved_by
                                 and not (first + 1 < len(actors) and lower[actors[first].t1] == "dari"
                                          and actors[first + 1].t0 == actors[first].t1 + 1)):
                # (Nor forces no country is named for: "latihan yang melibatkan angkatan darat, laut, udara, dan
                # pasukan roket" names the arms of one military, no side taking part.)
                return []
            if actors[first].entity.type == "AGENT" and first + 1 < len(actors) \
                    and actors[first + 1].t0 == actors[first].t1 + 1 and lower[actors[first].t1] == "dari":
                first += 1  # "tentara dari Indonesia, AS dan Jepang": the countries the soldiers come from
            return [a for a in _coordinated_right(s, actors, first) if a.code]
    return []


# Words of the means an act goes by: those taking part in the means are not sides of the act.
_BY_WAY_OF = frozenset(["melalui", "lewat", "via"])
# Words past which a side named is what a joint act is aimed at or where it goes, not one taking part.
_NOT_AMONG_PARTICIPANTS = frozenset(["terhadap", "ke", "atas", "menuju", "melawan", "menghadapi"])
# How far after the trigger a word of taking part may stand, and the first side after it.
_PARTICIPATION_WINDOW = 24
_CLAUSE_ENDS = frozenset([".", ";", ":", "?", "!"])


# Words that count a group of countries before "negara" ("tujuh negara", "sejumlah negara").
# Nouns of what one side puts to another, which a verb of denial right before them turns down rather than denies.
_PROPOSAL_NOUNS = frozenset(["ajakan", "tawaran", "permintaan", "desakan", "seruan", "usulan", "undangan", "imbauan",
                             "tuntutan", "permohonan", "proposal", "usul"])

# Counts of a crowd besides those of _GROUP_COUNTS ("didemo ratusan mahasiswa").
_PROTEST_COUNTS = frozenset(["ratusan", "ribuan", "jutaan", "massa"])

_GROUP_COUNTS = frozenset(["beberapa", "sejumlah", "banyak", "berbagai", "puluhan", "belasan", "sedikitnya",
                           "setidaknya", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                           "sepuluh"])


def _countries_listed_after(s: _Sentence, actors: list[_Actor], i: int) -> list[_Actor]:
    """"sedikitnya tujuh negara menyampaikan belasungkawa dan menawarkan bantuan, antara lain Australia, Jepang …":
    a subject that is a number of countries ("tujuh negara", "negara-negara"), named by no actor, in the clause
    before the trigger, acts as the countries listed after it. None when the sentence lists none."""
    if "negara" not in s.word_set and "negara-negara" not in s.word_set:
        return []  # (asked for every active trigger: most sentences count no countries)
    for k in range(i - 1, max(-1, i - 8), -1):
        w = s.lower[k]
        if w in (",", ";", ":") or any(a.t0 <= k < a.t1 for a in actors):
            return []
        if w == "negara-negara" or (w == "negara" and k > 0 and (s.lower[k - 1] in _GROUP_COUNTS
                                                                  or s.lower[k - 1].isdigit())):
            return [a for a in _enumerated(s, actors) if a.t0 > i and a.entity.type == "COUNTRY"]
    return []


# The second word of two-word listing words.
_LISTING_SECOND_WORDS = {"terdiri": ("atas", "dari"), "antara": ("lain",)}


def _members_listed_right_after(s: _Sentence, actors: list[_Actor], group: _Actor) -> list[_Actor]:
    """The actors listed as the members of ``group`` by a listing word a few words after it ("41 ABK yang terdiri
    atas 27 warga negara Vietnam dan 14 warga negara Malaysia"), or none."""
    words = _words("id/grammar.yaml", "listing_words")
    near = s.lower[group.t1 : group.t1 + 5]
    if words.isdisjoint(near) or any(w in _CLAUSE_ENDS or _active_verb(w) for w in near[: next(
            k for k, w in enumerate(near) if w in words)]):
        return []
    listed = _enumerated(s, actors)
    return listed if listed and listed[0].t0 > group.t1 else []


def _enumerated(s: _Sentence, actors: list[_Actor]) -> list[_Actor]:
    """The actors listed after the sentence's first word that lists the members of a group ("yakni", "yaitu",
    "terdiri atas"): "…, yakni dua warga negara Malaysia … serta seorang warga negara Indonesia". Only actors with a
    code, and a list of at least one."""
    words = _words("id/grammar.yaml", "listing_words")
    if s.word_set.isdisjoint(words):
        return []
    # ("antara" lists only as "antara lain"; alone it is "between")
    at = next((k for k, w in enumerate(s.lower) if w in words
               and (w != "antara" or (k + 1 < len(s.lower) and s.lower[k + 1] == "lain"))), None)
    if at is None:
        return []
    if at + 1 < len(s.lower) and s.lower[at + 1] in _LISTING_SECOND_WORDS.get(s.lower[at], ()):
        at += 1  # "terdiri atas/dari", "antara lain"
    # (Only actors whose country the text gives: not the people named by their initials, nor a "perempuan" taken to
    # be of the article's country.)
    def told(a: _Actor) -> bool:
        return bool(a.code) and "main country" not in a.resolved_by and a.entity.type != "PERSON"

    first = next((idx for idx, a in enumerate(actors) if at < a.t0 <= at + _LISTED_REACH and told(a)), None)
    if first is None:
        return []
    listed = [actors[first]]
    for a in actors[first + 1 :]:
        if not told(a):
            continue
        between = s.lower[listed[-1].t1 : a.t0]
        # (items joined by commas, "dan", "serta", with the words that count them and their initials between:
        # "… warga negara Malaysia berinisial MR (41) dan AH (36), serta seorang perempuan warga negara Indonesia")
        if len(between) > _LISTED_GAP or not any(w in _COORDINATORS for w in between) \
                or any(w in _CLAUSE_ENDS for w in between) or any(_active_verb(w) or _passive_verb(w) for w in between):
            break
        listed.append(a)
    return list({a.code: a for a in listed}.values())


# How far after a listing word its first item may stand, and how many words may stand between two items.
_LISTED_REACH = 8
_LISTED_GAP = 16


def _between_pair(s: _Sentence, actors: list[_Actor], j: int) -> list[_Actor]:
    """"pertemuan antara Kim dan Trump": the two sides after "antara"."""
    for idx, a in enumerate(actors):
        if a.t0 >= j and a.t0 - j <= 6 and "antara" in s.lower[max(j, a.t0 - 3) : a.t0]:
            group = _coordinated_right(s, actors, idx)
            if len(group) >= 2:
                return group
            # "Bentrokan pecah antara warga Desa Sungai Besar, Kecamatan …, dengan petugas keamanan perusahaan": the
            # other side after "dengan", past the places that say where the first one is from
            other = next((b for b in actors[idx + 1 :] if b.t0 > a.t1 and b.t0 - a.t1 <= 20
                          and s.lower[b.t0 - 1] == "dengan"), None)
            if other is not None and not any(_active_verb(w) or _passive_verb(w) or w in _RIGHT_BOUNDARIES
                                             for w in s.lower[a.t1 : other.t0]):
                return [a, *_coordinated_right(s, actors, actors.index(other))]
    return []


@dataclass(slots=True)
class _Modality:
    modality: str
    cue: str | None
    negated: bool
    conditional: bool
    # Who reported the act, when a verb of speech did ("NIS menyebut Korea Utara telah mengirim …"), and where
    # that verb stands: the report is a charge of its own against the doer (see _charge_of_the_report).
    speaker: _Actor | None = None
    speech_at: int | None = None


@dataclass(frozen=True, slots=True)
class _SpeechCues:
    verbs: frozenset[str]


def _quotation_closes(s: _Sentence, lo: int, hi: int) -> bool:
    """A quotation closes between tokens ``lo`` and ``hi``, its speaker's tag right after ("…,\" tulis Anwar"): the
    act quoted has no target past it."""
    return any(s.lower[k] in ('"', "”") and not _reporting_words().isdisjoint(s.lower[k + 1 : k + 3])
               for k in range(lo, hi))


@cache
def _reporting_words() -> frozenset[str]:
    """Words that name the speaker of a quotation right after it ("…,” kata Novak", "…,” Novak menambahkan")."""
    return _words("id/speech.yaml", "after_quote") | _words("id/speech.yaml", "after_speaker")


@cache
def _speech_verbs() -> frozenset[str]:
    d = load_yaml("id/speech.yaml")
    return frozenset(d["after_speaker"]) | frozenset(["menurut", "mengutip", "melansir"])


def _ringed_country(s: _Sentence, j: int, source: _Actor) -> _Actor | None:
    """The country an exercise named before ``j`` is held around ("… latihan militer gabungan di sekitar Taiwan",
    "dekat perbatasan Ukraina"), in the same clause, if another than the source's; see ``around_words``."""
    around = _words("id/grammar.yaml", "around_words")
    end = _clause(s, j, j)[1]
    for k in range(j, end):
        if s.lower[k] in around:
            for actor in s.actors:
                if actor.t0 in (k + 1, k + 2) and actor.entity.type == "COUNTRY" and actor.code \
                        and actor.code != source.code:
                    return actor
            return None
    return None


# Entries of calls made to the world at large ("menyerukan de-eskalasi"), which no addressee named means no one.
_CALLS_TO_ALL = frozenset({"seru", "imbau"})
# Acts that are statements: reported, they were made (see _code_trigger).
_SAID_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
# Acts done to someone or something, which a passive with a pronoun agent tells ("sudah kami tangkap"); not words
# said, whose addressee follows ("kami usulkan … ke Direktorat Jenderal Imigrasi").
_DONE_TO_A_THING = frozenset({"COERCE", "ASSAULT", "SANCTION", "AID", "RETREAT", "MOBILIZE", "COOPERATE"})
# Words of aspect or mood before the pronoun agent of a passive ("sudah kami tangkap", "akan kami deportasi",
# "dan kami tahan").
_PASSIVE_ASPECTS = frozenset(["akan", "sudah", "telah", "sedang", "tengah", "segera", "langsung", "pasti", "belum",
                              "juga", "lalu", "kemudian", "baru", "masih", "harus", "bisa", "dapat", "dan", "kembali"])
# Words that open a concessive clause ("meski Brussel mengancam …").
_CONCESSIVES = frozenset(["meski", "meskipun", "walau", "walaupun", "kendati", "biarpun", "sekalipun"])
# Words that open a subordinate clause, whose verbs a future before it does not reach.
_SUBORDINATORS = frozenset(["selama", "jika", "apabila", "bila", "kalau", "karena", "sebab", "sebelum", "setelah",
                            "sesudah", "sejak", "ketika", "saat", "sewaktu", "yang", "sehingga", "hingga", "agar",
                            "supaya", "untuk", "bahwa", "seraya", "sambil", "sementara", "meskipun", "walaupun"])


def _clause(s: _Sentence, i: int, j: int) -> tuple[int, int]:
    """Token range of the clause around tokens[i:j]: between commas, semicolons and clause words."""
    stops = {",", ";", ":", "bahwa", "tetapi", "namun", "sementara", "sedangkan"}
    lo = i
    while lo > 0 and s.lower[lo - 1] not in stops:
        lo -= 1
    hi = j
    while hi < len(s.lower) and s.lower[hi] not in stops:
        hi += 1
    return lo, hi


# Words of reluctance that a negation before them turns into resolve: "tidak akan ragu menindak …", "tak segan
# mencabut …" promise the act (a double negative), they do not deny it.
_RELUCTANCE = frozenset(["ragu", "segan", "ragu-ragu", "segan-segan", "sungkan"])


def _undaunted(s: _Sentence, i: int) -> bool:
    """The trigger at ``i`` follows a negated word of reluctance ("tidak akan ragu menyerang", "tak segan untuk
    mencabut"): the act is promised."""
    k = i - 1 - (i > 1 and s.lower[i - 1] == "untuk")
    return k >= 1 and s.lower[k] in _RELUCTANCE and any(w in ("tidak", "tak", "takkan")
                                                        for w in s.lower[max(0, k - 2) : k])


def _negated_here(s: _Sentence, i: int, lex: Lexicon) -> bool:
    """A negation among the three words before the trigger at ``i``, unless it only qualifies a noun ("orang tak
    dikenal menembak …": ``negated_modifiers``, id/grammar.yaml) or a word of reluctance ("tidak akan ragu
    menindak": resolve, see _undaunted)."""
    if not s.word_set.isdisjoint(_RELUCTANCE) and _undaunted(s, i):
        return False
    window = s.lower[max(0, i - 3) : i]
    for cue in _cues(s, lex, "negation"):
        k = _has_cue(window, cue)
        if k >= 0 and not (k + 1 < len(window) and f"{window[k]} {window[k + 1]}" in _negated_modifiers()) \
                and _STOPPING.isdisjoint(window[k + 1 :]) and not _cue_ends_at_dan(window[k + len(cue) :]):
            # ("tidak akan berhenti membantu …": not stopping is going on, no negation of the act)
            return True
    return False


def _cue_ends_at_dan(after: list[str]) -> bool:
    """The words between a cue and the trigger hold "dan/serta", or a comma before a verb, after words that are no
    verb: "belum siap dan meminta Washington …" negates the state, not the demand joined to it; "siap" plans
    nothing after "dan"; "membantah keterlibatan apa pun, menyebut … dan mendesak Australia …" denies the
    involvement, not the demand (while "tidak menyerang dan membunuh …" negates both verbs, and "akan menyerang dan
    menduduki …" plans both)."""
    at = next((k for k, w in enumerate(after) if w in ("dan", "serta") or (
        w == "," and k + 1 < len(after) and _active_verb(after[k + 1]))), None)
    return at is not None and not any(_active_verb(w) or _passive_verb(w) for w in after[:at])


# Verbs of stopping, which a negation before them turns into going on ("tidak akan berhenti membantu").
_STOPPING = frozenset(["berhenti", "henti", "menghentikan"])


@cache
def _negated_modifiers() -> frozenset[str]:
    return _words("id/grammar.yaml", "negated_modifiers") | _words("id/grammar.yaml", "unknown_modifiers")


def _unknown_after(lower: list[str], at: int) -> bool:
    """``unknown_modifiers`` (id/grammar.yaml) at token ``at``, past one lower-case word of kind ("orang tak
    dikenal", "kelompok bersenjata tak dikenal"): who it is is not known."""
    unknown = _words("id/grammar.yaml", "unknown_modifiers")
    return any(" ".join(lower[k : k + 2]) in unknown for k in (at, at + 1))


# Where a condition's reach ends: a new clause, or the end of the quotation it was said in ("“… jika negara
# ketiga mencampuri …,” kata Kempf setelah pertemuan …": the meeting is real).
_CONDITION_ENDS = frozenset([";", ":", "namun", "tetapi", "sedangkan", "sementara", "meskipun", "walaupun", "”",
                             '"', "kata", "ujar", "katanya", "ujarnya"])


_COMPLEMENTISERS = frozenset(["untuk", "agar", "supaya", "bahwa"])


# Words that open a verb phrase as an active verb does ("… menahan diri dan kembali ke dialog").
_VERB_OPENERS = frozenset(["kembali", "segera", "tetap", "terus"])


def _irrealis(s: _Sentence, i: int) -> str | None:
    """The word that makes the trigger an act asked for, refused or hoped rather than done, within the clause:
    before a complementiser ("menolak desakan untuk mencabut embargo": "desakan") or right before the act
    ("berharap Jakarta terus mendukung …": "berharap")."""
    governors = _words("id/grammar.yaml", "irrealis_governors")
    if s.word_set.isdisjoint(governors):
        return None  # only a governor makes the act irrealis
    k, stop = i - 1, max(-1, i - _IRREALIS_REACH)
    while k > stop:
        w = s.lower[k]
        if w in _COMPLEMENTISERS:
            # (the governor's object may be a long name: "mendesak Dewan Keamanan Perserikatan Bangsa-Bangsa (DK
            # PBB) segera mengambil langkah nyata untuk menghentikan …")
            return next((s.words[m] for m in range(k - 1, max(-1, k - _GOVERNOR_REACH), -1)
                         if s.lower[m] in governors), None)
        if w in governors:
            if w in _words("id/grammar.yaml", "intent_governors") and not any(
                    k < a.t0 < i for a in s.actors):
                return None  # "ingin bertemu …", "mengancam akan menembak …": the subject's own act, planned
            if _looks_like_verb(w) or w == "minta" or all(x in _AUX_OR_HEDGE for x in s.lower[k + 1 : i]):
                # "berharap Jakarta terus mendukung …", "menolak mengirim senjata"; "Saya minta semua ASN membantu
                # …" (spoken "minta" for "meminta")
                return s.words[k]
            # ("Usulan … yang diajukan Ukraina ditolak …": a noun far before the verb is its subject.)
        elif w in ("dan", "serta") and k > 0 and (s.lower[k - 1] != "," or w == "serta") and k + 1 <= i and (
                _active_verb(s.lower[k + 1]) or s.lower[k + 1] in _VERB_OPENERS) and s.lower[i] not in governors \
                and (k + 1 < i or (_after_a_verb_asked_for(s, k, governors) and s.lower[i] not in _ACCUSING_VERBS
                                   and s.lower[i] not in _CONDEMNING_VERBS)):
            # "mendesak X untuk menahan diri dan menyelesaikan perbedaan melalui dialog": asked for too; the
            # complement goes on before the "dan". So after a comma with "serta", which closes a list of demands
            # ("mendesak Indonesia membuka akses bagi jurnalis asing ke Papua, serta membebaskan aktivis …"). (A
            # demand of its own is no act asked for: "menolak kerangka tersebut dan meminta pemerintah …"; nor a charge:
            # "menyerukan negara-negara besar untuk menghentikan perundingan tersebut dan menuduh Teheran …".)
            if s.lower[k - 1] == ",":
                k -= 1  # (the list's comma is no clause edge)
            stop = max(-1, k - 2 - _IRREALIS_REACH)  # (room for the object and the governor before it)
        elif w == "dengan" and k > 0 and s.lower[k - 1] == "," and k + 1 <= i and _active_verb(s.lower[k + 1]):
            return None  # "…, dengan menuduh Caracas …": the main clause's manner, not in the complement asked for
        elif w in _CONJUNCTIONS and any(a.t1 == k for a in s.actors) and k + 1 < i and not _active_verb(s.lower[k + 1]):
            # "meminta India dan Pakistan menyelesaikan perbedaan melalui dialog", "mendesak Amerika Serikat dan
            # negara-negara Eropa segera mengirim …": an actor and another asked, not a clause of its own
            pass
        elif w in (",", ";", ":", ".") or w in _LEFT_BOUNDARIES or w in _CONJUNCTIONS:
            return None
        k -= 1
    return None


def _after_a_verb_asked_for(s: _Sentence, k: int, governors: frozenset[str]) -> bool:
    """The "dan" or "serta" at ``k`` follows a verb of the complement asked for, not the governor itself: "mendesak
    Indonesia membuka akses …, serta membebaskan …" goes on with the demands, "menolak sanksi AS tersebut dan
    menyebutnya …" with the clause of the refusal."""
    verb = next((m for m in range(k - 1, max(-1, k - _GOVERNOR_REACH), -1) if _active_verb(s.lower[m])
                 or s.lower[m] in governors), None)
    return verb is not None and s.lower[verb] not in governors


def _hypothesis(s: _Sentence, i: int, lex: Lexicon) -> str | None:
    """Where the trigger stands relative to a condition opened before it: inside the condition ("jika Rusia
    menyerang"), in its consequent after the comma ("…, Jepang akan menjatuhkan sanksi"), or neither (None).
    A condition after the trigger ("berjanji membongkar … jika AS …") leaves the act itself real."""
    for cue in _cues(s, lex, "condition"):
        at = _has_cue(s.lower[:i], cue)
        if at >= 0 and not any(w in _CONDITION_ENDS for w in s.lower[at + len(cue) : i]):
            return "consequent" if "," in s.lower[at + len(cue) : i] else "condition"
    return None


def _condition_doer(s: _Sentence, actors: list[_Actor], i: int, lex: Lexicon) -> _Actor | None:
    """The first actor of a condition opened before the trigger and closed by a comma before it ("Jika Rusia
    menyerang …, Jepang akan …": Russia), when the trigger is its consequent."""
    if _hypothesis(s, i, lex) != "consequent":
        return None
    for cue in _cues(s, lex, "condition"):
        at = _has_cue(s.lower[:i], cue)
        if at < 0:
            continue
        comma = s.lower.index(",", at)
        inside = [a for a in actors if at + len(cue) <= a.t0 and a.t1 <= comma and a.code]
        return inside[0] if inside else None
    return None


def _protest_threatened(s: _Sentence, actors: list[_Actor], i: int, j: int, src: _Actor,
                        lex: Lexicon) -> _Actor | None:
    """Whom a protest promised on a condition threatens: the first actor of the condition, before the trigger
    ("Kalau pemerintah …, kami akan mogok") or after it ("… akan turun ke jalan jika DPR …"), other than the
    protesters; else the protesters' own state. None when the protesters have no country."""
    for cue in _cues(s, lex, "condition"):
        at = _has_cue(s.lower[:i], cue)
        if at < 0:
            at = _has_cue(s.lower[j:], cue)
            at = at + j if at >= 0 else -1
        if at < 0:
            continue
        end = next((k for k in range(at + len(cue), len(s.lower)) if s.lower[k] in (",", ".", ";")), len(s.lower))
        named = next((a for a in actors if at + len(cue) <= a.t0 and a.t1 <= end and a.code
                      and a.entity.id != src.entity.id and a.entity.type != "PERSON"), None)
        if named is not None:
            return named
        break
    if not src.code or src.code.startswith("IGO:"):
        return None
    return _Actor(i, i, _agent_entity(f"agent-state-{src.code}", f"({src.code})", src.code, "GOV"), src.code,
                  "the protesters' own state")


def _fronted_partner(s: _Sentence, actors: list[_Actor], i: int) -> _Actor | None:
    """The actor of an opening "Dengan …," or "Bersama …," before the verb at ``i`` ("Dengan Lazaro, Sugiono
    membahas …"): the one the subject meets, agrees or works with."""
    lower = s.lower
    k = 1 if lower[:1] == ["adapun"] else 0  # ("Adapun dengan Lavrov, ia membahas …")
    if len(lower) <= k or lower[k] not in ("dengan", "bersama") or "," not in lower[k + 1 : i]:
        return None
    comma = lower.index(",", k + 1)
    return next((a for a in actors if a.t0 >= k + 1 and a.t1 <= comma and a.code), None)


def _agent_of_what_is_asked(s: _Sentence, actors: list[_Actor], j: int) -> _Actor | None:
    """The agent after "oleh" of a passive verb in the complement that opens right after a request ("meminta agar
    insiden itu diselidiki oleh tim pengamat ASEAN": ASEAN), within the clause."""
    lower = s.lower
    if j >= len(lower) or lower[j] not in ("agar", "supaya", "untuk"):
        return None
    for k in range(j + 1, min(len(lower) - 1, j + 10)):
        if lower[k] in (",", ";", ".") or lower[k] in _LEFT_BOUNDARIES:
            return None
        if lower[k].startswith("di") and lower[k + 1] == "oleh":
            return next((a for a in actors if k + 2 <= a.t0 <= k + 5 and a.code), None)
    return None


def _condition_after_doer(s: _Sentence, actors: list[_Actor], j: int, lex: Lexicon) -> _Actor | None:
    """The first actor of a condition told after the trigger's end ``j``, within its clause ("mengancam akan …
    apabila Amerika Serikat …": the United States)."""
    for cue in _cues(s, lex, "condition"):
        at = _has_cue(s.lower[j:], cue)
        if at < 0:
            continue
        lo = j + at + len(cue)
        hi = next((k for k in range(lo, len(s.lower)) if s.lower[k] in _CONDITION_ENDS or s.lower[k] == ","),
                  len(s.lower))
        return next((a for a in actors if lo <= a.t0 and a.t1 <= hi and a.code), None)
    return None


def _cues(s: _Sentence, lex: Lexicon, cls: str) -> list[tuple[str, ...]]:
    """The cues of a modality class whose first word the sentence has, in the lexicon's order; worked out once
    per sentence and class."""
    found = s.cue_cache.get(cls)
    if found is None:
        present = s.word_set
        found = s.cue_cache[cls] = [] if present.isdisjoint(lex.modality_heads[cls]) else [
            c for c in lex.modality[cls] if c[0] in present]
    return found


# Verbs of a stance held, which "tidak pernah" refuses rather than denies having done.
_STANCE_VERBS = frozenset(["mengakui", "diakui"])


def _never_did(s: _Sentence, i: int, lex: Lexicon) -> str | None:
    """The negation cue ending in "pernah" ("tidak pernah", "tak pernah", "belum pernah" in modality.yaml) right
    before the trigger, with no "akan" (a promise never to act, "tidak akan pernah", is a refusal): its words as
    written, else None."""
    before = s.lower[max(0, i - 4) : i]
    if "pernah" not in before or "akan" in before:
        return None
    if i < len(s.lower) and s.lower[i] in _STANCE_VERBS:
        return None  # "Indonesia tidak pernah mengakui klaim sepihak China": a standing refusal, not a past act denied
    for cue in _cues(s, lex, "negation"):
        k = _has_cue(before, cue) if len(cue) > 1 and cue[-1] == "pernah" else -1
        if k >= 0:
            first = i - len(before) + k
            return " ".join(s.words[first : first + len(cue)])
    return None


def _nobody_did(s: _Sentence, i: int) -> str | None:
    """"Tidak ada (satu pun) pejuang kami yang menembaki …": the act at ``i`` told in a relative clause whose head
    "tidak ada" / "tak ada" / "tiada" says no one did it (a denial, like "tidak pernah"), with no "akan" (no one
    who will is a refusal, not a denial); the cue as written ("tidak ada … yang"), else None."""
    k = i - 1
    while k >= 0 and s.lower[k] in _AUX and s.lower[k] != "akan":
        k -= 1
    if k < 2 or s.lower[k] != "yang":
        return None
    for m in range(k - 1, max(-1, k - 8), -1):
        w = s.lower[m]
        if w in (",", ".", ":", ";", '"', "yang"):
            return None
        if w == "tiada" or (w == "ada" and m > 0 and s.lower[m - 1] in ("tidak", "tak")):
            first = m if w == "tiada" else m - 1
            return f"{' '.join(s.words[first : m + 1])} … yang"
    return None


def _has_cue(words: list[str], cue: tuple[str, ...]) -> int:
    """The last index at which ``cue`` occurs in ``words``, -1 if none."""
    n = len(cue)
    first = cue[0]
    for k in range(len(words) - n, -1, -1):
        # The first word compared alone before a tuple of the window is built: it rarely matches.
        if words[k] == first and tuple(words[k : k + n]) == cue:
            return k
    return -1


# How far before the noun of an act a cue of plans is looked for (4 words before a verb).
_NOMINAL_CUE_REACH = 7


def _modality(s: _Sentence, i: int, j: int, lex: Lexicon, source_code: str | None,
              actors: list[_Actor], speech: frozenset[str], target_code: str | None = None,
              symmetric: bool = False, presupposed: bool = False, private_source: str | None = None,
              source_entity: str | None = None, pronoun_speaker: Callable[[], _Actor | None] | None = None) \
        -> _Modality:
    """``source_entity``: the entity id of the source. ``private_source``: the same, when the source is a person
    or a group acting for no state: what an organ of the state says such a one did is the organ's claim even when
    both are of one country ("polisi mengatakan tersangka menembak korban")."""
    lower = s.lower
    before = lower[:i]
    if "," in before and (comma := _apposition_comma(lower, i)) is not None:
        before = lower[comma:i]  # "Menurut Saar, Iran diduga …, tuduhan yang langsung dibantah Teheran": a fact
    # (Each kind of cue is looked for only when the sentence has one: most have none.)
    negated = bool(_cues(s, lex, "negation")) and _negated_here(s, i, lex)
    conditions, planned = _cues(s, lex, "condition"), _cues(s, lex, "planned")
    # The trigger's clause, worked out only when a cue needs it (most sentences have neither kind).
    clause_lo, clause_hi = _clause(s, i, j) if conditions or planned else (0, 0)
    conditional = bool(conditions) and any(_has_cue(before, c) >= 0 or _has_cue(lower[j:clause_hi], c) >= 0
                                           for c in conditions)
    cue = _cue_in_force(s, lex, "denied", before, i, j)
    if cue and i > 0 and lower[i] in _PROPOSAL_NOUNS and lower[i - 1] == cue.rsplit(" ", 1)[-1]:
        cue = None  # "Iran menampik ajakan AS untuk berunding": a proposal turned down was made; it is rejected
    if cue and (at := _has_cue(lower, words := tuple(cue.split()))) >= 0 \
            and not _DEMONSTRATIVES.isdisjoint(lower[at + len(words) : at + len(words) + 1]):
        cue = None  # "Bantahan itu ditolak oleh UNRWA": the denial named again is what is rejected, which is done
    if cue and (lower[i] in _DENYING_VERBS or lower[i] in _CHARGE_NOUNS):
        # "Tersangka membantah menerima suap dan menyebut tuduhan KPK tidak berdasar": the denial is made, and so
        # is the charge it calls baseless; what is denied is the act charged.
        cue = None
    if cue:
        return _Modality("denied", cue, negated, conditional)
    # Future and intention hold for their own clause only ("dipenjara …, mengumumkan bahwa ia akan … tahun
    # depan" does not make the imprisonment planned).
    if planned and not (presupposed and i > 0 and lower[i - 1] in _CAUSE_OPENERS):
        # (Not an act named as a cause, which has happened: "akan mengirim tim negosiasi ke Washington pekan depan
        # menyusul ancaman Presiden AS".)
        # (A noun of an act reaches further back, past the words of its own phrase, to the clause's verb: "Muscat
        # siap kembali menjadi tuan rumah perundingan …", "menawarkan diri untuk kembali memfasilitasi perundingan".)
        # (So does the verb a purpose clause serves: "Prabowo dijadwalkan terbang ke Roma untuk bertemu …" plans the
        # meeting with the flight.)
        reach = _NOMINAL_CUE_REACH if presupposed or (i > 0 and lower[i - 1] in _PURPOSE) else 4
        near = lower[max(0, i - reach, clause_lo) : i]
        # (Not past the opening of the trigger's own clause: "… tidak akan dicabut meski Brussel mengancam …".)
        opening = next((k for k in range(len(near) - 1, -1, -1) if near[k] in _CONCESSIVES), None)
        if opening is not None:
            near = near[opening + 1 :]
        for cue_words in planned:
            scope = lex.modality_scope.get(cue_words, "before")
            window = near if scope == "before" else lower[clause_lo:clause_hi]
            at = _has_cue(window, cue_words)
            if at >= 0 and scope == "before" and _cue_ends_at_dan(window[at + len(cue_words) :]):
                continue  # "… belum siap dan meminta Washington …"
            if at >= 0 and not (cue_words == ("rencana",) and not _DEMONSTRATIVES.isdisjoint(window[at + 1 :])) \
                    and not (cue_words == ("segera",) and lower[i].startswith("di") and "akan" not in window):
                # ("Rencana itu dikritik Migrant CARE": the plan named again is what is criticised, now; "Tudingan itu
                # segera dibantah Phnom Penh" tells what was done at once, not what will be.)
                return _Modality("planned", " ".join(cue_words), negated, conditional)
        conj = i - 1
        while conj > 1 and lower[conj] in _AUX and lower[conj] != "akan":
            conj -= 1  # "… dan kembali mendesak …"
        if conj >= 1 and lower[conj] in _CONJUNCTIONS and lower[conj - 1] != ",":
            # "mengancam akan keluar dari NPT dan mengusir seluruh inspektur IAEA": a verb coordinated with one
            # after "akan" in the same clause is in its future too.
            # (Not past a subordinate clause of its own: "tidak akan berunding selama RSF masih menduduki kota-kota
            # dan menyerang warga sipil" tells attacks that go on.)
            will = None
            for k in range(conj - 1, max(clause_lo, i - _GOVERNOR_REACH) - 1, -1):
                if lower[k] in _SUBORDINATORS:
                    break
                if lower[k] == "akan":
                    will = k
                    break
            if will is not None and ("akan",) in planned:
                return _Modality("planned", "akan", negated, conditional)
    cue = _cue_in_force(s, lex, "alleged", before, i, j)
    if cue == "menurut" and source_code and (at := _has_cue(lower, ("menurut",))) >= 0 and (at < i or at >= j) and (
            according := next((a for a in actors if at < a.t0 <= at + 5 and "," not in lower[at:a.t0]), None)) \
            is not None and according.code in ({source_code, target_code} if symmetric else {source_code}) \
            and _is_organ(according) and (private_source is None or according.entity.id == private_source):
        # "Menurut Menlu Sugiono, Indonesia telah berkomunikasi dengan …": a state's organ telling what its own side
        # did asserts it, as "Sugiono mengatakan …" does (below); so after the act ("Merkel berbicara dengan
        # Lukashenko melalui telepon, menurut pemerintah Jerman").
        return _Modality("asserted", None, negated, conditional, according, at)
    if cue:
        return _Modality("alleged", cue, negated, conditional)
    # Reported by someone else: "NIS mengatakan, Korea Utara telah mengirim …". Not an act named by a noun, which
    # the speaker takes as known rather than claims ("Menlu Iran mengatakan sanksi dan penolakan Jepang atas usulan
    # itu tidak akan berhasil": the refusal is a fact).
    for k in range(i - 1, -1, -1) if not presupposed and not speech.isdisjoint(before) else ():
        if k + 1 < i and lower[k] == "," and lower[k + 1] in _APPOSITION_ARTICLES:
            break  # "…, sebuah tuduhan yang dibantah oleh Beijing": the report ended at the apposition
        if lower[k] in _CONTRAST_WORDS:
            break  # "Polisi mengatakan situasi aman, tetapi massa kemudian …": the report ended at "but"
        if (lower[k] == "”" or (lower[k] == '"' and lower[: k + 1].count('"') % 2 == 0)) and not \
                _reporting_words().isdisjoint(lower[k + 1 : k + 3]):
            # "“Saya yakin …,” kata Novak setelah pertemuan dengan Perry": a quotation closed before the trigger
            # by its speaker's name; the words in it and that verb do not report what follows the speaker.
            break
        if lower[k] in speech:
            speakers = [a for a in actors if a.t1 <= k]
            if not speakers and lower[k] in _OUTLET_CITING:
                # "Melansir Al Jazeera, Houthi menembakkan dua rudal …": news taken from an outlet, no one's claim
                # (annotators code it as fact; a claim in it is coded by its own cue)
                continue
            if not speakers and pronoun_speaker is not None and k >= 1 and lower[k - 1] in _SINGULAR_PERSON \
                    and (named := pronoun_speaker()) is not None:
                # "Ia menambahkan, sebanyak 1.750 personel … dikerahkan": "ia" is the person named before, whose
                # side tells what it did.
                speakers = [named]
            speaker_code = speakers[-1].code if speakers else None
            # A party reporting its own meeting or agreement asserts it, whichever side is the source; so does a
            # state's organ reporting what was done to its own side ("Kemlu menyatakan telah menerima permintaan
            # akses kekonsuleran dari Kedutaan Besar Vietnam", "BNPB mengatakan Australia telah mengirimkan …").
            # (Not a charge: "Sudan menuding UEA memasok senjata kepada RSF" stays Sudan's claim.)
            own = {source_code, target_code} if symmetric or (
                speakers and _is_organ(speakers[-1]) and lower[k] not in _CHARGING_VERBS) else {source_code}
            speaker = speakers[-1] if speakers else None
            # A charge is the charger's claim even against one of its own country ("ICW menuding polisi
            # menganiaya mahasiswa"), unless the charger charges itself.
            charged = lower[k] in _ACCUSING_VERBS and not symmetric and speaker is not None \
                and source_entity is not None and speaker.entity.id != source_entity
            if charged or speaker_code not in own or (private_source is not None and speakers
                                           and speakers[-1].entity.id != private_source
                                           and _is_organ(speakers[-1])):
                return _Modality("alleged", f"reported: {s.words[k]}", negated, conditional, speaker, k)
            return _Modality("asserted", None, negated, conditional, speaker, k)
    return _Modality("asserted", None, negated, conditional)


def _cue_in_force(s: _Sentence, lex: Lexicon, cls: str, window: list[str], i: int, j: int) -> str | None:
    """The first cue of ``cls`` that bears on the trigger at tokens[i:j]: one of scope "sentence" anywhere in the
    sentence but inside the trigger, one of scope "before" in ``window``."""
    for cue in _cues(s, lex, cls):
        scope = lex.modality_scope.get(cue, "before")
        # (``window`` may start past a clause the trigger is no part of: nor are the cues before it.)
        # (Nor one in a relative clause on the object: "mendesak Jepang menghentikan klaim teritorial yang tidak
        # berdasar" makes a demand; the claim is what is called baseless.)
        if scope == "sentence" and (at := _has_cue(s.lower, cue)) >= 0 and not (i <= at < j) and not (
                at >= j and (_in_a_relative_clause_after(s.lower, j, at) or "yang" in s.lower[j:at])) \
                and at >= i - len(window) and not (at < i and _cue_ends_at_dan(s.lower[at + len(cue) : i])):
            # (Not one inside a relative clause after the act, set off by a comma: "mengecam serangan Israel …, yang
            # menurut otoritas Suriah menewaskan 11 orang" condemns an attack that was made; the toll is the claim.)
            return " ".join(cue)
        if scope == "before" and (at := _has_cue(window, cue)) >= 0 and not _cue_ends_at_dan(window[at + len(cue) :]) \
                and (
                cls != "denied" or (_TURNING_WORDS.isdisjoint(window[at + len(cue) :])
                                    and not _charge_joined([*window[at + len(cue) :], s.lower[i]]))):
            # (Nor one that ends at "dan" after no verb: "menyebut tuduhan itu "fitnah yang tidak berdasar" dan
            # mendesak Australia …" makes the demand.)
            # (A denial ends where the clause turns: "membantah membatasi bantuan dan justru menuding Hamas …"
            # makes the charge, it does not deny it; so does "membantah ada anggotanya yang tewas dan menuding
            # aparat menembak warga sipil".)
            return " ".join(cue)
    return None


def _in_a_relative_clause_after(lower: list[str], j: int, at: int) -> bool:
    """Token ``at`` stands in a relative clause opened by ", yang" after the trigger's end ``j``, or by a charge
    noun set off by a comma ("menuding Rusia melakukan penyiksaan …, tuduhan yang berkali-kali dibantah Moskow":
    the charge is made; what it says is what is denied)."""
    return any(lower[k] == "," and (lower[k + 1] == "yang" or (
        lower[k + 1] in _CHARGE_NOUNS and k + 2 < len(lower) and lower[k + 2] == "yang") or (
        lower[k + 1] in _APPOSITION_ARTICLES and k + 3 < len(lower) and lower[k + 2] in _CHARGE_NOUNS
        and lower[k + 3] == "yang")) for k in range(j, at - 1))


def _charge_joined(words: list[str]) -> bool:
    """A verb of charging joined by "dan/serta" stands among ``words`` (a second act of the denier's, a charge)."""
    return any(w in ("dan", "serta") and words[k + 1] in _ACCUSING_VERBS for k, w in enumerate(words[:-1]))


# Words that turn a clause against what was said before it, ending the reach of a denial.
_TURNING_WORDS = frozenset(["justru", "malah", "sebaliknya", "tetapi", "tapi", "namun", "melainkan", "balik"])


def _event_actor(a: _Actor) -> EventActor:
    return EventActor(code=a.code, name=a.entity.name, entity_id=a.entity.id, type=a.entity.type,
                      sector=a.entity.sector, resolved_by=a.resolved_by)


def actor_codes(article: Article, gaz: Gazetteer) -> tuple[dict[str, tuple[str | None, str]], str | None]:
    """Entity id -> (code, how it was found), and the article's main country."""
    countries = sorted((m.start, m.end, e.code) for e in article.entities if e.type == "COUNTRY" and e.code
                       for m in e.mentions if m.field == "text")
    codes: dict[str, tuple[str | None, str]] = {}
    ranking = _country_ranking(article)
    # The dateline's country counts only for an article that names no country of its own (domestic news).
    main_country = _main_country(article)
    if main_country is None:
        # No country leads clearly: a dateline in the home country's regions (not the capital, the national desk)
        # says where the story happens, when that country is one of the two the article names most ("TEMPO.CO, Kupang
        # - Polda NTT menangkap …" in a story told as much of Australia); else the country named most.
        regional = _regional_dateline_country(article, gaz)
        main_country = regional if regional and regional in [c for _, c in ranking[:2]] else (
            ranking[0][1] if ranking else _dateline_country(article, gaz) or _home_country())
    # An institution every country has, named without its country ("Kementerian Luar Negeri memanggil Duta Besar
    # Malaysia"), is the home country's in news that names another country only once: one mention does not make
    # the story that country's.
    home = main_country if not ranking or ranking[0][0] >= 2 else (_dateline_country(article, gaz)
                                                                    or _home_country() or main_country)
    for e, named_generically in zip(article.entities, _generically_named(article), strict=True):
        code, how = actor_code(e, gaz)
        if code is None and e.type == "PERSON":
            code, how = _person_country(article, e, countries, main_country)
        elif e.type == "ORG" and (own := _country_of_generic_mentions(e)) and own != code:
            code, how = own, "an institution every country has, named with its place ('Partai Demokrat Los Angeles')"
        elif named_generically and home and code != home:
            code, how = home, "an institution named without its country: the country the article is about"
        elif code is None and e.type == "ORG" and (origin := _country_right_before(article, e, countries, (", ", " "))):
            code, how = origin, "the country named right before it ('Perusahaan asal China, Ningbo Jinhai …')"
        elif code is None and e.type == "ORG" and (inside := _country_inside(e, countries)):
            code, how = inside, "the country named in its name ('Kepolisian Nasional Kamboja')"
        elif code is None and e.type == "ORG" and (role := _apposition_country(article, e, countries)):
            code, how = role, "the country of the description after it ('Huaxin Metals, perusahaan asal China')"
        elif code is None and e.type == "ORG" and main_country is not None and main_country == _home_country():
            # "Lembaga Kajian Maritim Nusantara mengecam …" in news about Indonesia: an organisation the
            # dictionary does not know, named with no country, is most likely one of the home country's. (Not
            # in news about another country, where it may be that country's or a third one's.)
            code, how = main_country, "an organisation the dictionary does not know, in news about the home country"
        codes[e.id] = (code, how)
    return codes, main_country


@cache
def _generic_institutions() -> frozenset[str]:
    return frozenset(match_key(n) for n in load_yaml("id/entities.yaml")["generic_institutions"])


class _GenericNameMemo(dict):
    """Name as written -> whether it is a generic institution's ("Mahkamah Agung"), worked out the first time the
    name is met: institutions are named the same way in article after article."""

    def __missing__(self, name: str) -> bool:
        value = match_key(name) in _generic_institutions()
        if len(self) < 100_000:
            self[name] = value
        return value


_GENERIC_NAMES = _GenericNameMemo()


@lru_cache(maxsize=4096)
def _country_after_generic_name(key: str) -> str | None:
    """"Partai Demokrat Los Angeles", "Kepolisian Nasional Kamboja": a generic institution's name with a place or a
    country after it, whose country is returned. The dictionary may know the bare name as the home country's
    ("Partai Demokrat"), but the place says whose this one is."""
    words = key.split()
    for cut in range(1, len(words)):
        if " ".join(words[:cut]) in _generic_institutions():
            place = " ".join(words[cut:])
            return next((f.actor.country for f in default_gazetteer().lookup(place)
                         if f.actor.type in ("LOCATION", "COUNTRY") and f.actor.country), None)
    return None


class _PlaceAfterGenericMemo(dict):
    """Mention text as written -> the country of the place after the generic name it opens with, or None; worked out
    the first time the text is met (organisations are named the same way in article after article)."""

    def __missing__(self, text: str) -> str | None:
        value = _country_after_generic_name(match_key(text)) if " " in text else None
        if len(self) < 100_000:
            self[text] = value
        return value


_PLACE_AFTER_GENERIC = _PlaceAfterGenericMemo()


def _country_of_generic_mentions(entity: Entity) -> str | None:
    """The one country of the places named after a generic name in the entity's mentions, if any."""
    found = set(map(_PLACE_AFTER_GENERIC.__getitem__, map(_TEXT, entity.mentions)))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def code_events(article: Article, gaz: Gazetteer | None = None, lex: Lexicon | None = None) -> list[Event]:
    gaz = gaz or default_gazetteer()
    lex = lex or lexicon()
    speech = _speech_verbs()
    tokens = article.tokens or tokenize(article.text)
    starts = token_starts(article.text, tokens)  # shared with the earlier stages: read only
    codes, main_country = actor_codes(article, gaz)
    events: list[Event] = []
    by_key: dict[tuple, Event] = {}
    entity_by_id = {e.id: e for e in article.entities}
    # The attribution stage leaves each sentence's chain on it; run alone, the coder works them out.
    chains = list(map(_SOURCE_CHAIN, article.sentences))
    if not any(chains):
        chains = sentence_chains(article)
    by_sentence = mentions_by_sentence(article)
    # Each word lowered alone is the word of the text lowered whole, but for a capital sigma, whose lower case
    # depends on the letters around it: with one, the words are cut from the text lowered whole (unless that
    # is longer: "İ" lowers to two characters, so offsets would shift).
    lowered = lower_text(article.text) if "Σ" in article.text else None
    words = token_words(article.text, tokens)  # cut by the earlier stages (shared: read only)
    if lowered is not None and len(lowered) == len(article.text):
        lower = [lowered[t.start : t.end] for t in tokens]
    else:  # by a C loop
        lower = list(map(str.lower, words))
    ranking = _country_ranking(article)
    actor_args = (gaz, codes, main_country)
    context = _Context(quotes=[], main_country=main_country, clear_main=_main_country(article),
                       counterparts=_counterparts(article),
                       top_two=_top_two(ranking), body=_body_of_the_story(article, codes))
    for q in article.quotes:
        speaker = entity_by_id.get(q.speaker_id) if q.speaker_id else None
        code = codes.get(speaker.id, (None, ""))[0] if speaker else None
        context.quotes.append((q.start, q.end, _Actor(0, 0, speaker, code, "speaker of the quote")
                               if speaker and code else None))
        if q.direct:
            context.direct_quotes.append(context.quotes[-1])
    obligation = _words("id/grammar.yaml", "obligation_words")
    for si, sentence in enumerate(article.sentences):
        a, b = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        if a == b:
            continue
        s = _Sentence(article, si, tokens[a:b], lower[a:b], starts[a:b], by_sentence.get(si, []), actor_args,
                      words, a)
        triggers = _find_triggers(s, lex) if main_country or s.actors or _last_subject(context) else []
        if triggers and s.mentions:
            triggers = _outside_names(s, triggers)
        if len(triggers) > 1:
            triggers = _without_verb_objects(s, triggers)
        if "kemitraan" in s.word_set:
            # "Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Uni Eropa": the partnership names the treaty, it
            # is no act of its own (its signing or ratifying is).
            triggers = [t for t in triggers if not (s.lower[t[0]] == "kemitraan" and t[0] > 0
                                                    and s.lower[t[0] - 1] in _TREATY_NOUNS)]
        if "yang" in s.word_set and not s.word_set.isdisjoint(_LISTING_WORDS) and triggers:
            triggers = _outside_a_listed_subject(s, triggers)
        if len(triggers) > 1:
            # "ditahan patroli Angkatan Tentara Malaysia": a noun of a force's act right after a passive verb, with no
            # "oleh", names the verb's agent (the patrol), no act of its own.
            triggers = [t for n, t in enumerate(triggers) if not (
                n > 0 and t[2].voice == "nominal" and t[2].predicate.plover in ("MOBILIZE", "ASSAULT")
                and triggers[n - 1][2].voice == "passive" and triggers[n - 1][1] == t[0])]
        if "didukung" in s.word_set or "dibantu" in s.word_set:
            # "Operasi tersebut turut didukung kapal patroli Bakamla": backing by vessels, troops or equipment is help
            # in the field, no political support.
            triggers = [t for t in triggers if not (
                t[2].voice == "passive" and t[2].predicate.plover == "SUPPORT" and t[1] < len(s.lower)
                and (s.lower[t[1]] in _words("id/grammar.yaml", "carrier_nouns") or s.lower[t[1]] in _FIELD_MEANS))]
        if not s.word_set.isdisjoint(_DRAFTING_VERBS):
            # "membentuk tim untuk menyusun usulan ambang batas parlemen": a proposal or demand being drafted is made
            # to no one yet.
            # (One prepared for someone named is a request planned: "menyiapkan permintaan bantuan hukum kepada
            # otoritas Australia".)
            triggers = [t for t in triggers if not (t[2].voice == "nominal" and t[2].predicate.plover == "REQUEST"
                                                    and t[0] > 0 and s.lower[t[0] - 1] in _DRAFTING_VERBS
                                                    and "kepada" not in s.lower[t[1] : t[1] + _TARGET_WINDOW])]
        if not s.word_set.isdisjoint(_CESSATION_NOUNS):
            # "ingin melihat … berhentinya serangan udara terhadap warga sipil": an act named as what is to stop
            # (or has stopped) is told of no one; it is no event of its own.
            triggers = [t for t in triggers if not (t[2].voice == "nominal" and t[0] > 0
                                                    and s.lower[t[0] - 1] in _CESSATION_NOUNS)]
        if not s.word_set.isdisjoint(_CONTENT_VERBS):
            # "Proposal yang dibahas mencakup penarikan bertahap pasukan Israel …, pembebasan 250 tahanan …": acts
            # named as what a text or a plan holds are no acts told.
            triggers = [t for t in triggers if not (t[2].voice == "nominal" and _named_as_content(s, t[0]))]
        if len(triggers) > 1 and any(t[2].predicate.plover == "PROTEST" for t in triggers):
            # "ribuan orang turun ke jalan untuk menentang hasil resmi pemilihan", "mahasiswa berunjuk rasa menolak
            # revisi UU": what a protest is against is the protest's, no refusal of its own.
            protests = [t for t in triggers if t[2].predicate.plover == "PROTEST"]
            triggers = [t for t in triggers if not (t[2].predicate.plover == "REJECT" and any(
                p[1] <= t[0] <= p[1] + 2 and all(w in _PROTEST_PURPOSE for w in s.lower[p[1] : t[0]])
                for p in protests))]
        # (the sentence's actors last: they are worked out only for a sentence that has triggers)
        if "yang" in s.word_set and any(t[2].predicate.plover in ("REJECT", "SUPPORT") for t in triggers) and s.actors:
            # "melatih pasukan Kurdi dan Arab Suriah yang menentang Presiden Bashar al-Assad": a group of no name
            # described by whom it opposes or backs is told who it is, no act of its own.
            triggers = [t for t in triggers if not (
                t[2].predicate.plover in ("REJECT", "SUPPORT") and t[2].voice == "active" and t[0] > 1
                and s.lower[t[0] - 1] == "yang" and _described_group(s, t[0] - 1))]
        if not s.word_set.isdisjoint(_ROLE_IN_AN_ACT):
            # "Amerika Serikat dan Prancis, dua negara penjamin kesepakatan, …": an act named to say who someone is
            # is told elsewhere, not here.
            triggers = [t for t in triggers if not (t[2].voice == "nominal" and t[0] > 0
                                                    and s.lower[t[0] - 1] in _ROLE_IN_AN_ACT)]
        if not s.word_set.isdisjoint(_WATCHING_VERBS):
            # "… untuk memantau pergerakan militer China": forces watched are told as what is watched, no act of theirs.
            triggers = [t for t in triggers if not (t[2].voice == "nominal" and t[2].predicate.plover == "MOBILIZE"
                                                    and t[0] > 0 and s.lower[t[0] - 1] in _WATCHING_VERBS)]
        if not s.word_set.isdisjoint(_ANSWERING_VERBS):
            # "Menanggapi ancaman Jakarta, juru bicara … menolak …": the act answered, named by its noun right after
            # the verb of answering, is one told before, not a new one. (Not after "membalas": "Iran bersumpah akan
            # membalas serangan udara yang dilancarkan Israel …" is how the attack revenge is vowed for is told.)
            triggers = [t for t in triggers if not (t[2].voice == "nominal" and t[0] > 0
                                                    and s.lower[t[0] - 1] in _ANSWERING_VERBS
                                                    and s.lower[t[0] - 1] != "membalas")]
        if not s.word_set.isdisjoint(_FACILITY_NOUNS):
            # "serangan balasan terhadap situs peluncuran rudal Houthi", "pusat penahanan imigrasi": the noun of an act
            # after the noun of a facility names what the place is for, no act told.
            triggers = [t for t in triggers if not (t[2].voice == "nominal" and t[0] > 0
                                                    and s.lower[t[0] - 1] in _FACILITY_NOUNS)]
        if not s.word_set.isdisjoint(obligation):
            triggers = sorted([*triggers, *_demands(s, lex)], key=itemgetter(0))
        actors = s.actors if triggers else []
        first_new = len(events)
        for i, j, trig, obj in triggers:
            produced = _code_trigger(article, s, actors, i, j, trig, obj, lex, speech, context)
            if trig.predicate.also and produced:
                produced = [*produced, *(_also_as(e, trig.predicate.also) for e in produced
                                         if e.type == trig.predicate.plover)]
            if produced and not s.word_set.isdisjoint(_SECURING_VERBS) and not s.word_set.isdisjoint(_PROTEST_NOUNS) \
                    and any(e.type == "MOBILIZE" and e.target is None for e in produced):
                # "Polda Metro Jaya mengerahkan 2.150 personel gabungan untuk mengamankan aksi": forces sent out to
                # police a protest at home face the protesters, the country's own people (coded X -> X too, as a
                # protest at home is).
                produced = [*produced, *(_protest_at_home(e, "forces sent to police a protest face the country's "
                                                             "own people")
                                         for e in produced if e.type == "MOBILIZE" and e.target is None
                                         and e.source is not None and e.source.code
                                         and not e.source.code.startswith("IGO:"))]
            if produced and not s.word_set.isdisjoint(_CHARGING_PASSIVES) \
                    and (charge := _charge_on_the_punished(s, j)) is not None:
                # "AS menjatuhkan sanksi terhadap 14 perusahaan … yang dituduh mengangkut minyak mentah Iran": the
                # penalty says its reason; the one who punishes charges the punished side too (ACCUSE).
                why = f"the punished are '{charge}' in the same clause: the one who punishes charges them too (ACCUSE)"
                produced = [*produced, *(_also_as(e, "ACCUSE", why) for e in produced
                                         if e.type == "SANCTION" and e.target is not None
                                         and e.source is not None and e.modality in ("asserted", "alleged"))]
            if produced and (kind := _help_appreciated(s, i, j, trig)) is not None:
                # "Prabowo berterima kasih atas bantuan Thailand dalam memulangkan 500 WNI", "Indonesia menghargai
                # dukungan Rusia atas keanggotaan Indonesia di BRICS": the help or support thanked for was given, by
                # the one thanked to the one who thanks (AID or SUPPORT, the other way round).
                produced = [*produced, *(_help_thanked_for(e, kind) for e in produced
                                         if e.type == "SUPPORT" and e.target is not None and e.source is not None
                                         and e.modality == "asserted")]
            if produced and any(e.type == "PROTEST" and e.target is None for e in produced):
                produced = [*produced, *(_protest_at_home(e) for e in produced if e.type == "PROTEST"
                                         and e.target is None and e.source is not None and e.source.code
                                         and not e.source.code.startswith("IGO:"))]
            for event in produced:
                key = (event.type, event.source.code if event.source else None,
                       event.target.code if event.target else None)
                if event.type == "ACCUSE" and event.source is not None and event.target is not None \
                        and event.modality != "denied":
                    context.charges.append((event.source, event.target.code, si))
                if event.type == "REJECT" and event.rule in _words("id/grammar.yaml", "denial_entries") \
                        and event.target is not None:
                    context.last_denial = (si, event.target)
                if event.target is not None and event.target.code and event.modality != "denied":
                    context.last_target[event.type] = (event.source.code if event.source else None, event.target, si)
                    if event.type == "COERCE":
                        context.coerced.append((si, event.target, event.source))
                if event.type == "ASSAULT" and event.source is not None and event.target is not None \
                        and event.source.code and event.target.code and event.modality != "denied":
                    context.attacks.append((event.source.code, event.target.code))
                if event.type in _PRESSING and event.source is not None and event.target is not None \
                        and event.modality != "denied" and event.source.code and event.source.code != event.target.code:
                    context.pressed.append((event.source, event.target.code, event.type))
                if event.source is not None and event.modality != "denied":
                    # (An act denied is not one "serangan tersebut" later names.)
                    context.acts.append(({trig.predicate.plover, event.type, _entry_mark(trig.predicate.id)},
                                         event.source, si))
                between_countries = key[1] and key[2] and key[1] != key[2] and not (
                    key[1].startswith("IGO:") or key[2].startswith("IGO:"))
                # (An international body counts as a side here: "Indonesia dan Uni Eropa menandatangani IEU-CEPA …
                # Kedua pihak juga sepakat …" are Indonesia and the EU.)
                if key[1] and key[2] and key[1] != key[2] and event.modality != "denied":
                    context.dyads[frozenset(key[1:])] += 1
                if key[1] and key[2] and event.type in SYMMETRIC_TYPES and event.modality != "denied":
                    context.last_mutual = (key[1], key[2], si, event.source, event.target)
                if between_countries and event.cameo != _MEDIATION and (
                        event.type in SYMMETRIC_TYPES or (key[0], key[2], key[1]) in by_key):
                    # who "kedua negara" in the next sentence will be: the two sides of a meeting, an agreement or
                    # a cooperation, or of an act each did to the other ("bentrokan antara Thailand dan Kamboja");
                    # not a mediator and one side ("perundingan Pakistan-Afghanistan yang dimediasi Qatar")
                    context.pairs.append((key[1], key[2], si, event.type))
                if key in by_key:
                    # (A sentence that tells the event twice, by a verb and by its noun, "mengirim 1.000 ton
                    # bantuan", is one mention of it.)
                    told = by_key[key]
                    if told.sentence != si and all(m.sentence != si for m in told.mentions):
                        told.mentions.append(Mention(event.start, event.end, article.text[event.start:event.end], si))
                    continue
                event.source_chain = list(chains[si])
                quoted = _quote_speaker(s, s.token_at(event.trigger.start), context) if event.trigger else None
                if quoted is not None and quoted.entity.name not in event.source_chain:
                    # Said in someone's direct quote: the chain ends with the speaker, as the quote's does.
                    event.source_chain = [*(x for x in event.source_chain if x in chains[si][:1]),
                                          quoted.entity.name]
                by_key[key] = event
                events.append(event)
        if si and "antaranya" in s.lower[:6]:
            _members_listed_after(s, events, by_key, si)
        if len(events) - first_new > 1:
            _drop_denials_of_acts(article.text, events, by_key, first_new)
            _drop_shows_of_force_that_struck(events, by_key, first_new)
        # What a later pronoun can stand for is looked for in the sentences told, when a pronoun asks.
        context.told.append(s)
    return _by_member(events) if any(map(_of_a_group, events)) else events


def _verb_joined_before(s: _Sentence, i: int) -> int | None:
    """The active verb before "dan/serta" right before the verb at ``i``, within :data:`_SHARED_REACH` and the
    clause, whose subject, a pronoun, the verb at ``i`` shares; None when the verb has no "dan" before it, or the
    verb before has no pronoun for its subject."""
    k = i - 1
    while k >= 0 and s.lower[k] in _AUX_OR_HEDGE:
        k -= 1
    if k < 1 or s.lower[k] not in ("dan", "serta"):
        return None
    for m in range(k - 1, max(-1, k - _SHARED_REACH), -1):
        w = s.lower[m]
        if w in _LEFT_BOUNDARIES or w in _QUOTE_MARKS or w in _RIGHT_BOUNDARIES:
            return None
        if _active_verb(w) or w in _MEETING_VERBS:
            # (Only a verb whose subject is a pronoun right before it: "… menilai resolusi tersebut memaksakan …
            # dan mengabaikan …" has a subject of its own in the clause reported. A verb of meeting counts:
            # "Kami sudah bertemu Menlu Kamboja … dan meminta …".)
            joined = _with_a_pronoun_subject(s, m)
            if joined is None and (asked := _demand_joined_to(s, i, m, max(-1, k - _SHARED_REACH))) is not None \
                    and _QUOTE_MARKS.isdisjoint(s.lower[asked:m]):
                # "Ia menuduh pemerintahan Trump sengaja menebar ketakutan … dan mendesak ICE …": a demand joins the
                # charge or demand before it, past the act charged (as in _subject).
                return _with_a_pronoun_subject(s, asked)
            return joined
    return None


def _demand_joined_to(s: _Sentence, i: int, m: int, stop: int) -> int | None:
    """For a demand or warning at ``i`` joined by "dan" after the verb at ``m``: the demand, charge or condemnation
    before ``m`` (back to ``stop``, within the clause) it joins, past the act asked for or charged ("Kemlu meminta DK
    PBB menjamin … dan mendesak Israel …", "Zakharova menuduh Warsawa memicu … dan memperingatkan …"); else None."""
    if i >= len(s.lower) or not (s.lower[i] in _ADDRESSING_VERBS or s.lower[i] in _WARNING_VERBS):
        return None
    return next((q for q in range(m - 1, stop, -1) if (s.lower[q] in _ADDRESSING_VERBS or s.lower[q] in _CHARGING_VERBS
                                                       or s.lower[q] in _CONDEMNING_VERBS)
                 and _LEFT_BOUNDARIES.isdisjoint(s.lower[q:m])), None)


def _with_a_pronoun_subject(s: _Sentence, m: int) -> int | None:
    """The verb at ``m`` when a pronoun is its subject (past auxiliaries and hedges), else None."""
    p = m - 1
    while p >= 0 and s.lower[p] in _AUX_OR_HEDGE:
        p -= 1
    w = s.lower[p] if p >= 0 else ""
    pronoun = w in _FIRST_PERSON or w in _THIRD_PERSON or w in _SINGULAR_PERSON or (
        p > 0 and (s.lower[p - 1], w) in _THIRD_PERSON_PHRASES)
    return m if pronoun else None


# How many sentences back an arrest abroad makes the officers named by a bare noun its enforcer's.
_ENFORCER_REACH = 3


def _foreign_enforcer(s: _Sentence, source: _Actor, context: _Context) -> _Actor | None:
    """The country whose officers a bare noun ("petugas", "aparat", "polisi") stands for when it arrests or holds
    someone just after that country's arrests were told: "Sebanyak 236 WNI ditahan otoritas Malaysia … Selain WNI,
    petugas juga menahan pekerja asal Bangladesh" is Malaysia's doing, not the home country's (which the bare noun
    is given when nothing else is known of it). None when the noun was given a country some other way."""
    if source.entity.type != "AGENT" or "main country" not in source.resolved_by:
        return None
    doer = next((d for types, d, told_in in reversed(context.acts) if "COERCE" in types
                 and s.index - told_in <= _ENFORCER_REACH and d.code), None)
    if doer is None or doer.code == source.code or (doer.code or "").startswith("IGO:"):
        return None
    return _doer_actor(doer, source.t0, source.t1, f"'{source.entity.name}' are the officers of {doer.code}, whose "
                                                   "arrests were told just before")


# Statements that, naming no one, are addressed to the one met while they are made; and the words of time that open
# the meeting ("saat bertemu", "ketika menerima kunjungan" is not one of them: the one received is named after it).
_SAID_AT_A_MEETING = frozenset({"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "AGREE"})
_WHILE = frozenset(["saat", "ketika", "sewaktu", "kala", "tatkala", "seraya", "sembari", "sambil", "dalam"])


def _met_while(s: _Sentence, actors: list[_Actor], j: int, sources: list[_Actor]) -> _Actor | None:
    """The one met right after "saat/ketika … bertemu/menemui" within a few words after ``j``, of another side."""
    own = {a.code for a in sources}
    for k in range(j, min(len(s.lower) - 1, j + 4)):
        if s.lower[k] in _WHILE and s.lower[k + 1] in _MEETING_VERBS:
            # (past the title of the one met: "bertemu Presiden Prabowo")
            met = next((a for a in actors if k + 2 <= a.t0 <= k + 5 and a.code
                        and all(w[:1].isupper() for w in s.words[k + 2 : a.t0])), None)
            return met if met is not None and met.code not in own else None
        if s.lower[k] in _RIGHT_BOUNDARIES or _active_verb(s.lower[k]):
            return None
    return None


def _met_before_dan(s: _Sentence, actors: list[_Actor], i: int, sources: list[_Actor]) -> _Actor | None:
    """The one met by a meeting verb of the clause joined by "dan" right before the verb at ``i``, of another side:
    "bertemu Menteri Luar Negeri Kamboja di Phnom Penh dan meminta …"."""
    while i >= 2 and s.lower[i - 1] in _AUX_OR_HEDGE:
        i -= 1  # "… dan akan mengajukan permintaan …"
    if i < 2 or s.lower[i - 1] not in ("dan", "serta"):
        return None
    own = {a.code for a in sources}
    for k in range(i - 2, max(-1, i - 12), -1):
        if s.lower[k] in _MEETING_VERBS or s.lower[k] in _LIAISING_VERBS:
            met = next((a for a in actors if k < a.t0 < i - 1 and a.code and a.entity.type != "LOCATION"), None)
            return met if met is not None and met.code not in own else None
        if s.lower[k] in (",", ";") or (_active_verb(s.lower[k]) and k < i - 1):
            return None
    return None


# Verbs of keeping in touch with a side, whose partner a statement joined after them by "dan" is addressed to
# ("telah berkoordinasi dengan otoritas Singapura dan akan mengajukan permintaan …").
_LIAISING_VERBS = frozenset(["berkoordinasi", "berkomunikasi", "menghubungi", "berbicara"])


# How far past whom a request is about ("terhadap …", with an apposition) its addressee after "kepada" may stand.
_ADDRESSEE_REACH = 24


def _addressee_after(s: _Sentence, actors: list[_Actor], k: int) -> _Actor | None:
    """The actor after "kepada" from token ``k`` on, in the same clause (no verb of its own before it)."""
    for a in actors:
        if k <= a.t0 <= k + _ADDRESSEE_REACH and a.code and s.lower[a.t0 - 1] == "kepada":
            if any(_active_verb(w) or w in (".", ";") for w in s.lower[k : a.t0 - 1]):
                return None
            return a
    return None


def _protest_at_home(event: Event, why: str = "a protest at home is addressed to its own state") -> Event:
    """A protest aimed at no one named abroad, coded too as addressed to the protesters' own state (X -> X), as
    domestic event data codes a demonstration against one's own government; the event with no target stays. (So
    for forces sent out to police a protest, ``why`` saying so.)"""
    own = replace(event.source, name=f"({event.source.code})", entity_id=f"agent-state-{event.source.code}",
                  type="AGENT", sector="GOV", resolved_by="the protesters' own state")
    return replace(event, target=own, mentions=[], source_chain=list(event.source_chain),
                   explanation=[*event.explanation, f"{why}: coded {event.source.code} -> {event.source.code} too"])


def _charge_on_the_punished(s: _Sentence, j: int) -> str | None:
    """The passive of a charge ("yang dituduh") on the object of a penalty ending at token ``j``, in its own clause
    (no comma, subordinate clause or "dan" with another verb between), or None."""
    for k in range(j, min(len(s.lower), j + _GOVERNOR_REACH + 4)):
        word = s.lower[k]
        if word in _CHARGING_PASSIVES and k > 0 and s.lower[k - 1] == "yang":
            return s.words[k]
        if word in (",", ";", ".") or (word in _SUBORDINATORS and word != "yang") or (
                word in _CONJUNCTIONS and k + 1 < len(s.lower)
                and (_active_verb(s.lower[k + 1]) or _passive_verb(s.lower[k + 1]))):
            return None  # (past "dan" joining nouns: "14 perusahaan pelayaran dan 9 kapal tanker yang dituduh …")
    return None


# Entries and verbs of thanks and appreciation, and the nouns of what they may be for: help (AID) or support.
_APPRECIATION_ENTRIES = _grammar_words("appreciation_entries")
_APPRECIATION_VERBS = _grammar_words("appreciation_verbs")
_HELP_NOUNS = {"bantuan": "AID", "dukungan": "SUPPORT"}


def _help_appreciated(s: _Sentence, i: int, j: int, trig: Trigger) -> str | None:
    """"AID" or "SUPPORT" when the thanks or appreciation at ``i``..``j`` is for help or support named in its clause
    ("berterima kasih kepada Jepang atas bantuan kemanusiaan", "menghargai dukungan Rusia"); else None."""
    if trig.predicate.id not in _APPRECIATION_ENTRIES and s.lower[i] not in _APPRECIATION_VERBS:
        return None
    for k in range(i + 1, min(len(s.lower), j + 8)):
        if s.lower[k] in _RIGHT_BOUNDARIES:
            return None
        if s.lower[k] in _HELP_NOUNS and (s.lower[k - 1] in ("atas", "akan") or s.lower[k - 1] in _APPRECIATION_VERBS):
            return _HELP_NOUNS[s.lower[k]]
    return None


def _help_thanked_for(event: Event, kind: str) -> Event:
    """The help (``kind`` "AID") or support ("SUPPORT") a thanks is for ("berterima kasih atas bantuan Thailand"),
    given by the one thanked to the one who thanks: the other way round, from the same evidence."""
    given = _also_as(event, kind, f"thanks for what was given ('atas {kind.lower()}'): given by the one thanked to "
                                  f"the one who thanks ({kind})")
    cameo, goldstein, quad = ("070", 7.0, 2) if kind == "AID" else (event.cameo, event.goldstein, event.quad)
    return replace(given, source=event.target, target=event.source, cameo=cameo, goldstein=goldstein, quad=quad)


def _also_as(event: Event, plover: str, why: str | None = None) -> Event:
    """The event coded as a second type too: the same act, sides and evidence. By default the second type its entry
    names (``also``); ``why`` says the reason otherwise."""
    return replace(event, type=plover, mentions=[], source_chain=list(event.source_chain),
                   explanation=[*event.explanation, why or f"the entry codes the same act as {plover} too ('also')"])


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Groups of states coded member by member (data/events/groups.yaml)."""
    return {code: tuple(members) for code, members in load_yaml("events/groups.yaml").items()}


def _of_a_group(event: Event) -> bool:
    groups = _groups()
    return (event.source is not None and event.source.code in groups) or (
        event.target is not None and event.target.code in groups)


def _by_member(events: list[Event]) -> list[Event]:
    """Each event of a group of states (``_groups``) as one event per member state, the same act, evidence and
    modality; a member's own event told elsewhere is not doubled."""
    groups = _groups()
    seen = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if not _of_a_group(e)}
    out: list[Event] = []
    for e in events:
        if not _of_a_group(e):
            out.append(e)
            continue
        sources = [replace(e.source, code=c, resolved_by=f"member of {e.source.code}") for c in groups[e.source.code]] \
            if e.source is not None and e.source.code in groups else [e.source]
        targets = [replace(e.target, code=c, resolved_by=f"member of {e.target.code}") for c in groups[e.target.code]] \
            if e.target is not None and e.target.code in groups else [e.target]
        for src in sources:
            for tgt in targets:
                key = (e.type, src.code if src else None, tgt.code if tgt else None)
                if key in seen or (src is not None and tgt is not None and src.code == tgt.code):
                    continue
                seen.add(key)
                group = e.source.code if e.source is not None and e.source.code in groups else e.target.code
                out.append(replace(e, source=src, target=tgt, explanation=[
                    *e.explanation, f"{group} is a group of states (data/events/groups.yaml): coded for each member"]))
    return out


# Words that say what something is about ("meminta penjelasan soal …").
_TOPIC_WORDS = frozenset(["soal", "tentang", "mengenai", "terkait", "perihal", "seputar"])


# Titles of a state's leader, after which a government ("pemerintahan Presiden Donald Trump") is that leader's.
_LEADERS_TITLES = frozenset(["presiden", "perdana", "pm", "raja", "kanselir", "emir", "sultan", "ratu"])


# Verbs that address a demand to someone: one after "dan" joins the demand before it, not the act demanded.
_ADDRESSING_VERBS = frozenset(["meminta", "mendesak", "menyerukan", "mengimbau", "menuntut", "mendorong", "mengajak",
                               "menyuruh", "membujuk"])
_WARNING_VERBS = _grammar_words("warning_verbs")


# Words of a request or a mandate: force promised on such a condition is offered, not threatened.
_ASKED_FOR = frozenset(["meminta", "memintanya", "diminta", "permintaan", "mandat", "persetujuan", "izin",
                        "mengundang", "undangan", "dibutuhkan", "diperlukan"])


# Words of leaving that make an order given to another side an expulsion ("memerintahkan … meninggalkan …").
_LEAVING_WORDS = frozenset(["meninggalkan", "hengkang"])


# Acts of force, whose noun in a report is not the reporter's act.
_FORCE_TYPES = frozenset(["ASSAULT", "COERCE"])


# Acts that press the one they are done to for an answer (see _Context.pressed).
_PRESSING = frozenset(["REQUEST", "ACCUSE", "SANCTION", "THREATEN", "COERCE", "ASSAULT", "MOBILIZE"])
# Force aimed at a side, among them.
_FORCE_SHOWN = frozenset(["THREATEN", "ASSAULT", "MOBILIZE"])


# Acts done to people that a group acted upon, listed in the next sentence, undergoes member by member.
_DONE_TO_A_GROUP = frozenset(["COERCE", "ASSAULT"])


def _members_listed_after(s: _Sentence, events: list[Event], by_key: dict, si: int) -> None:
    """"… petugas menangkap empat orang tersangka. Tiga di antaranya merupakan warga negara Indonesia, sedangkan satu
    lainnya warga negara Malaysia": the people an act of the sentence before was done to, named there by no country
    of their own ("tersangka", "orang": a generic agent), are listed here; the act is done to each country listed
    too, told by the sentence before."""
    listed = _enumerated(s, s.actors)
    if not listed:
        return
    for done in [e for e in events if e.sentence == si - 1 and e.type in _DONE_TO_A_GROUP and e.source and e.target
                 and e.target.type == "AGENT" and "generic agent" in e.target.resolved_by
                 and ("main country" in e.target.resolved_by or "place named" in e.target.resolved_by)]:
        for member in listed:
            key = (done.type, done.source.code, member.code)
            if key in by_key:
                continue
            told = replace(done, target=_event_actor(member), mentions=[], source_chain=list(done.source_chain),
                           explanation=[*done.explanation, f"target '{member.entity.name}' → {member.code} (one of "
                                        f"those it was done to, listed in the next sentence)"])
            by_key[key] = told
            events.append(told)


_CLAIM_NOUNS = frozenset("tuduhan tudingan kabar laporan klaim isu informasi berita pernyataan anggapan dugaan "
                         "spekulasi rumor tuduhannya".split())
# What may stand between a verb of denial and the noun of the act denied: a claim, or "adanya" ("membantah adanya
# penangkapan …": denies there was one).
_BEFORE_A_DENIED_ACT = _CLAIM_NOUNS | {"adanya"}


# CAMEO's root for a demonstration of military force (a launch or a firing at no one named).
_SHOW_OF_FORCE = "15"


def _drop_shows_of_force_that_struck(events: list[Event], by_key: dict, first: int) -> None:
    """"Rusia meluncurkan 400 drone dan 20 rudal, menewaskan sembilan orang di Kyiv": the launch struck someone,
    so it is the attack the sentence codes, not a show of force of its own (a MOBILIZE with no target by the same
    side). ``events[first:]`` are the sentence's."""
    attackers = {e.source.code for e in events[first:] if e.type == "ASSAULT" and e.source and e.target}
    _drop(events, by_key, first, [e for e in events[first:] if e.type == "MOBILIZE" and e.target is None and e.source
                                  and e.source.code in attackers and (e.cameo or "").startswith(_SHOW_OF_FORCE)])


def _drop(events: list[Event], by_key: dict, first: int, dropped: list[Event]) -> None:
    """Take ``dropped`` (events of the sentence, ``events[first:]``) out of the events and out of ``by_key``."""
    if not dropped:
        return
    for e in dropped:
        key = (e.type, e.source.code if e.source else None, e.target.code if e.target else None)
        if by_key.get(key) is e:
            del by_key[key]
    events[first:] = [e for e in events[first:] if all(e is not d for d in dropped)]


def _drop_denials_of_acts(text: str, events: list[Event], by_key: dict, first: int) -> None:
    """"TNI membantah prajuritnya menembak warga": the denial of an act is that act, coded with modality denied;
    the denial verb is no REJECT of its own then. It is one when what is denied is a claim ("membantah tuduhan
    bahwa …", "membantah kabar …") or an accusation ("…, tuduhan yang dibantah Beijing").
    ``events[first:]`` are the sentence's; ``text`` is the article's."""
    denied = [e for e in events[first:] if e.modality == "denied" and e.modality_cue and e.trigger
              and e.type != "ACCUSE"]
    if not denied:
        return

    def denies_an_act(e: Event) -> bool:
        if e.type != "REJECT" or not e.trigger:
            return False
        verb = e.trigger.text.lower()
        return any(d.modality_cue.lower() == verb and d.trigger.start >= e.trigger.end
                   and _CLAIM_NOUNS.isdisjoint(text[e.trigger.end : d.trigger.start].lower().split())
                   for d in denied)

    _drop(events, by_key, first, [e for e in events[first:] if denies_an_act(e)])


# The words of _BOTH that name people, who meet.
_PEOPLE_OF_BOTH = frozenset(["pemimpin", "menteri", "kepala", "presiden", "delegasi"])
_BOTH = (("kedua", "negara"), ("kedua", "pihak"), ("kedua", "pemerintah"), ("kedua", "belah"), ("keduanya",),
         ("kedua", "pemimpin"), ("kedua", "menteri"), ("kedua", "kepala"), ("kedua", "presiden"), ("kedua", "partai"),
         ("kedua", "organisasi"), ("kedua", "lembaga"), ("kedua", "institusi"))


# Words after which "keduanya" is no subject but the subject's owner is: it stands on its own after them.
_BEFORE_A_PRONOUN_SUBJECT = frozenset(["dan", "serta", "bahwa", "lalu", "kemudian", "juga", "pun", "namun", "kini",
                                       "akhirnya", "yang", "karena", "setelah", "sebelum", "sehingga", "maka", "itu",
                                       "ini", "tersebut", "selanjutnya", "sebelumnya", "sementara", "bahkan",
                                       "sudah", "telah", "akan", "saat", "ketika", "kala", "usai", "seusai"])


def _owned_by_the_pronoun(before: str) -> bool:
    """The word before "keduanya" is a noun it owns ("Keluarga keduanya", "nasib keduanya"), not a word after which
    "keduanya" is the subject ("…, dan keduanya sepakat …")."""
    return before.isalpha() and before not in _BEFORE_A_PRONOUN_SUBJECT and not _looks_like_verb(before) \
        and not before.startswith(("se", "ter"))


def _both_sides(s: _Sentence, i: int, context: _Context, why: list[str], after: bool = False,
                third_party: frozenset[str] = frozenset(), owner: bool = False) -> list[_Actor]:
    """"Kedua negara sepakat …": the two countries of a meeting or agreement told in this sentence or the one
    before, else the two countries the article is about. With ``after``, named right after token ``i`` (the
    verb's object or a passive's agent: "mengimbau kedua pihak menahan diri", "disepakati kedua negara") instead
    of before it: there the article's two countries only when the doer (``third_party``, its codes) is neither of
    them — a third party addressing both sides of the story, as a mediator does ("Anwar menelepon kedua pemimpin
    dan mendesak mereka menahan diri": "mereka" too, when the sides were told just before or the article is
    about two others). With ``owner`` too, the phrase after a noun of an act is its doers ("pembicaraan kedua
    negara"), who may be the article's two as a subject's may."""
    if "kedua" not in s.word_set and "keduanya" not in s.word_set and not (third_party and "mereka" in s.word_set):
        return []
    lo = i + (s.lower[i : i + 1] == ["oleh"]) if after else max(0, i - 6)
    window = s.lower[lo : lo + 2] if after else s.lower[lo:i]
    if not after and "," in window and any(a.t1 <= lo + window.index(",") for a in s.actors):
        # "Amerika Serikat, sekutu dekat kedua negara, meminta India …": the two sides are named in an apposition
        # on the subject before, which is who acts.
        window = window[len(window) - window[::-1].index(",") :]
    # The two sides of the last meeting or mutual act, told in this sentence or the one before (a third party's own
    # talks with them, told just now, do not make it one of them).
    last = next((p for p in reversed(context.pairs) if third_party.isdisjoint(p[:2])), ())
    recent = bool(last) and s.index - last[2] <= 1
    if recent:
        # "Washington meneken kesepakatan … dengan Bangkok dan Phnom Penh. … meminta kedua negara …": when the last
        # sentence paired one country with two others, the two sides are those two, not the hub and one of them.
        told = {frozenset(p[:2]) for p in context.pairs if p[2] == last[2] and third_party.isdisjoint(p[:2])}
        hub = set.intersection(*map(set, told)) if len(told) == 2 else set()
        if len(hub) == 1:
            spokes = sorted(set().union(*told) - hub)
            last = (spokes[0], spokes[1], last[2], last[3])
    # "kedua menteri", "kedua pemimpin": the people of the two sides the story is about, those of most of its
    # meetings, agreements and cooperation (not the sides of a cooperation one of them spoke of in passing)
    # (The phrase itself, not any such word: "Perdana Menteri Malaysia … meminta kedua negara" is no "kedua menteri".)
    if context.pairs and not _PEOPLE_OF_BOTH.isdisjoint(s.word_set) and any(
            w == "kedua" and s.lower[k + 1] in _PEOPLE_OF_BOTH for k, w in enumerate(s.lower[:-1])):
        told = Counter(frozenset(p[:2]) for p in context.pairs if third_party.isdisjoint(p[:2]))
        if told:
            most = told.most_common(1)[0][0]
            last, recent = next(p for p in reversed(context.pairs) if frozenset(p[:2]) == most), True
        # (But two people of two countries named in this sentence or the one before are the two: "Menhan Australia
        # Richard Marles dijadwalkan meninjau latihan bersama Menhan Sjafrie Sjamsoeddin. Kunjungan itu menjadi
        # kesempatan bagi kedua menteri untuk membahas …" are Australia's and Indonesia's, whatever else was told.)
        people = _two_people_just_named(s, third_party)
        if people:
            last, recent = (*people, s.index, None), True
    outsider = after and bool(third_party) and (recent or (
        len(context.top_two) == 2 and third_party.isdisjoint(context.top_two)))
    for phrase in _BOTH if not outsider else (*_BOTH, ("mereka",)):
        for k in range(len(window) - len(phrase) + 1):
            if tuple(window[k : k + len(phrase)]) == phrase:
                # "memuji Thailand dan Kamboja yang … disepakati kedua negara": two countries just named in the
                # sentence; else those of the meeting or agreement just told; else (as a subject) the article's two.
                if not after and lo + k > 0 and _active_verb(s.lower[lo + k - 1]) \
                        and s.lower[lo + k - 1] not in _speech_verbs():
                    # "menelepon kedua pemimpin dan mendesak …": the object of the verb before (not the subject of
                    # what a speech verb reports: "Bahlil menyebut kedua partai sepakat …")
                    continue
                if phrase == ("keduanya",) and lo + k > 0 and _owned_by_the_pronoun(s.lower[lo + k - 1]):
                    continue  # "Keluarga keduanya meminta …": the two's family, no two sides
                if not after and "," in s.lower[lo + k : i] and "yang" in s.lower[max(0, lo + k - 4) : lo + k]:
                    continue  # "Brasil, yang berbatasan dengan kedua negara, mengerahkan …": in a relative clause
                if not after and any(lo + k + len(phrase) <= a.t0 < i and a.code and a.entity.type != "AGENT"
                                     for a in s.actors):
                    # "Di tengah penguatan hubungan kedua negara, Australian Border Force menahan …": an actor named
                    # between the phrase and the verb is its subject (not a generic word the phrase goes on with:
                    # "kedua pihak pemerintah pun sepakat …").
                    continue
                if phrase[-1] in _BODIES_OF_BOTH and context.last_mutual and s.index - context.last_mutual[2] <= 2 \
                        and third_party.isdisjoint(context.last_mutual[:2]):
                    # "Ketua Umum Golkar menerima kunjungan Ketua Umum PKB … kedua partai sepakat …": the two bodies
                    # of the meeting just told, of one country or two.
                    sides = context.last_mutual[3:]
                    why.append(f"'{' '.join(phrase)}' are the two sides of the meeting or agreement just told: "
                               f"{', '.join(side.name for side in sides)}")
                    return [_doer_actor(side, lo + k, lo + k + len(phrase), "one of the two sides just told")
                            for side in sides]
                named = _pair_named_before(s, lo + k)
                if not named and not recent and ("pihak" in phrase or "belah" in phrase) and context.last_mutual \
                        and context.last_mutual[0] == context.last_mutual[1] and context.last_mutual[0] \
                        and context.last_mutual[0] not in third_party:
                    # "Angkatan bersenjata Sudan dan RSF menandatangani perjanjian gencatan senjata … kedua pihak
                    # saling menuduh …": the two sides, of one country, of the agreement or meeting told last.
                    sides = context.last_mutual[3:]
                    why.append(f"'{' '.join(phrase)}' are the two sides, of {context.last_mutual[0]}, of the agreement "
                               "or meeting told")
                    return [_doer_actor(side, lo + k, lo + k + len(phrase), "one of the two sides told, of one country")
                            for side in sides]
                if not named and not recent and ("pihak" in phrase or "belah" in phrase) \
                        and (home := _war_at_home(context, third_party)):
                    # "… kembali mendesak kedua pihak menyepakati gencatan senjata" in a story of a war within one
                    # country (Sudan's army and the RSF): both sides are that country's.
                    why.append(f"'{' '.join(phrase)}' are the two sides of the war within {home} the story tells")
                    return [_side_actor(lo + k, lo + k + len(phrase), home, "both sides of a war within one country")]
                # (Before any meeting or agreement: the two countries whose acts on each other the story has told
                # most, if any; only then the two it names most, which a third party much quoted can be one of.)
                # (Two countries first; a country and an international body only when the story is about no second
                # country, and never for "kedua negara".)
                dyads = [d for d, _ in context.dyads.most_common() if third_party.isdisjoint(d)]
                acted = ([d for d in dyads if not any(c.startswith("IGO:") for c in d)]
                         or ([] if "negara" in phrase or len(context.top_two) == 2 else dyads))[:1]
                story = tuple(sorted(acted[0])) if acted else context.top_two
                sides = named or (last[:2] if recent else story if outsider or owner or not after else ())
                if len(sides) != 2:
                    return []
                codes = list(sides)
                whose = ("the two countries just named" if named
                         else "the two countries of the meeting or agreement just told" if recent
                         else "the two countries whose acts on each other the article tells" if acted
                         else "the two countries the article is about")
                why.append(f"'{' '.join(phrase)}' are {whose}: {', '.join(codes)}")
                return [_side_actor(lo + k, lo + k + len(phrase), c, f"one of {whose}") for c in codes]
    return []


# The bodies "kedua …" may name: two parties or institutions, which may be of one country.
_BODIES_OF_BOTH = frozenset(["partai", "organisasi", "lembaga", "institusi"])


def _war_at_home(context: _Context, third_party: frozenset[str]) -> str | None:
    """The country of the attacks the story has told, when the last of them was made within one country and such
    attacks are most of them (a civil war: "SAF" and "RSF" both Sudan's); else None."""
    attacks = [(a, b) for a, b in context.attacks if a and b]
    if not attacks or attacks[-1][0] != attacks[-1][1] or attacks[-1][0] in third_party:
        return None
    home = sum(a == b for a, b in attacks)
    return attacks[-1][0] if 2 * home >= len(attacks) else None


def _two_people_just_named(s: _Sentence, third_party: frozenset[str]) -> tuple[str, str] | tuple[()]:
    """The countries of the people named in sentence ``s`` and the one before it, when they are exactly two (and
    neither a third party's); else ()."""
    codes = {e.code for e in s.article.entities if e.type == "PERSON" and e.code and not e.code.startswith("IGO:")
             and e.code not in third_party
             and any(m.field == "text" and m.sentence in (s.index - 1, s.index) for m in e.mentions)}
    return tuple(sorted(codes)) if len(codes) == 2 else ()


def _pair_named_before(s: _Sentence, k: int) -> tuple[str, str] | tuple[()]:
    """The codes of the last two actors joined by "dan" before token ``k`` ("Thailand dan Kamboja"), when they are
    two countries' (the same sentence names them just before "kedua negara")."""
    before = [a for a in s.actors if a.t1 <= k]
    if len(before) < 2:
        return ()
    a, b = before[-2], before[-1]
    if b.t0 == b.t1 == a.t1 and "-" in s.lower[a.t0] and a.code and b.code and a.code != b.code:
        return a.code, b.code  # "perjanjian damai Kongo-Rwanda …, mendesak kedua negara": a hyphenated pair
    if _joins(s, a.t1, b.t0) != "dan" or not a.code or not b.code or a.code == b.code \
            or a.code.startswith("IGO:") or b.code.startswith("IGO:"):
        # "Amerika Serikat mengatakan mendukung kedaulatan Guyana, dan pesawat militer kedua negara …": the only two
        # countries the sentence names before it, joined or not
        codes = list(dict.fromkeys(x.code for x in before if x.code and not x.code.startswith("IGO:")))
        return (codes[0], codes[1]) if len(codes) == 2 else ()
    return a.code, b.code


def _quote_speaker(s: _Sentence, i: int, context: _Context | None, direct: bool = False) -> _Actor | None:
    """The speaker of the quote (with ``direct``, of the direct quote) the trigger stands in, if any."""
    if context is None:
        return None
    quotes = context.direct_quotes if direct else context.quotes
    if not quotes:
        return None
    pos = s.tokens[i].start
    for start, end, speaker in quotes:
        if start <= pos < end:
            return speaker
    return None


def _last_subject(context: _Context) -> _Sentence | None:
    """The last sentence told that has a subject (an actor outside a prepositional phrase)."""
    for s in reversed(context.told):
        if s.subject is not None:
            return s
    return None


def _last_person(context: _Context) -> _Actor | None:
    """The first person among the subjects of the last sentence that has one (actors outside a prepositional
    phrase from its first subject on)."""
    told = context.told
    for k in range(len(told) - 1, context.persons_from - 1, -1):
        s = told[k]
        if s.subject is None:
            continue
        person = next((x for x in s.actors[s.subject :] if x.entity.type == "PERSON"
                       and _preceded_by_preposition(s, x) is None), None)
        if _about_an_unknown_person(s, person):
            # "Pelapor Khusus PBB untuk Myanmar Tom Andrews menyebut … Ia mendesak …": the last person is one whose
            # side is unknown; "ia" is not someone named sentences before.
            context.last_person = None
            break
        if person is not None:
            context.last_person = person
            break
    context.persons_from = len(told)
    return context.last_person


def _about_an_unknown_person(s: _Sentence, person: _Actor | None) -> bool:
    """The sentence names, before its first verb and before the first person who has a code, a person with none
    (no actor stands for them): its subject."""
    if s.subject is None:
        return False
    named = [m.start for m, e in s.mentions if e.type == "PERSON" and m.field == "text"] if s.mentions and isinstance(
        s.mentions[0], tuple) else []
    if not named:
        return False
    first = min(named)
    if person is not None and s.tokens[person.t0].start <= first:
        return False
    verb = next((t.start for k, t in enumerate(s.tokens) if _active_verb(s.lower[k])), None)
    return (verb is None or first < verb) and not any(
        a.entity.type == "PERSON" and s.tokens[a.t0].start == first for a in s.actors)


# "ketiga negara", "keempat menteri": how many sides a group word counts, and the nouns that can follow it.
_GROUP_ORDINALS = {"ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8,
                   "kesembilan": 9, "kesepuluh": 10}
_GROUP_NOUNS = frozenset(["negara", "pemerintah", "junta", "pihak", "menteri", "pemimpin", "delegasi", "kepala"])
_LIST_JOINERS = frozenset([",", "dan", "serta", "yakni", "yaitu"])


def _numbered_group(s: _Sentence, actors: list[_Actor], i: int, context: _Context, why: list[str],
                    at: int | None = None) -> list[_Actor]:
    """"Keempat negara menyatakan dukungan …" (the subject of the verb at ``i``), "Guterres meminta ketiga junta …"
    (``at``: the ordinal right after a verb): the last list of exactly that many countries named together, in this
    sentence before the group or in one told before (an exact count rarely matches a list by chance)."""
    lower = s.lower
    if at is None:
        at = next((k for k in range(max(0, i - 4), i) if lower[k] in _GROUP_ORDINALS and k + 1 < len(lower)
                   and lower[k + 1] in _GROUP_NOUNS), None)
    elif not (at + 1 < len(lower) and lower[at + 1] in _GROUP_NOUNS):
        return []
    if at is None:
        return []
    n = _GROUP_ORDINALS[lower[at]]
    for told, upto in [(s, at), *((t, len(t.lower)) for t in reversed(context.told))]:
        found = _list_of_countries(told, upto, n)
        if found:
            why.append(f"'{s.words[at]} {s.words[at + 1]}' are the {n} countries named together before: "
                       + ", ".join(a.code for a in found))
            context.last_numbered = (s.index, [a.code for a in found])
            return [_side_actor(at, at + 2, a.code, "one of the countries named together before") for a in found]
    return []


def _side_before_a_listed_group(s: _Sentence, actors: list[_Actor], sides: list[_Actor]) -> _Actor | None:
    """"Iran dan tiga negara Eropa …, yakni Inggris, Prancis, dan Jerman": the actor joined by "dan" to a noun
    phrase whose members ``sides`` "yakni/yaitu" list; it stands on one side, the listed members on the other."""
    first = min(sides, key=lambda a: a.t0)
    opener = next((k for k in range(first.t0 - 1, max(-1, first.t0 - 3), -1) if s.lower[k] in ("yakni", "yaitu")),
                  None)
    if opener is None:
        return None
    joined = next((k for k in range(opener - 1, max(-1, opener - 12), -1) if s.lower[k] == "dan"), None)
    if joined is None or any(joined < a.t0 < opener and _preceded_by_preposition(s, a) is None for a in actors):
        return None  # (an actor in a phrase of the noun, "yang tergabung dalam E3", is part of it)
    return next((a for a in actors if a.t1 == joined and a.code and a.code not in {b.code for b in sides}), None)


# Officials in the plural ("para menlu"), who, with no country named after them, are those of the countries
# listed just before; and how many sentences back that list may be.
_PLURAL_OFFICIALS = frozenset(["menlu", "menteri", "pemimpin", "kepala", "menhan", "delegasi", "diplomat"])
_LIST_SENTENCES_BACK = 3


def _officials_of_a_list(s: _Sentence, actors: list[_Actor], i: int, context: _Context,
                         why: list[str]) -> list[_Actor]:
    """"Kecaman itu tertuang dalam pernyataan bersama para menteri luar negeri Indonesia, Arab Saudi, Yordania, …
    Para menlu juga mendesak Israel …": officials in the plural with no country named after them, subject of the
    verb at ``i``, are those of the last list of three or more countries, in this sentence or up to
    :data:`_LIST_SENTENCES_BACK` sentences before (one act by each)."""
    if "para" not in s.word_set:
        return []  # (asked of every active verb: most sentences have no "para")
    lower = s.lower
    k = next((m for m in range(max(0, i - 5), i - 1) if lower[m] == "para" and lower[m + 1] in _PLURAL_OFFICIALS),
             None)
    if k is None or any(k < a.t0 < i for a in actors) or not (k == 0 or lower[k - 1] in (",", ".")):
        return []
    for told, upto in [(s, k), *((t, len(t.lower)) for t in reversed(context.told)
                                 if s.index - t.index <= _LIST_SENTENCES_BACK)]:
        found = _list_of_countries(told, upto, None)
        if found:
            why.append(f"'{s.words[k]} {s.words[k + 1]}' are those of the countries listed before: "
                       + ", ".join(a.code for a in found))
            return [_side_actor(k, k + 2, a.code, "one of the countries listed before") for a in found]
    return []


def _list_of_countries(s: _Sentence, upto: int, n: int | None) -> list[_Actor]:
    """The last run of exactly ``n`` actors of distinct countries before token ``upto``, joined only by commas,
    "dan", "serta" ("Arab Saudi, Qatar, Mesir dan Turki"); with ``n`` None, the last run of three or more."""
    runs: list[list[_Actor]] = []
    for a in (a for a in s.actors if a.t1 <= upto and a.code and not a.code.startswith("IGO:")):
        last = runs[-1][-1] if runs else None
        if last is not None and a.t0 >= last.t1 and all(w in _LIST_JOINERS for w in s.lower[last.t1 : a.t0]) \
                and a.t0 - last.t1 <= 2:
            runs[-1].append(a)
        else:
            runs.append([a])
    for run in reversed(runs):
        codes = list(dict.fromkeys(a.code for a in run))
        if len(codes) == n or (n is None and len(codes) >= 3):
            return [next(a for a in run if a.code == c) for c in codes]
    return []


def _last_group(context: _Context, s: _Sentence) -> list[_Actor]:
    """The subject of ``s`` (the last sentence with one) with the actors coordinated with it ("Jepang dan Korea
    Selatan"), worked out the first time it is asked for."""
    if not context.last_group or context.last_group[0] is not s:
        context.last_group = (s, _coordinated_right(s, s.actors, s.subject))
    return context.last_group[1]


# Words after which "mereka", "ia", "dia" open a clause as its subject ("bahwa mereka …", "ketika mereka …"): the
# clause edges and joining words above, and a few more.
_BEFORE_A_SUBJECT = _LEFT_BOUNDARIES | _RIGHT_BOUNDARIES | _SHARED_SUBJECT | _CONTRAST_SHARING | frozenset(
    ["sehingga", "kini", "bila", "maka", "meski", "walau", "yang", "kalau", "hingga", "sejak", "selama", "padahal",
     "sendiri",
     # words of place and time that a clause opens with before its subject ("Di sana ia bertemu …", "Setelah itu
     # mereka …"), no nouns a pronoun after them owns
     "sana", "sini", "situ", "itu", "ini", "tersebut", "kemudian", "lalu", "akhirnya", "bahkan", "juga", "pula",
     "kemarin", "sekarang", "selanjutnya", "sebelumnya", "belakangan", "nanti", "lagi"])


def _reporter_before(s: _Sentence, actors: list[_Actor], k: int) -> list[_Actor]:
    """The subject of a verb of speech or claim right before the noun phrase ending at ``k`` (within a few words:
    "mengklaim drone-drone mereka"), else nothing."""
    reporting = _words("id/speech.yaml", "after_speaker")
    verb = next((m for m in range(k - 1, max(-1, k - 4), -1) if s.lower[m] in reporting or s.lower[m] in
                 _CHARGING_VERBS), None)
    return _subject(s, actors, verb) if verb is not None else []


def _possessive(s: _Sentence, k: int) -> bool:
    """The third-person pronoun at ``k`` follows a noun it is the possessor of ("keluarga mereka", "pasukan mereka"):
    a lower-case word that is no verb, auxiliary or word that opens a clause."""
    if k < 1 or (s.lower[k] not in _PLURAL_PRONOUNS and s.lower[k] not in _SINGULAR_PERSON):
        return False
    prev, written = s.lower[k - 1], s.words[k - 1]
    # (A reduplicated plural too: "drone-drone mereka".)
    return len(prev) >= 3 and prev.replace("-", "").isalpha() and written[:1].islower() \
        and prev not in _BEFORE_A_SUBJECT \
        and prev not in _AUX_OR_HEDGE and prev not in _COMPLEMENTISERS and prev not in _PURPOSE \
        and not _looks_like_verb(prev)


def _pronoun_subject(s: _Sentence, actors: list[_Actor], i: int, context: _Context, why: list[str],
                     patient: bool = False) -> list[_Actor]:
    """The actor a pronoun subject before the trigger stands for. With ``patient`` (the subject of a passive), a
    plural pronoun is left alone: "Polisi menangkap tiga orang. Mereka ditahan …" are the people arrested, not
    the subject told before.

    A verb after "dan/serta" shares the pronoun subject of the verb before, however long that verb's object:
    "Kami sudah melakukan komunikasi radio sebanyak tiga kali dan meminta kapal CCG …". A news outlet cited is
    no doer a pronoun stands for ("Melansir Reuters, … Mereka membakar 12 rumah … serta melukai …")."""
    if s.word_set.isdisjoint(_PRONOUN_WORDS):
        return []  # no pronoun in the sentence
    found = _pronoun_before(s, actors, i, context, why, patient)
    if not found and not patient and (first := _verb_joined_before(s, i)) is not None:
        found = _pronoun_before(s, actors, first, context, why, patient)
    return [a for a in found if a.entity.sector != "MED"]


def _latest_doer_of_another_side(context: _Context, kind: str, sources: list[_Actor]) -> _Actor | None:
    """The doer of the latest act of ``kind`` told by a side other than the sources' (the attack revenge is vowed
    for, the detention whose release is asked)."""
    own = {a.code for a in sources}
    return next((d for types, d, _ in reversed(context.acts) if kind in types and d.code and d.code not in own), None)


def _ours(s: _Sentence, a: _Actor, context: _Context, why: list[str]) -> _Actor:
    """"“Militer kami telah … berbagi informasi dengan AS dan Jepang,” kata JCS": a generic agent owned by the first
    person inside a quotation is the speaker's side, not the article's main country."""
    if a.entity.type != "AGENT" or a.t1 >= len(s.lower) or s.lower[a.t1] not in ("kami", "kita"):
        return a
    pos = s.tokens[a.t1].start
    speaker = next((who for start, end, who in context.quotes if start <= pos < end and who is not None), None)
    if speaker is None or not speaker.code or speaker.code == a.code:
        return a
    why.append(f"'{s.words[a.t0]} {s.words[a.t1]}' inside a quote is the speaker's, {speaker.entity.name}'s")
    return replace(a, code=speaker.code, resolved_by=f"the speaker's own ('{s.words[a.t1]}')")


def _pronoun_before(s: _Sentence, actors: list[_Actor], i: int, context: _Context, why: list[str],
                    patient: bool) -> list[_Actor]:
    """The actor the pronoun within a few words before token ``i``, in its clause, stands for (see
    :func:`_pronoun_subject`)."""
    for k in range(i - 1, max(-1, i - 6), -1):
        w = s.lower[k]
        if w in _LEFT_BOUNDARIES or w in (".", ","):
            break
        if w in _FIRST_PERSON:
            pos = s.tokens[k].start
            for start, end, speaker in context.quotes or ():
                if start <= pos < end and speaker is not None:
                    why.append(f"'{s.words[k]}' inside a quote stands for the speaker {speaker.entity.name}")
                    return [speaker]
            return []
        if _possessive(s, k):
            if all(x in _AUX_OR_HEDGE for x in s.lower[k + 1 : i]) and (owner := _reporter_before(s, actors, k - 1)):
                # "Staf Umum Angkatan Bersenjata Ukraina mengklaim drone-drone mereka menghantam …": the drones of
                # the one who reports their act.
                why.append(f"'{s.words[k - 1]} {s.words[k]}' belong to {owner[0].entity.name}, who reports their act")
                return owner
            continue  # "nelayan dan keluarga mereka menggelar aksi": whose family, not who acts
        third = w in _THIRD_PERSON or (k > 0 and (s.lower[k - 1], w) in _THIRD_PERSON_PHRASES)
        if third and k > 0 and s.lower[k - 1] in _BLOC_WORDS and (bloc := _bloc_named_last(s, actors, k - 1, context)):
            # "Kepala kebijakan luar negeri Uni Eropa … mengatakan blok itu sedang mempertimbangkan sanksi …": a bloc
            # or alliance named again is the international body named last, not the last subject (a country).
            why.append(f"'{s.words[k - 1]} {s.words[k]}' refers back to {bloc.entity.name}, the bloc named last")
            return [replace(bloc, t0=k - 1, t1=k + 1)]
        if w in _SPEAKERS_OWN and k > 0 and s.lower[k - 1] == "bahwa":
            # "NATO mengatakan pada hari Kamis bahwa pihaknya akan mengerahkan …": the one who says so. (Not "dia":
            # "polisi mengatakan bahwa dia mengaku …" is the suspect.)
            reporting = _words("id/speech.yaml", "after_speaker")
            verb = next((m for m in range(k - 2, -1, -1) if s.lower[m] in reporting), None)
            speaker = _subject(s, actors, verb) if verb is not None else []
            if speaker:
                why.append(f"'{s.words[k]}' refers back to {speaker[0].entity.name}, who says so")
                return speaker
        if w in _SINGULAR_PERSON:
            # The person this sentence is about, if named before the pronoun ("Pompeo bertemu Ri … dan mengatakan
            # bahwa dia akan …"), else the last person a sentence was about.
            person = next((a for a in actors if a.t1 <= k and a.entity.type == "PERSON"
                           and _preceded_by_preposition(s, a) is None), None) or _last_person(context)
            if person is not None:
                why.append(f"'{s.words[k]}' refers back to the person {person.entity.name}")
                return [person]
        if patient and (w in _PLURAL_PRONOUNS or w in _SINGULAR_PERSON):
            return []  # ("dia" with no person to stand for: not a body the last sentence was about either)
        if w in _PLURAL_PRONOUNS and context.last_numbered is not None \
                and context.last_numbered[0] == s.index - 1 and not patient:
            # "Keempat negara menyatakan dukungan … Mereka juga mengecam …": the group counted just before.
            codes = context.last_numbered[1]
            why.append(f"'{s.words[k]}' refers back to the group counted just before: {', '.join(codes)}")
            return [_side_actor(k, k + 1, c, "one of the group counted just before") for c in codes]
        if w in _PLURAL_PRONOUNS:
            # "… pertemuan antara Macron dan Modi di Paris, ketika mereka sepakat …": the sides named together
            # earlier in the sentence.
            group = next((g for idx in range(len(actors) - 1, -1, -1) if actors[idx].t1 <= k
                          for g in [_coordinated_left(s, actors, idx)] if len({a.code for a in g}) >= 2), None)
            if group:
                why.append(f"'{s.words[k]}' refers back to {', '.join(a.entity.name for a in group)}")
                return group
        last = _last_subject(context) if third else None
        if last is not None:
            group = _last_group(context, last) if w in _PLURAL_PRONOUNS else [last.actors[last.subject]]
            why.append(f"'{s.words[k]}' refers back to {', '.join(a.entity.name for a in group)}")
            return group
    return []


def _bloc_named_last(s: _Sentence, actors: list[_Actor], k: int, context: _Context) -> _Actor | None:
    """The international body (an IGO code) named last before token ``k``: in this sentence, else in the three
    before."""
    here = next((a for a in reversed(actors) if a.t1 <= k and (a.code or "").startswith("IGO:")), None)
    if here is not None:
        return here
    for before in reversed(context.told[-3:]):
        found = next((a for a in reversed(before.actors) if (a.code or "").startswith("IGO:")), None)
        if found is not None:
            return found
    return None


def _issuer_of_document(s: _Sentence, i: int, context: _Context) -> _Actor | None:
    """For a trigger right after a document named again ("Resolusi itu meminta …", "Deklarasi tersebut mengecam …",
    ``document_nouns`` in id/grammar.yaml): the body that issued it, the first organisation with a code named in the
    latest of the three sentences before that names the same kind of document (or a person who speaks for an
    international body). None otherwise."""
    k = i - 1
    while k > 0 and s.lower[k] in _AUX:
        k -= 1
    if k < 1 or s.lower[k] not in _DEMONSTRATIVES or s.lower[k - 1] not in _words("id/grammar.yaml", "document_nouns") \
            or (k > 1 and s.lower[k - 2] not in (",", "dan")):
        return None
    return _issuer_told_before(s.lower[k - 1], context)


def _issuer_of_the_object(s: _Sentence, j: int, context: _Context) -> _Actor | None:
    """For a document named again right at the end of the trigger or after it ("menyambut resolusi tersebut", the
    noun inside the entry "menyambut resolusi"; "mengecam deklarasi itu"): its issuer (_issuer_told_before)."""
    documents = _words("id/grammar.yaml", "document_nouns")
    for k in (j, j - 1):
        if 0 <= k < len(s.lower) - 1 and s.lower[k] in documents and s.lower[k + 1] in _DEMONSTRATIVES:
            return _issuer_told_before(s.lower[k], context)
    return None


def _issuer_told_before(noun: str, context: _Context) -> _Actor | None:
    """The first organisation with a code (or person speaking for an international body) named in the latest of
    the three sentences before that names the document ``noun``."""
    for before in reversed(context.told[-3:]):
        if noun in before.word_set:
            # The body named right after the noun ("menepis resolusi OKI"), else an international body (or one who
            # speaks for it: "Sekretaris Jenderal OKI Hissein Brahim Taha"), else the first organisation.
            at = {k + 1 for k, w in enumerate(before.lower) if w == noun}
            coded = [a for a in before.actors if a.code]
            return next((a for a in coded if a.t0 in at), None) \
                or next((a for a in coded if a.code.startswith("IGO:")), None) \
                or next((a for a in coded if a.entity.type == "ORG"), None)
    return None


def _kind_named_again(s: _Sentence, actor: _Actor) -> bool:
    """A generic agent of one word that says what kind of body it is, followed by "itu" or "tersebut" and given
    the article's country for want of another ("Kementerian itu", "Lembaga tersebut"): a body named again."""
    return actor.entity.type == "AGENT" and actor.t1 - actor.t0 == 1 and actor.t1 < len(s.lower) \
        and (s.lower[actor.t0], s.lower[actor.t1]) in _THIRD_PERSON_PHRASES and "main country" in actor.resolved_by


def _code_trigger(article: Article, s: _Sentence, actors: list[_Actor], i: int, j: int, trig: Trigger, obj: str,
                  lex: Lexicon, speech: frozenset[str], context: _Context | None = None) -> list[Event]:
    pred = trig.predicate
    voice = trig.voice
    why: list[str] = []
    light_at: int | None = None  # the light verb before a noun read as an active clause ("menyerahkan surat …")
    pronoun_agent = _pronoun_agent_at(s, i) if voice in ("active", "nominal") and pred.plover in _DONE_TO_A_THING \
        else None
    if pronoun_agent is not None:
        # "Lima orang sudah kami tangkap", "para WNA itu akan kami deportasi": the object comes first, then the
        # doer as a pronoun and the bare verb (a passive of Indonesian's own): the object is acted upon, the
        # pronoun acts.
        voice = "passive"
        why.append(f"'{s.words[pronoun_agent]} {s.words[i]}': the object told first, the pronoun its doer")
    if _in_written_words(s, i):
        return []  # "poster bertuliskan "Boikot Produk Pendukung Israel"": words written on a sign, no act
    if pred.plover in ("ASSAULT", "COERCE") and voice == "active" and _done_by_a_hazard(s, i):
        return []  # "… setelah banjir bandang dan tanah longsor menewaskan 34 orang": nature, no actor, did it
    if pred.plover == "THREATEN" and voice == "nominal" and i > 0 and s.lower[i - 1] == "sebagai":
        return []  # "menyebutnya sebagai ancaman serius": what something is called, not a threat made
    if pred.plover == "THREATEN" and voice == "nominal" and _an_anniversary(s, j):
        return []  # "pidato peringatan dua tahun masa jabatannya", "peringatan 80 tahun": a commemoration
    if pred.plover == "CONSULT" and i > 1 and s.lower[i - 1] in _PURPOSE and (
            not _MEETING_VERBS.isdisjoint(s.lower[: i - 1]) or not _MEETING_NOUNS.isdisjoint(s.lower[: i - 1])):
        # "Menlu Arab Saudi, Qatar, Mesir dan Turki bertemu dengan Menlu Suriah … untuk membahas dukungan …": what a
        # meeting told before is for is that meeting, not talks of its own (among all the sides named).
        return []
    if voice == "nominal" and i > 0 and s.lower[i - 1] in ("dekat", "arah"):
        return []  # "menjatuhkan granat di dekat patroli prajurit TNI": where something landed, no act of its own
    if voice == "nominal" and i > 1 and s.lower[i - 2] in ("selaku", "sebagai") and s.lower[i - 1].startswith("pe") \
            and not s.lower[i - 1].endswith("an"):
        # "Amerika Serikat dan Prancis, selaku penjamin kesepakatan, …": a role held (a peN- noun of who does it,
        # after "selaku/sebagai"), no act of its own
        return []
    if voice == "nominal" and "berlaku" in s.word_set and _in_force_since(s, j):
        # "… meski gencatan senjata antara Israel dan Hizbullah sudah berlaku sejak November 2024": an agreement or a
        # ceasefire told as in force for some time is the background, no act of the day
        return []
    if voice == "nominal" and pred.plover == "CONSULT" and _a_meeting_described(s, i, j):
        # "Pertemuan yang dipimpin Menlu Filipina itu merupakan pertemuan tingkat menteri pertama …": a meeting named
        # again and said what it is, or named as what something is, is no meeting of its own
        return []
    if "berarti" in s.word_set and _what_it_does_not_mean(s, i):
        # "… tidak berarti Indonesia berpihak pada blok tertentu": what something is said not to mean is no act,
        # nor a refusal of one.
        return []
    if pred.mode == "disapprove" and "diplomatik" in s.lower[i:j] and _asks_by_note(s, j):
        # "KBRI mengirimkan nota diplomatik kepada Kemlu India untuk meminta akses kekonsuleran": a note that asks is
        # the request it makes (coded from "meminta"), no protest.
        return []
    if pred.id == "kirim-surat" and pred.plover == "CONSULT" and _asks_by_note(s, j, joined=True):
        # "Kami sudah mengirim surat resmi kepada Jakarta dan meminta tindakan segera …": a letter that asks is the
        # request it carries (coded from "meminta"), no consultation.
        return []
    if pred.plover == "ASSAULT" and s.lower[i] in _words("id/grammar.yaml", "aiming_verbs") and not _words(
            "id/grammar.yaml", "policy_nouns").isdisjoint(s.lower[max(0, i - 5) : i]):
        return []  # "memveto paket yang antara lain menyasar armada kapal tanker Rusia": a measure aimed, no attack
    if voice == "nominal" and i > 0 and s.words[i][:1].isupper() and any(a.t1 == i and a.t0 == 0 for a in actors):
        # "RI Protes Keras Malaysia soal …": in a headline, whose every word is capitalised, a noun right after the
        # actor it opens with is that actor's verb
        voice = "active"
        why.append(f"'{s.words[i]}' follows the actor a headline opens with: its verb")
    urged = _urged_doer(s, actors, i, lex) if voice == "nominal" and pred.plover == "ASSAULT" else None
    governor = _irrealis(s, i) if urged is None else None
    if governor and not (pred.plover == "REQUEST" and (
            governor.lower() in _words("id/grammar.yaml", "attempt_governors")
            or (voice == "nominal" and _answered_by_verb_before(s, i, lex)))):
        # "menolak desakan untuk mencabut embargo": asked for or refused, not done (but "berupaya membujuk …"
        # is a request made, and so is the demand refused: "menolak tuntutan AS")
        return []
    # "Sanksi itu juga menyasar …": a penalty told before, named again to say whom else it hits (see below)
    aimed = _penalty_aimed_again(s, i, j, context) if voice == "nominal" and pred.plover == "SANCTION" \
        and context is not None else None
    if context is not None and j < len(s.lower) and s.lower[j] in _DEMONSTRATIVES and j - i == 1 \
            and not _active_verb(s.lower[i]) and not s.lower[i].startswith(("ber", "di")):
        # "Kemlu menyampaikan nota protes kepada Malaysia … protes itu dilayangkan sehari setelah insiden": the act
        # named again by its noun and "itu/tersebut" is the one told before, not another.
        named = {t.predicate.plover for t in lex.lookup(s.lower[i])} | {pred.plover}
        if "PROTEST" in named:
            named.add("ACCUSE")  # ("protes itu" names again a diplomatic protest, coded ACCUSE 114)
        if aimed is None and any(not named.isdisjoint(types) for types, _, told_in in context.acts
                                 if told_in < s.index):
            return []
    if voice == "nominal" and "sejak" in s.lower[max(0, i - 2) : i] and any(
            len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in s.lower[j : _clause(s, i, j)[1]]):
        # "Serangan ini yang paling mematikan sejak gencatan senjata antara Israel dan Hizbullah berlaku pada November
        # 2024": what a time is counted from, dated in a past year, was told long before; the story does not report
        # it. (Undated, it may well be the story's: "kehilangan jejak sejak serangan udara Israel terhadap …".)
        return []
    if pred.plover == "AGREE" and s.lower[i] in _AGREEING_WORDS and _a_view_follows(s, j):
        # "Indonesia dan Malaysia sepakat EUDR adalah aturan yang diskriminatif": a view both hold, no agreement made.
        return []
    preps = pred.target_preps
    before = s.lower[max(0, i - 2) : i]
    received = not _RECEIVING_VERBS.isdisjoint(before) or (
        voice == "nominal" and pred.plover in ("SUPPORT", "AID") and not _HAVING_VERBS.isdisjoint(before))
    if received and (voice == "nominal" or (voice == "active" and not _active_verb(s.lower[i])
                                            and not s.lower[i].startswith("ber"))):
        # "X menuai kecaman dari Y", "X mendapat bantuan dari Y": Y acts, X receives. (A bare form, a headline's
        # verb elsewhere, is a noun here: "memicu protes dari Beijing".)
        voice = "received"
        why.append(f"'{s.words[i]}' is received by the subject: the doer follows 'dari'")
    elif pred.plover == "PROTEST" and voice == "active" and not _active_verb(s.lower[i]) \
            and not s.lower[i].startswith("ber") and _after_adjunct_opener(s, i):
        # "setelah gelombang protes meluas": a bare "protes"/"demo" in an adjunct of time or cause is a noun
        # (not every bare form: "ketika mereka setuju" is a clause of its own)
        voice = "nominal"
        why.append(f"'{s.words[i]}' opens an adjunct of time or cause: a noun, not the clause's verb")
    elif voice == "nominal" and (light := _light_verb_at(s, i, pred)) is not None:
        voice = "active"
        # (The clause's subject is the light verb's: "… bertemu Gubernur Riyadh dan menyerahkan surat permohonan
        # …" is the ambassador's request, past the object of the verb before "dan".)
        light_at = light
        why.append(f"'{s.words[i]}' follows a light verb, read as an active clause")
        # "memberi peringatan kepada China": whom the light verb's act is given to is its target.
        preps = pred.target_preps if "kepada" in pred.target_preps else (*pred.target_preps, "kepada")
    sources: list[_Actor] = []
    targets: list[_Actor] = []
    target_how = ""
    between = False
    answered = False  # an attack told as what another act answers: made already, whatever the answer's mood
    group: list[_Actor] = []  # countries listed after the verb for a subject that counts them
    came_from = _comes_from(s, actors, j) if voice == "nominal" else []
    trigger_end = j  # (the trigger's words end here, whatever is looked at after them)
    if came_from:
        # "Kecaman datang dari Kairo", "Kritik juga datang dari ICW": the act comes from the ones after "dari", and is
        # aimed as a clause of theirs would be (at whom it names after them, else as a statement naming no one).
        voice = "active"
        j = came_from[-1].t1
        why.append(f"'{s.words[i]}' comes from {', '.join(a.entity.name for a in came_from)} ('datang dari')")
    elif voice == "nominal" and aimed is not None:
        # "Uni Eropa mengadopsi paket sanksi terhadap Rusia … Sanksi juga menyasar 14 perusahaan yang berbasis di
        # China": the penalty told before, named again as the subject of a verb of aiming, is aimed at what that
        # verb's object names, by the one who imposed it.
        doer, j = aimed
        voice = "active"
        came_from = [_doer_actor(doer, i, i + 1, "who imposed the penalty told before")]
        why.append(f"'{s.words[i]}' names again the penalty {doer.name} imposed, aimed by '{s.words[j - 1]}'")
    if voice == "active":
        both = _both_sides(s, i, context, why) if context is not None and not came_from else []
        group = _countries_listed_after(s, actors, i) if not both and not came_from else []
        if group:
            why.append("the subject is a number of countries, listed after the verb ('antara lain', 'yakni')")
        numbered = _numbered_group(s, actors, i, context, why) if not both and not group and context is not None \
            and not came_from else []
        listed = _officials_of_a_list(s, actors, i, context, why) if context is not None and not (
            both or group or numbered or came_from) else []
        sources = came_from or both or group or numbered or listed or _subject(s, actors, i)
        if pred.plover == "COERCE" and context is not None and len(sources) == 1 \
                and (abroad := _foreign_enforcer(s, sources[0], context)) is not None:
            sources = [abroad]
        if light_at is not None and s.lower[light_at - 1 : light_at] and s.lower[light_at - 1] in _SHARED_SUBJECT:
            sources = _subject(s, actors, light_at) or sources
        if len(sources) == 1 and context is not None and _kind_named_again(s, sources[0]):
            # "Kementerian Perdagangan China … Kementerian itu juga memasukkan …": a body named again by its kind and
            # "itu/tersebut" is the one told before, not a body of the article's country.
            sources = _pronoun_subject(s, actors, i, context, why) or sources
        if not sources and context is not None:
            sources = _pronoun_subject(s, actors, i, context, why)
        if not sources and context is not None and (titled := _bare_title_subject(s, i, why)) is not None:
            # "Presiden Prabowo Subianto tiba di Ankara … Presiden kemudian bertemu Presiden Turki …": a title alone
            # as the subject is the person last named with it.
            sources = [titled]
        if not sources and context is not None and (issuer := _issuer_of_document(s, i, context)) is not None:
            # "OKI … sepakat mengeluarkan resolusi … Resolusi itu juga meminta Dewan Keamanan PBB …": a document named
            # again acts for the body that issued it.
            sources = [issuer]
            why.append(f"'{s.words[i - 2]} {s.words[i - 1]}' stands for the body that issued it: "
                       f"{issuer.entity.name}")
        if not sources and not pred.host:
            return []  # no one acts: no pair, whatever the object (a host's subject is its target instead)
        # What two sides agree or cooperate on is no side of it ("sepakat bekerja sama mengenai semenanjung Korea").
        if pred.plover in SYMMETRIC_TYPES and "dengan" in preps:
            preps = (*preps, "bersama")  # "menandatangani MoU … bersama Menlu Malaysia": with, as "dengan"
        # (What a verb of talking takes as its object is the matter talked about: only a preposition names the
        # other side, as after a noun.)
        targets, target_how = _object(s, actors, j, preps, topic=pred.plover not in SYMMETRIC_TYPES,
                                      nominal=s.lower[i] in _words("id/grammar.yaml", "topic_verbs"))
        if not targets and j + 2 < len(s.lower) and s.lower[j] in ("dan", "serta") and _active_verb(s.lower[j + 1]) \
                and pred.plover not in SYMMETRIC_TYPES and not pred.objects:
            # "Vietnam dengan tegas memprotes dan menuntut China segera menyelidiki …": two verbs joined with no
            # object between them share the object after the second. (Not for an entry that needs an object of its
            # own kind: "melatih dan mempengaruhi pasukan Kurdi" trains no one named.)
            shared, _how = _object(s, actors, j + 2, preps, topic=True)
            if shared:
                targets, target_how = shared, "object of the verb joined right after it ('… dan menuntut China')"
        if pred.plover in ("REQUEST", "THREATEN"):
            targets = _own_people(sources, targets, ("BUS", "CVL") if pred.plover == "REQUEST" else ("CVL",))
        if not targets and pred.plover == "REQUEST" and j + 2 < len(s.lower) and s.lower[j + 1] == "dengan" and (
                s.lower[j] in _MEETING_NOUNS or s.lower[j] == "konsultasi") and (partner := next(
                    (a for a in actors if j + 2 <= a.t0 <= j + 4 and a.code), None)) is not None:
            # "akan meminta konsultasi dengan perwakilan UE di Jenewa": a meeting asked for is asked of the one it is
            # to be with.
            targets, target_how = [partner], f"whom the {s.words[j]} asked for is with"
        if not targets and pred.plover == "REQUEST" and j + 1 < len(s.lower) and s.lower[j] in _SO_THAT:
            # "Indonesia mengusulkan agar OKI membentuk tim kontak", "mendesak agar Dewan Keamanan PBB segera
            # bertindak": the one asked is the subject of the clause after "agar".
            asked = next((a for a in actors if a.t0 == j + 1 + (s.lower[j + 1] == "para") and a.code), None)
            if asked is not None and asked.t1 < len(s.lower) and (
                    _active_verb(s.lower[asked.t1]) or s.lower[asked.t1] in _AUX
                    or s.lower[asked.t1] in ("segera", "tidak", "tak", "juga", "dapat", "bisa", "mau")):
                targets, target_how = [asked], "the subject of the clause after 'agar'"
        if pred.plover in SYMMETRIC_TYPES and len({a.code for a in sources}) >= 2 and pred.cameo != _MEDIATION \
                and targets and _preceded_by_preposition(s, targets[0], frozenset()) != "dengan" \
                and s.lower[i] not in _MEETING_VERBS:
            # "Prabowo dan Ramaphosa sepakat mendesak DK PBB …": the coordinated sides agree with each other; what
            # follows is what they agree on (not "… sepakat dengan Jepang"). (But whom they meet is met: "Malaysia dan
            # Indonesia akan … bertemu Komisioner Lingkungan Uni Eropa".)
            targets, target_how = [], ""
        if both and pred.plover in SYMMETRIC_TYPES:
            # "Kedua pemimpin membahas perlindungan pekerja migran": the two sides meet each other; what they talk
            # about, or agree on, is no side.
            targets, target_how = [], ""
        if not targets and pred.plover == "AGREE" and not _PURCHASE_WORDS.isdisjoint(s.lower[j : j + _TARGET_WINDOW]):
            # "Kemhan menandatangani kontrak pengadaan dua kapal fregat dari Turki": a contract to buy is made with
            # the seller, named after "dari".
            seller = next((a for a in actors if j < a.t0 <= j + _TARGET_WINDOW and s.lower[a.t0 - 1] == "dari"
                           and not _PURCHASE_WORDS.isdisjoint(s.lower[j : a.t0])), None)
            if seller is not None and seller.code not in {a.code for a in sources}:
                targets, target_how = [seller], "the seller of what the contract buys ('pengadaan … dari …')"
        if not targets and pred.plover in SYMMETRIC_TYPES and (parts := _participants(s, actors, j)):
            # "TNI AL menggelar latihan gabungan … yang melibatkan personel dari AS, Jepang dan Australia": the one
            # who holds the joint act does it with each side that takes part.
            own = {a.code for a in sources}
            targets = [a for a in parts if a.code not in own]
            target_how = "named as taking part ('melibatkan', 'diikuti', 'dihadiri')" if targets else ""
            if targets and len(own - {None}) >= 2:
                # "Indonesia dan UE sepakat membahas … melalui satgas yang juga melibatkan Malaysia": the sides of the
                # subject act with each other too, not only with those who take part.
                targets = [*targets, *sources]
        if not targets and not both and context is not None:
            # "mengimbau kedua pihak menahan diri", "menelepon kedua pemimpin": both sides of the story are
            # addressed
            own = frozenset(a.code for a in sources if a.code)
            targets = [t for t in _both_sides(s, j, context, why, after=True, third_party=own) if t.code not in own]
            target_how = "both sides, named right after the verb" if targets else ""
        if context is not None and j < len(s.lower) and s.lower[j] in _GROUP_ORDINALS:
            # "Guterres meminta ketiga junta mencabut perintah pengusiran": the group counted, right after the verb
            # (not the one country a generic word in it, "junta", would stand for).
            own = {a.code for a in sources}
            counted = [t for t in _numbered_group(s, actors, j + 1, context, why, at=j) if t.code not in own]
            if counted:
                targets, target_how = counted, "the group counted, named right after the verb"
        if not targets and pred.plover in _CLAUSE_TARGETS:
            targets, target_how = _that_clause_actor(s, actors, j, sources)
        if pred.plover == "THREATEN" and targets and voice == "active" \
                and {t.code for t in targets} <= {a.code for a in sources} \
                and targets[-1].t1 < len(s.lower) and s.lower[targets[-1].t1] in _FUTURE_MODALS:
            # "Ghalibaf mengancam Iran akan keluar dari NPT dan mengusir seluruh inspektur IAEA": the speaker's own
            # side after the verb is the subject of the act threatened, not the one threatened.
            targets, target_how = _threatened_act_target(s, actors, targets[-1].t1)
        if not targets and pred.plover == "THREATEN":
            targets, target_how = _threatened_act_target(s, actors, j)
            targets = _own_people(sources, targets)
            if not targets and context is not None:
                # "mengancam akan memveto paket tersebut": the act threatened is aimed at the doer of what it names
                # again.
                verb = _first_verb_after(s, j)
                if verb is not None:
                    targets, target_how = _doer_of_the_act_named(s, verb + 1, lex, context, sources)
        if not targets and pred.plover == "THREATEN" and context is not None \
                and not _REVENGE_WORDS.isdisjoint(s.lower[j : j + 4]):
            # "Hizbullah mengecam serangan tersebut dan mengancam akan membalas": revenge threatened on the one who
            # made the attack told last.
            doer = _latest_doer_of_another_side(context, "ASSAULT", sources)
            if doer is not None:
                targets = [_doer_actor(doer, j, j, "doer of the attack revenge is vowed for")]
                target_how = "the one whose attack the threatened revenge answers"
        if pred.plover in _ANAPHORIC_TARGETS and target_how == "object of the verb" and _names_an_act(s, j, lex):
            # "mengecam penangkapan nelayan Indonesia oleh aparat Malaysia": an act condemned is aimed at its doer,
            # after "oleh", not at those it was done to.
            doer = next((idx for idx, a in enumerate(actors) if targets[-1].t1 <= a.t0 <= targets[-1].t1 + 3
                         and _preceded_by_preposition(s, a) == "oleh"), None)
            if doer is not None:
                targets, target_how = _coordinated_right(s, actors, doer), "the doer ('oleh') of the act condemned"
            elif context is not None and all(t.entity.type == "AGENT" and (
                    t.entity.sector == "CVL" or t.code in {a.code for a in sources}) for t in targets):
                # (so for one's own people or firms: "Beijing menentang dimasukkannya perusahaan China ke dalam
                # daftar sanksi" answers the EU, who listed them)
                # "Anwar mengutuk penahanan sembilan warga Malaysia": what was done to the civilians named is the act
                # of that kind told before; aimed at its doer (not at them, whoever they are).
                doers, how = _doer_of_the_act_named(s, j, lex, context, sources, again=False)
                if doers and doers[0].code not in {t.code for t in targets}:
                    targets, target_how = doers, how
        if (target_how == "after 'terhadap'" or (j + 1 < len(s.lower) and s.lower[j + 1] == "terhadap")) and (
                (pred.plover == "ACCUSE" and _names_an_act(s, j, lex, ("ASSAULT", "COERCE", "SANCTION")))
                or (pred.plover == "REJECT" and _names_an_act(s, j, lex, ("SANCTION",)))):
            # "Von der Leyen mengecam serangan terhadap Kyiv" (or "… terhadap wilayah berdaulat Iran", the country past
            # the words of what was struck): those struck are not the ones condemned; the doer of
            # the attack told before is. With none told, no one named is, unless those struck are the actor's own
            # people ("Komnas HAM mengecam serangan terhadap warga sipil": an attack at home, by someone of home).
            # So for a penalty rejected: "China menolak sanksi sepihak terhadap perusahaan China" answers whoever
            # imposed it.
            doers, how = _doer_of_the_act_named(s, j + (s.lower[j] in _MANNER_ADVERBS), lex, context, sources,
                                                again=False) if context is not None else ([], "")
            struck = {t.code for t in targets if t.code}
            if context is not None and struck and pred.plover == "ACCUSE" and (attacker := next(
                    (by for by, hit in reversed(context.attacks) if hit in struck and by not in struck
                     and by not in {a.code for a in sources}), None)) is not None \
                    and attacker not in {d.code for d in doers}:
                # (the latest attack on the ones named as struck, not the latest attack of all: "Israel melancarkan
                # serangan … Iran membalas dengan meluncurkan puluhan rudal … mengecam serangan terhadap wilayah
                # berdaulat Iran" condemns Israel)
                doers = [_implicit_country(j, attacker, "attacker")]
                how = "the doer of the latest attack told on the ones struck"
            if doers or not all(t.code in {a.code for a in sources} for t in targets):
                targets, target_how = doers, how
        if pred.plover in _ANAPHORIC_TARGETS and context is not None and not targets \
                and (issuer := _issuer_of_the_object(s, j, context)) is not None \
                and issuer.code not in {a.code for a in sources}:
            # "Otoritas Palestina menyambut resolusi tersebut": a document named again is its issuer's.
            targets, target_how = [issuer], "the body that issued the document named again"
        if pred.plover in _ANAPHORIC_TARGETS and context is not None and (
                not targets or targets[0].t0 > j + 2):
            # "menyebut sanksi tersebut ilegal dan merupakan terorisme ekonomi terhadap rakyat Iran": the act named
            # again right after the verb is what the accusation is aimed at, whoever it is said to hurt after it.
            doers, how = _doer_of_the_act_named(s, j, lex, context, sources)
            if doers:
                targets, target_how = doers, how
        if pred.plover == "ACCUSE" and context is not None and s.lower[i].endswith("nya") and i >= 2 \
                and s.lower[i - 1] in ("dan", "serta") and (referent := next(
                    (found for m in range(max(0, i - 12), i - 1)
                     if (found := _doer_of_the_act_named(s, m, lex, context, sources))[0]), None)) is not None:
            # "mengecam keras serangan tersebut dan menyebutnya sebagai 'agresi terang-terangan' terhadap kedaulatan
            # Suriah": "-nya" is the act condemned just before; the charge is aimed at its doer.
            targets, target_how = referent
        elif pred.plover == "ACCUSE" and s.lower[i].endswith("nya") and i >= 2 \
                and s.lower[i - 1] in ("dan", "serta") and (verb := next(
                    (m for m in range(i - 2, max(-1, i - 12), -1) if _active_verb(s.lower[m])), None)) is not None \
                and (owner := next((a for a in actors if verb < a.t0 < i - 1 and a.code
                                    and a.code not in {x.code for x in sources}), None)) is not None:
            # "Araghchi menolak sanksi AS tersebut dan menyebutnya sebagai bentuk terorisme ekonomi": "-nya" is what
            # the verb before acted on, the thing of the actor named in it (whoever is named as hurt after it:
            # "mengecam serangan AS tersebut dan menyebutnya sebagai pelanggaran … terhadap kedaulatan Yaman").
            targets, target_how = [owner], "the one whose thing the verb before acted on ('… dan menyebutnya')"
        if targets and pred.id in _words("id/grammar.yaml", "denial_entries") and (all(
                _OWN_AGENT in t.resolved_by for t in targets) or all(
                t.code in {a.code for a in sources} and any(map(_active_verb, s.lower[t.t1 : t.t1 + 2]))
                for t in targets)):
            # (So is one's own side named as the doer of the act denied: "Kedutaan Besar China membantah kapal CCG
            # menyemprotkan meriam air".)
            # "Caracas membantah pasukannya terlibat": the denier's own forces are what the denial is about, not whom
            # it answers; that is whoever made the charge (below).
            targets = []
        if not targets and pred.id in _words("id/grammar.yaml", "denial_entries") and context is not None \
                and context.last_denial is not None and context.last_denial[0] == s.index - 1 \
                and "juga" in s.lower[max(0, i - 2) : i] \
                and context.last_denial[1].code not in {a.code for a in sources}:
            # "Kemlu Korea Utara membantah laporan itu. Moskow juga membantah.": the same charge, answered again.
            answered = context.last_denial[1]
            targets, target_how = [_doer_actor(answered, j, j, "whom the denial before answers")], \
                "'juga': whom the denial in the sentence before answers"
        if not targets and pred.id in _words("id/grammar.yaml", "denial_entries") and context is not None \
                and context.charges:
            # "Araghchi membantah bahwa negaranya menyembunyikan material nuklir": a denial that names no one answers
            # the latest charge told against the denier's side, whoever made it. Tried before the speaker of the
            # sentence before: "Peskov menyebut tuduhan itu histeria. Minsk juga menampik …" answers Lithuania's
            # charge against Belarus, not Russia, which spoke last.
            targets, target_how = _charge_answered(context, sources, j)
        if not targets and pred.id in _words("id/grammar.yaml", "denial_entries") and context is not None \
                and context.told and context.told[-1].index == s.index - 1:
            # "Menurut UNIFIL, militer Israel sudah diberi tahu … IDF … membantah sengaja menargetkan pasukan PBB": a
            # denial that names no one answers whoever spoke in the sentence before (of another side).
            # (Not one who denied too: "Kemlu Korea Utara membantah laporan itu. Moskow juga membantah." answer the
            # same charge, not each other.)
            claimant = _claimant(context.told[-1]) if _DENYING_VERBS.isdisjoint(context.told[-1].word_set) else None
            if claimant is not None and claimant.code and claimant.code not in {a.code for a in sources}:
                targets, target_how = [claimant], "the one who spoke in the sentence before, whose claim is denied"
        if pred.plover in _HOSTILE_TO_A_POSSESSOR and sources and context is not None:
            accuser = _possessor_is_the_claimant(s, j, sources, targets)
            if accuser is not None:
                targets = [accuser]
                target_how = "whose is what is struck ('wilayahnya', 'kapal mereka'): the one who says so"
        if not targets and pred.plover in _SAID_AT_A_MEETING and (met := _met_while(s, actors, j, sources)):
            # "Presiden Lee Jae-myung menyampaikan dukungannya saat bertemu Presiden Prabowo": what is said, to no one
            # named, while meeting someone is said to the one met.
            targets, target_how = [met], "the one met while it was said ('saat bertemu …')"
        if not targets and pred.plover in _SAID_AT_A_MEETING and voice == "active" \
                and (met := _met_before_dan(s, actors, i, sources)):
            # "Kami sudah bertemu Menteri Luar Negeri Kamboja di Phnom Penh dan meminta agar proses deportasi
            # dipercepat": what is said, to no one named, right after meeting someone is said to the one met.
            targets, target_how = [met], "the one met in the clause before ('bertemu … dan …')"
        if pred.plover == "REQUEST" and target_how == "after 'terhadap'" and targets \
                and (addressee := _addressee_after(s, actors, targets[-1].t1)) is not None:
            # "mengajukan permintaan ekstradisi terhadap Hartanto Gunawan, buron kasus …, kepada Pemerintah
            # Singapura": whom a request is about follows "terhadap"; it is made of the one after "kepada".
            targets, target_how = [addressee], "after 'kepada', past whom the request is about ('terhadap')"
        if pred.plover == "MOBILIZE" and target_how == "object of the verb" and all(
                t.entity.type == "AGENT" for t in targets):
            # "memobilisasi penduduk", "mengerahkan pasukan": who is mobilised is the actor's own, not a target.
            targets, target_how = [], ""
    elif voice == "received":
        # The receiver is the subject of the receiving verb ("Timor Leste, yang telah menerima hibah …").
        verb = next(k for k in range(i - 1, max(-1, i - 3), -1)
                    if s.lower[k] in _RECEIVING_VERBS or s.lower[k] in _HAVING_VERBS)
        targets = _subject(s, actors, verb)
        target_how = "subject, who receives"
        if not targets and verb > 0 and s.lower[verb - 1] == "yang" and s.subject is not None:
            # "Kapal perang AS melintasi Selat Taiwan, yang memicu protes dari Beijing": what the clause before did
            # provoked it, so its subject.
            targets, target_how = [actors[s.subject]], "subject of the clause the 'yang' clause tells of"
        # "… menuai kecaman dari Korea Selatan, Jepang, dan AS": each of those named after "dari" acts
        # ("mengalami penyiksaan oleh majikannya": the one who did it to the subject, after "oleh")
        sources = next((_coordinated_right(s, actors, idx) for idx, a in enumerate(actors)
                        if a.t0 >= j and a.t0 - j <= _TARGET_WINDOW
                        and _preceded_by_preposition(s, a) in ("dari", "oleh")), [])
        if not sources:
            # "terkena sanksi AS dan Uni Eropa", "menerima bantuan Jepang", "terkena tembakan tank militer Israel": the
            # actor right after the noun phrase gives it
            sources = _genitive(s, actors, j, pred.target_preps)
        if not targets and context is not None and pred.plover in _ANAPHORIC_TARGETS:
            # "Peluncuran itu langsung menuai kecaman dari …": the act named again as the receiver is aimed at by
            # its doer's accusers.
            named = next((k - 1 for k in range(verb - 1, max(0, verb - 4), -1) if s.lower[k] in _DEMONSTRATIVES),
                         None)
            if named is not None:
                targets, target_how = _doer_of_the_act_named(s, named, lex, context, sources)
    elif voice == "passive" and s.lower[i] == "ditempatkan" and i > 0 and s.lower[i - 1] == "yang":
        # "… serta pasukan AS yang ditempatkan di Semenanjung Korea": forces described by where they are stationed,
        # no deployment told (unlike "personel yang dikerahkan ke Papua").
        return []
    elif voice == "passive" and pred.plover == "PROTEST":
        # "Kedutaan Besar Israel didemo ratusan warga": what is protested against is the subject; the protesters
        # are the agent after the verb.
        k = j
        while k < len(s.lower) and (s.lower[k] in _GROUP_COUNTS or s.lower[k] in _PROTEST_COUNTS):
            k += 1  # "didemo ratusan warga": the count before the protesters
        sources = _agent(s, actors, k)
        if not sources and context is not None and context.main_country:
            # "Konsulat Jenderal China di Surabaya didemo": protesters unnamed, of the article's main country
            sources = [_Actor(i, i, Entity(id="agent-protesters", type="AGENT", name="pengunjuk rasa",
                                           code=context.main_country, country=context.main_country,
                                           sector="CVL", source="agent"), context.main_country,
                              "implicit protesters, the article's main country")]
        targets = _subject(s, actors, i, patient=True)
        target_how = "subject of the passive: what is protested against"
    elif voice == "passive" and pred.plover in _TARGETLESS:
        # "Pasukan khusus dikerahkan": the force mobilised is the one acting; no target.
        sources = _agent(s, actors, j) or _subject(s, actors, i)
    elif voice == "passive":
        targets = _subject(s, actors, pronoun_agent if pronoun_agent is not None else i, patient=True)
        target_how = "subject of the passive"
        released_by = None
        if not targets and context is not None and (pred.plover in ("ACCUSE", "COERCE") or (
                pred.plover == "RETREAT" and pred.mode == "release")) \
                and (k := next((m for m in range(i - 1, -1, -1) if s.lower[m] not in _AUX_OR_HEDGE
                                and s.lower[m] not in ("baru", "akhirnya", "kemudian", "lalu")), None)) \
                is not None and s.lower[k] in _PLURAL_PRONOUNS and (k == 0 or s.lower[k - 1] in (".", ",")):
            if context.coerced and pred.plover == "RETREAT":
                # "Dua warga Sebatik ditahan tentara Malaysia … Keduanya akhirnya dibebaskan": those just detained are
                # released, by whoever detained them.
                last, held, detainer = context.coerced[-1]
                if s.index - last <= 3:
                    targets = [_doer_actor(held, k, k + 1, "those detained just before, named by a pronoun")]
                    target_how = f"'{s.words[k]}': those detained just before"
                    released_by = detainer
            elif context.coerced:
                # "Polisi menangkap tiga tersangka … Mereka dijerat Pasal 114": those just arrested, each of their
                # side.
                last = context.coerced[-1][0]
                held = {t.code: t for si_, t, _ in context.coerced if si_ == last}
                targets = [_doer_actor(t, k, k + 1, "those arrested just before, named by a pronoun")
                           for t in held.values()]
                target_how = f"'{s.words[k]}': those arrested just before"
            elif pred.plover == "COERCE" and context.main_country:
                # "Polda menetapkan tiga orang sebagai tersangka … Mereka ditangkap dalam penggerebekan": people told
                # before, of no other country named, are the article's country's.
                targets = [_implicit_country(k, context.main_country, "people named by a pronoun")]
                target_how = f"'{s.words[k]}': people told before, of the article's country"
        if targets and _apposition_comma(s.lower, i) is not None:
            # "…, tuduhan yang langsung dibantah Teheran": what is denied is the charge just told, answered to whoever
            # made it (below), not the one it was told of.
            targets = []
        if not targets and (owner := _thing_named_again(s, i)) is not None:
            # "Kapal patroli APMM memasuki perairan Ambalat. Kedua kapal itu diusir oleh KRI": the thing named
            # again by its noun and "itu/tersebut" is the one told before, and acted on as its owner.
            targets, target_how = [owner], "whose the thing named again is ('kapal itu': the one told before)"
        if pred.plover in _ANAPHORIC_TARGETS and (doer := _doer_in_the_subject(s, actors, i, lex)) is not None:
            # "Pengusiran duta besar Prancis oleh junta Niger dikecam Uni Eropa": the act condemned is the
            # subject; its doer, after "oleh", is the one condemned (not those it was done to).
            targets, target_how = [doer], "the doer ('oleh') of the act the passive's subject names"
        listed = _enumerated(s, actors)
        if listed and (not targets or all(t.entity.type == "AGENT" for t in targets)):
            # "Tiga orang ditangkap, yakni dua warga negara Malaysia dan seorang WNI", "Lima ABK, terdiri atas tiga
            # warga Thailand dan dua warga Myanmar, ditahan …": the people acted upon, told one kind at a time.
            # ("Lima orang ditangkap, dua di antaranya warga negara Malaysia": some of the group, the others as
            # the group is.)
            some = "antaranya" in s.word_set
            targets = list({a.code: a for a in (targets + listed if some else listed)}.values())
            target_how = "those the sentence lists ('yakni', 'terdiri atas', 'di antaranya')"
        if not targets and context is not None:
            # "Ia ditangkap di Jakarta", "Mereka didakwa …": the pronoun subject is the one acted upon.
            targets = _pronoun_subject(s, actors, i, context, why, patient=True)
        if not targets and context is not None and pred.plover in _ANAPHORIC_TARGETS:
            # "Serangan itu juga dikecam oleh Sekjen PBB", "Tudingan itu dibantah pihak Malaysia": the act or charge
            # named again as the subject is aimed at by its doer's accuser.
            k = i - 1
            while k > 0 and s.lower[k] in _AUX_OR_HEDGE:
                k -= 1
            if k > 0 and s.lower[k] in _DEMONSTRATIVES:
                targets, target_how = _doer_of_the_act_named(s, k - 1, lex, context, _agent(s, actors, j))
        sources = _agent(s, actors, j) if pronoun_agent is None else (
            _pronoun_before(s, actors, pronoun_agent + 1, context, why, False) if context is not None else [])
        if not sources and pred.mode == "deport":
            # "1.800 PMI dideportasi dari Malaysia": those deported are sent out by the country they leave (not where
            # they come from: "PMI yang dideportasi berasal dari Sulawesi Selatan")
            origin = _words("id/grammar.yaml", "origin_words")
            sources = next(([a] for a in actors if j <= a.t0 <= j + 3 and a.code and a.entity.type in (
                "COUNTRY", "ORG") and s.lower[a.t0 - 1] == "dari" and origin.isdisjoint(s.lower[j : a.t0])), [])
            # ("3.800 PMI dideportasi dari Sabah": the country of the place they leave.)
            left = next((e for k, _, e in _sentence_places(article, s)
                         if j < k <= j + 3 and s.lower[k - 1] == "dari" and e.country
                         and origin.isdisjoint(s.lower[j:k])), None) if not sources else None
            if left is not None:
                sources = [_side_actor(j, j, left.country, f"the country of {left.name}, the place they leave")]
        if not sources and released_by is not None and targets:
            sources = [_doer_actor(released_by, i, i, "who detained them")]
            why.append("passive with no agent: the release of those just detained, by whoever detained them")
        if not sources and context is not None:
            sources = _both_sides(s, j, context, why, after=True)  # "gencatan senjata yang disepakati kedua negara"
            if sources and pred.plover in SYMMETRIC_TYPES:
                targets = []  # the two sides agree with each other, whatever the subject of the passive
        market = _market_entered(s, i) if pred.plover == "SANCTION" and targets else None
        place_country = _place_country(article, s, i) or market
        authority = place_country or (context.main_country if context else None)
        just_told = next((d for types, d, told_in in reversed(context.acts) if pred.plover in types
                          and s.index - told_in <= _SAME_KIND_REACH and d.code), None) \
            if context is not None and not place_country and not sources and targets else None
        if just_told is None and context is not None and not place_country and not sources and targets \
                and pred.plover in _kinds_named_again(s, i, lex):
            # "Dengan sanksi ini, seluruh aset kapal tersebut dibekukan": the act named again by its noun and a
            # demonstrative is the latest of its kind, however far back it was told.
            just_told = next((d for types, d, _ in reversed(context.acts) if pred.plover in types and d.code), None)
        if just_told is not None and (pred.plover in _IMPLICIT_AUTHORITY or pred.authorities):
            # "AS menjatuhkan sanksi terhadap 12 kapal tanker. Dengan sanksi ini, aset kapal tersebut dibekukan": a
            # passive act of the kind just told, with no agent, is the one who did that.
            sources = [_doer_actor(just_told, i, i, "the doer of the same kind of act just told")]
            why.append("passive with no agent: the doer of the same kind of act told just before")
        # (Not over a foreign state: "Junta Myanmar dilarang mengirim pemimpinnya ke KTT" is no ban of Indonesia's.
        # Nor in a relative clause with no place, "Dari 24 orang yang ditahan, …", which describes people held, as
        # told before; "nelayan yang ditahan di Pangkalan PSDKP Natuna" says where, and so who holds them.)
        if not sources and targets and (pred.plover in _IMPLICIT_AUTHORITY or pred.authorities) and authority \
                and pred.cameo != _OCCUPATION \
                and (market or not all(_foreign_state(s, t, authority) for t in targets)) \
                and (place_country or not _after_yang(s.lower, i)):
            # "Enam orang ditangkap di Jakarta": arrests, detentions and bans are the doing of the authorities
            # where they happen, or of the country the article is about.
            sources = [_Actor(i, i, Entity(id="agent-authorities", type="AGENT", name="pihak berwenang",
                                           code=authority, country=authority, sector="GOV",
                                           source="agent"), authority, "implicit authority")]
            why.append("passive with no agent: the authorities of " + (
                "the place where it happened" if place_country else "the article's main country"))
    elif (i >= 2 and s.lower[i - 1] in _APPOSITION_ARTICLES and s.lower[i - 2] == ",") or (
            i >= 1 and s.lower[i - 1] == "," and s.lower[i] in _CHARGE_NOUNS and s.lower[j : j + 1] == ["yang"]):
        # "…, sebuah tuduhan yang dibantah Beijing", "…, tuduhan yang langsung dibantah Teheran": the noun names
        # again the act just told, not another one.
        return []
    else:
        # "perang dagang antara AS dan Tiongkok", "bentrokan antara polisi dan massa": an act between two sides
        # is done by each to the other (made so below for the acts that are not symmetric already).
        # (For those, "antara" right after the noun: "tembakan pembukaan persaingan dagang antara AS dan …" is no
        # shooting between them.)
        pair = _between_pair(s, actors, j) if pred.plover in SYMMETRIC_TYPES or "antara" in s.lower[j : j + 2] \
            else []
        between = bool(pair)
        if pair:
            sources, targets, target_how = pair[:1], pair[1:], "'antara … dan …'"
        else:
            sources = genitive = _genitive(s, actors, j, pred.target_preps,
                                           opens_clause=i == 0 or s.lower[i - 1] in (",", ".", ":")
                                           or s.lower[i - 1] in _LEFT_BOUNDARIES)
            patients = _people_done_to(s, genitive, pred, i, j) or _named_done_to(s, actors, genitive, j)
            if patients:
                # "deportasi warga Afghanistan dari Pakistan", "penangkapan nelayan Indonesia oleh aparat Malaysia":
                # civilians right after the noun of a coercion are those it is done to; its doer follows "oleh"
                # (or "dari", the country a deportation is from).
                preps = ("oleh", "dari") if pred.mode == "deport" else ("oleh",)
                sources = next((_coordinated_right(s, actors, idx) for idx, a in enumerate(actors)
                                if patients[-1].t1 <= a.t0 <= patients[-1].t1 + 3
                                and _preceded_by_preposition(s, a) in preps), [])
            if not sources and pred.plover == "AID" and "dari" not in pred.target_preps:
                # "Bantuan kemanusiaan dari Indonesia untuk Palestina …": aid comes from its giver.
                sources = next((_coordinated_right(s, actors, idx) for idx, a in enumerate(actors)
                                if j < a.t0 <= j + 4 and s.lower[a.t0 - 1] == "dari"
                                and _GENITIVE_STOPS.isdisjoint(s.lower[j : a.t0 - 1])), [])
            charged = None
            if not sources and s.lower[i] in _CHARGE_NOUNS and i > 1 and s.lower[i - 1] in ("atas", "dengan") \
                    and j < len(s.lower) and s.lower[j] == "bahwa":
                # "UE menjatuhkan sanksi terhadap Belarus atas tuduhan bahwa Minsk …": the charge a measure is taken
                # on is made by whoever takes it, against the one the charge names.
                verb = next((k for k in range(i - 2, -1, -1) if _active_verb(s.lower[k])), None)
                sources = _subject(s, actors, verb) if verb is not None else []
                charged = next((a for a in actors if j < a.t0 <= j + 3), None) if sources else None
            if not sources and pred.mode == "phone" and i > 0 and s.lower[i - 1] in _BY_MEANS:
                # "… menyampaikan terima kasih kepada X melalui sambungan telepon": the call is the clause's means,
                # made by the subject of its verb.
                verb = next((k for k in range(i - 2, -1, -1) if _active_verb(s.lower[k])), None)
                sources = _subject(s, actors, verb) if verb is not None else []
            if not sources and urged is not None:
                sources = [urged]
                why.append(f"the attacks {urged.entity.name} is urged to stop ('mendesak … menghentikan …'): "
                           "going on, made by the one urged")
            if not sources and not _object_of_another_verb(s, i, joint=pred.plover in SYMMETRIC_TYPES) and not (
                    pred.plover == "PROTEST" and _after_adjunct_opener(s, i)) and not _in_a_phrase_about(s, i) \
                    and not (pred.plover in _FORCE_TYPES and not _CAUSE_OPENERS.isdisjoint(s.lower[max(0, i - 2) : i])):
                # "Vietnam berjanji dalam pertemuan dengan Prabowo": the clause's subject — but not when
                # the noun is what another verb acts on ("AS mengecam serangan itu": the US did not attack),
                # nor a protest in an adjunct ("Polisi menangkap 20 orang setelah unjuk rasa ricuh").
                denial = _denying_verb_before(s, i)
                light = _light_verb_of_a_coordinated_noun(s, i)
                sources = _subject(s, actors, light if light is not None else i if denial is None else denial)
                if sources and denial is None and pred.plover in _FORCE_TYPES and not _speech_verbs().isdisjoint(
                        s.lower[sources[-1].t1 : i]):
                    # "Juru bicara UNIFIL mengatakan, serangan di dekat posisi pasukan … merupakan pelanggaran
                    # serius": force named by a noun in what someone reports is not the reporter's.
                    sources = []
            if not sources and pred.plover in SYMMETRIC_TYPES and context is not None and i + 1 < len(s.lower) \
                    and (s.lower[j : j + 1] == ["dengan"] or s.lower[i + 1 : i + 2] == ["dengan"]) \
                    and (speaker := _quote_speaker(s, i, context, direct=True)) is not None and speaker.code:
                # "“Kerja sama dengan Yordania sangat baik,” ujar Dubes RI untuk Yordania": a joint act with a side
                # named, in the words of one who takes part in it, is the speaker's side's.
                sources = [speaker]
                why.append(f"the speaker, {speaker.entity.name}, speaks of a joint act of their own side")
            # The other sides of the act, when the sentence tells them before its object: those taking part in a
            # joint act, or the other side of a clash named again.
            if len(sources) <= 1 and pred.plover in SYMMETRIC_TYPES and i > 0 and s.lower[i - 1] in _TIME_OPENERS:
                # "Penandatanganan dilakukan oleh Menhan Indonesia … dan Menhan Australia … seusai pertemuan
                # tertutup": the meeting after or before which the clause's sides act is theirs.
                start = next((k + 1 for k in range(i - 2, -1, -1) if s.lower[k] in _LEFT_BOUNDARIES
                              or s.lower[k] in (",", ".")), 0)
                by_code: dict[str, _Actor] = {}
                for a in actors:
                    if start <= a.t0 and a.t1 <= i - 1 and a.code and a.entity.type != "LOCATION" \
                            and (a.code not in by_code or a.entity.type == "PERSON"):
                        by_code[a.code] = a  # (the person, when the title names the country too)
                if len(by_code) >= 2 and "dan" in s.lower[start : i - 1]:
                    sources = list(by_code.values())
            partners = _participants(s, actors, j) if not sources and pred.plover in SYMMETRIC_TYPES else []
            if partners:
                # "Latihan Super Garuda Shield digelar di Baturaja dan diikuti oleh tentara AS, Jepang dan
                # Australia": held by the country where it takes place (or the article's, when it takes part), with
                # each side that takes part; with no such country, the sides named meet (or cooperate with) each
                # other.
                host = _place_country(article, s, i)
                holder = next((a for a in partners if a.code == (host or (context and context.main_country))), None)
                if holder is None and not host and context is not None and context.main_country:
                    # "Latihan … antara TNI AD dan Angkatan Darat AS … kini diikuti oleh Australia, Jepang, …": the
                    # article's country, named in the sentence as holding it, holds it with each side taking part
                    # (not every participant with every other).
                    holder = next((a for a in actors if a.code == context.main_country and a not in partners
                                   and a.entity.type != "LOCATION"), None)
                if holder is None and host:
                    holder = _implicit_country(i, host, "host")
                    why.append("joint act with no one named as holding it: held by the country where it takes place")
                sources = [holder] if holder else partners
                partners = [a for a in partners if a.code != holder.code] if holder else []
            if not sources and context is not None and context.pairs and s.index - context.pairs[-1][2] <= 2 \
                    and (pred.plover in SYMMETRIC_TYPES or s.lower[i] in _MUTUAL_WORDS
                         or s.lower[i] in ("pertempuran", "perang", "konflik")) \
                    and not _DEMONSTRATIVES.isdisjoint(s.lower[j : j + 4]):
                # "Bentrokan di perbatasan itu menewaskan 40 orang": the clash (or the meeting) named again is the one
                # just told, between the same two sides. (An attack named again is its doer's: not here.)
                a_code, b_code = context.pairs[-1][:2]
                sources = [_implicit_country(i, a_code, "side")]
                partners = [_implicit_country(i, b_code, "side")]
                between = True
                why.append(f"the act named again ('{s.words[i]} … itu') is the one just told, between {a_code} and "
                           f"{b_code}")
            if not sources and context is not None and pred.plover == "CONSULT" \
                    and s.lower[j : j + 1] == ["kedua"]:
                # "di tengah pembicaraan kedua negara mengenai …": talks of "the two countries" are between the two
                # sides the story has paired. (Not cooperation, named so mostly as a wish or a standing tie: "Kerja
                # sama kedua negara sangat penting".)
                sources = _both_sides(s, j, context, why, after=True, owner=True)
            if not sources and pred.plover == "PROTEST" and context and context.main_country:
                sources = [_Actor(i, i, Entity(id="agent-protesters", type="AGENT", name="pengunjuk rasa",
                                               code=context.main_country, country=context.main_country,
                                               sector="CVL", source="agent"), context.main_country,
                                  "implicit protesters, the article's main country")]
            if not sources and not pred.host:
                return []  # no one acts: no pair, whatever the target
            targets, target_how = _object(s, actors, j, pred.target_preps, nominal=True, doers=genitive)
            targets = [t for t in targets if t not in genitive and t not in sources]
            if not targets and sources and pred.plover == "AID" and i > 0 and s.lower[i - 1] == "dengan" and (
                    verb := next((k for k in range(i - 2, max(-1, i - 12), -1) if _active_verb(s.lower[k])),
                                 None)) is not None:
                # "Pyongyang tengah menyiapkan uji coba rudal … dengan bantuan teknologi dari Rusia": the help is given
                # to the subject of the clause it is a means of.
                helped = [a for a in _subject(s, actors, verb) if a.code not in {x.code for x in sources}]
                if helped:
                    targets, target_how = helped, "subject of the clause done 'dengan bantuan' of the source"
            if urged is not None and targets and all(t.entity.type == "AGENT" and "main country" in t.resolved_by
                                                     for t in targets):
                # Civilians of no country named: a military or a junta urged to stop attacking them attacks its own
                # people ("mendesak militer Myanmar menghentikan serangan udara terhadap warga sipil"); a state
                # named by itself may be attacking another's, so none is guessed ("mendesak Israel …").
                targets = [replace(t, code=urged.code, resolved_by="civilians of the military urged to stop")
                           for t in targets] if urged.entity.type == "AGENT" else []
            if charged is not None and charged.code not in {a.code for a in sources}:
                targets, target_how = [charged], "the one the charge names ('atas tuduhan bahwa …')"
            if not targets and sources and i > 0 and s.lower[i - 1] in _AT_THE_BEHEST and s.lower[i] in _PROPOSAL_NOUNS:
                asked = _asked_by_the_clause(s, actors, j, {a.code for a in sources})
                if asked:
                    targets, target_how = asked, "subject of the clause done 'atas permintaan' of the source"
            if patients:
                targets, target_how = patients, "people right after the noun of the act, those it is done to"
            if pred.plover == "ASSAULT" and i > 0 and s.lower[i - 1] in _RETALIATION_VERBS and (not targets or {
                    t.code for t in targets} <= {a.code for a in sources}):
                # (what is named after the noun of its own side is where the answer goes: "Hamas membalas serangan
                # Israel dengan menembakkan roket ke Tel Aviv")
                # "Iran bersumpah akan membalas serangan yang dilancarkan Israel": the attack answered was made on
                # the one who answers it.
                own = {a.code for a in sources}
                targets = [a for a in _subject(s, actors, i - 1) if a.code not in own]
                target_how = "the subject of the verb that answers the attack" if targets else ""
                answered = bool(targets)
            elif sources and not targets and not partners and pred.plover in SYMMETRIC_TYPES:
                # "Latihan yang digelar TNI bersama INDOPACOM itu melibatkan personel dari …": those who hold it,
                # with each side taking part (unless the other side is known already: "Kerja sama itu mencakup …"
                # names again the act just told between two sides)
                own = {a.code for a in sources}
                partners = [a for a in _participants(s, actors, j) if a.code not in own]
                holder = next((a for a in sources if context is not None and a.code == context.main_country), None) \
                    if partners and len(own) > 1 else None
                if holder is not None:
                    # "Selain Indonesia dan Amerika Serikat, latihan tahun ini diikuti pasukan dari Australia, Jepang,
                    # …": the article's country, among those who hold it, holds it with each other side (the co-host
                    # included), not every side with every other.
                    partners = [*(a for a in sources if a.code != holder.code), *partners]
                    sources = [holder]
            if partners:
                targets, target_how = partners, "named as taking part, or the other side of the act named again"
            if not targets and pred.mode == "phone" and sources and i > 0 and s.lower[i - 1] in _BY_MEANS:
                # "menyampaikan terima kasih kepada Presiden Prabowo melalui sambungan telepon": the call was with the
                # one the clause addresses before it.
                addressed = [a for a in actors if sources[-1].t1 <= a.t0 and a.t1 <= i
                             and _preceded_by_preposition(s, a) in ("kepada", "dengan")]
                if addressed:
                    targets, target_how = addressed[-1:], "addressed in the clause the call was the means of"
            if not targets and pred.plover == "REQUEST" and genitive and _answered_by_verb_before(s, i, lex):
                # "Kremlin menolak tuntutan AS agar …": the demand was made of the one who refuses it
                targets, target_how = _subject(s, actors, i - 1), "subject of the verb that answers the demand"
                targets = [t for t in targets if t.code not in {g.code for g in genitive}]
            if not targets and pred.plover == "CONSULT" \
                    and (summoned := _object_of_the_verb_before_dalam(s, actors, i)) is not None:
                # "Komisi III DPR memanggil Kapolri … dalam rapat dengar pendapat": the meeting in which the verb was
                # done is with that verb's object.
                targets, target_how = [summoned], "the object of the verb the meeting was held for ('… dalam rapat')"
    if sources and context is not None and j < len(s.lower) \
            and (told := context.last_target.get(pred.plover)) is not None and (s.lower[j] in _SIMILAR or (
                pred.plover == "ACCUSE" and s.lower[j] in _GENERIC_ACT_NOUNS and told[0] in {a.code for a in sources}
                and s.lower[j + 1 : j + 2] and s.lower[j + 1] in _DEMONSTRATIVES)) \
            and (last := told[1]).code not in {a.code for a in sources} \
            and (not targets or s.lower[j] in _GENERIC_ACT_NOUNS
                 or all("implicit" in t.resolved_by or t.entity.type == "AGENT" for t in targets)):
        # "Kecaman serupa disampaikan Arab Saudi, Yordania, Turki, dan Qatar": a like act is aimed where the last one
        # of its kind was; so is a charge against "langkah itu" by the one who condemned a step just before
        # ("Indonesia mengecam langkah parlemen Israel … Indonesia menilai langkah itu sebagai pelanggaran …"; not
        # another side's: "Rusia menyebut rencana itu provokatif" answers the plan's makers).
        targets = [_doer_actor(last, j, j, f"the one the last {pred.plover} told was aimed at")]
        target_how = f"'{s.words[j]}': aimed as the last act of its kind"
    elif not targets and sources and context is not None and pred.plover == "REJECT" and voice == "active" \
            and (told := context.last_target.get("REJECT")) is not None and told[0] in {a.code for a in sources} \
            and 0 < s.index - told[2] <= 2 and told[1].code not in {a.code for a in sources}:
        # "AS kembali menggunakan hak veto untuk menggagalkan rancangan resolusi DK PBB … Hanya AS yang memberikan suara
        # menolak": a refusal naming no one, just after the same side refused someone, is that refusal told again.
        targets = [_doer_actor(told[1], j, j, "the one the same side just refused")]
        target_how = "no one named: the one the same side refused just before"
    if pred.plover == "THREATEN" and targets and sources and all(
            (a.code or "").startswith("IGO:") for a in sources) and all(
            t.entity.type == "AGENT" and t.entity.sector == "CVL" for t in targets):
        # "UNHCR dan WFP memperingatkan jatah makanan bulanan pengungsi bisa dipangkas": an agency's warning about
        # what civilians face threatens no one.
        return []
    if voice == "passive" and not targets and sources and context is not None and context.charges \
            and pred.id in _words("id/grammar.yaml", "denial_entries"):
        # "…, sebuah tuduhan yang dibantah oleh Beijing": a denial in the passive answers, as an active one does, the
        # latest charge against the denier's side.
        targets, target_how = _charge_answered(context, sources, j)
    if pred.plover == "REQUEST" and voice == "active" and target_how == "object of the verb" and targets and sources \
            and {t.code for t in targets} <= {a.code for a in sources} and targets[-1].t1 < len(s.lower) \
            and _passive_verb(s.lower[targets[-1].t1]):
        # "meminta tim pengamat ASEAN diberi akses", "Indonesia meminta para nelayan dibebaskan": one's own people,
        # asked to be given something or freed, are who the request is for; it is made of whoever can give it,
        # unnamed here.
        targets, target_how = [], ""
    if pred.plover == "REQUEST" and context is not None and sources and targets \
            and all(t.entity.type == "AGENT" and t.code in {a.code for a in sources} for t in targets) \
            and not _RELEASE_WORDS.isdisjoint(s.lower[j : j + 4]):
        # "Kami menuntut pembebasan seluruh relawan tanpa syarat": the release of one's own people is asked of whoever
        # holds them, the doer of the latest detention by another side.
        holder = _latest_doer_of_another_side(context, "COERCE", sources)
        if holder is not None:
            targets = [_doer_actor(holder, j, j, "who holds the people whose release is asked")]
            target_how = "the one holding those whose release is asked (the latest detention by another side)"
    if pred.mode == "visit" and voice == "active" and sources and not _words(
            "id/grammar.yaml", "arriving_things").isdisjoint(s.lower[max(0, sources[0].t0 - 6) : sources[0].t0]):
        return []  # "Tiga unit pesawat tempur Rafale pesanan Indonesia tiba di …": things arrive, no one visits
    if pred.plover == "REQUEST" and voice == "active" and i >= 2 and s.lower[i - 1] == "dan" and sources and (
            not targets or all(t.entity.type == "AGENT" and t.code in {a.code for a in sources} for t in targets)):
        # "Massa mengecam Israel dan menuntut pembebasan para aktivis": a demand joined by "dan" to a verb whose
        # object is named is made of that object (not of the activists, whom it is for).
        addressee = _object_of_the_verb_before(s, actors, i - 1, sources)
        if addressee:
            targets, target_how = addressee, "the object of the verb the demand is joined to by 'dan'"
    if pred.plover == "AID" and voice == "active" and target_how == "object of the verb" and targets and sources \
            and {t.code for t in targets} <= {a.code for a in sources} \
            and not (pred.mode == "humanitarian" and all(t.entity.type == "AGENT" and t.entity.sector == "CVL"
                                                         and "whose name says its country" not in t.resolved_by
                                                         for t in targets)):
        # "Jepang berencana mengirim tim medis Japan Disaster Relief (JDR)": a body of the giver's own, right after the
        # verb, is what is sent, not who receives it. (But civilians evacuated or rescued at home are helped: "BPBD
        # mengevakuasi 1.248 warga"; a state bringing its nationals home, "mengevakuasi 97 WNI dari Iran", looks after
        # its own, as _own_citizens says.)
        targets, target_how = [], ""
    if pred.plover == "RETREAT" and voice == "active" and target_how == "object of the verb" and targets and sources \
            and all(t.entity.type == "AGENT" and t.entity.sector == "MIL" for t in targets) \
            and {t.code for t in targets} <= {a.code for a in sources}:
        # "Israel menarik pasukannya dari Gaza utara": one's own forces, right after the verb, are what is withdrawn;
        # the withdrawal is from the place after "dari".
        targets, target_how = [], ""
    if not targets and sources and pred.plover == "RETREAT" and voice in ("active", "nominal"):
        targets = _place_target(article, s, j, prepositions=_FROM, heads=_PLACE_NOUNS, own={a.code for a in sources})
        if targets:
            target_how = f"the country of the place withdrawn from ('dari {targets[0].entity.name}')"
    if not targets and sources and pred.plover == "ASSAULT" and voice == "passive":
        # "Kharkiv diserang Rusia", "Rafah dibombardir Israel": the place the passive is about is struck, and its
        # country with it.
        targets = _place_subject(s, i, {a.code for a in sources})
        if targets:
            target_how = f"the country of the place struck, subject of the passive ('{targets[0].entity.name}')"
    if not targets and sources and pred.plover == "ASSAULT" and (near := _near_whom(s, actors, j)):
        # "menjatuhkan granat di dekat patroli prajurit TNI": force that lands near a side is aimed at it.
        targets, target_how = near, "those it landed near ('di dekat …')"
    if not targets and sources and pred.plover == "SANCTION" and voice in ("active", "nominal") \
            and context is not None and len({a.code for a in sources}) == 1 and s.word_set.isdisjoint(_CONDITIONS) \
            and (other := context.counterparts.get(sources[0].code or "")) is not None:
        # "Ketegangan dagang AS dan China kembali memanas. Beijing memberlakukan pembatasan ekspor baru atas mineral
        # tanah jarang …": a penalty naming no one, in a story about two countries, is aimed at the other.
        targets = [_implicit_country(j, other, "the other country of the story")]
        target_how = "no one named: the other of the two countries the story is about"
    if not targets and sources and pred.plover == "COERCE" and pred.mode == "confiscate" and context is not None \
            and context.main_country and voice in ("active", "nominal") \
            and all(a.code == context.main_country for a in sources):
        # ("Dari tangan mereka, …", "… menyita 30 ton ikan dari kapal-kapal itu": not "bagian dari kawasan hutan")
        taken_from = s.lower[:1] == ["dari"] or any(
            s.lower[k] == "dari" and s.lower[k + 1] in _TAKEN_FROM for k in range(j, min(len(s.lower) - 1,
                                                                                      j + _TARGET_WINDOW)))
        held = [t for told_in, t, _ in context.coerced if s.index - told_in <= 2 and t.code] if taken_from else []
        if held:
            # "Polisi menangkap 11 warga PNG … Dari tangan mereka, petugas menyita 25 kilogram ganja": goods taken
            # from those just arrested or seized are theirs.
            targets = [_doer_actor(held[-1], j, j, "those the goods were taken from, seized just before")]
            target_how = "taken from ('dari') those seized or arrested just before"
        elif not taken_from:
            # "Satpol PP menggusur 214 bangunan", "PN Sengeti melakukan eksekusi pengosongan lahan": land, houses or
            # goods taken at home are taken from the country's own people, coded within the country as annotators
            # code it. (Not from someone else told: "Dari ketiga kapal itu, petugas menyita 30 ton ikan".)
            targets = [_implicit_country(j, context.main_country, "those whose land or goods are taken")]
            target_how = "no one named: the article's country's own people, whose land or goods are taken"
    if not targets and sources and pred.plover == "MOBILIZE" and voice in ("active", "nominal"):
        # "Indonesia siap mengirim hingga 20.000 prajurit ke Gaza": forces sent to another country's ground are aimed
        # at it (at home they are aimed at no one: "mengirim pasukan ke Papua").
        targets = _place_target(article, s, j, own={a.code for a in sources})
        if targets:
            target_how = f"the country of the place forces are sent to ('{s.lower[targets[0].t0 - 1]} …')"
        elif (facing := _border_with(s, actors, j, {a.code for a in sources})) is not None:
            # "bersiaga penuh di sepanjang perbatasan dengan Kolombia", "mengerahkan pasukan tambahan di perbatasan
            # dengan Pakistan": forces put on a border face the country on its other side.
            targets, target_how = [facing], "the country on the other side of the border forces are put on"
    if sources and len(targets) == 1 and targets[0].entity.type == "AGENT" and (
            "main country" in targets[0].resolved_by or targets[0].code in {a.code for a in sources}) \
            and (listed := _countries_included(s, actors, targets[0].t1)):
        # "mengusir para diplomat dari tujuh negara Amerika Latin, termasuk Argentina, Chile dan Peru": people of no
        # country named, from countries listed after "termasuk", are of those countries.
        targets, target_how = listed, "the countries listed after 'termasuk' the people named come from"
    if sources and voice == "passive" and pred.id in _words("id/grammar.yaml", "denial_entries") and any(
            s.lower[k] in _CHARGE_NOUNS and s.lower[k + 1] == "yang" for k in range(max(0, i - 6), i - 1)) \
            and (claimant := _claimant(s) or (s.actors[s.subject] if s.subject is not None else None)) is not None \
            and claimant.code and claimant.code not in {a.code for a in sources}:
        # "Seorang pejabat AS … mengatakan kepada CNN bahwa Iran terus memasok …, tuduhan yang berulang kali dibantah
        # oleh Iran": the charge set off after the claim is the claimant's; the denial answers it.
        targets, target_how = [claimant], "the one who made the claim the apposition names"
    if not targets and sources and pred.plover in ("ASSAULT", "COERCE") and "berbendera" in s.word_set and (
            flag := next((a for a in actors if j < a.t0 <= j + _TARGET_WINDOW and a.entity.type == "COUNTRY"
                          and s.lower[a.t0 - 1] == "berbendera" and a.code not in {x.code for x in sources}
                          and not any(_active_verb(w) for w in s.lower[j : a.t0])), None)) is not None:
        # "serangan rudal terhadap sebuah kapal kargo berbendera Yunani": a ship struck or seized is its flag's.
        targets, target_how = [flag], "the flag of the ship struck or seized ('berbendera …')"
    if pred.plover == "REQUEST" and voice == "nominal" and sources and (at := next(
            (m for m in range(j, min(len(s.lower), j + 4)) if s.lower[m] in _SO_THAT), None)) is not None \
            and (asked := next((a for a in actors if at < a.t0 <= at + 2 and a.code
                                and a.code not in {x.code for x in sources}), None)) is not None:
        # "menegaskan kembali tuntutan Iran agar Washington mencabut semua sanksi": the one asked is the subject
        # after "agar", as after a verb of asking.
        targets, target_how = [asked], "the subject of the clause after 'agar' the demand names"
    if context is not None and sources and targets and pred.id == "panggil-dubes" and all(
            a.code == targets[0].code and "without its country" in a.resolved_by for a in sources) \
            and (other := context.counterparts.get(targets[0].code or "") or next(
                (c for c in context.top_two if c and c != targets[0].code), None)) is not None:
        # "Kementerian Luar Negeri memanggil Duta Besar Rusia Andrei Kelin" in a story told mostly of Russia: a
        # ministry named without its country that summons Russia's envoy is not Russia's, but the story's other side's.
        sources = [_implicit_country(i, other, "the side that summons the envoy")]
        why.append(f"a ministry named without its country that summons {targets[0].code}'s envoy: {other}'s")
    if pred.plover == "SANCTION" and sources and targets and all(
            t.entity.type == "AGENT" and "main country" in t.resolved_by and t.code in {a.code for a in sources}
            and t.code != _home_country() for t in targets):
        # "Amerika Serikat menjatuhkan sanksi terhadap 14 perusahaan pelayaran … yang dituduh mengangkut minyak
        # mentah Iran": firms of no country named are not a foreign sanctioner's own; they are the country the
        # clause after them ties them to, if any. (At home they are: "Pemerintah menjatuhkan sanksi kepada tiga
        # perusahaan …".)
        own = {a.code for a in sources}
        tied = next((a for a in actors if targets[-1].t1 <= a.t0 <= targets[-1].t1 + 14 and a.code
                     and a.code not in own and a.entity.type == "COUNTRY"), None)
        targets = [tied] if tied is not None else []
        target_how = "the country the penalised are tied to in the clause after them" if tied is not None else ""
    if sources and pred.plover == "SUPPORT" and voice in ("active", "nominal") \
            and all(t.code in {a.code for a in sources} for t in targets):
        # (past the supporter's own name after the noun: "dukungan Brunei terhadap …")
        # "Xi menyatakan dukungan terhadap program Makan Bergizi Gratis yang digagas Prabowo", "menyatakan dukungan
        # Brunei terhadap pembangunan Ibu Kota Nusantara": support for a plan goes to whoever put it forward, or to
        # the country of the place it is for.
        own = {a.code for a in sources}
        proposer = next((a for a in actors if j < a.t0 <= j + _TARGET_WINDOW + 4 and a.code and a.code not in own
                         and s.lower[a.t0 - 1] in _PROPOSING_PASSIVES), None)
        backed = [proposer] if proposer is not None else _place_target(
            article, s, j, prepositions=_BACKED_FOR, heads=_PLAN_NOUNS, own=own)
        if backed:
            targets = backed
            target_how = ("whoever put forward what is backed" if proposer is not None
                          else f"the country of the place what is backed is for ('{targets[0].entity.name}')")
    if not targets and sources and pred.plover == "AID" and voice == "active" and i >= 2 \
            and s.lower[i - 1] in _PURPOSE and (sent := next(
                (m for m in range(i - 2, max(-1, i - _TARGET_WINDOW - 4), -1) if _active_verb(s.lower[m])), None)) \
            is not None:
        # "Rusia mengirimkan sekitar 100.000 ton minyak mentah ke Havana … untuk membantu mengatasi krisis energi":
        # help that is the purpose of sending something somewhere goes where it is sent.
        targets = [t for t in _place_target(article, s, sent + 1, prepositions=frozenset({"ke"}),
                                            own={a.code for a in sources}) if t.t0 < i]
        if targets:
            target_how = f"where what helps is sent ('ke {targets[0].entity.name}')"
    if not targets and sources and pred.mode == "visit" and voice in ("active", "nominal") \
            and all(a.code and not a.code.startswith("IGO:") for a in sources):
        # "delegasi Departemen Energi AS dijadwalkan berkunjung ke kawasan industri di Morowali": a state's visit to
        # any place abroad is a visit to its country (a seat of power is an actor of its own: "berkunjung ke
        # Jakarta"). (Not an agency's arrival where it works: "UNICEF dan IOM dijadwalkan tiba di Palu".)
        targets = _place_target(article, s, j, prepositions=_VISITED_AT, own={a.code for a in sources})
        if targets:
            target_how = f"the country of the place visited ('{targets[0].entity.name}')"
        elif (home := _place_target(article, s, j, prepositions=_VISITED_AT)) and \
                home[0].code in {a.code for a in sources}:
            # "Presiden Ferdinand Marcos Jr. … mengunjungi pusat evakuasi di Tacloban": a visit at home meets no
            # other country, whatever else the story is about.
            return []
    if not targets and sources and pred.plover in _PLACE_TARGETS and voice in ("active", "nominal"):
        targets = _place_target(article, s, j, direct=voice == "active")
        if targets:
            target_how = f"the country of the place after '{s.lower[targets[0].t0 - 1]}'"
        elif pred.plover == "ASSAULT":
            targets = _site_after_di(article, s, j)
            if targets:
                target_how = "the country where the attack struck ('di …')"
            elif voice == "nominal" and (struck := _struck_by_the_act_named(article, s, actors, j, sources)):
                targets, target_how = struck, "what the attack named struck ('… menghantam …')"
        elif pred.plover == "AID":
            # "mengucurkan pinjaman untuk proyek transportasi massal di Jakarta": aid for something in a place goes
            # to that place's country (another than the giver's).
            targets = [t for t in _site_after_di(article, s, j) if "untuk" in s.lower[j : t.t0] or "bagi" in
                       s.lower[j : t.t0]]
            targets = [t for t in targets if t.code not in {a.code for a in sources}]
            if targets:
                target_how = "the country of the place the aid is for ('untuk … di …')"
            elif (channel := next((a for a in actors if a.t0 > j and a.code and s.lower[a.t0 - 1] in _BY_MEANS
                                   and not a.code.startswith("IGO:") and a.entity.type not in _ROUTE_TYPES
                                   and a.code not in {b.code for b in sources}
                                   and _RIGHT_BOUNDARIES.isdisjoint(s.lower[j : a.t0])), None)) is not None:
                # (A UN agency the aid goes through hands it on to others: "melalui UNRWA" is no recipient; nor is a
                # country or place passed through: "mengevakuasi 97 WNI dari Iran melalui Azerbaijan".)
                # "Korea Selatan menyalurkan bantuan US$ 1 juta melalui Palang Merah Filipina": aid handed through a
                # body of another country goes to that country.
                targets, target_how = [channel], "the body of another country the aid goes through ('melalui …')"
            elif context is not None and (given := context.last_target.get("AID")) is not None \
                    and given[1].code and all(a.code and a.code != given[1].code for a in sources):
                # "Indonesia mengirim 32 ton bantuan ke Myanmar … Jepang mengumumkan hibah darurat … melalui
                # lembaga-lembaga PBB": more aid with no recipient named goes where the story's aid went.
                targets = [_doer_actor(given[1], j, j, "the recipient of the aid told before")]
                target_how = "no recipient named: the one the aid told before went to"
            elif voice == "active" and context is not None and (victim := next(
                    (hit for by, hit in reversed(context.attacks) if hit and by != hit
                     and all(a.code and a.code not in (by, hit) for a in sources)), None)) is not None:
                # "Israel menyerang konvoi bantuan di Gaza. … Indonesia berencana mengirim tambahan bantuan
                # kemanusiaan …": aid with no recipient named, from a third party in a story of attacks, goes to the
                # one attacked last, not to the attacker (nor to the country the story is most about).
                targets = [_implicit_country(j, victim, "recipient")]
                target_how = "no recipient named: the one attacked last"
            elif voice == "active" and context is not None and (story := context.clear_main or _lead_country(article)) \
                    and all(a.code and a.code != story for a in sources) and not (
                        pred.mode == "military" and any("ASSAULT" in types and d.code == story
                                                        for types, d, _ in context.acts)):
                # (Not weapons to the country the story is about when it is the attacker in it: "Berlin akan
                # mengirim dua sistem Patriot" in a story on Russia's strikes on Kyiv arms its victim.)
                # "Pemerintah Australia telah mengirimkan 2.000 paket perlengkapan …" in a story about a disaster in
                # Indonesia: foreign aid with no recipient named goes to the country the story is clearly about, or,
                # when no country clearly leads, to the one its opening sentence happens in.
                targets = [_implicit_country(j, story, "recipient")]
                target_how = "no recipient named: the country the article is about"
    # "Thailand dan Kamboja saling tuding": each side does it to the other, whatever the act.
    # "… menaikkan tarif impor satu sama lain" likewise. (Looked for only when it could apply.)
    # "Ukraina dan Rusia bertukar tawanan", "Rusia bertukar tahanan dengan AS": an exchange is done by each side
    # to the other (the other named right after "dengan": "dengan mediasi UEA" names a go-between).
    # ("Thailand dan Kamboja terlibat bentrokan": a noun of a mutual act after "terlibat" is the subjects' own.)
    if s.lower[i] in _EXCHANGE_WORDS or (s.lower[i] in _MUTUAL_WORDS and (
            voice != "nominal" or s.lower[i] in _MUTUAL_PHRASE_OPENERS
            or (i > 0 and s.lower[i - 1] in _INVOLVED_IN))) or (
            "saling" in s.lower[max(0, i - 1) : i + 1] and len(sources) >= 2):
        # ("Rusia dan Ukraina saling menukar tahanan": the prisoners are what is exchanged, not a side.)
        if len(sources) >= 2:
            targets, target_how = [], ""  # the sides are the subjects; no third party takes part
        elif not targets:
            targets, target_how = _object(s, actors, j, ("dengan",), nominal=True)
            if targets and s.lower[targets[0].t0 - 1] != "dengan":
                targets, target_how = [], ""
        reciprocal = bool(targets) or len(sources) >= 2
    else:
        reciprocal = not targets and len(sources) >= 2 and (
            (i > 0 and s.lower[i - 1] == "saling") or _has_cue(s.lower[j : j + 8], _EACH_OTHER) >= 0)
    if reciprocal:
        why.append("'saling' / 'satu sama lain' / an exchange: the coordinated subjects act on each other")
    if voice == "nominal" and between and pred.plover not in SYMMETRIC_TYPES:
        reciprocal = True
        why.append("'antara … dan …': each side acts on the other")
    pairs_of_sides = None
    if (pred.plover in SYMMETRIC_TYPES or reciprocal) and not targets and len(sources) >= 2 \
            and pred.cameo != _MEDIATION and (pred.mode != "visit" or reciprocal) and not (
                pred.one_way and (group or pred.plover not in _WORKING_TOGETHER) and not reciprocal):
        # "Kim dan Trump bertemu": the coordinated sides meet each other (two sides of one country do not count).
        # (Not countries listed for a group that offers something: "tujuh negara menawarkan bantuan, antara lain
        # Australia, Jepang …" offer it together, to no one of them.)
        # (Nor those who offer, invite or declare their willingness together: "Rusia, China, dan Belarus menyatakan
        # kesediaan" each declare it, to no one of them.)
        # (Coordinated mediators, "dimediasi Qatar dan Mesir", mediate together between others; coordinated
        # visitors, "UNICEF dan IOM tiba di lokasi", travel together and visit no one of them.)
        sides = list({a.code: a for a in sources}.values())
        if len(sides) == 1 and len({a.entity.id for a in sources}) >= 2 and ((pred.plover == "AGREE" and all(
                a.entity.type == "ORG" or _is_organ(a) or "two sides just told" in a.resolved_by for a in sources))
                or all("two sides told, of one country" in a.resolved_by for a in sources)):
            # "Baleg DPR dan pemerintah menyepakati RUU …": two bodies of one state agree with each other (coded
            # once, the country with itself); the agreement can then be named again ("menyambut baik kesepakatan
            # tersebut"). So do the two sides of one country named again ("kedua pihak saling menuduh …" after
            # Sudan's army and the RSF signed a truce).
            sides = sources[:2]
        opposite = _side_before_a_listed_group(s, actors, sides) if len(sides) >= 2 else None
        sources, targets, target_how = sides[:1], sides[1:], "coordinated subjects"
        if opposite is not None:
            # "Iran dan tiga negara Eropa yang tergabung dalam E3, yakni Inggris, Prancis, dan Jerman, menggelar
            # perundingan": the one side with each member of the group listed, not the members with each other.
            sources, targets, target_how = [opposite], sides, "the side joined to a group whose members are listed"
            pairs_of_sides = [(opposite, b) for b in sides]
        elif len(sides) > 2:
            # "AS, Jepang dan Korea Selatan menggelar latihan trilateral": each side with each other one
            pairs_of_sides = [(a, b) for n, a in enumerate(sides) for b in sides[n + 1 :]]
    if len(sources) == 1 and voice == "active" and sources[0].entity.type == "AGENT" \
            and sources[0].entity.name.lower() == "pemerintah" and (
            "main country" in sources[0].resolved_by or "earlier in the article" in sources[0].resolved_by):
        reporter = _claimant(s)
        if reporter is None:
            # "Menteri … Jepang Ryosei Akazawa mengatakan pemerintah berencana …": the one right before the verb of
            # speech that the government follows.
            said = sources[0].t0 - 1
            if said >= 0 and s.lower[said] in _words("id/speech.yaml", "after_speaker"):
                reporter = next((a for a in reversed(actors) if a.t1 <= said and a.code
                                 and a.entity.type in ("PERSON", "ORG")), None)
        if reporter is None and context is not None and s.lower[0] in _THIRD_PERSON and context.told \
                and context.told[-1].index == s.index - 1 and not _words(
                    "id/speech.yaml", "after_speaker").isdisjoint(s.word_set):
            # "Ia menyebut pemerintah juga telah meminta otoritas Malaysia …": "Ia" is who spoke in the sentence
            # before.
            reporter = _claimant(context.told[-1])
        if reporter is not None and reporter.code and reporter.code != sources[0].code \
                and not reporter.code.startswith("IGO:"):
            # "Judha menambahkan, pemerintah juga terus mengimbau para nelayan …": the government an official
            # speaks of, naming none, is his own.
            code = reporter.code
            sources = [_Actor(sources[0].t0, sources[0].t1, _agent_entity(f"agent-pemerintah-{code}", "pemerintah",
                                                                          code, "GOV"),
                              code, f"generic agent 'pemerintah', the government of {reporter.entity.name}, "
                                    "who reports it")]
    ringed = _ringed_country(s, j, sources[0]) if len(sources) == 1 \
        and pred.id in _words("id/grammar.yaml", "drill_entries") else None
    if ringed is not None and any(t.code != ringed.code for t in targets):
        ringed = None  # "… latihan gabungan dengan Australia di sekitar Darwin": a partner is named
    if ringed is not None:
        why.append(f"an exercise held around {ringed.entity.name} with no partner named: a show of force toward it, "
                   "coded MOBILIZE (CAMEO 150)")
    if pred.plover in SYMMETRIC_TYPES and not targets and len(sources) == 1:
        # "kerja sama militer Pyongyang-Moskow": the two halves of a hyphenated pair are the two sides.
        twin = _hyphen_twin(s, actors, sources[0])
        if twin:
            targets, target_how = twin[:1], "the other half of a hyphenated pair"
    elif voice == "passive" and len(targets) == 1 and (twin := _hyphen_twin(s, actors, targets[0])):
        # "Perundingan damai Pakistan-Afghanistan yang dimediasi Qatar dan Turki": both halves of the pair are acted
        # upon.
        targets = [*targets, *twin[:1]]
    if not targets and sources and voice != "passive" and pred.plover == "REJECT" and not _words(
            "id/grammar.yaml", "document_nouns").isdisjoint(s.lower[j : j + _TARGET_WINDOW]):
        # "AS menggunakan hak veto untuk menggagalkan rancangan resolusi DK PBB …": a resolution turned down
        # answers the body it is of, named right after it.
        documents = _words("id/grammar.yaml", "document_nouns")
        k = next(m for m in range(j, min(len(s.lower), j + _TARGET_WINDOW)) if s.lower[m] in documents)
        issuer = next((a for a in actors if a.t0 in (k + 1, k + 2) and (a.code or "").startswith("IGO:")
                       and "," not in s.lower[k : a.t0]), None)
        if issuer is not None and "." not in s.lower[j:k]:
            targets, target_how = [issuer], f"the body of the {s.words[k]} turned down"
    if not targets and sources and pred.plover in ("AGREE", "REJECT", "SUPPORT") \
            and (body := _body_of_the_instrument_named_again(s, j)) is not None \
            and body not in {a.code for a in sources}:
        # "Indonesia akan menandatangani perjanjian tersebut", "Pemerintah AS menolak terikat pada perjanjian
        # tersebut" after "… Perjanjian Pandemi Organisasi Kesehatan Dunia (WHO)": a treaty or resolution named again
        # is the international body's whose name it was told with.
        targets = [_implicit_country(j, body, "the body of the instrument")]
        target_how = "no one named: the international body the instrument named again was told with"
    if not targets and len(sources) == 1 and sources[0].code and pred.plover in _CONDITIONAL_THREATS \
            and pred.plover not in _TARGETLESS and context is not None and _hypothesis(s, i, lex) == "consequent" \
            and (charge := next((c for c in reversed(context.charges) if c[0].code == sources[0].code), None)) \
            and (charged := charge[1]) != sources[0].code and s.index - charge[2] <= 2:
        # "… menuduh Seoul melakukan provokasi. “Jika tindakan sembrono seperti ini terulang, tentara kami akan
        # mengambil tindakan balasan”": force or a penalty promised on a condition, naming no one, right after the
        # same side charged another, is aimed at the one charged (and coded as a threat below).
        targets = [_implicit_country(j, charged, "the one the same side charged just before")]
        target_how = "no one named: the one the same side charged just before"
    if pred.mode == "visit" and voice == "active" and not targets and len(sources) == 1 and j < len(s.lower) \
            and (sources[0].code or "").startswith("IGO:") and (
            visited := next((a for a in actors if a.t0 == j and a.code and a.entity.type in ("LOCATION", "COUNTRY")
                             and a.code not in {b.code for b in sources}), None)) is not None:
        # "Kepala IAEA Rafael Grossi tiba di Teheran": the place arrived at names the host of an international
        # body's visit, which has no country of its own for the story's other country to be counted from. (A
        # country's envoy visits the other country the article is about, below.)
        targets, target_how = [visited], "the place visited"
    if pred.plover in SYMMETRIC_TYPES and not targets and len(sources) == 1 and context is not None and \
            ringed is None and not pred.participants and _speaks_for_its_country(sources[0]) and \
            not _negated_here(s, i, lex) and not _sitting_at_home(s, actors, j, sources[0]) and \
            not _with_unnamed_partners(s, j):
        # "Beijing siap meningkatkan kerja sama maritim" in an article about China and Indonesia: a meeting,
        # agreement or cooperation of a country (its capital, its leader or minister) with no other side named is
        # with the other country the article is about. (Not a parliament's committee meeting at home; nor an exercise
        # known by those taking part, "Latihan Freedom Shield … melibatkan 18.000 personel militer Korea Selatan",
        # whose other side the story's adversary is not.)
        other = context.counterparts.get(sources[0].code or "")
        if other and not any(a.code == other and _absent(s, a) for a in actors):  # (not one named as absent)
            targets = [_implicit_country(j, other, "partner")]
            target_how = "no other side named: the other country the article is about"
    if group and not targets and context is not None and context.main_country \
            and context.main_country not in {a.code for a in sources}:
        # "sedikitnya tujuh negara menyampaikan belasungkawa dan menawarkan bantuan, antara lain Australia, …" in a
        # story about an Indonesian earthquake: offered to the country the story is about.
        targets = [_implicit_country(j, context.main_country, "addressee")]
        target_how = "no one named: the country the article is about, to which the listed countries turn"
    if targets and targets[-1].code and targets[-1].code.startswith("IGO:"):
        # "mengenakan tarif tambahan kepada negara-negara anggota BRICS, termasuk Indonesia": the members named
        # after "termasuk" are targets too.
        targets = targets + _members_included(s, actors, targets[-1])
    if targets and pred.plover in _DONE_TO_A_GROUP and all(t.entity.type == "AGENT" for t in targets):
        listed = _members_listed_right_after(s, actors, targets[-1])
        if listed:
            # "mengamankan 41 anak buah kapal (ABK) yang terdiri atas 27 warga negara Vietnam dan 14 warga negara
            # Malaysia": the act is done to each nationality the group is made of.
            targets, target_how = listed, "the members of the group acted upon, listed right after it"
    if targets and pred.plover == "REQUEST" and voice == "active" and not _TOPIC_WORDS.isdisjoint(
            s.lower[j : targets[0].t0]) and "kepada" not in s.lower[j : targets[0].t0]:
        # "meminta penjelasan soal 38 warga Meksiko yang ditahan": those the request is about are not asked.
        targets, target_how = [], ""
    if targets and sources and all(a.code and a.code.startswith("IGO:") for a in sources):
        # "Šefčovič menolak permintaan penundaan lanjutan penerapan EUDR": an organisation is not the target of its
        # own act (here its name stands inside the name of its own regulation); whom it answers is found below.
        targets = [t for t in targets if t.code not in {a.code for a in sources}]
    fronted = _fronted_partner(s, actors, i) if pred.plover in SYMMETRIC_TYPES and voice == "active" else None
    if fronted is not None and fronted.code not in {a.code for a in sources}:
        # "Dengan Lazaro, Sugiono membahas percepatan perundingan batas ZEE …": the partner told first, set off by a
        # comma; what the verb is about is no side.
        targets, target_how = [fronted], "the partner set before the clause ('Dengan …,')"
    if pred.host:
        sources, targets = targets, sources
        why.append("the entry is a host (CAMEO 043): the subject receives the visit")
    if context is not None and context.quotes:
        sources = [_ours(s, a, context, why) for a in sources]
        targets = [_ours(s, a, context, why) for a in targets]
    pairs = [(src, tgt) for src in sources for tgt in targets if src.entity.id != tgt.entity.id
             and not _absent(s, src) and not _absent(s, tgt) and not _own_country_as_a_whole(s, src, tgt, j)
             and not _at_the_occasion(s, tgt)
             and not (pred.plover in _WORKING_TOGETHER and _own_citizens(src, tgt))
             and not (pred.plover in _TO_ONES_OWN_PEOPLE and _own_staff(src, tgt))] \
        if pairs_of_sides is None else pairs_of_sides
    if sources and (_sports_team(s, sources[0]) or _a_match(s, [*sources, *targets])):
        return []  # "Timnas Indonesia menggempur pertahanan Bahrain": a match, not an attack
    # Meeting, agreeing, cooperating go both ways; a visit goes from visitor to host (CAMEO 042; the host
    # side is its own entry, 043), and a refusal (negated below) from the one who refuses.
    # (Nor does a mediation: the sides do not mediate the mediator.)
    # (An entry of one way is so in a clause with a subject, or with the other side after "dengan"; its noun alone,
    # "kerja sama antara X dan Y", "kerja sama itu", names the dealings of both sides, as coordinated subjects do:
    # "AS dan Indonesia bekerja sama".)
    one_way = pred.one_way and (voice != "nominal" or "dengan" in s.lower[j : j + 2]) \
        and target_how != "coordinated subjects"
    if reciprocal or (pred.plover in SYMMETRIC_TYPES and pred.mode != "visit" and pred.cameo != _MEDIATION
                      and not one_way and not _negated_here(s, i, lex)):
        pairs += [(tgt, src) for src, tgt in pairs]
    if ringed is not None:
        pairs = [(sources[0], ringed)]
    deployed = not pairs and sources and pred.plover == "MOBILIZE" and pred.mode != "weapons" \
        and context is not None and not _answering(s, i) and pred.id not in _ALERT_ENTRIES \
        and not any(j <= k <= j + _TARGET_WINDOW for k, _, _ in _sentence_places(article, s)) \
        and not any(j < a.t0 <= j + _TARGET_WINDOW and s.lower[a.t0 - 1] in ("di", "ke") for a in actors)
    if not pairs and sources and (pred.id in _ALERT_ENTRIES or (pred.plover == "MOBILIZE" and _answering(s, i))
                                  or deployed) \
            and context is not None and voice == "active" \
            and len(sources) == 1 and sources[0].code and (
            foe := _shown_force_by(context, sources[0].code, s.index)) is not None \
            and (not deployed or any(who.code == foe.code and pressed == sources[0].code and kind in _FORCE_SHOWN
                                     for who, pressed, kind in context.pressed)):
        # "Militer Cina menggelar latihan perang di sekitar Taiwan … Taipei mengutuk latihan itu dan menyiagakan
        # pasukannya": forces put on alert right after another side's force was shown against one's own are aimed
        # at that side; so are forces sent out in answer ("Taiwan merespons dengan mengerahkan kapal perang …") or
        # deployed right after ("… telah mendeteksi 71 pesawat militer China dan telah mengerahkan kapal perang").
        # (Not weapons launched, which are a show of force of their own; nor forces placed somewhere named, which
        # says what they are for: "Indonesia menempatkan 1.200 prajurit di Lebanon". Deployed right after, the force
        # shown was aimed at the deployer's side, not at no one.)
        pairs = [(sources[0], _doer_actor(foe, j, j, "the side whose force against the mobiliser was just told"))]
    if not pairs and sources and (pred.plover in _TARGETLESS or pred.no_target):
        # "massa berunjuk rasa": a protest needs no target, nor does a curfew (the entry's no_target)
        pairs = [(src, None) for src in sources]
    if not pairs and sources and pred.plover == "ASSAULT" and context is not None and len(sources) == 1 \
            and _answering(s, i) and (struck_us := next((by for by, hit in reversed(context.attacks)
                                                        if hit == sources[0].code and by and by != hit), None)):
        # "Militer Israel melancarkan serangan udara ke wilayah Lebanon selatan … Hizbullah membalas dengan
        # menembakkan sekitar 30 roket ke wilayah Galilea Atas": force used in answer, at no one named, strikes back
        # at the latest attacker of the answerer's side.
        pairs = [(sources[0], _implicit_country(j, struck_us, "the attacker answered"))]
        target_how = "no one named: the latest attacker of the side that strikes back"
    show_of_force = not pairs and sources and pred.plover == "ASSAULT" and pred.mode == "heavy-weapons" and obj
    if show_of_force:
        # "Korea Utara menembakkan rudal balistik ke Laut Jepang": heavy weapons fired at no one named are a show
        # of force, as a launch is (the entry luncurkan-rudal).
        pairs = [(src, None) for src in sources]
        why.append("heavy weapons fired with no one named as hit: a show of force, coded MOBILIZE (CAMEO 150)")
    if not pairs and not targets and sources and pred.plover == "REJECT" and context is not None \
            and not _PROPOSAL_NOUNS.isdisjoint(s.lower[j : j + 2]):
        # "Šefčovič menolak permintaan penundaan …": a request turned down answers whoever made the latest request
        # of the one who turns it down.
        own = {a.code for a in sources}
        asker = next((who for who, asked, kind in reversed(context.pressed) if kind == "REQUEST" and asked in own
                      and who.code not in own), None)
        if asker is not None:
            pairs = [(src, _doer_actor(asker, j, j, "who made the request turned down")) for src in sources]
            why.append(f"target: {asker.name}, who made the latest request of the one turning it down")
    if not pairs and not targets and sources and pred.plover == "REQUEST":
        # "Hun Manet meminta agar insiden itu diselidiki oleh tim pengamat ASEAN": what is asked for, told in the
        # passive, is asked of its agent.
        asked = _agent_of_what_is_asked(s, actors, j)
        if asked is not None and asked.code not in {a.code for a in sources}:
            pairs = [(src, asked) for src in sources]
            why.append(f"target: {asked.entity.name}, the agent of the passive act asked for")
    if not pairs and not targets and sources and (pred.plover in _CONDITIONAL_THREATS or pred.plover == "THREATEN"):
        # "Jika Rusia menyerang Ukraina lagi, Jepang akan menjatuhkan sanksi baru", "Kim Yo Jong mengancam akan
        # mengambil tindakan yang lebih keras apabila Amerika Serikat … tetap menggelar latihan": a penalty or a
        # threat promised on a condition, naming no one, is aimed at the doer of the condition.
        doer = _condition_doer(s, actors, i, lex) or _condition_after_doer(s, actors, j, lex)
        if doer is not None and all(doer.code != src.code for src in sources):
            pairs = [(src, doer) for src in sources]
            target_how = "the doer of the condition the act is promised on"
            why.append(f"target: {doer.entity.name}, the doer of the condition the act is promised on")
        elif pred.plover == "THREATEN" and pred.mode == "violence" and context is not None:
            # "TPNPB menyerang pos TNI … Ia juga mengancam akan melancarkan serangan lanjutan": more force is
            # threatened against whom its maker attacked last.
            own = {a.code for a in sources}
            struck = next((hit for by, hit in reversed(context.attacks) if by in own), None)
            if struck is not None:
                pairs = [(src, _implicit_country(j, struck, "addressee")) for src in sources]
                why.append(f"target: {struck}, whom the one threatening attacked last")
    # "Iran tidak akan pernah melucuti senjatanya": a refusal (coded REJECT below) is a statement too, addressed
    # like one when it names no one.
    # (Not an act received: "Pengadaan besar-besaran ini menuai kritik dari parlemen" is aimed at the subject, which
    # names no actor, not at anyone the article is about.)
    if not pairs and not targets and sources and context and voice != "received" and (
            pred.plover in _DOMESTIC_BY_DEFAULT or (
            pred.plover in _REFUSABLE and _negated_here(s, i, lex) and not _never_did(s, i, lex))):
        # A statement with no named addressee: in an article about two countries it is addressed to the other
        # one ("penolakan Jepang terhadap usulan itu" in a story on Japan and China); in an article about
        # one country, by an actor of that country, within that country ("Waters membantah bahwa …").
        # "Indonesia mengutuk serangan teror di Moskow": an attack condemned with no doer named is aimed at no one
        # the article names (not at the country it happened in).
        # (A charge is another matter: "ditahan dengan tuduhan pembunuhan" is aimed at the one held.)
        # (Nor in a relative clause on an attack: "Serangan yang dikecam Indonesia itu …".)
        unnamed_attacker = pred.plover == "ACCUSE" and (
            (voice == "active" and _names_an_attack(s, j, lex))
            or (voice == "passive" and i >= 2 and s.lower[i - 1] == "yang" and _names_an_attack(s, max(0, i - 4), lex)))
        if unnamed_attacker and voice == "active" and context is not None:
            # "Militer Sudan menuding RSF sebagai pelaku serangan … Mesir, Arab Saudi, dan Turki mengecam serangan di
            # El Obeid": an attack condemned with no doer named is the one told lately, by another side.
            own = {x.code for x in sources}
            # (However far back: the attack a story is about is often told in its opening lines only.)
            attacker = next((doer for types, doer, told_in in reversed(context.acts)
                             if told_in <= s.index and "ASSAULT" in types and doer.code and doer.code not in own),
                            None)
            if attacker is not None:
                pairs = [(src, _doer_actor(attacker, j, j, "doer of the attack told lately")) for src in sources]
                target_how = "the attack condemned names no doer: the doer of the attack told lately"
        # (Nor an act someone is charged with: "E3 menuduh Iran melanggar kesepakatan nuklir 2015" tells the
        # charge; what Iran broke is aimed at no one the charge names.)
        charged_with = pred.id not in _words("id/grammar.yaml", "denial_entries") \
            and not _CHARGING_VERBS.isdisjoint(s.lower[max(0, i - 8) : i])
        for src in sources if not unnamed_attacker and not charged_with else ():
            if pred.id == "veto" and context.body and context.body != src.code:
                # "Resolusi gagal diadopsi karena Amerika Serikat menggunakan hak vetonya" in a story of the Security
                # Council: a veto naming nothing vetoes the body's decision (not the side the resolution was for).
                pairs.append((src, _implicit_country(j, context.body, "the body whose decision is vetoed")))
                target_how = "a veto naming nothing: the international body the story is about"
                continue
            if pred.plover in ("REJECT", "SUPPORT") and context.body and context.body != src.code \
                    and not _VOTING_WORDS.isdisjoint(s.lower[max(0, i - 3) : i]):
                # "Amerika Serikat dan Israel memberikan suara menentang" in a story of a resolution of the UN
                # General Assembly: a vote cast naming nothing is cast on the body's resolution, each voter for itself.
                pairs.append((src, _implicit_country(j, context.body, "the body voted in")))
                target_how = "a vote cast: the international body the story is about"
                continue
            if j < len(s.lower) and (s.lower[j] in _UNNAMED_FOREIGNERS  # ("negara-negara"; and "sekutu-sekutu")
                                     or s.lower[j].split("-")[0] in _UNNAMED_FOREIGNERS):
                continue  # "meminta sekutu menjatuhkan sanksi …": addressed to foreigners no actor stands for
            at = j + 1 if j < len(s.lower) and s.lower[j] in _SO_THAT else j  # ("menyerukan agar semua pihak …")
            if pred.plover == "REQUEST" and s.lower[at : at + 2] in (["kedua", "pihak"], ["kedua", "negara"],
                                                                     ["kedua", "belah"]):
                # "Pakistan dan Afghanistan saling menyerang … Amerika Serikat dan China menyerukan kedua pihak untuk
                # menahan diri": the two sides of the fighting (or of the dealings) told last, each asked.
                sides = next(((by, hit) for by, hit in reversed(context.attacks) if by and hit and by != hit), None) \
                    or (context.pairs[-1][:2] if context.pairs else None)
                if sides and src.code not in sides:
                    pairs.extend((src, _implicit_country(j, side, "one of the two sides")) for side in sides)
                    target_how = "the two sides of the fighting or dealings told last"
                continue
            if s.lower[at : at + 2] in (["semua", "pihak"], ["seluruh", "pihak"], ["para", "pihak"],
                                        ["semua", "negara"], ["seluruh", "negara"], ["berbagai", "pihak"]):
                # "meminta semua pihak di Semenanjung Korea menahan diri": everyone, no one named; but the sides
                # within one country are that country ("mengimbau semua pihak di Sudan menghentikan kekerasan").
                inside = next((a for a in actors if a.t0 == at + 3 and s.lower[at + 2] == "di"
                               and a.entity.type == "COUNTRY" and a.code and a.code != src.code), None)
                if inside is not None:
                    pairs.append((src, inside))
                    target_how = "all the sides in the country named"
                elif pred.plover == "REQUEST":
                    # "Indonesia mengimbau semua pihak untuk menahan diri": a call to all the sides of the fighting
                    # told, which are one country's when it is fought inside one (Sudan's, Myanmar's, Papua's);
                    # with none told, a call at home is to one's own country ("Bupati … meminta semua pihak menahan
                    # diri"); else it is made to no one named.
                    fought = next(((by, hit) for by, hit in reversed(context.attacks) if by or hit), None) \
                        if context is not None else None
                    within = (fought[0] or fought[1]) if fought and (fought[0] == fought[1] or None in fought) \
                        else None
                    if within is None and fought is None and context is not None and src.code \
                            and src.code == context.main_country and not context.counterparts.get(src.code) \
                            and all(e.code == src.code for _, _, e in _sentence_places(s.article, s)):
                        # (a story of one country only, and no place named abroad or of no country: "menyerukan
                        # agar semua pihak menghormati kebebasan navigasi di Laut Merah" is made to no one named)
                        within = src.code
                    pairs.append((src, _implicit_country(j, within, "all sides") if within else None))
                    target_how = "a call to all sides" + (f", in {within}" if within else ", no one named")
                continue
            if j < len(s.lower) and "-" in s.lower[j] and (halves := s.lower[j].split("-"))[0] == halves[-1] \
                    and halves[0] in _BODIES_OF_NO_COUNTRY and pred.plover in ("ACCUSE", "REQUEST"):
                # "… justru menuding lembaga-lembaga kemanusiaan tidak mampu …": the ones named are a group no actor
                # stands for, of no country; the act is aimed at no one coded, not at the story's other country
                continue
            if pred.plover == "REQUEST" and voice == "nominal" and i > 0 and s.lower[i - 1] == "atas":
                # "Pertemuan yang digelar atas permintaan Arab Saudi dan Turki …": a request told as why something
                # was done, naming no one asked, is no request of the story's
                continue
            if _addresses_own_staff(s, j) or pred.id in _words("id/grammar.yaml", "command_entries"):
                # "Saya minta seluruh jajaran memperkuat deteksi dini": a leader to his own people; so is an order
                # with no one named ("kami sudah memerintahkan peningkatan kewaspadaan")
                continue
            if pred.plover == "ACCUSE" and pred.mode == "disapprove" and (
                    met := _met_to_say_it(s, actors, i, src)) is not None:
                # "Kemlu China memanggil duta besar Jepang untuk menyampaikan protes keras": a protest made to the one
                # summoned or met for it is aimed at that one's side.
                pairs.append((src, met))
                target_how = "the one met or summoned to hear it ('… untuk menyampaikan …')"
                continue
            if pred.plover == "ACCUSE" and pred.mode == "disapprove" and voice == "active" and not (
                    j + 1 < len(s.lower) and s.lower[j + 1] in _DEMONSTRATIVES and not lex.lookup(s.lower[j])):
                # (Not an act named again that the lexicon does not know: "mengecam kudeta itu" condemns whoever made
                # the coup, which the latest hostile act told need not be.)
                # "Korea Utara menembakkan rudal … Pemerintah Jepang turut melayangkan protes": a protest or a
                # condemnation naming no one is aimed at the doer of the latest hostile act told, by another side.
                own = {x.code for x in sources}
                # (One who pressed the protester's own side first: "UE memasukkan 12 perusahaan … China ke dalam
                # daftar sanksi … Beijing juga melayangkan protes" is aimed at the EU, not at whoever acted last.)
                hostile = next((doer for doer, pressed, kind in reversed(context.pressed)
                                if pressed in own and kind in _HOSTILE and doer.code and doer.code not in own), None) \
                    or next((doer for types, doer, told_in in reversed(context.acts)
                             if s.index - _HOSTILE_REACH <= told_in <= s.index and not _HOSTILE.isdisjoint(types)
                             and doer.code and doer.code not in own), None)
                if hostile is not None:
                    pairs.append((src, _doer_actor(hostile, j, j, "doer of the latest hostile act")))
                    target_how = "no addressee named: the doer of the latest hostile act told"
                    continue
            # (A statement of a country the article is not mainly about is addressed to the one it is: "Indonesia
            # mendesak penghentian kekerasan" in a story about Sudan.)
            if _answering(s, i) and (answered := next(
                    (who for who, pressed, _ in reversed(context.pressed) if pressed == src.code
                     and who.code and who.code != src.code), None)) is not None:
                # "CENTCOM mengecam serangan tersebut … Pemimpin Houthi … menanggapi dengan ancaman": an act done in
                # answer, naming no one, is aimed at the one who last pressed the answerer's side.
                pairs.append((src, _doer_actor(answered, j, j, "the one answered")))
                target_how = "no addressee named: the one whose act is answered ('menanggapi dengan …')"
                continue
            if pred.plover == "REJECT" and (asker := _asker_of_the_demand_named(s, i, src, context)) is not None:
                # "Moskwa tetap menuntut penarikan pasukan Ukraina … Tuntutan itu langsung ditolak Kyiv": the demand
                # named again was made by the one who pressed the refuser with it.
                pairs.append((src, _doer_actor(asker, j, j, "who made the demand named again")))
                target_how = "no addressee named: the maker of the demand named again ('tuntutan itu')"
                continue
            if pred.plover in ("REJECT", "ACCUSE") and src.code and (
                    presser := _presser_of_the_act_named(s, j, src.code, context, lex)) is not None:
                # "Uni Eropa menjatuhkan sanksi terhadap 14 perusahaan China … Beijing "dengan tegas menentang" sanksi
                # sepihak": the act opposed, named by its noun and naming no one, is the one told against the
                # opposer's side; its doer is the addressee.
                pairs.append((src, _doer_actor(presser, j, j, "who did the act named, to the speaker's side")))
                target_how = "no addressee named: the one whose act against the speaker's side is named"
                continue
            # (A hostile statement of a side at war in a story about another country answers its enemy: "Houthi
            # tidak akan menghentikan operasi militer" in a story on Indonesia's shipping costs is aimed at Israel,
            # whose attack on Yemen was told, not at Indonesia.)
            if src.code and src.code in (context.main_country, _home_country()) \
                    and src.entity.sector in ("LEG", "JUD") and pred.plover in _DOMESTIC_BY_DEFAULT \
                    and pred.plover != "SUPPORT" and not _foreign_object(s, j) \
                    and _DEMONSTRATIVES.isdisjoint(s.lower[i : j + 2]):
                # "Desakan juga datang dari Senayan", "KPK masih menyidik dugaan korupsi …": a legislature's, a
                # court's or a prosecutor's demand or charge naming no one is made at home, whatever other country the
                # story is about (not one named again: "kedua dakwaan tersebut" are those told against someone).
                pairs.append((src, _implicit_country(j, src.code, "addressee")))
                target_how = "no addressee named: a legislature, court or prosecutor acts within its own country"
                continue
            # (An international body's statement naming no one is not taken as aimed at the story's country, but its
            # threat is: "Brussel mengancam menerapkan tindakan balasan" in a story on Indonesia's export ban.)
            other = (_enemy(context, src.code) if pred.plover in _ENEMY_TYPES and src.code
                     and src.code != context.main_country else None) or context.counterparts.get(src.code or "") or (
                context.main_country if src.code and src.code != context.main_country
                and (not src.code.startswith("IGO:") or pred.plover == "THREATEN") else None)
            if other in {x.code for x in sources}:
                continue  # "kedua menteri mengecam …": the two sides speak together, not to each other
            if pred.plover == "THREATEN" and other is None and _own_side_announced(s, actors, j, src.code):
                # "Zakharova memperingatkan bahwa Moskwa akan mengambil langkah balasan terhadap aset-aset Eropa": a
                # warning of what the speaker's own side will do is aimed where that act is aimed (coded from it
                # when it names a side), not at the speaker's own country.
                continue
            if other is not None and other != src.code and pred.id in _words("id/grammar.yaml", "denial_entries") \
                    and "media" in s.lower[j : j + 5]:
                # "Sugiono membantah laporan sejumlah media asing yang menyebut Rusia meminta …": a report of the press
                # denied answers the press, no state (what it claimed is coded as denied on its own).
                continue
            if pred.id in _CALLS_TO_ALL and other is not None and any(
                    len(d) == 2 and src.code not in d for d in context.dyads):
                # "Oman dan Qatar menyerukan de-eskalasi" in a story of Iran against Israel: a call naming no one, by a
                # third party to a conflict between two countries, is made to both sides, not to one of them (but to
                # Sudan in a story of Sudan's war at home).
                continue
            # (Only for the country the story is about, which would otherwise be its own addressee.)
            presser = next((who for who, pressed, _ in reversed(context.pressed) if pressed == src.code
                            and who.code != src.code), None) if src.code and other is None \
                and src.code == context.main_country else None
            if presser is not None and pred.plover in _DOMESTIC_BY_DEFAULT and pred.plover != "SUPPORT" \
                    and presser.code not in {
                    x.code for x in sources}:
                # "IAEA mengesahkan resolusi yang menuntut Iran … Iran menolak mentah-mentah resolusi itu": a
                # statement naming no one answers the latest demand, charge, penalty or force told against its
                # maker's side.
                pairs.append((src, _doer_actor(presser, j, j, "the one whose act the statement answers")))
                target_how = "no addressee named: the latest act told against the speaker's side, answered"
                continue
            if other is None and pred.plover == "SUPPORT" and context.body and context.body != src.code \
                    and _DEMONSTRATIVES.isdisjoint(s.lower[max(0, i - 3) : i]) \
                    and not _DEMONSTRATIVES.isdisjoint(s.lower[j : j + 4]):
                # "Sugiono … menyatakan dukungan terhadap inisiatif tersebut" in a story on a BRICS meeting: support
                # for a thing of the meeting named again, to no one named, is support for the body that holds it.
                pairs.append((src, _implicit_country(j, context.body, "addressee")))
                target_how = "no addressee named: the international body the story is about, whose plan is backed"
                continue
            if other is None and src.code and src.code == context.main_country:
                # (nor is a diplomatic note, which goes to another state: "Kemlu Layangkan Nota Protes")
                if _foreign_object(s, j) or pred.plover not in _DOMESTIC_BY_DEFAULT or "nota" in s.lower[i:j] or (
                        pred.plover == "SUPPORT" and ((i > 0 and s.lower[i - 1] == "yang") or not (
                        src.entity.type in ("ORG", "COUNTRY") or _is_organ(src)
                        or (src.entity.type == "PERSON" and src.entity.titles)))):
                    # (nor support told in a relative clause, which describes its subject: "Jaksa AS yang mendukung
                    # gugatan itu menyebut …"; nor a private person's or family's: "Keluarga korban turut berduka")
                    # (nor is a refusal with no one named addressed at home: "Iran tidak akan melucuti senjatanya")
                    continue  # "menyalahkan negara-negara barat": addressed abroad, to no one named
                if voice == "passive" and pred.id in _words("id/grammar.yaml", "denial_entries"):
                    # "Tudingan itu dibantah pihak Malaysia": a charge denied, told as the subject, answers its maker;
                    # with none known it is aimed at no one coded, not at the denier's own country.
                    continue
                other, how = src.code, "no addressee named: the actor's own country"
                if pred.plover == "REJECT" and pred.id not in _words("id/grammar.yaml", "denial_entries") \
                        and (src.entity.type != "AGENT" or src.entity.sector == "GOV") and (pressed_by_us := next(
                        (pressed for who, pressed, _ in reversed(context.pressed) if who.code == src.code
                         and pressed and pressed != src.code), None)) is not None:
                    # "Indonesia mendesak Uni Eropa menunda EUDR … "Yang kami tolak adalah aturan sepihak …"": a
                    # refusal naming no one answers the side the refuser's own side has been pressing. (Not a
                    # denial, which answers whoever made the claim: "Rosenstein membantah laporan tersebut"; nor
                    # private people's: "Beberapa wartawan akan menentang pernyataan itu".)
                    other, how = pressed_by_us, "no addressee named: the side the refuser's side has been pressing"
                elif src.code != _home_country() and pred.plover == "REJECT" \
                        and context is not None and (body := context.body) is not None:
                    # "Iran dan IAEA sepakati inspeksi terbatas … Teheran masih menolak memberikan akses …": a foreign
                    # country's refusal naming no one, in a story about it and an international body, answers that
                    # body (not the country itself; a charge may well be aimed at home: "May menuduh kritikus …").
                    other, how = body, "no addressee named: the international body the story is about"
            elif other is not None and pred.plover != "SUPPORT":
                # (Not support: what is welcomed or backed, naming no one, is often a third party's step, "menyambut
                # baik putusan ICJ", "berterima kasih atas dukungan itu"; at home it is the country's own affair.)
                how = "no addressee named: the other country the article is about"
            else:
                continue
            pairs.append((src, _implicit_country(j, other, "addressee")))
            target_how = how
    if context is not None and pairs and all(t is None for _, t in pairs) and (
            show_of_force or (pred.plover == "MOBILIZE" and pred.mode == "weapons")) and any(
            "ASSAULT" in types and d.code == pairs[0][0].code for types, d, _ in context.acts):
        # "Rusia melancarkan serangan besar-besaran ke Kyiv … Angkatan Udara Ukraina menyebut Rusia meluncurkan 430
        # drone dan 28 rudal": weapons launched at no one named, by one whose attack was told, are that attack.
        return []
    if pairs and pred.id in _words("id/grammar.yaml", "command_entries"):
        # "Presiden memerintahkan Kapolri mengusut …", "Menteri memerintahkan inspektorat memeriksa …": an order
        # inside one state, from one of its organs to another, is administration, not an act between actors.
        # (A force named by a bare noun, "memerintahkan militer …", is the commander's own, whatever country the
        # article is mostly about.)
        pairs = [(src, tgt) for src, tgt in pairs if tgt is None or not (
            (tgt.code == src.code or (tgt.entity.type == "AGENT" and "main country" in tgt.resolved_by))
            and _is_organ(src) and _is_organ(tgt))]
    if not pairs:
        return []
    trigger_text = article.text[s.tokens[i].start : s.tokens[trigger_end - 1].end]
    out = []
    seen = set()
    for src, tgt in pairs:
        home_protest = tgt is not None and tgt.code == src.code and pred.plover == "PROTEST" and not (
            pred.by_state is not None and _is_state(src))
        if home_protest:
            # "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR": a protest at home, before a building of one's
            # own state, is aimed at no one named abroad; coded with no target, as protests at home are (and, once
            # more, as addressed to its own state: _protest_at_home).
            tgt = None
        elif tgt is not None and tgt.code == src.code and pred.plover == "MOBILIZE":
            # "Polda Metro Jaya mengerahkan 4.500 personel gabungan dari Polri, TNI, dan Pemprov DKI": forces
            # mobilised at home are aimed at no one abroad (those named are where the forces come from, or what
            # they guard); coded with no target, as a deployment at home is.
            tgt = None
        elif tgt is not None and pred.plover == "MOBILIZE" and tgt.entity.type == "AGENT" \
                and "main country" in tgt.resolved_by and tgt.t0 > 0 and s.lower[tgt.t0 - 1] in ("ke", "di"):
            # "mengerahkan 600 tentara ke negara bagian Roraima": a place the forces go to, whose country the text
            # does not tell; no one they are aimed at.
            tgt = None
        if (src.code, tgt.code if tgt else None) in seen:
            continue
        seen.add((src.code, tgt.code if tgt else None))
        mod = _modality(s, i, j, lex, src.code, actors, speech, tgt.code if tgt else None,
                        pred.plover in SYMMETRIC_TYPES, presupposed=voice == "nominal",
                        pronoun_speaker=(lambda: _last_person(context)) if context is not None else None,
                        private_source=src.entity.id if src.entity.type in ("PERSON", "AGENT")
                        and not _is_organ(src) else None, source_entity=src.entity.id)
        if pred.offered and mod.modality == "asserted":
            # "Malaysia menawarkan bantuan pesawat pengebom air": the aid is offered, not yet given.
            mod = _Modality("planned", f"offered ('{s.words[i]}')", mod.negated, mod.conditional)
        if pred.plover == "THREATEN" and mod.modality == "planned" and mod.cue in ("akan", "bakal"):
            # "Siapa pun yang menyerang Israel akan membayar harga yang sangat mahal": a threat told in the future
            # tense is made now.
            mod = _Modality("asserted", None, mod.negated, mod.conditional)
        if (answered or urged is not None) and mod.modality == "planned":
            # "Iran bersumpah akan membalas serangan Israel": the revenge is planned, the attack was made. So are the
            # attacks someone is urged to stop at once ("mendesak Israel segera menghentikan serangan …").
            mod = _Modality("asserted", None, mod.negated, mod.conditional)
        # (Reported speech is weighed by _modality, which knows where the report ends.)
        speaker = _quote_speaker(s, i, context, direct=True)
        if mod.modality == "asserted" and speaker is not None and speaker.code not in (
                {src.code, tgt.code if tgt else None} if pred.plover in SYMMETRIC_TYPES else {src.code}):
            # "“Jepang telah mengirim senjata ke Ukraina,” kata Lavrov": a claim in someone else's words.
            mod = _Modality("alleged", f"quoted from {speaker.entity.name}", mod.negated, mod.conditional)
        if mod.modality == "alleged" and (mod.cue or "").startswith("reported: ") and pred.plover in _SAID_ACTS:
            # "Mengutip Reuters, Trump menuding Beijing melanggar …", "Arrmanatha mengatakan Indonesia telah meminta
            # ASEAN …": a charge, a demand or a refusal reported is a statement made; what is reported is that it was
            # said, and that is the event (what it claims is another matter).
            mod = _Modality("asserted", None, mod.negated, mod.conditional, mod.speaker, mod.speech_at)
        plover, cameo, goldstein, quad, mode = pred.plover, pred.cameo, pred.goldstein, pred.quad, pred.mode
        if show_of_force:
            plover, cameo, goldstein, quad, mode = "MOBILIZE", "150", -7.2, 4, "weapons"
        elif ringed is not None:
            plover, cameo, goldstein, quad, mode = "MOBILIZE", "150", -7.2, 4, "exercise"
        elif pred.id in _words("id/grammar.yaml", "command_entries") and tgt is not None and tgt.code != src.code \
                and not _LEAVING_WORDS.isdisjoint(s.lower[j : j + 16]):
            # "Junta Mali memerintahkan kepala kantor OCHA meninggalkan negara itu": an order to leave is an
            # expulsion (coded as the entry "usir").
            expel = next((t.predicate for t in lex.lookup("mengusir") if t.predicate.id == "usir"), None)
            if expel is not None:
                plover, cameo, goldstein, quad, mode = expel.plover, expel.cameo, expel.goldstein, expel.quad, \
                    expel.mode
                why.append("an order to leave the country is an expulsion: coded as 'mengusir'")
        by_state = pred.by_state is not None and _is_state(src)
        if by_state:
            plover, cameo, goldstein, quad = pred.by_state
            mode = None
        if plover in _CONDITIONAL_THREATS and not s.word_set.isdisjoint(_RELUCTANCE) and _undaunted(s, i) \
                and tgt is not None and tgt.code:
            # "Kapolri tidak akan ragu menindak tegas ormas …", "tidak akan segan mencabut izin …": force or a penalty
            # promised without reluctance is a threat (CAMEO 13x), made now.
            why.append(f"a {plover} promised without reluctance ('{s.words[i - 1]}') is a threat: coded THREATEN")
            plover, cameo, mode = "THREATEN", _CONDITIONAL_THREATS[plover], None
            goldstein, quad = (-5.8 if cameo.startswith("131") else -7.0), 3
            mod = _Modality("asserted", None, False, mod.conditional)
        never = (mod.negated and _never_did(s, i, lex)) or _nobody_did(s, i)
        # (A meeting refused, "tidak akan berdialog dengan …", "tidak mau bertemu …", is a refusal to meet, CAMEO 125;
        # one that did not happen, "tidak bertemu", is nothing.)
        refusal = mod.negated and not never and (plover in _REFUSABLE or (
            plover == "CONSULT" and not _UNWILLING.isdisjoint(s.lower[max(0, i - 4) : i]))) \
            and _OUTCOME_NEGATIONS.isdisjoint(s.lower[max(0, i - 3) : i])
        if never:
            # "China tidak pernah mengirim senjata ke Rusia": a past act said not to have happened is a denial
            # of it, kept as the event with modality "denied" (the claim fact-checkers follow).
            mod = _Modality("denied", never, True, mod.conditional)
        elif refusal and pred.id == "mundur" and (tgt is None or "implicit" in tgt.resolved_by) \
                and s.lower[j : j + 1] != ["dari"]:
            continue  # "kami tidak akan mundur": standing firm, naming nothing it refuses to leave, is no event
        elif refusal:
            # "tidak akan pernah menyerahkan senjatanya": refusing to yield is a rejection (PLOVER REJECT).
            plover, cameo, goldstein, quad, mode = "REJECT", "12", -4.0, 3, None
            mod = _Modality("asserted", None, False, mod.conditional)
        elif mod.negated:
            continue  # "mereka tidak mengirim pasukan": nothing happened, so there is no event to code
        hypothesis = _hypothesis(s, i, lex)
        if hypothesis == "condition":
            continue  # "Jika Rusia menyerang Ukraina, …": the condition is not an event
        if plover == "PROTEST" and tgt is None and (hypothesis == "consequent" or (
                hypothesis is None and mod.conditional and mod.modality == "planned")) and not refusal \
                and _THREAT_WORDS.isdisjoint(s.lower[:i]):
            # "Kalau tuntutan kami tidak dipenuhi, kami akan mogok nasional", "buruh akan turun ke jalan jika
            # pemerintah …": a protest promised on a condition is a threat of protest (CAMEO 133), aimed at the side
            # the condition names, else at the protesters' own state. (Not after "mengancam", which is coded as the
            # threat itself, the protest it announces kept as planned.)
            tgt = _protest_threatened(s, actors, i, j, src, lex)
            if tgt is not None:  # the threat is made now, whatever comes of the protest
                mod = replace(mod, modality="asserted", cue=None)
        if hypothesis == "consequent" and plover == "THREATEN" and s.lower[i] in _THREAT_WORDS:
            # "Jika hingga akhir Maret tidak ada kejelasan, Rudy mengancam akan menempuh langkah hukum": the
            # condition belongs to what is threatened; the threat itself is made.
            hypothesis = None
            why.append("a threat made on a condition is made all the same")
        if hypothesis == "consequent" and not refusal:  # "tidak akan melucuti senjata jika …" is still a refusal
            if plover not in _CONDITIONAL_THREATS or tgt is None:
                # "Jika diperlukan, Washington dapat meminta …", "Jika diperlukan, TNI akan mengerahkan pasukan
                # tambahan ke Papua": a hypothetical act, and a force promised against no one is no threat
                continue
            # "Jika Rusia menyerang, Jepang akan menjatuhkan sanksi": a force or penalty promised on a condition
            # is a threat (CAMEO 13x).
            why.append(f"a {plover} promised on a condition is a threat: coded THREATEN")
            plover, cameo, goldstein, mode = "THREATEN", _CONDITIONAL_THREATS[plover], -7.0, None
            mod = replace(mod, modality="asserted", cue=None)  # the threat is made now
            goldstein, quad = (-5.8 if cameo.startswith("131") else -7.0), 3
        elif hypothesis is None and mod.conditional and (mod.modality == "planned" or not _FUTURE_MODALS.isdisjoint(
                s.lower[max(0, i - 3) : i])) and tgt is not None and (
                plover in _CONDITIONAL_THREATS or cameo == _LAWSUIT) and _ASKED_FOR.isdisjoint(s.lower[j:]):
            # (Not on a condition of being asked or mandated: "siap mengirim pasukan ke Afrika Tengah jika PBB
            # memintanya" is an offer, not a threat.)
            # "Indonesia siap menggugat Uni Eropa jika tidak ada perubahan …", "AS akan menjatuhkan sanksi apabila
            # …": a penalty, force or lawsuit the actor plans on a condition told after it is a threat too.
            why.append(f"a {plover} planned on a condition told after it is a threat: coded THREATEN")
            cameo = _CONDITIONAL_THREATS.get(plover, "130")
            plover, mode, quad = "THREATEN", None, 3
            mod = replace(mod, modality="asserted", cue=None)  # the threat is made now
            goldstein = -5.8 if cameo.startswith("131") else -4.4 if cameo == "130" else -7.0
        elif hypothesis is None and mod.modality == "planned" and tgt is not None \
                and (tgt.code != src.code or plover == "ASSAULT") \
                and plover in _DECLARED_THREATS and _announced_by_its_doer(s, i):
            # (At home an announced attack still is one, "akan terus menyerang pos-pos militer"; an arrest or a
            # penalty announced by the state is its everyday business: "Polisi akan menindak tegas …".)
            # "“Kami akan terus menyerang pos-pos militer …”", "Trump menyatakan akan mengenakan tarif tambahan …":
            # force or a penalty its doer announces against another is a threat made (CAMEO 13x), whatever comes of
            # it.
            why.append(f"a {plover} its doer announces against another is a threat made: coded THREATEN")
            cameo = _CONDITIONAL_THREATS[plover]
            plover, mode, quad = "THREATEN", None, 3
            goldstein = -5.8 if cameo.startswith("131") else -7.0
            mod = replace(mod, modality="asserted", cue=None)
        sentence = article.sentences[s.index]
        explanation = [
            f"trigger '{trigger_text}' ({voice}) matched lexicon entry '{pred.id}': {pred.plover}"
            + (f"/{pred.mode}" if pred.mode else "") + f", CAMEO {pred.cameo} ({pred.note})",
            *([f"object '{obj}' required by the entry was found"] if obj else []),
            *why,
            f"source '{src.entity.name}' → {src.code} ({src.resolved_by})",
            (f"target '{tgt.entity.name}' → {tgt.code} ({tgt.resolved_by}; {target_how})" if tgt
             else "no target: the event type does not need one"),
            f"modality {mod.modality}" + (f": cue '{mod.cue}'" if mod.cue else ": no cue, reported as fact"),
        ]
        if by_state:
            explanation.append(f"done by a state: coded {plover} (CAMEO {cameo}), the entry's reading for states")
        if mod.negated:
            explanation.append("negated: a negation stands right before the trigger")
        if refusal:
            explanation.append(f"a negated {pred.plover} is a refusal: coded REJECT (CAMEO 12)")
        confidence = 0.45 + (0.15 if obj else 0) + (0.1 if voice == "active" else 0) \
            + (0.1 if src.resolved_by in ("country", "dictionary") and tgt and tgt.resolved_by in (
                "country", "dictionary") else 0) + (0.1 if target_how.startswith("after") else 0)
        out.append(Event(
            start=sentence.start, end=sentence.end, type=plover, mode=mode, cameo=cameo,
            goldstein=goldstein, quad=quad, source=_event_actor(src),
            target=_event_actor(tgt) if tgt else None,
            modality=mod.modality, modality_cue=mod.cue, negated=mod.negated, conditional=mod.conditional,
            date=_date(article, s.index), place=_place(article, s, i),
            quantity=_quantity(article, s, i),
            trigger=Mention(s.tokens[i].start, s.tokens[trigger_end - 1].end, trigger_text, s.index),
            sentence=s.index, rule=pred.id, voice=voice, confidence=round(min(confidence, 0.95), 2),
            explanation=explanation,
        ))
        charge = _charge_of_the_report(article, s, out[-1], src, mod, lex) or _charge_denied(
            article, s, out[-1], j, pred, src, tgt, lex) or _attack_charged(article, s, out[-1], src, tgt, lex)
        if charge is not None:
            out.append(charge)
    return out


# Words that put someone behind an attack ("berada di balik serangan", "dalang serangan", "bertanggung jawab atas
# serangan").
_BEHIND = (("di", "balik"), ("dalang",), ("otak",), ("bertanggung", "jawab", "atas"))


def _attack_charged(article: Article, s: _Sentence, event: Event, accuser: _Actor, accused: _Actor | None,
                    lex: Lexicon) -> Event | None:
    """"Teheran menuding Israel berada di balik serangan tersebut": an accusation that puts its target behind an attack
    tells that attack, as the accuser's claim: ASSAULT by the accused on the accuser (alleged)."""
    if event.type != "ACCUSE" or accused is None or not accused.code or not accuser.code \
            or accused.code == accuser.code or event.negated:
        return None
    after = s.lower[accused.t1 : accused.t1 + 8]
    for phrase in _BEHIND:
        at = _has_cue(after, phrase)
        if at < 0:
            continue
        k = accused.t1 + at + len(phrase)
        attack = next((t.predicate for m in range(k, min(len(s.lower), k + 2)) for t in lex.lookup(s.lower[m])
                       if t.predicate.plover == "ASSAULT" and t.voice == "nominal"), None)
        if attack is None:
            return None
        return _told_inside(
            article, s, event, attack, accused, accuser, k, f"{attack.id}:charged", "nominal", 0.45,
            [f"{accuser.entity.name} ({accuser.code}) puts {accused.entity.name} ({accused.code}) behind the attack "
             f"('{' '.join(phrase)} {s.words[k]}')",
             "the attack it charges is coded as the accuser's claim: ASSAULT by the accused on the accuser, alleged"],
            modality="alleged", cue=f"charged: {event.trigger.text}" if event.trigger else "charged")
    return None


def _charge_denied(article: Article, s: _Sentence, event: Event, j: int, pred: Predicate, denier: _Actor,
                   accuser: _Actor | None, lex: Lexicon) -> Event | None:
    """"Budi Santoso menepis tudingan Komisi Eropa yang menyebut Indonesia …", "China membantah tuduhan Amerika Serikat
    bahwa …": the charge a denial names with its maker was made: the maker accuses the denier (ACCUSE, CAMEO 112),
    asserted, beside the denial."""
    if event.type != "REJECT" or accuser is None or not accuser.code or accuser.code == denier.code \
            or event.negated or j + 1 >= len(s.lower) or s.lower[j] not in _CHARGE_NOUNS or accuser.t0 != j + 1 \
            or pred.id not in _words("id/grammar.yaml", "denial_entries") | {"tolak"}:
        return None
    if s.lower[j] == "klaim" and s.lower[accuser.t1 : accuser.t1 + 1] != ["bahwa"]:
        # "Houthi menepis klaim Israel", "menepis klaim Houthi soal serangan terhadap kapal perusak mereka": a claim
        # is mostly of one's own deed (a kill, an attack); it charges the denier only when it tells what of him,
        # after "bahwa" ("membantah klaim Filipina bahwa kapal China menabrak …").
        return None
    return _accusation_inside(
        article, s, event, lex, accuser, denier, j, "denied-charge", "nominal",
        f"'{s.words[j]} {accuser.entity.name}': the charge {denier.entity.name} ({denier.code}) denies was made by "
        f"{accuser.entity.name} ({accuser.code})", "a charge made is an accusation of the one who denies it")


def _charge_of_the_report(article: Article, s: _Sentence, event: Event, doer: _Actor, mod: _Modality,
                          lex: Lexicon) -> Event | None:
    """"NIS menyebut Korea Utara telah mengirim 5.000 tentara ke Rusia", "Militer Thailand menyebut pasukan Kamboja
    lebih dulu menembakkan roket": a state's organ that reports, by a verb that puts it as a charge, a hostile act of
    another country's accuses that country (ACCUSE, CAMEO 112), whatever the act's own modality."""
    speaker, at = mod.speaker, mod.speech_at
    if speaker is None or at is None or s.lower[at] not in _CHARGE_REPORTING or not _is_organ(speaker) \
            or not speaker.code or not doer.code or speaker.code == doer.code or event.negated \
            or (event.type not in _CHARGEABLE_ACTS and not (event.type == "AID" and event.mode == "military")):
        return None
    return _accusation_inside(
        article, s, event, lex, speaker, doer, at, "report", "active",
        f"'{s.words[at]}': {speaker.entity.name} ({speaker.code}) reports, as a charge, {event.type} by "
        f"{doer.entity.name} ({doer.code})", "a state's organ charging another country with a hostile act accuses it")


def _accusation_inside(article: Article, s: _Sentence, event: Event, lex: Lexicon, accuser: _Actor, accused: _Actor,
                       k: int, kind: str, voice: str, what: str, why: str) -> Event | None:
    """An accusation (the lexicon's entry for "menuduh", CAMEO 112) that ``event`` tells inside itself, asserted:
    rule "<entry>:<kind>", its trigger the word at token ``k``."""
    accuse = next((t.predicate for t in lex.lookup("menuduh") if t.predicate.plover == "ACCUSE"), None)
    if accuse is None:
        return None
    return _told_inside(article, s, event, accuse, accuser, accused, k, f"{accuse.id}:{kind}", voice, 0.5,
                        [what, f"{why}: ACCUSE, CAMEO {accuse.cameo}"])


def _told_inside(article: Article, s: _Sentence, event: Event, pred: Predicate, source: _Actor, target: _Actor,
                 k: int, rule: str, voice: str, confidence: float, explanation: list[str],
                 modality: str = "asserted", cue: str | None = None) -> Event:
    """An event of entry ``pred`` that ``event`` tells inside itself (a charge it reports or denies, an attack it
    charges), in the same sentence, its trigger the word at token ``k``."""
    word = s.tokens[k]
    return Event(
        start=event.start, end=event.end, type=pred.plover, mode=pred.mode, cameo=pred.cameo,
        goldstein=pred.goldstein, quad=pred.quad, source=_event_actor(source), target=_event_actor(target),
        modality=modality, modality_cue=cue, negated=False, conditional=False, date=event.date, place=event.place,
        quantity=None, trigger=Mention(word.start, word.end, article.text[word.start : word.end], s.index),
        sentence=s.index, rule=rule, voice=voice, confidence=confidence, explanation=explanation)


# Verbs of speech that put what they report as a charge against its doer; the hostile acts so charged.
_CHARGE_REPORTING = frozenset(["menyebut", "menyebutkan", "menduga", "mencurigai", "mengklaim", "mengeklaim",
                               "menilai", "menyatakan", "mengungkapkan"])
_CHARGEABLE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})


# Sectors whose members act for a state (see _is_state).
_STATE_SECTORS = frozenset({"GOV", "IGO", "MIL", "LEG"})
# Those and the state's other organs: police and coast guards, courts and prosecutors, intelligence. What an official
# of the state says one of them did is the state's own account, not a claim about a private party.
_ORGAN_SECTORS = _STATE_SECTORS | {"COP", "JUD", "SPY"}


def _is_state(actor: _Actor) -> bool:
    """A country, an international organisation, the seat of a government, or a body, official or generic agent
    of government, the armed forces or a legislature ("Kemlu", "pemerintah", "Menlu Sugiono")."""
    e = actor.entity
    return e.type == "COUNTRY" or (actor.code or "").startswith("IGO:") or e.sector in _STATE_SECTORS or \
        actor.resolved_by == "seat of power"


def _side_actor(t0: int, t1: int, code: str | None, how: str) -> _Actor:
    """One country of a group the sentence names by a word of number ("kedua negara", "keempat negara", "mereka")
    at tokens t0..t1."""
    return _Actor(t0, t1, Entity(id=f"agent-side-{code}", type="AGENT", name=code, code=code, country=code,
                                 source="agent"), code, how)


def _implicit_country(j: int, code: str | None, role: str) -> _Actor:
    """A country the sentence does not name, standing at the trigger's end as the ``role`` of the act
    ("addressee", "partner")."""
    return _Actor(j, j, Entity(id=f"agent-{role}-{code}", type="AGENT", name=f"({code})", code=code, country=code,
                               source="agent"), code, f"implicit {role}")


# Negations that tell how something ended, not that anyone refused it: "berakhir tanpa kesepakatan", "gagal
# mencapai kesepakatan", "pertemuan itu batal". The act did not happen, and no refusal is coded.
_OUTCOME_NEGATIONS = frozenset(["tanpa", "gagal", "batal", "urung"])
# Hostile acts (of the entry or the event): a protest naming no one answers the latest of them told, no more than
# so many sentences back.
_HOSTILE = frozenset(["ASSAULT", "MOBILIZE", "COERCE", "THREATEN", "SANCTION"])
_HOSTILE_REACH = 8
# Acts of working or talking together: an organ of a state does them with its own citizens as administration.
_WORKING_TOGETHER = frozenset(["COOPERATE", "CONSULT"])


def _own_citizens(src: _Actor, tgt: _Actor) -> bool:
    """The target is the citizens of the source's country, named by a word that says whose they are ("WNI"), and the
    source that country or a body of it: "KBRI … terus berkoordinasi dengan sekitar 1.500 WNI" is an embassy looking
    after its people, no event between actors."""
    return tgt.entity.type == "AGENT" and tgt.code == src.code and "whose name says its country" in tgt.resolved_by \
        and (src.entity.type in ("ORG", "COUNTRY") or _is_organ(src))


# Acts that a leader does to the people under him as administration: asking, praising, meeting, working with them.
_TO_ONES_OWN_PEOPLE = frozenset(["REQUEST", "SUPPORT", "CONSULT", "COOPERATE"])
# Words before a noun of people that say how many of them ("seluruh jajaran", "para prajurit", "semua pihak").
_QUANTIFIERS = frozenset(["seluruh", "semua", "segenap", "para", "setiap", "tiap"])


def _past_quantifier(s: _Sentence, j: int) -> int:
    """Token ``j``, or the one after it when ``j`` is a quantifier ("seluruh jajaran", "para prajurit")."""
    return j + (j < len(s.lower) and s.lower[j] in _QUANTIFIERS)


def _own_staff(src: _Actor, tgt: _Actor) -> bool:
    """The target is people under the source, of its own country ("KSAL mengapresiasi kinerja prajurit", grammar.yaml
    own_staff_words): no event between actors."""
    return tgt.entity.type == "AGENT" and tgt.code == src.code \
        and _agent_base(tgt.entity.name.lower()) in _words("id/grammar.yaml", "own_staff_words")


def _addresses_own_staff(s: _Sentence, j: int) -> bool:
    """The words right after the verb at ``j - 1`` are the speaker's own people ("meminta seluruh jajaran …",
    "mengimbau para prajurit …"), whom no actor stands for."""
    k = _past_quantifier(s, j)
    return k < len(s.lower) and _agent_base(s.lower[k]) in _words("id/grammar.yaml", "own_staff_words")


def _is_organ(actor: _Actor) -> bool:
    """A state actor (see _is_state) or one of the state's other organs: police, courts, intelligence."""
    return _is_state(actor) or actor.entity.sector in _ORGAN_SECTORS


def _sitting_at_home(s: _Sentence, actors: list[_Actor], j: int, source: _Actor) -> bool:
    """The meeting right after the trigger is a sitting of the actor's own: of a body of its own country or of none
    ("menggelar rapat darurat Dewan Keamanan Nasional (NSC)"), or of a kind held at home ("rapat kabinet", "rapat
    terbatas": ``internal_meeting_words``, id/grammar.yaml). It has no other country as its partner."""
    internal = _words("id/grammar.yaml", "internal_meeting_words")
    for k in range(j, min(len(s.lower), j + 3)):
        if s.lower[k] in internal:
            return True
        body = next((a for a in actors if a.t0 == k), None)
        if body is not None:
            return body.entity.type == "ORG" and body.code in (None, source.code)
        if not s.lower[k].isalpha():
            return False
    return False


def _speaks_for_its_country(actor: _Actor) -> bool:
    """A country, its seat of government, or a person of government the dictionary knows (a leader, a minister)."""
    e = actor.entity
    return e.type == "COUNTRY" or actor.resolved_by == "seat of power" or (
        e.type == "PERSON" and e.sector == "GOV" and e.source == "dictionary")


def _own_country_as_a_whole(s: _Sentence, src: _Actor, tgt: _Actor, j: int) -> bool:
    """The target is the source's own country itself, right after the trigger or a preposition ("Trump …
    normalisasi hubungan dengan Washington"): an actor does not act on its own country as a whole. (A country
    qualifying a noun is no such target: "dukungan untuk petani Indonesia" is support for the farmers.)"""
    # (A seat that is an organisation is not the country as a whole: "Demokrat mengkritik Gedung Putih" is an
    # opposition's charge against the presidency.)
    if tgt.code != src.code or not (tgt.entity.type == "COUNTRY" or (tgt.resolved_by == "seat of power"
                                                                     and tgt.entity.type != "ORG")):
        return False
    return tgt.t0 == j or (tgt.t0 > 0 and s.lower[tgt.t0 - 1] in _PREPOSITIONS)


def _answered_by_verb_before(s: _Sentence, i: int, lex: Lexicon) -> bool:
    """The word before the noun at ``i`` is an active verb that refuses or grants what the noun asks
    ("menolak tuntutan …", "memenuhi permintaan …")."""
    return i >= 1 and s.lower[i] in _DEMAND_NOUNS and _active_verb(s.lower[i - 1]) and any(
        t.predicate.plover in _ANSWERS and t.voice == "active" for t in lex.lookup(s.lower[i - 1]))


def _names_an_act(s: _Sentence, j: int, lex: Lexicon, kinds: tuple[str, ...] | None = None) -> bool:
    """The word after the trigger (past an adverb of manner) is the noun of an act of the lexicon ("mengecam
    penangkapan …"), of one of the PLOVER ``kinds`` when given ("mengecam serangan terhadap …")."""
    if j < len(s.lower) and s.lower[j] in _MANNER_ADVERBS:
        j += 1
    return j < len(s.lower) and any(t.voice == "nominal" and (kinds is None or t.predicate.plover in kinds)
                                    for t in lex.lookup(s.lower[j]))


def _with_unnamed_partners(s: _Sentence, j: int) -> bool:
    """"akan berkonsultasi dengan sekutu-sekutunya …": the other side is named, as partners no actor stands for."""
    after = s.lower[j : j + 3]
    if len(after) >= 2 and after[0] in ("kekuatan", "pihak", "negara", "kekuatan-kekuatan") \
            and after[1] in ("luar", "asing", "lain"):
        return True  # "menggandeng kekuatan luar …": outsiders no actor stands for
    return "dengan" in after and any(w.startswith(_UNNAMED_PARTNER_STEMS) for w in after)


# The starts of words for partners no actor stands for ("sekutu-sekutunya", "mitra-mitranya", "negara-negara lain").
_UNNAMED_PARTNER_STEMS = ("sekutu", "mitra", "negara-negara")


def _names_an_attack(s: _Sentence, j: int, lex: Lexicon) -> bool:
    """One of the three words after the trigger is an attack of the lexicon ("serangan teror", "pengeboman")."""
    return any(t.predicate.plover == "ASSAULT" for k in range(j, min(len(s.lower), j + 3))
               for t in lex.lookup(s.lower[k]))


def _foreign_object(s: _Sentence, j: int) -> bool:
    """The words right after the trigger name foreigners no actor stands for ("menyalahkan beberapa negara barat",
    "menuding pihak asing", "bantuan dari negara-negara Barat"): a word of ``foreign_words`` (id/grammar.yaml)
    before the clause ends, written in lower case or after a word that is (not "Jawa Barat")."""
    foreign = _words("id/grammar.yaml", "foreign_words")
    for k in range(j, min(len(s.lower), j + 8)):
        w = s.lower[k]
        if w in _RIGHT_BOUNDARIES or w in (",", ".", ";"):
            return False
        if w in foreign and (s.words[k].islower() or (k > j and s.words[k - 1].islower())):
            return True
    return False


def _date(article: Article, sentence: int) -> str | None:
    for d in article.dates:
        if d.sentence == sentence and d.value:
            return d.value
    return article.published_date


def _sentence_places(article: Article, s: _Sentence) -> list[tuple[int, int, Entity]]:
    """(first token, end token, place) of every place named in the body of the sentence, in entity order;
    worked out once per sentence."""
    if s.places is None:
        s.places = [(s.token_at(m.start), s.token_end(m.end), e) for m, e in s.mentions if e.type == "LOCATION"]
    return s.places


def _place(article: Article, s: _Sentence, i: int) -> str | None:
    return next((e.name for k, _, e in _sentence_places(article, s)
                 if k > 0 and s.lower[k - 1] in ("di", "dari", "ke")), None)


# Nouns between "ke" and a place that still make the place the target ("ke arah Tel Aviv", "ke wilayah Kharkiv").
_TOWARD_NOUNS = frozenset(["arah", "wilayah", "kota", "kawasan", "daerah"])
_FROM = frozenset(["dari"])  # a withdrawal's place (see _place_target)
# Nouns of a site that, as the object of a verb, may stand before the place they are at, with up to two words
# after them ("membombardir fasilitas nuklir Fordow", "menyerang pangkalan udara Hmeimim", "menggempur kota Rafah").
_SITE_NOUNS = frozenset(["fasilitas", "pangkalan", "kota", "wilayah", "kawasan", "daerah", "desa", "pelabuhan",
                         "bandara", "kilang", "pembangkit", "kamp", "markas", "situs", "instalasi", "gudang", "pos"])


def _site_before(s: _Sentence, j: int, k: int) -> bool:
    """Tokens j..k name the site a place is at: a site noun and at most two more words, all in lower case."""
    return 1 <= k - j <= 3 and s.lower[j] in _SITE_NOUNS and all(w.isalpha() and w.islower() for w in s.words[j:k])


# Verbs whose subject, an attack named by its noun, strikes their object ("serangan udara Israel menghantam kawasan
# Khan Younis", "serangan itu menewaskan 18 warga sipil").
_STRIKING_VERBS = _grammar_words("striking_verbs")


def _countries_included(s: _Sentence, actors: list[_Actor], k: int) -> list[_Actor]:
    """The countries listed after "termasuk" or "antara lain" a few words after token ``k``, when "dari … negara"
    comes between ("para diplomat dari tujuh negara Amerika Latin, termasuk Argentina, Chile dan Peru")."""
    window = s.lower[k : k + 8]
    if "dari" not in window or not any(w in ("negara", "negara-negara") for w in window):
        return []
    at = next((m for m in range(k, min(len(s.lower), k + 10)) if s.lower[m] == "termasuk"
               or s.lower[m : m + 2] == ["antara", "lain"]), None)
    if at is None:
        return []
    first = next((n for n, a in enumerate(actors) if at < a.t0 <= at + 3 and a.entity.type == "COUNTRY"), None)
    return [a for a in _coordinated_right(s, actors, first) if a.entity.type == "COUNTRY"] if first is not None else []


def _struck_by_the_act_named(article: Article, s: _Sentence, actors: list[_Actor], j: int,
                             sources: list[_Actor]) -> list[_Actor]:
    """The noun of an attack ending at ``j`` (its doer after it, "serangan udara Israel") is the subject of a verb of
    striking a few words on (past "dilaporkan kembali"): what that verb strikes, a place or those of a country,
    is the attack's target."""
    own = {a.code for a in sources}
    k = j
    while k < len(s.lower) and k < j + 6 and (any(a.t0 <= k < a.t1 for a in sources) or s.lower[k] in _AUX_OR_HEDGE
                                                or s.lower[k] in ("dilaporkan", "disebut", "kembali")):
        k += 1
    if k >= len(s.lower) or s.lower[k] not in _STRIKING_VERBS:
        return []
    place = _place_target(article, s, k + 1, direct=True, own=own)
    if place:
        return place
    hit = next((a for a in actors if k < a.t0 <= k + 4 and a.code and a.code not in own), None)
    return [hit] if hit is not None else []


def _border_with(s: _Sentence, actors: list[_Actor], j: int, own: set[str | None]) -> _Actor | None:
    """The country named after "perbatasan (dengan)" in the clause after the trigger's end ``j``, if not one of
    ``own``: the other side of the border that forces are sent to or put on."""
    for k in range(j, min(len(s.lower), j + _TARGET_WINDOW + 4)):
        w = s.lower[k]
        if w in _RIGHT_BOUNDARIES or (k > j and _active_verb(w)):
            return None
        if w != "perbatasan":
            continue
        m = k + 1
        while m < len(s.lower) and s.lower[m] in ("dengan", "negara"):
            m += 1
        return next((a for a in actors if a.t0 == m and a.code and a.code not in own
                     and a.entity.type in ("COUNTRY", "LOCATION")), None)
    return None


def _place_target(article: Article, s: _Sentence, j: int, direct: bool = False,
                  prepositions: frozenset[str] = _PLACE_PREPOSITIONS, heads: frozenset[str] = _TOWARD_NOUNS,
                  own: Collection[str | None] = ()) -> list[_Actor]:
    """The first place named right after "ke/terhadap/atas" within reach of the trigger, acting as its country
    ("serangan udara ke Jalur Gaza" targets Palestine); with ``direct``, also a place that is the verb's object
    ("Israel menggempur Rafah"), or the site of one ("membombardir fasilitas nuklir Fordow"). Other
    ``prepositions`` (and the head nouns that may stand after them) name other places: "dari" the one left
    ("Rusia menarik pasukan dari Kherson"). Places of the ``own`` countries are passed over. None past another
    active verb or a clause edge."""
    after = [(k, end, e) for k, end, e in _sentence_places(article, s)
             if e.country and e.country not in own and j <= k <= j + _TARGET_WINDOW and k > 0
             and (s.lower[k - 1] in prepositions or (direct and (k == j or _site_before(s, j, k)))
                  or (k > 1 and s.lower[k - 1] in heads and s.lower[k - 2] in prepositions))]
    if not after:
        return []
    k, end, e = min(after, key=lambda p: p[0])
    between = s.lower[j : k - 1]
    if any(w in _RIGHT_BOUNDARIES or _active_verb(w) for w in between) or _new_clause(s, j, k):
        return []
    return [_Actor(k, end, e, e.country, f"place '{e.name}', in {e.country}")]


# "agar", "supaya": what a request asks for follows, its subject the one asked.
_SO_THAT = frozenset(["agar", "supaya"])


def _asker_of_the_demand_named(s: _Sentence, i: int, src: _Actor, context: _Context) -> EventActor | None:
    """The maker of the latest demand told against ``src``'s side, when the clause before the trigger at ``i``
    names a demand again ("Tuntutan itu langsung ditolak Kyiv", "Usulan tersebut ditolak …")."""
    before = s.lower[max(0, i - 5) : i]
    if not any(w in _PROPOSAL_NOUNS and k + 1 < len(before) and before[k + 1] in _DEMONSTRATIVES
               for k, w in enumerate(before)):
        return None
    return next((who for who, pressed, kind in reversed(context.pressed)
                 if kind == "REQUEST" and pressed == src.code and who.code != src.code), None)


# Statements that answer an enemy when they name no one, and acts of war's end, whose other side is the enemy
# (see _enemy).
_ENEMY_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "RETREAT"})


def _at_the_occasion(s: _Sentence, actor: _Actor) -> bool:
    """The actor names the gathering at whose margins the act took place: "di sela Konferensi Tingkat Tinggi (KTT)
    Kerja Sama Ekonomi Asia-Pasifik (APEC)", "di sela-sela Sidang Majelis Umum PBB": the occasion, no side."""
    k = actor.t0
    if not 2 <= k <= len(s.lower) or "di" not in s.word_set:
        return False
    for m in range(k - 1, max(0, k - 12), -1):
        w = s.lower[m]
        if w in ("sela", "sela-sela") and s.lower[m - 1] == "di":
            return True
        if w in (",", ";", ":") or w in _LEFT_BOUNDARIES or _active_verb(w) or _passive_verb(w):
            return False
    return False


def _absent(s: _Sentence, actor: _Actor) -> bool:
    """The actor is named as absent: "meski tanpa kehadiran Amerika Serikat", "tanpa Rusia"."""
    k = actor.t0
    if not 1 <= k <= len(s.lower):
        return False  # (an actor implied at the sentence's end)
    return s.lower[k - 1] == "tanpa" or (k >= 2 and s.lower[k - 2] == "tanpa" and s.lower[k - 1] in (
        "kehadiran", "keikutsertaan", "partisipasi", "melibatkan", "keterlibatan"))


# Forces put on alert (not deployed somewhere, as peacekeepers are): a response to force shown (_shown_force_by).
_ALERT_ENTRIES = frozenset(["siaga", "siaga-tempur"])


def _shown_force_by(context: _Context, code: str, index: int) -> EventActor | None:
    """The doer of force (an attack, a deployment or a threat) aimed at ``code``'s side, or at no one, in the last
    ``_HOSTILE_REACH`` sentences, another country's."""
    # (Or force shown at no one named: "Korea Utara menembakkan rudal balistik ke Laut Jepang. Militer Korea Selatan
    # meningkatkan kesiagaan" answers the North's launch.)
    return next((doer for types, doer, told_in in reversed(context.acts)
                 if index - _HOSTILE_REACH <= told_in <= index and not {"ASSAULT", "MOBILIZE"}.isdisjoint(types)
                 and doer.code and doer.code != code and (any(
                     who.code == doer.code and pressed == code for who, pressed, _ in context.pressed)
                     or all(who.code != doer.code for who, _, _ in context.pressed))), None)


# Nouns of the instruments an international body makes its members party to.
_INSTRUMENT_NOUNS = _TREATY_NOUNS | {"konvensi", "resolusi", "kesepakatan", "protokol", "piagam", "deklarasi"}


def _body_of_the_instrument_named_again(s: _Sentence, j: int) -> str | None:
    """A treaty, convention or resolution named again within a few words after the trigger ending at ``j``
    ("perjanjian tersebut", "resolusi itu"): the code of the international body named with it where the article
    last told it before ("Perjanjian Pandemi Organisasi Kesehatan Dunia (WHO)", "resolusi Dewan Keamanan PBB"),
    within a few words of its noun; None when none was."""
    lower = s.lower
    noun = next((lower[k] for k in range(max(0, j - 1), min(len(lower) - 1, j + 4))  # (the trigger's own noun too)
                 if lower[k] in _INSTRUMENT_NOUNS and lower[k + 1] in _DEMONSTRATIVES), None)
    if noun is None:
        return None
    article = s.article
    text = article.text.lower()
    bodies = [(m.start, e.code) for e in article.entities if e.code and e.code.startswith("IGO:")
              for m in e.mentions if m.field == "text"]
    at = s.starts[0] if s.starts else 0
    while bodies:  # the last time it was named with a body (not pointed back at: "Perjanjian itu berlaku …")
        at = text.rfind(noun, 0, at)
        if at < 0:
            return None
        reach = at + len(noun) + _INSTRUMENT_NAME_REACH
        named = [(start, code) for start, code in bodies if at < start < reach]
        after = text[at + len(noun) : at + len(noun) + 10].split()[:1]
        if named and not (after and after[0] in _DEMONSTRATIVES):
            return min(named)[1]
    return None


# How far after a treaty's noun the body it is told with may be named ("Perjanjian Pandemi Organisasi Kesehatan
# Dunia (WHO)"), in characters.
_INSTRUMENT_NAME_REACH = 60


def _body_of_the_story(article: Article, codes: dict[str, tuple[str | None, str]]) -> str | None:
    """The code of the international body the article names most, when it names it at least twice in its body; an
    organ counts for the organisation it acts as (``codes``, of actor_codes: "DK PBB" is the UN's)."""
    counts: dict[str, int] = {}
    for e in article.entities:
        if e.code and e.code.startswith("IGO:") and e.type in ("ORG", "COUNTRY"):
            root = codes.get(e.id, (None, ""))[0] or e.code
            counts[root] = counts.get(root, 0) + sum(m.field == "text" for m in e.mentions)
    best = max(((n, code) for code, n in counts.items()), default=None)
    return best[1] if best is not None and best[0] >= 2 else None


def _enemy(context: _Context, code: str) -> str | None:
    """The other side of the latest attack told that ``code`` made or suffered, if any."""
    return next((b if a == code else a for a, b in reversed(context.attacks)
                 if code in (a, b) and a != b and a and b), None)


@cache
def _number_words() -> frozenset[str]:
    """The number words of id/numbers.yaml ("dua", "sepuluh", "puluh", "ribu"): a count written out."""
    v = number_vocabulary()
    return frozenset(v.units) | frozenset(v.words) | frozenset(v.small) | frozenset(v.large)


# Units of time an anniversary counts ("peringatan dua tahun", "peringatan 80 tahun").
_TIME_UNITS = frozenset(["tahun", "bulan", "hari", "abad", "dekade", "dasawarsa", "windu", "pekan", "minggu"])


def _an_anniversary(s: _Sentence, j: int) -> bool:
    """The noun of warning that ends at ``j`` ("peringatan") is a commemoration: a count of years (or months, days)
    follows it ("peringatan dua tahun masa jabatannya", "peringatan 80 tahun kemerdekaan", "peringatan setahun
    invasi")."""
    after = s.lower[j : j + 4]
    if after and after[0] in ("setahun", "sewindu", "seabad", "sedekade", "sebulan", "seminggu"):
        return True
    k = 0
    while k < len(after) and (after[k].isdigit() or after[k] in _number_words() or after[k] == "ke"):
        k += 1
    return 0 < k < len(after) and after[k] in _TIME_UNITS


def _met_to_say_it(s: _Sentence, actors: list[_Actor], i: int, source: _Actor) -> _Actor | None:
    """The actor of another side named after the source and before "untuk" + a verb of saying right before the
    trigger at ``i`` ("memanggil duta besar Jepang untuk menyampaikan protes"): the one the protest is made to."""
    conveying = _words("id/grammar.yaml", "conveying_verbs")
    k = i if s.lower[i] in conveying else i - 1  # (the verb may open the trigger: "menyampaikan keberatan")
    while k > 0 and s.lower[k] in _AUX:
        k -= 1
    if k < 2 or s.lower[k] not in conveying or s.lower[k - 1] != "untuk":
        return None
    return next((a for a in reversed(actors) if source.t1 <= a.t0 and a.t1 <= k - 1 and a.code
                 and a.code != source.code and not any(w in (".", ";") for w in s.lower[a.t1 : k - 1])), None)


def _doer_in_the_subject(s: _Sentence, actors: list[_Actor], i: int, lex: Lexicon) -> _Actor | None:
    """The actor after "oleh" in a subject that opens with the noun of an act, before the passive verb at ``i``
    ("Penangkapan nelayan Indonesia oleh Malaysia dikecam …"); None when the subject names no act so."""
    start = next((k + 1 for k in range(i - 1, -1, -1) if s.lower[k] in _LEFT_BOUNDARIES or s.lower[k] in (",", ".")),
                 0)
    if start >= i or not any(t.voice == "nominal" for t in lex.lookup(s.lower[start])):
        return None
    return next((a for a in reversed(actors) if start < a.t0 and a.t1 <= i and a.t0 > 0 and s.lower[a.t0 - 1] == "oleh"
                 and not any(_active_verb(w) or _passive_verb(w) for w in s.lower[a.t1 : i])), None)


def _place_subject(s: _Sentence, i: int, own: set[str | None]) -> list[_Actor]:
    """The place right before the passive verb at ``i`` (past auxiliaries and words of time: "Kharkiv kembali
    diserang"), as its country, when that is not the doer's own."""
    k = i
    while k > 0 and (s.lower[k - 1] in _AUX_OR_HEDGE or s.lower[k - 1] in ("kembali", "lagi", "pun")):
        k -= 1
    for m, e in s.mentions:
        if e.type == "LOCATION" and e.country and e.country not in own and s.token_end(m.end) == k:
            t0 = s.token_at(m.start)
            if t0 == 0 or s.lower[t0 - 1] in ("kota", "wilayah", "kawasan", "desa", "provinsi", ",") or not (
                    _active_verb(s.lower[t0 - 1]) or s.lower[t0 - 1] in _PREPOSITIONS):
                return [_Actor(t0, k, e, e.country, f"place '{e.name}', in {e.country}")]
    return []


def _site_after_di(article: Article, s: _Sentence, j: int) -> list[_Actor]:
    """The first place after "di" within reach of the trigger, as its country (where an attack struck, where what
    aid is for lies): "serangan udara Israel menghancurkan rumah sakit di Gaza" strikes Palestine; "serangan
    militer Myanmar di Sagaing" strikes Myanmar's own people (a domestic event, coded within the country as the
    referee codes them). Verbs of the attack's effect may stand between; a clause edge may not."""
    sites = sorted(((s.token_at(m.start), s.token_end(m.end), e, e.code if e.type == "COUNTRY" else e.country)
                    for m, e in s.mentions if e.type in ("LOCATION", "COUNTRY")), key=_FIRST)
    # ("di wilayah Samara, Rusia": head nouns after "di", and the country set off by a comma after a place it does
    # not know the country of.)
    for k, end, e, country in sites:
        if not (country and j < k <= j + _TARGET_WINDOW and (_after_di(s.lower, k) or _in_place_phrase(s, k))):
            continue
        if any(w in _RIGHT_BOUNDARIES for w in s.lower[j : k - 1]) or _new_clause(s, j, k):
            return []
        return [_Actor(k, end, e, country, f"place '{e.name}', in {country}")]
    return []


def _place_country(article: Article, s: _Sentence, i: int) -> str | None:
    """The country of the place after "di" nearest to the trigger, if the sentence names one (head nouns between
    allowed: "di perairan Belawan", "di wilayah Kharkiv")."""
    # ("di perairan Belawan, Sumatera Utara": the province set off by a comma is where that place is.)
    # (Not where a speaker spoke, before the verb that reports the act: "Judha Nugraha di Jakarta, Selasa, mengatakan
    # kedua kapal itu ditangkap … di barat daya Pulau Pinang" happened off Penang.)
    speech = _speech_verbs()
    at = [(abs(k - i), e.country) for k, _, e in _sentence_places(article, s)
          if e.country and k > 0 and (_after_di(s.lower, k) or _in_place_phrase(s, k))
          and not (k < i and not speech.isdisjoint(s.lower[k:i]))]
    return min(at, key=lambda p: p[0])[1] if at else None


def _quantity(article: Article, s: _Sentence, i: int) -> dict | None:
    trigger_start = s.tokens[i].start
    for amount in article.amounts:
        if amount.sentence == s.index and amount.start >= trigger_start and amount.kind != "duration":
            return {"value": amount.value, "object": amount.object, "unit": amount.unit, "text": amount.text}
    return None
