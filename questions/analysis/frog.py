"""Frog adapter: one long-lived `frog --skip=p` child process on pipes, shared and thread-safe."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import selectors
import shutil
import string
import subprocess
import tempfile
import threading
import time

from questions.analysis.base import Sentence, build_sentences, split_paragraphs
from questions.errors import AnalyzerError

FROG_BINARY = "/usr/bin/frog"
START_TIMEOUT = 120.0  # loading the models takes ~10 s; leave room on a busy machine
TEXT_TIMEOUT = 60.0  # for a short article; long texts get more, see _timeout_for
SECONDS_PER_KCHAR = 2.0  # measured: ~0.5 s per 1,000 characters once warm, with margin
SKIP_MODULES = "p"  # the dependency parser is weak on news and glues names together


def _marker(prefix: str) -> str:
    """A letters-only token no article contains, so Frog keeps it as one word."""
    return prefix + "".join(secrets.choice(string.ascii_lowercase) for _ in range(12))


# What may follow an attributive participle ('de veroordeelde man', 'de gestolen twee fietsen')
NOMINAL_TAGS = ("N(", "ADJ(", "SPEC(", "TW(", "WW(vd", "WW(od")


# A verb with an inseparable prefix writes its past tense as its participle ('begonnen',
# 'besloten', 'verkocht'); a participle with 'ge' in it is never a past tense.
SAME_PAST_RE = re.compile(r"(?:be|ver|ont|her|mis)(?:(?!ge)[^\W\d_])+")


def repair_finite_verb(rows: list[tuple]) -> list[tuple]:
    """Give a sentence that Frog's tagger left without a finite verb its finite verb.

    The tagger reads a weak past tense ('De rechtbank veroordeelde hem') as an attributive
    participle and a plural present ('De ministers overleggen donderdag') as an infinitive.
    A main clause needs a finite verb, so when none was found the first such verb form that
    is not after 'te'/'om' and (for a participle) not before a noun phrase is the finite verb.
    """
    if any(row[2].startswith("WW(pv") for row in rows):
        return rows
    out = list(rows)
    for k, (word, lemma, pos, entity, chunk) in enumerate(rows):
        before = rows[k - 1][1].lower() if k else ""
        following = rows[k + 1][2] if k + 1 < len(rows) else ""
        if not k or before in ("te", "om"):
            continue
        if pos.startswith("WW(inf"):
            out[k] = (word, lemma, "WW(pv,tgw,mv)", entity, chunk)
            break
        # only a weak past tense ('veroordeelde') or one that a prefix makes look like its
        # participle ('begonnen', 'verkocht'): a participle with 'ge' and without its
        # auxiliary ('De politie vier personen aangehouden') is a slip, left a fragment
        past = word.lower().endswith(("de", "te")) or SAME_PAST_RE.fullmatch(word.lower())
        if pos.startswith("WW(vd") and past and not following.startswith(NOMINAL_TAGS):
            number = "mv" if word.endswith("en") else "ev"
            out[k] = (word, lemma, f"WW(pv,verl,{number})", entity, chunk)
            break
    return out


def parse_frog_lines(lines: list[str]) -> list[list[tuple]]:
    """TSV rows (index, word, lemma, morph, tag, conf, entity, chunk, ...) -> sentences."""
    sentences: list[list[tuple]] = []
    current: list[tuple] = []
    for line in lines:
        if not line.strip():
            if current:
                sentences.append(repair_finite_verb(current))
                current = []
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 8:
            continue
        word, lemma, pos, entity, chunk = cols[1], cols[2], cols[4], cols[6] or "O", cols[7] or "O"
        current.append((word, lemma, pos, entity, chunk))
    if current:
        sentences.append(repair_finite_verb(current))
    return sentences


class FrogAnalyzer:
    """Runs Frog once per process and feeds it text over stdin, one request at a time."""

    name = "frog"

    def __init__(
        self,
        binary: str = FROG_BINARY,
        timeout: float = TEXT_TIMEOUT,
        skip: str = SKIP_MODULES,
    ) -> None:
        self.binary = binary
        self.args = [f"--skip={skip}"] if skip else []
        self.timeout = timeout
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._stderr = None
        self._buffer = b""
        self._para = _marker("Qzpara")
        self._end = _marker("Qzend")
        self.restarts = 0

    @property
    def running(self) -> bool:
        """True while the child process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        """Start Frog (if not running) and wait until it answers."""
        with self._lock:
            self._ensure_started()

    def close(self) -> None:
        """Stop the child process."""
        with self._lock:
            self._stop()

    def analyze(self, text: str) -> list[Sentence]:
        """Analyse paragraphs with Frog; restart it once if it died, else raise AnalyzerError."""
        paragraphs = split_paragraphs(text)
        if not paragraphs:
            return []
        with self._lock:
            try:
                self._ensure_started()
                raw = self._request(paragraphs, self._timeout_for(text))
            except (AnalyzerError, OSError) as first_error:
                self._stop()
                self.restarts += 1
                try:
                    self._ensure_started()
                    raw = self._request(paragraphs, self._timeout_for(text))
                except (AnalyzerError, OSError) as error:
                    self._stop()
                    raise AnalyzerError(
                        f"Frog werkt niet: {error} (eerder: {first_error})"
                    ) from error
        return build_sentences(raw, paragraphs)

    def _timeout_for(self, text: str) -> float:
        """Time allowed for one text: the base timeout plus a share per 1,000 characters."""
        return self.timeout + SECONDS_PER_KCHAR * len(text) / 1000

    # -- process handling -------------------------------------------------------------

    def _ensure_started(self) -> None:
        """Spawn the child when needed and wait for its first answer."""
        if self.running:
            return
        if not (os.path.exists(self.binary) or shutil.which(self.binary)):
            raise AnalyzerError(f"Frog is niet geïnstalleerd ({self.binary} ontbreekt).")
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the child
        try:
            self._proc = subprocess.Popen(
                [self.binary, *self.args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                cwd=tempfile.gettempdir(),
                start_new_session=True,
            )
        except OSError as error:
            raise AnalyzerError(f"Frog kon niet starten: {error}") from error
        self._buffer = b""
        self._request(["Klaar ."], timeout=START_TIMEOUT)

    def _stop(self) -> None:
        """Terminate the child and forget it."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(OSError):
            proc.stdin.close()
        try:
            proc.terminate()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait(timeout=5)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def _stderr_tail(self) -> str:
        """Last lines Frog wrote to stderr, for error messages."""
        if self._stderr is None:
            return ""
        try:
            self._stderr.seek(0)
            return self._stderr.read().decode("utf-8", "replace")[-400:].strip()
        except (OSError, ValueError):
            return ""

    def _request(
        self, paragraphs: list[str], timeout: float | None = None
    ) -> list[list[list[tuple]]]:
        """Send paragraphs separated by markers, then an end marker; read until it comes back."""
        proc = self._proc
        assert proc is not None
        parts = []
        for k, paragraph in enumerate(paragraphs):
            if k:
                parts.append(f"{self._para}\n\n")
            parts.append(paragraph.replace("\n", " ") + "\n\n")
        parts.append(f"{self._end}\n\n")
        payload = "".join(parts).encode("utf-8")
        # Write from a helper thread while this one reads: a long article fills the pipe
        # buffers both ways, and Frog stops reading until its own output is drained.
        failure: list[BaseException] = []
        writer = threading.Thread(
            target=self._write, args=(proc, payload, failure), name="frog-stdin", daemon=True
        )
        writer.start()
        try:
            lines = self._read_until_end(timeout or self.timeout)
        except AnalyzerError:
            if failure:
                raise AnalyzerError(
                    f"Frog is gestopt ({failure[0]}). {self._stderr_tail()}"
                ) from failure[0]
            raise
        finally:
            writer.join(timeout=5)
        if failure:
            raise AnalyzerError(f"Frog is gestopt ({failure[0]}). {self._stderr_tail()}")
        return self._split_paragraphs(parse_frog_lines(lines))

    @staticmethod
    def _write(proc: subprocess.Popen, payload: bytes, failure: list[BaseException]) -> None:
        """Write one request to Frog's stdin (runs in a helper thread); record any error."""
        try:
            proc.stdin.write(payload)
            proc.stdin.flush()
        except (BrokenPipeError, OSError, ValueError) as error:
            failure.append(error)

    def _read_until_end(self, timeout: float) -> list[str]:
        """Read stdout lines until the end marker's sentence has been closed by a blank line."""
        proc = self._proc
        deadline = time.monotonic() + timeout
        lines: list[str] = []
        seen_end = False
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            while True:
                while b"\n" in self._buffer:
                    raw, self._buffer = self._buffer.split(b"\n", 1)
                    line = raw.decode("utf-8", "replace")
                    if seen_end and not line.strip():
                        return lines
                    if self._end in line:
                        seen_end = True
                        continue
                    lines.append(line)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AnalyzerError(f"Frog antwoordde niet binnen {timeout:.0f} s.")
                if not selector.select(remaining):
                    continue
                chunk = os.read(proc.stdout.fileno(), 65536)
                if not chunk:
                    raise AnalyzerError(f"Frog is onverwacht gestopt. {self._stderr_tail()}")
                self._buffer += chunk

    def _split_paragraphs(self, sentences: list[list[tuple]]) -> list[list[list[tuple]]]:
        """Cut the sentence stream at paragraph markers."""
        paragraphs: list[list[list[tuple]]] = [[]]
        for sentence in sentences:
            if len(sentence) == 1 and sentence[0][0] == self._para:
                paragraphs.append([])
            else:
                paragraphs[-1].append(sentence)
        return paragraphs


_shared: FrogAnalyzer | None = None
_shared_lock = threading.Lock()


def shared_frog() -> FrogAnalyzer:
    """The one FrogAnalyzer of this process (started lazily on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FrogAnalyzer()
        return _shared
