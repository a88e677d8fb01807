"""Fuzz: the framer (`vigilint.server.framing`) on any bytes, cut into any chunks."""

from __future__ import annotations

import json
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from vigilint.server.framing import Frame, Framer

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)
MESSAGES = st.builds(lambda method, params, n: json.dumps(
    {"jsonrpc": "2.0", "id": n, "method": method, "params": params}).encode(),
    st.text(max_size=12), JSON, st.integers(0, 10**6))
GARBAGE = st.binary(max_size=300).filter(lambda b: b"content-length" not in b.lower())


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def feed(stream: bytes, cuts: list[int], max_body: int = 1 << 20) -> list[object]:
    framer = Framer(max_body)
    events: list[object] = []
    points = sorted({c % (len(stream) + 1) for c in cuts} | {0, len(stream)})
    for a, b in pairwise(points):
        events.extend(framer.feed(stream[a:b]))
    return events


def bodies(events: list[object]) -> list[bytes]:
    return [e.body for e in events if isinstance(e, Frame)]


@settings(max_examples=150, deadline=None)
@given(st.lists(MESSAGES, max_size=8), st.lists(st.integers(0, 10**6), max_size=12))
def test_well_formed_streams_are_read_exactly_in_any_chunks(messages, cuts):
    stream = b"".join(frame(m) for m in messages)
    assert bodies(feed(stream, cuts)) == messages


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(GARBAGE, MESSAGES), max_size=6), st.lists(st.integers(0, 10**6),
                                                                   max_size=12))
def test_every_message_after_garbage_is_recovered(pairs, cuts):
    """Garbage (without a Content-Length of its own) before each message costs nothing but
    itself: every message is still read, in order."""
    stream = b"".join(junk + frame(m) for junk, m in pairs)
    got = bodies(feed(stream, cuts))
    wanted = [m for _, m in pairs]
    assert [b for b in got if b in wanted] == wanted


@settings(max_examples=150, deadline=None)
@given(MESSAGES, MESSAGES, st.integers(-30, 300), st.lists(st.integers(0, 10**6), max_size=8))
def test_a_wrong_length_loses_at_most_its_own_message(first, second, error, cuts):
    """A Content-Length too small or too large by up to 300 bytes: the next message is read."""
    wrong = max(0, len(first) + error)
    stream = b"Content-Length: %d\r\n\r\n" % wrong + first + frame(second)
    assert second in bodies(feed(stream, cuts))


@settings(max_examples=60, deadline=None)
@given(st.integers(1 << 20, 10**15), MESSAGES, st.binary(max_size=2000),
       st.lists(st.integers(0, 10**6), max_size=8))
def test_an_oversize_message_is_skipped_without_allocating(length, after, body, cuts):
    """Any announced length over the limit is skipped (a small limit here; the server's is
    64 MiB) and the message after it is read."""
    stream = b"Content-Length: %d\r\n\r\n" % length + body + frame(after)
    events = feed(stream, cuts, max_body=1 << 19)
    assert after in bodies(events)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.lists(st.integers(0, 10**6), max_size=12))
def test_any_bytes_are_survived(data, cuts):
    events = feed(data, cuts)
    assert all(len(e.body) <= len(data) for e in events if isinstance(e, Frame))
