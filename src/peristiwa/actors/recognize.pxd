# What the C compiler is told of recognize.py beyond the module itself (Python never reads this file; see
# events/coder.pxd for why): _Sentence's lists become fields of a C struct that a function given ``s: _Sentence``
# reads directly. Each attribute of ``_Sentence.__slots__`` is declared here (tests/test_compiled.py checks it).
cdef class _Sentence:
    cdef public list caps, keys, kinds, may_open, tokens, words
    cdef public object end, first, index, matches, text
