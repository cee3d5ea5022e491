# What the C compiler is told of amounts.py beyond the module itself (Python never reads this file; see
# events/coder.pxd for why): _Stream's lists become fields of a C struct that a function given ``s: _Stream``
# reads directly. Each attribute of ``_Stream.__slots__`` is declared here (tests/test_compiled.py checks it).
cdef class _Stream:
    cdef public list lower, tokens, words
    cdef public object size, text
