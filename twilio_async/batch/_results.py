"""The results channel of a run: every result is counted, then read or dropped.

Results go through an anyio memory object stream of ``result_buffer`` slots, so
a reader that falls behind makes the workers wait (back-pressure), never the
buffer grow. A run that is awaited rather than iterated opens no stream at all:
results are counted in the summary and dropped.

The channel also keeps the run's ``held`` count: items taken in (``admit``) and
not yet given a result, which is what stays in memory.
"""

from __future__ import annotations

import contextlib

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._types import BatchSummary, ItemResult

_GONE = (anyio.BrokenResourceError, anyio.ClosedResourceError)


class Results:
    """Counts results into ``summary`` and hands them to the reader, if there is one."""

    def __init__(self, summary: BatchSummary, buffer: int) -> None:
        self.summary = summary
        self._buffer = buffer
        self._send: MemoryObjectSendStream[ItemResult] | None = None
        self._receive: MemoryObjectReceiveStream[ItemResult] | None = None
        #: Items taken in and not yet given a result (now, and the most seen).
        self.held = 0
        self.peak_held = 0

    def open(self) -> None:
        """Somebody reads results one by one: keep them (up to the buffer) until read."""
        self._send, self._receive = anyio.create_memory_object_stream[ItemResult](self._buffer)

    def admit(self, n: int) -> None:
        """``n`` items came in; each will get one result (or ``leave``)."""
        self.held += n
        if self.held > self.peak_held:
            self.peak_held = self.held

    def leave(self, n: int) -> None:
        """``n`` admitted items will get no result in this run (the run stopped first)."""
        self.held -= n

    async def emit(self, result: ItemResult) -> None:
        """Count ``result``, then hand it over (waiting while the buffer is full)."""
        self.summary.count(result)
        self.held -= 1
        send = self._send
        if send is None:
            return
        try:
            send.send_nowait(result)  # the common case: no checkpoint, no event
            return
        except anyio.WouldBlock:
            pass
        except _GONE:  # the reader stopped reading (``discard``)
            return
        with contextlib.suppress(*_GONE):  # ...maybe while we waited for room
            await send.send(result)

    def discard(self) -> None:
        """Nobody reads results any more: drop those buffered, and count later ones only."""
        send, receive = self._send, self._receive
        self._send = self._receive = None
        if receive is not None:
            receive.close()  # workers waiting for room wake up (their results are dropped)
        if send is not None:
            send.close()

    def close(self) -> None:
        """No more results: the reader gets what is buffered, then the end."""
        if self._send is not None:
            self._send.close()

    async def receive(self) -> ItemResult | None:
        """The next result; None at the end (or once results are discarded)."""
        receive = self._receive
        if receive is None:
            return None
        try:
            try:
                return receive.receive_nowait()  # while results wait, take them without a
            except anyio.WouldBlock:  # checkpoint (a loop turn each) ...
                return await receive.receive()  # ...and wait only when there is none
        except anyio.EndOfStream:
            receive.close()
            return None
        except anyio.ClosedResourceError:  # discarded meanwhile
            return None
