# What the C compiler is told of coder.py beyond the module itself (Python never reads this file; setup.py says why
# the module is compiled). _Sentence becomes an extension type whose attributes are fields of a C struct, and a
# function given ``s: _Sentence`` (coder.py's type hints are read as types: its first line) reads ``s.lower`` and
# the others from that struct instead of through Python's attribute look-up. The rules read them some 1,600 times
# in the compiled code, most of them for every trigger. Each attribute of ``_Sentence.__slots__`` is declared here,
# ``object`` but for the two whose type lets the compiled code index or test them directly:
# tests/test_compiled.py checks that the two lists agree.
cdef class _Sentence:
    cdef public list lower
    cdef public frozenset word_set
    cdef public object _actors, _article_words, _first, _prefixes, _subject, _words, actor_args, article
    cdef public object cue_cache, index, mentions, places, preposition_cache, starts, tokens
