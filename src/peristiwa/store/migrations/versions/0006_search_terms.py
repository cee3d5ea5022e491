"""SQLite: full text indexed by words, with a trigram index of the words themselves for substring search.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

What a search promises stays the same: an article is found when its title or text holds every word of the
query as a case-insensitive substring ("menteri" finds "Kementerian"). How SQLite keeps that promise changes.

Before, ``articles_fts`` indexed every trigram of every article: some 2,300 entries for an article of 2,300
characters. Writing them was 40% of the database's work in an ingest and 14% of the whole ingest (valgrind
instruction counts on 1,000 generated articles). Now:

* ``articles_fts`` indexes words (FTS5 ``unicode61``, diacritics kept, as the trigram tokenizer kept them):
  some 380 entries for that article;
* ``search_terms`` holds each word the stored articles contain once (``peristiwa.dedup.words``: lower-cased
  runs of letters and digits), with ``search_terms_fts``, a trigram index of those words. It grows with the
  vocabulary, not the corpus: after a few thousand articles, an article brings a few dozen new words.

A search word is looked up in ``search_terms_fts`` ("menteri" -> menteri, kementerian, menterinya, …) and
the article index is asked for any of those words (``Store._fts_query``). A word with punctuation inside
("covid-19") is narrowed by its parts and then tested as a whole with LIKE, as is a part found in too many
words to list. Words of deleted articles stay in ``search_terms``: they find no article and cost nothing.

Instruction counts (valgrind), batches of 200 articles: the whole ingest of generated articles took 29.1 M
an article before and 26.2 M after (-10%); the write path of pseudo-articles of real Indonesian sentences,
whose vocabulary grows fast (17,000 distinct words in the first 267 articles), 5.5 M before and 3.7 M after.
The new words of a batch go into ``search_terms`` in one statement (``batch.add_search_terms``).

The upgrade indexes the stored articles again (FTS5 ``rebuild``) and fills ``search_terms`` from their
titles and texts; the downgrade brings the trigram index back and rebuilds it. The FTS5 options of 0004 and
0005 are given to the new index too. Nothing on PostgreSQL, whose own full-text and trigram indexes serve.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The options of 0004 and 0005, which a new FTS5 table does not inherit.
AUTOMERGE = 8
HASHSIZE = 16 * 1024 * 1024
ARTICLE_TRIGGERS = ("articles_fts_insert", "articles_fts_delete", "articles_fts_update")
TERM_TRIGGERS = ("search_terms_fts_insert", "search_terms_fts_delete")
# Articles read at a time when the upgrade collects their words.
CHUNK = 1000


def _articles_index(tokenize: str) -> None:
    """``articles_fts`` over the title and text of ``articles`` with this tokenizer, its triggers, its options,
    and the stored articles indexed."""
    for trigger in ARTICLE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS articles_fts")
    op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5("
               f"title, text, content='articles', content_rowid='id', tokenize='{tokenize}')")
    op.execute("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
               "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
    op.execute("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
               "VALUES ('delete', old.id, old.title, old.text); END")
    op.execute("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
               "VALUES ('delete', old.id, old.title, old.text); "
               "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
    op.execute(f"INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', {AUTOMERGE})")
    op.execute(f"INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', {HASHSIZE})")
    op.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


def _set_fts_setting(value: str) -> None:
    op.execute(sa.text("UPDATE store_meta SET value = :value WHERE key = 'fts'").bindparams(value=value))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from peristiwa.dedup import words
    from peristiwa.store.batch import add_search_terms

    _articles_index("unicode61 remove_diacritics 0")
    op.execute("CREATE TABLE search_terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)")
    op.execute("CREATE VIRTUAL TABLE search_terms_fts USING fts5("
               "term, content='search_terms', content_rowid='id', tokenize='trigram')")
    op.execute("CREATE TRIGGER search_terms_fts_insert AFTER INSERT ON search_terms BEGIN "
               "INSERT INTO search_terms_fts(rowid, term) VALUES (new.id, new.term); END")
    op.execute("CREATE TRIGGER search_terms_fts_delete AFTER DELETE ON search_terms BEGIN "
               "INSERT INTO search_terms_fts(search_terms_fts, rowid, term) VALUES ('delete', old.id, old.term); END")
    last = 0
    while True:
        rows = bind.exec_driver_sql("SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                    (last, CHUNK)).all()
        if not rows:
            break
        terms: set[str] = set()
        for _, title, text in rows:
            terms.update(words(text or ""))
            if isinstance(title, str):
                terms.update(words(title))
        add_search_terms(bind, terms)
        last = rows[-1][0]
    _set_fts_setting("sqlite-fts5-words")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TERM_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_terms_fts")
    op.execute("DROP TABLE IF EXISTS search_terms")
    _articles_index("trigram")
    _set_fts_setting("sqlite-fts5-trigram")
