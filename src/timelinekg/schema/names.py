"""When two spellings name one person or body: rules over name parts and transliteration, not name lists.

* Name particles do not tell names apart: "Bashar al-Assad", "Bashar Assad" and "al-Assad" share the
  parts that count ("bashar", "assad").
* Transliteration varies the vowels and a few consonant spellings (Sergei/Sergey, Zelensky/Zelenskiy,
  Mohammed/Muhammad, Alexei/Aleksey): parts are compared by a consonant skeleton that keeps the first
  letter and folds those variants.
* A shorter name is the same person when its parts are the longer name's tail ("Lai Ching-te" in
  "William Lai Ching-te", "Oligui Nguema" in "Brice Clotaire Oligui Nguema"), its first and last parts
  ("Brice Nguema"), or its surname alone; in an East Asian name, written surname first with a
  hyphenated or syllabic given name ("Lai Ching-te", "Kim Jong Un"), the surname is the first part.
* Acronyms are the initials of a body's significant words ("Democratic Progressive Party" -> DPP).
"""

from __future__ import annotations

import re
import unicodedata

from timelinekg.memo import Memo
from timelinekg.schema.identity import name_key

# Words that join a family name without being part of what tells it apart.
PARTICLES = frozenset(
    {"al", "el", "ul", "bin", "ibn", "bint", "ben", "van", "von", "der", "den", "de", "da", "di", "du", "del", "dos"}
    | {"das", "la", "le", "ter", "ten", "y"}
)
# Legal forms after a company's name: how it is registered, not what it is called.
LEGAL_FORMS = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "ag", "sa", "s.a", "nv"}
    | {"n.v", "se", "gmbh", "spa", "s.p.a", "bv", "b.v", "ab", "asa", "oyj", "lp", "llp", "pty", "kk", "k.k"}
)
# The words a government or corporate body's name ends in.
BODY_HEADS = frozenset(
    {"office", "ministry", "council", "committee", "commission", "agency", "authority", "department", "bureau"}
    | {"service", "administration", "directorate", "secretariat", "board", "inspectorate", "cabinet"}
)
# Small words an acronym leaves out.
ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "&"})
_PARTICLE_PREFIX = re.compile(r"^(al|el|ul|ad|ar|as|an|at|az|ash|ibn|bin|ben|abd)-(?=\w)", re.IGNORECASE)
# A romanised East Asian surname is one syllable: Chen, Zhang, Kim, Yoon, Lai (not David, Maria).
_ONE_SYLLABLE = re.compile(r"^[^aeiouAEIOU]*[aeiouAEIOU]+[^aeiouyAEIOUY]*$")
_FOLDS = (
    ("tch", "ch"),
    ("kh", "h"),
    ("zh", "j"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("c", "k"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
)


def folded_to_ascii(text: str) -> str:
    """``text`` with its accents dropped ("Třinec" -> "Trinec"), for comparing names however they are written."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def name_parts(name: str) -> list[str]:
    """The parts of a name that tell it apart: folded to ASCII lower case, without particles, initials
    and a possessive ("Joseph R. Biden's" -> ["joseph", "biden"])."""
    text = re.sub(r"['’]s?$", "", folded_to_ascii(name).strip())
    parts = []
    for raw in text.split():
        word = _PARTICLE_PREFIX.sub("", raw).strip(".,;:()\"'").lower()
        word = word.replace("'", "").replace("’", "")
        if not word or word in PARTICLES or (len(word) == 1 and word.isalpha()):
            continue
        parts.append(word)
    return parts


def without_particle(word: str) -> str:
    """ "al-Assad" -> "Assad"."""
    return _PARTICLE_PREFIX.sub("", word)


def skeleton(part: str) -> str:
    """A name part as its transliteration-insensitive key: its first letter and its consonants."""
    word = part.lower().replace("-", "")
    if word.startswith(("ye", "ya", "yu", "yo")):
        word = word[1:]  # Yevgeny / Evgeny
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)
    if not word:
        return ""
    return word[0] + re.sub(r"[aeiou]", "", word[1:])


def _folded(part: str) -> str:
    word = part.lower().replace("-", "")
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def keys(name: str) -> list[str]:
    """Each part's skeleton; a short part (four letters or fewer) keeps its vowels, since with so few
    letters a vowel is what tells two names apart (Berg, Borg)."""
    return list(_KEYS[name])  # a copy: the remembered one is shared


def _keys(name: str) -> list[str]:
    return [skeleton(p) if len(_folded(p)) > 4 else _folded(p) for p in name_parts(name)]


# An article compares each person it names with every other (``same_person``): the same names' keys, each a
# dozen string passes and regexes, again and again
_KEYS: Memo[str, list[str]] = Memo(_keys)


def east_asian_order(name: str) -> bool:
    """Surname first: a hyphenated given name ("Lai Ching-te") or a given name of short syllables
    ("Kim Jong Un", "Yoon Suk Yeol")."""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or not _ONE_SYLLABLE.match(parts[0]):
        return False
    given = parts[1:]
    return any("-" in p for p in given) or all(len(p) <= 4 and p[:1].isupper() for p in given)


def surname_keys(name: str) -> set[str]:
    """The skeletons a person's surname alone may be written as."""
    found = keys(name)
    if len(found) < 2:
        return set(found)
    surnames = {found[-1]}
    words = name.split()
    for start in range(len(words) - 1):
        # "William Lai Ching-te": a Western given name before an East Asian name
        if east_asian_order(" ".join(words[start:])):
            surnames.update(keys(words[start]))
            break
    return surnames


def family_name_keys(name: str) -> set[str]:
    """The skeletons a surname alone may stand for within one article: the surname, and in a name of three or
    more parts (not East Asian) each part after the given name, since many naming customs put two family names
    ("Santos Costa", a father's and a mother's) or a family name before a clan name, and an article may shorten
    to either.  Only for one article, where a part shared by two people resolves to neither."""
    found = surname_keys(name)
    parts = keys(name)
    if len(parts) >= 3 and not east_asian_order(name):
        found.update(parts[1:-1])
    return found


def same_person(a: str, b: str) -> bool:
    """Whether two spellings can name one person (the caller knows both are people)."""
    key_a, key_b = keys(a), keys(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    short, long, long_name = (key_a, key_b, b) if len(key_a) <= len(key_b) else (key_b, key_a, a)
    if len(short) == 1:
        return short[0] in surname_keys(long_name)
    if long[-len(short) :] == short:
        return True  # the tail: a given name or two left out
    # first and last parts ("Brice Nguema" for "Brice Clotaire Oligui Nguema")
    return short[0] == long[0] and short[-1] == long[-1] and _subsequence(short, long)


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ("General Motors Corp." -> "General Motors", "Foo Holdings
    Ltd" -> "Foo Holdings"); a name that is only a legal form stays as it is."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(",.").casefold() in LEGAL_FORMS:
        words = words[:-1]
        if words:
            words[-1] = words[-1].rstrip(",")
    return " ".join(words) if words else name


def same_body(a: str, b: str) -> bool:
    """Whether two names of an organisation or product differ only by words left out inside them ("iTunes
    Music Store" / "iTunes Store", "Acme Holdings Inc." / "Acme Inc."): the same first and last word, the
    shorter's words in the longer in order, at least two words each.  A word left off either end changes
    what is named ("Apple" / "Apple TV", "Bank of America" / "America")."""
    return same_body_words(name_key(a).split(), name_key(b).split())


def same_body_words(words_a: list[str], words_b: list[str]) -> bool:
    """:func:`same_body` over names already split into their compared words."""
    if words_a == words_b:
        return True
    short, long = sorted((words_a, words_b), key=len)
    if len(short) < 2 or len(long) == len(short):
        return False
    return short[0] == long[0] and short[-1] == long[-1] and _subsequence(short, long)


def _subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(part in remaining for part in short)


def body_without_parent(name: str) -> str | None:
    """A body named with the body it belongs to ("State Council Press Affairs Office", "Interior Ministry Migration
    Service") is also written without it: the words after the parent's head word, when they end in a head word
    of their own and are at least two words."""
    words = name.split()
    if len(words) < 4 or words[-1].lower() not in BODY_HEADS:
        return None
    for cut in range(1, len(words) - 2):
        if words[cut].lower() in BODY_HEADS and all(w[:1].isupper() for w in words[cut + 1 :]):
            return " ".join(words[cut + 1 :])
    return None


def acronym(name: str) -> str | None:
    """The initials of a body's significant words ("Islamic Revolutionary Guard Corps" -> "IRGC")."""
    words = [w for w in re.split(r"[\s-]+", folded_to_ascii(name)) if w and w.lower() not in ACRONYM_SKIPS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()
