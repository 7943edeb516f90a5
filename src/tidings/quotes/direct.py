"""Direct quotes: each quoted passage tied to the words around it that say who said it.

The frames, in the order tried: after the passage (“...,” Ushakov said / said Ushakov / he
told reporters / according to X / ― Name), before it (Ushakov said: “...”), and in the sentence
before it when that one ends with a colon (He said:¶“...”). A passage that follows an attributed
one with nothing but punctuation between (“...,” he said, “...”) is the same quote, split.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.quotes.attribution import Attribution
from tidings.quotes.cues import cue_words
from tidings.quotes.layout import Layout
from tidings.quotes.lexicon import Verb, speech_verbs, title_words
from tidings.quotes.marks import Quoted

# How the words between a cue and its quote may hang off the cue: who (nsubj) and adjuncts (when,
# where, to whom, how), never part of another clause or of what is said.
FRAME_DEPS = frozenset({"nsubj", "nsubjpass", "punct", "advmod", "npadvmod", "prep", "aux", "auxpass",
                        "neg", "agent", "dative", "prt", "attr", "intj", "cc"})
ADDRESSEES = frozenset({"tell", "ask", "inform", "remind", "assure", "warn", "brief", "write", "urge"})
SENTENCE_END = frozenset({".", "!", "?"})
DASHES = frozenset("―—–-")         # “...” ― Name: a signature
MAX_FRAME = 30      # tokens looked at before a passage
SHORT = 5           # a passage of fewer words inside a sentence is a phrase, not a quote of its own
MAX_AFTER = 60      # and after it, to the sentence end (long appositions: "said X, an economist who ...")


def frame_after(layout: Layout, k: int, cues: dict[int, Verb]) -> Attribution | None:
    """The attribution following passage k (“...,” X said), or None."""
    q = layout.quoted[k]
    doc = layout.doc
    frame = _after_tokens(layout, q)
    if not frame:
        return None
    closing = doc[layout.token_at(q.close - 1)]
    glued = layout.text[q.close:closing.idx + len(closing)]      # ”― as one token
    if glued[:1] in DASHES and glued.strip("―—–- ") == "":
        return _dash(layout, q, [closing, *frame])
    if frame[0].text[0] in DASHES:
        return _dash(layout, q, frame)
    if layout.text[q.end - 1:q.end] == "." and frame[0].text[:1].isupper() and frame[-1].text not in SENTENCE_END:
        return None          # “... .” He said that if “...”: a new sentence, with a quote of its own
    lead = _lead(layout, q)
    if lead is not None and _words(layout, q) < SHORT:
        return None          # a “scare quote,” or a title, inside someone's clause: no quote of its own
    if lead is not None and any(j in cues for j in range(lead, layout.token_at(q.open))):
        return None          # Xi said the two “should ...,” according to X: Xi's partial quote first
    if not _frame_ends(layout, q, frame):
        return None          # 'No limits' Beijing and Moscow declared a “...”: a heading, then a clause
    found = _frame_after(layout, q, frame, cues)
    if found is not None and is_title(layout, q) and not _tight(layout, q, found):
        return None          # “Shark Tank,” a show on ...: a title; but “Denver,” he answered
    if found is not None and lead is not None:
        # With thousands of systems, “there is no single point of failure,” he said: the words
        # before the quote are part of what is reported.
        found.parts = [(doc[lead].idx, q.close)]
        found.kind = "partial"
    return found


def _frame_after(layout: Layout, q: Quoted, frame: list[Token], cues: dict[int, Verb]) -> Attribution | None:
    """The cue (and speaker) in the words after q, when they are nothing but the attribution."""
    for pos, token in enumerate(frame):
        if token.lower_ == "according" and pos + 1 < len(frame) and frame[pos + 1].lower_ == "to":
            source = next((c for c in frame[pos + 1].children if c.dep_ == "pobj"), None)
            if source is None or not _frame_only(frame[:pos], token, allow_any=True):
                return None
            return _found(q, "according to", (token.idx, frame[pos + 1].idx + 2), "source", source, frame)
        entry = cues.get(token.i)
        if entry is not None and entry.cue_class != "intent":
            between = frame[:pos]
            if _says_more(layout, token) or frame[-1].text == ":":
                return None                        # the cue leads into what follows (He added: “...”)
            speaker = _subject(layout, token)
            if not _frame_only(between, token):
                # The parse may have lost the speaker ("Tulsa police Chief Chuck Jordan said" with
                # "Tulsa" taken for a verb): a bare name before the cue still frames the quote, and
                # so does a name with its apposition between commas ("Ann Lee, then working for
                # the mayor, wrote").
                if _name_like(between):
                    speaker = speaker if speaker is not None and speaker in between else _last_noun(between)
                else:
                    speaker = _apposed_name(between)
                    if speaker is None:
                        return None
            return _found(q, *cue_words(token, entry), entry.cue_class, speaker,
                          frame, cue_token=token.i)
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and not token.is_title \
                and not _in_later_subject(frame, pos, cues):
            return None
    return None


def _in_later_subject(frame: list[Token], pos: int, cues: dict[int, Verb]) -> bool:
    """Whether the verb frame[pos] belongs to the speaker of the next cue (“...,” Lee, who won the
    primary, said; “...,” Ann Lee, then working for the mayor, wrote): a verb of the speaker's
    description, not a clause of its own.
    """
    token = frame[pos]
    at = next((n for n in range(pos + 1, len(frame)) if frame[n].i in cues), None)
    if at is None:
        return False
    cue = frame[at]
    child = _path_child(token, cue)
    if child is not None and child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i < cue.i:
        return True
    return _apposed_name(frame[:at]) is not None


def _apposed_name(between: list[Token]) -> Token | None:
    """The head of the name in "Name, apposition," right before a cue, whatever the parse made of
    it; None when the words are not a name and a description set off by commas.
    """
    if len(between) < 4 or len(between) > 25 or between[-1].text != ",":
        return None
    comma = next((n for n, t in enumerate(between) if t.text == ","), None)
    if comma is None or comma == len(between) - 1 or not _name_like(between[:comma]):
        return None
    if any(t.text in SENTENCE_END or t.text in ("“", "”", '"') for t in between):
        return None
    return _last_noun(between[:comma])


def _frame_ends(layout: Layout, q: Quoted, frame: list[Token]) -> bool:
    """Whether the words after q can be its attribution: the quote ends on punctuation (or a comma
    follows it), or the words after it end the sentence. A bare heading ('No limits') does neither.
    """
    text = layout.text
    return text[q.end - 1:q.end] in (",", ".", "?", "!", "…", "-", "—", ";", ":") or \
        text[q.close:q.close + 1] in (",", ";") or frame[-1].text in SENTENCE_END


def _tight(layout: Layout, q: Quoted, found: Attribution) -> bool:
    """Whether the attribution right after q is a bare "he said" (speaker and speech cue only)."""
    if found.cue_class != "speech" or found.cue_span is None:
        return False
    between = layout.text[q.close:found.cue_span[0]]
    return len(between.split()) <= 4


def _lead(layout: Layout, q: Quoted) -> int | None:
    """The first token of the words before passage q in its sentence, None when q opens it."""
    doc = layout.doc
    i = layout.token_at(q.open) - 1
    first = None
    while i >= 0 and layout.inside[i] < 0 and layout.paragraph[i] == layout.paragraph[i + 1]:
        token = doc[i]
        if token.text in SENTENCE_END or token.text in (":", ";") or token.is_space:
            break
        if not token.is_punct:
            first = i
        i -= 1
    return first


def _words(layout: Layout, q: Quoted) -> int:
    return sum(len(layout.text[a:b].split()) for a, b in q.parts)


def _name_like(tokens: list[Token]) -> bool:
    """Whether `tokens` read as a speaker's name or title alone (capitalised words, nouns, a pronoun)."""
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > 8:
        return False
    # Ages count as part of a name: "Ramos, 58, told AFP".
    return all(t.is_title or t.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "PRON", "NUM") or t.lower_ in ("of", "for")
               for t in words) and not any(t.tag_ == "WRB" or t.dep_ == "mark" for t in words)


def _last_noun(tokens: list[Token]) -> Token | None:
    return next((t for t in reversed(tokens) if t.pos_ in ("NOUN", "PROPN", "PRON") or t.is_title), None)


def frame_before(layout: Layout, k: int, cues: dict[int, Verb]) -> Attribution | None:
    """The attribution leading into passage k (X said: “...”), or None."""
    q = layout.quoted[k]
    doc = layout.doc
    opening = layout.token_at(q.open)
    between: list[Token] = []
    i = opening - 1
    while i >= 0 and opening - i <= MAX_FRAME:
        token = doc[i]
        if layout.paragraph[i] != layout.paragraph[opening] or layout.inside[i] >= 0:
            return None
        if token.text in SENTENCE_END:
            return None
        entry = cues.get(i)
        if entry is not None:
            if "clause" not in entry.complements or is_title(layout, q):
                return None                        # "talks about X in “13th”": a title, not words
            if not _frame_only(between, token, lead_in=True) or _runs_on(layout, q):
                return None
            if _inside_quoted_clause(layout, token, k):
                return None                        # "anybody who complains about it “is not ...”"
            if any(a.i in cues and "clause" in cues[a.i].complements and layout.inside[a.i] < 0
                   for a in token.ancestors):
                return None                        # "Obama said most have come to believe “...”": Obama's
            if any(c.dep_ == "auxpass" for c in token.children):
                return None                        # "should be recognized as “intolerable”": nobody speaks
            if _words(layout, q) < SHORT and any(not t.is_punct for t in between):
                return None                        # "described it as “unhinged”": a phrase in a clause
            speaker = _subject(layout, token)
            found = _found(q, *cue_words(token, entry), entry.cue_class, speaker,
                           [], cue_token=i)
            found.frame_end = q.close
            return found
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return None
        between.append(token)
        i -= 1
    return None


def is_title(layout: Layout, q: Quoted) -> bool:
    """Whether passage q reads as the name of a work (“Shark Tank”, “The Apprentice”): a few words,
    all capitalised but the small ones.
    """
    words = [w.strip(".,:;!?'’‘\"“”()") for a, b in q.parts for w in layout.text[a:b].split()]
    words = [w for w in words if w]
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    if layout.text[q.end - 1:q.end] in ("!", "?"):
        return False                  # “What a Super Tuesday!”: exclaimed, not a title
    small = title_words()
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words)


def frame_colon(layout: Layout, k: int, cues: dict[int, Verb]) -> Attribution | None:
    """The attribution in the sentence before passage k when it ends with a colon (He said:¶“...”)."""
    q = layout.quoted[k]
    doc = layout.doc
    i = layout.token_at(q.open) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or layout.inside[i] >= 0:
        return None
    return colon_cue(layout, i, cues, q.parts, q.close)


PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})


def frame_colon_clause(layout: Layout, k: int) -> Attribution | None:
    """The speaker of a clause with no speech verb that a colon ends right before passage k: "Mr.
    Lee gloated: “...”", "Here is Lee in 1992: “...”", "... - Ann Lee and Bo Kim: “...”". None when
    the clause names no person or organisation as its subject (The rules are simple: “...”).
    """
    q = layout.quoted[k]
    doc = layout.doc
    colon = layout.token_at(q.open) - 1
    while colon >= 0 and doc[colon].is_space and "\n" not in doc[colon].text:
        colon -= 1
    if colon < 1 or doc[colon].text != ":" or layout.inside[colon] >= 0:
        return None
    first = colon
    while first > 0 and colon - first < MAX_FRAME and layout.inside[first - 1] < 0 \
            and layout.paragraph[first - 1] == layout.paragraph[colon] and doc[first - 1].text not in SENTENCE_END:
        first -= 1
    clause = [t for t in doc[first:colon] if not t.is_space]
    if not clause:
        return None
    inverted = _inverted(clause)
    if inverted is not None:
        cue, speaker = inverted
        return Attribution(list(q.parts), "direct", cue.text, (cue.idx, cue.idx + len(cue)), "speech",
                           speaker_span=(speaker[0].idx, speaker[-1].idx + len(speaker[-1])), frame_end=q.close)
    names = _name_run(clause)
    if names:
        found = Attribution(list(q.parts), "direct", ":", (doc[colon].idx, doc[colon].idx + 1), "label",
                            speaker_span=(names[0].idx, names[-1].idx + len(names[-1])), frame_end=q.close)
        return found
    for verb in clause:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and first <= c.i < colon), None)
        if subject is None:
            continue
        if not (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP")
                or subject.lower_ in PERSONAL):
            return None
        found = Attribution(list(q.parts), "direct", verb.text, (verb.idx, verb.idx + len(verb)), "act", subject,
                            frame_end=q.close, cue_token=verb.i)
        return found
    return None


def _inverted(clause: list[Token]) -> tuple[Token, list[Token]] | None:
    """(cue, speaker) of a clause that opens with its speech verb ("Continued Mr. Stone:", "Added
    the mayor:"), which the parse often reads as a name or an adjective; None otherwise.
    """
    first, rest = clause[0], [t for t in clause[1:] if not t.is_punct]
    if not first.is_title or not rest or len(rest) > 8 or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    word = first.lower_
    lemmas = {first.lemma_.lower(), word, word[:-1], word[:-2]}        # added, continued, wrote
    if not lemmas & set(speech_verbs()) or not word.endswith(("ed", "d", "te", "ote")):
        return None
    # A person or organisation, or "the/a ..." ("Added the mayor:"), not "Related Stories:".
    if not (any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in rest) or rest[0].pos_ == "DET"
            or rest[0].lower_ in ("mr.", "ms.", "mrs.", "dr.")):
        return None
    return first, rest


def _name_run(clause: list[Token]) -> list[Token]:
    """The names ending `clause` when nothing but a dash or the sentence start comes before them:
    a person or organisation the parse knows, or any capitalised words after a dash (a signature,
    "... - Pew Research:", which the parse may take for common nouns).
    """
    run: list[Token] = []
    for token in reversed(clause):
        if token.pos_ == "PROPN" or (token.is_title and token.is_alpha) \
                or (run and token.lower_ in ("and", "&", ".", "mr.", "ms.", "dr.")):
            run.insert(0, token)
            continue
        if token.text[:1] not in DASHES:
            return []
        break
    while run and not run[0].is_title:
        run.pop(0)
    if not run or len(run) > 8:
        return []
    after_dash = len(run) < len(clause)
    if after_dash or any(t.ent_type_ in ("PERSON", "ORG") for t in run):
        return run
    return []


def _inside_quoted_clause(layout: Layout, cue: Token, k: int) -> bool:
    """Whether `cue` sits in a phrase of passage k's own clause ("anybody who complains about a
    microphone “is not having a good night”"), not merely hung off it by the parse ("Adelson said,
    “They have got to win”" with "said" a parataxis of "got").
    """
    token = cue
    nominal = False
    while token.head.i != token.i:
        nominal = nominal or token.dep_ in ("relcl", "acl", "nsubj", "nsubjpass", "dobj", "pobj")
        token = token.head
        if layout.inside[token.i] == k:
            return nominal
    return False


def _runs_on(layout: Layout, q: Quoted) -> bool:
    """Whether the sentence goes on after passage q (said that “a bomb” had gone off): a partial quote."""
    text = layout.text
    if text[q.end - 1:q.end] in (".", "!", "?", ","):
        return False
    rest = text[q.close:q.close + 200].split("\n", 1)[0]
    words = rest.lstrip(" \u00a0")
    return bool(words) and (words[0].isalnum() and not words[0].isupper())


def colon_cue(layout: Layout, colon: int, cues: dict[int, Verb], parts: list | tuple,
              frame_end: int) -> Attribution | None:
    """The attribution of the words after the colon at token `colon`, when a cue ends the clause before it."""
    doc = layout.doc
    j = colon - 1
    while j >= 0 and colon - j <= MAX_FRAME and doc[j].text not in SENTENCE_END and layout.inside[j] < 0:
        entry = cues.get(j)
        if entry is not None:
            token = doc[j]
            if _says_more(layout, token, before=colon):
                return None
            speaker = _subject(layout, token)
            found = Attribution(list(parts), "direct", *cue_words(token, entry),
                                entry.cue_class, speaker, frame_end=frame_end, cue_token=j)
            return found
        j -= 1
    return None


def _after_tokens(layout: Layout, q: Quoted) -> list[Token]:
    """The tokens after passage q up to the end of its sentence, the paragraph or the next passage."""
    doc = layout.doc
    closing = layout.token_at(q.close - 1)
    out: list[Token] = []
    i = closing + 1
    while i < len(doc) and len(out) < MAX_AFTER:
        token = doc[i]
        if layout.paragraph[i] != layout.paragraph[closing] or layout.inside[i] >= 0 or "\n" in token.text:
            break
        if token.is_space:
            i += 1
            continue
        out.append(token)
        if token.text in SENTENCE_END:
            break
        i += 1
    return out


def _dash(layout: Layout, q: Quoted, frame: list[Token]) -> Attribution | None:
    """“...” ― Name: a signature after a dash."""
    name: list[Token] = []
    for token in frame[1:]:
        if token.text in (",", "(", ".", ";") or token.text[0] in DASHES:
            break
        name.append(token)
    if not name or len(name) > 6 or not any(t.pos_ == "PROPN" for t in name):
        return None
    dash_at = max(frame[0].idx, q.close)
    found = Attribution(list(q.parts), "direct", layout.text[dash_at], (dash_at, dash_at + 1), "label",
                        speaker_span=(name[0].idx, name[-1].idx + len(name[-1])))
    found.frame_end = name[-1].idx + len(name[-1])
    return found


def _found(q: Quoted, cue_text: str, cue_span: tuple[int, int], cue_class: str, speaker: Token | None,
           frame: list[Token], cue_token: int | None = None) -> Attribution:
    end = frame[-1].idx + len(frame[-1]) if frame else q.close
    return Attribution(list(q.parts), "direct", cue_text, cue_span, cue_class, speaker, frame_end=end,
                       cue_token=cue_token)


def _subject(layout: Layout, cue: Token) -> Token | None:
    """The speaker of `cue`, unless the parse took a word of the quote itself for it."""
    from tidings.quotes.speaker import name_before, subject_of

    def quoted(t: Token) -> bool:
        return layout.inside[t.i] >= 0

    subject = subject_of(cue, quoted) or name_before(cue, quoted) or _inverted_subject(layout, cue)
    if subject is None or layout.inside[subject.i] >= 0 or layout.paragraph[subject.i] != layout.paragraph[cue.i]:
        return None
    return subject


def _inverted_subject(layout: Layout, cue: Token) -> Token | None:
    """The head of the speaker after a cue that opens its sentence ("Wrote the editors: ...")."""
    doc = layout.doc
    before = cue.i - 1
    while before >= 0 and (doc[before].is_space or (layout.inside[before] >= 0 and doc[before].is_punct)):
        before -= 1
    if before >= 0 and doc[before].text not in SENTENCE_END and layout.paragraph[before] == layout.paragraph[cue.i]:
        return None
    end = cue.i + 1
    while end < len(doc) and end - cue.i <= 9 and doc[end].text not in (":", ",") and layout.inside[end] < 0:
        end += 1
    inverted = _inverted(list(doc[cue.i:end]))
    if inverted is None:
        return None
    words = {t.i for t in inverted[1]}
    return next((t for t in inverted[1] if t.head.i not in words), None)


def _path_child(token: Token, cue: Token) -> Token | None:
    """The child of `cue` on the way up from `token`, or None when `cue` is not above it."""
    while token.head.i != token.i:
        if token.head.i == cue.i:
            return token
        token = token.head
    return None


def _frame_only(tokens: list[Token], cue: Token, *, lead_in: bool = False, allow_any: bool = False) -> bool:
    """Whether `tokens` are only the cue's speaker, adjuncts and punctuation."""
    for token in tokens:
        if token.is_punct or token.is_space or token.i == cue.i:
            continue
        if lead_in and token.lower_ == "that" and token.dep_ == "mark":
            continue
        if token.tag_ == "WRB" or token.dep_ == "mark":
            return False                         # "..., when Clinton blasted him": another clause
        child = _path_child(token, cue)
        if child is None:
            if allow_any and token.head.i == token.i:
                continue
            return False
        if child.dep_ in FRAME_DEPS:
            continue
        if child.dep_ == "dobj" and (cue.lemma_ in ADDRESSEES or (child.i == cue.i + 1 and child.lower_ == "it")):
            continue                             # told them; "as Lee put it"
        return False
    return True


def _says_more(layout: Layout, cue: Token, before: int | None = None) -> bool:
    """Whether `cue` has a clause of its own outside any quote (then that clause is what it says)."""
    for child in cue.children:
        if child.dep_ in ("ccomp", "xcomp") and child.i > cue.i and layout.inside[child.i] < 0 \
                and (before is None or child.i < before):
            return True
    return False


def labelled(layout: Layout, not_speakers: frozenset[str]) -> list[Attribution]:
    """Paragraphs opened by a speaker's label, as in transcripts and headlines (PENCE: Well, ...)."""
    doc = layout.doc
    out: list[Attribution] = []
    for first, last in _paragraphs(layout):
        i = first
        while i <= last and doc[i].text in "\"“”'‘’":
            i += 1
        label: list[Token] = []
        while i <= last and len(label) <= 4 and doc[i].text != ":":
            label.append(doc[i])
            i += 1
        if i > last or doc[i].text != ":" or not label or not _is_label(label, not_speakers):
            continue
        content_first = i + 1
        while content_first <= last and doc[content_first].text in "\"“'‘":
            content_first += 1
        end = last
        while end > content_first and doc[end].text in "\"”'’":
            end -= 1
        if end - content_first < 2:
            continue
        colon = doc[i]
        found = Attribution([(doc[content_first].idx, doc[end].idx + len(doc[end]))], "direct", ":",
                            (colon.idx, colon.idx + 1), "label",
                            speaker_span=(label[0].idx, label[-1].idx + len(label[-1])))
        found.frame_end = found.end
        out.append(found)
    return out


def _paragraphs(layout: Layout) -> list[tuple[int, int]]:
    """(first, last) token of each paragraph, without the spaces around it."""
    doc = layout.doc
    out: list[tuple[int, int]] = []
    paragraph = layout.paragraph
    first = 0
    for i in range(1, len(doc) + 1):
        if i == len(doc) or paragraph[i] != paragraph[i - 1]:
            a, b = first, i - 1
            while a <= b and doc[a].is_space:
                a += 1
            while b >= a and doc[b].is_space:
                b -= 1
            if b >= a:
                out.append((a, b))
            first = i
    return out


def _is_label(label: list[Token], not_speakers: frozenset[str]) -> bool:
    """A speaker's name or an upper-case surname, not a heading word (Photo:, UPDATE:)."""
    words = [t for t in label if t.is_alpha]
    if not words or " ".join(t.lower_ for t in label) in not_speakers:
        return False
    if any(t.lower_ in not_speakers for t in words):
        return False
    if all(t.is_upper and len(t) > 1 for t in words):
        return True
    if not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return False
    return any(t.ent_type_ in ("PERSON", "ORG") for t in words) or (len(words) == 1 and not words[0].ent_type_)
