"""Web leftovers in article text: share buttons, ads, prompts, credits, datelines, bylines, menus.

Text copied or extracted from a web page carries lines that are not part of the story. They are
recognised line by line with general rules rather than a list of pages: a leftover line is short,
lacks sentence punctuation, and is made of the vocabulary web pages use for their furniture
("Share", "Advertisement", "Read more", "Sign up for our newsletter", "Photo: ... / Getty
Images"), or it is only a date, a byline, a URL, a breadcrumb, or part of a long run of one- to
four-word lines (a navigation menu). Plain text keeps these lines and reports their spans; HTML
extraction drops them, since its text is ours to shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from demarche.ingest.dates import dateline_date

MAX_LEFTOVER_WORDS = 30
"""Lines longer than this are prose, whatever words they contain."""

MAX_LEFTOVER_CHARS = 500
"""The same bound in characters (30 long words, a long URL), checked before anything else."""

MENU_RUN = 8
"""This many consecutive one- to four-word lines are a menu or a tag list, not prose."""

_PHRASES = frozenset(
    phrase.strip()
    for phrase in """
    share|share this|share this article|share this story|share this post|share this page
    |share the story|share article|share story|share your love|share on|share via|shares
    |sharing is caring|spread the love|tweet|tweet this|email|e-mail|email this|print
    |print article|print this article|print this page|order reprints|reprints|reprint
    |save|save article|save story|saved|bookmark|copy link|copy url|link copied|comments
    |comment|leave a comment|leave a reply|add a comment|post a comment|view comments
    |show comments|hide comments|join the conversation|join the discussion|advertisement
    |advertisements|advertising|advert|ad|ads|sponsored|sponsored content|paid content
    |paid post|promoted|promoted content|partner content|read more|read full story
    |read the full story|read full article|read the full article|continue reading|keep reading
    |show more|see more|load more|view more|more|more news|more stories|related|related articles
    |related stories|related content|related posts|related coverage|related topics|related news
    |related links|recommended|recommended for you|recommended stories|you may also like
    |you might also like|you may be interested in|most read|most popular|most viewed
    |most shared|trending|trending now|top stories|latest news|latest stories|latest
    |also read|read also|see also|don't miss|do not miss|must read|editor's picks
    |editors' picks|more from|follow us|follow|subscribe|subscribe now|sign up|sign in|log in
    |login|register|skip to content|skip to main content|skip navigation|menu|main menu
    |search|home|homepage|back to top|top|listen|listen to this article|listen to article
    |watch|watch now|video|videos|play video|photos|photo|gallery|photo gallery|close|open
    |next|previous|next article|previous article|next story|previous story|tags|topics
    |filed under|categories|category|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit
    |telegram|messenger|flipboard|pocket|sms|instagram|youtube|tiktok|rss|cookies
    |accept cookies|accept|got it|thank you|thanks for reading|loading|please wait
    |enable javascript|javascript is disabled|story continues below|article continues below
    |story continues below advertisement|continue reading below|scroll to continue
    |scroll down for video|image|images|credit|source|view gallery|view image|enlarge
    |expand|collapse|toggle|reply|like|likes|share your thoughts|what do you think
    |by|text size|font size|print this|a|aa|a a
    """.split("|")
)

_SHARE_CORE = frozenset(
    "share shares tweet facebook twitter email e-mail whatsapp linkedin pinterest reddit "
    "telegram messenger flipboard pocket print sms copy instagram".split()
)
_SHARE_WORDS = _SHARE_CORE | frozenset(
    "on via this the article story post page link url to by with your friends friend a "
    "x comments comment save or and".split()
)

_STRONG_PREFIX = re.compile(
    r"^(?:read more|read also|also read|read next|read the full|see also|see more|click here"
    r"|tap here|sign up (?:for|to)|subscribe (?:to|for|now)|follow us|follow (?:him|her|them|me)"
    r" on|like us on|find us on|connect with us|join us on|get the .{1,40} app"
    r"|download the .{1,40} app|like this (?:story|article)|enjoyed this (?:story|article)"
    r"|you must (?:be )?log|you must be signed|please log in|log in to|sign in to"
    r"|an error has occurred|there was an error|something went wrong|copyright"
    r"|all rights reserved|this copy is for your personal|this material may not be"
    r"|write to .{1,60} at \S+@|email .{1,60} at \S+@|contact (?:the )?(?:reporter|writer|author)"
    r"|reach (?:the )?(?:reporter|writer|author)s? (?:at|on|via)|most read\b"
    r"|reporting by|additional reporting by|editing by|writing by|compiled by"
    r"|story continues|article continues|scroll (?:to|down) (?:continue|for)|skip to"
    r"|we use cookies|this (?:site|website) uses cookies|by continuing to use"
    r"|don'?t miss|you may also like|you might also like|more from|more on this story"
    r"|(?:updated|posted|published|last updated)(?: on| at)? \d)",
    re.IGNORECASE,
)
"""Lines opening with phrases no story sentence starts with ("Read more", "Click here")."""

_LABEL_PREFIX = re.compile(
    r"^(?:more|related|recommended|watch|listen|video|photos?|pictures?|images?|gallery"
    r"|image credit|photo credit|photograph|picture|credits?|caption|file photo|source"
    r"|tags|topics|filed under|posted in|categories|keywords|editor'?s note|updated"
    r"|last updated|published|posted|first published|modified|advertisement|sponsored"
    r"|most read|most popular|top stories|trending|related coverage|related articles"
    r"|related stories|latest|more stories|breaking)\s*[:|»›>]",
    re.IGNORECASE,
)
"""Furniture labels followed by a colon or separator ("Photo: ...", "Related: ...")."""

_AGENCY = r"(?:afp|reuters|epa|ap|ansa|xinhua|shutterstock|alamy|istock|efe|pa|bloomberg|getty)"
_CONTAINS = re.compile(
    r"getty images|\bvia getty\b|\bap photo\b"
    # "REUTERS/Kim Hong-Ji", "Gary Cameron/Reuters": agency credits end the line, which keeps
    # "a Reuters/Ipsos poll" in a sentence out.
    rf"|\b{_AGENCY}(?:\s+via\s+\w+)?\s*/\s*[\w.'’ -]{{2,40}}\W*$|/\s*{_AGENCY}\b\W*$"
    r"|\bphoto(?:graph)?\s*(?:by|credit|courtesy)\b"
    r"|\bimage\s*(?:by|credit|courtesy|source)\b|\(photo[:\s]|\(image[:\s]|\bfile photo\b"
    r"|(?:^|\s)©|©\s*\d{4}|\(c\)\s*\d{4}|all rights reserved"
    r"|\bnewsletter\b.{0,80}\b(?:sign up|subscribe|inbox|delivered|get)\b"
    r"|\b(?:sign up|subscribe|subscribing)\b.{0,80}\bnewsletter\b"
    r"|\bclick here\b|\bshare (?:it|this) with\b|\bfollow (?:us|him|her|them) on\b"
    r"|\bdownload (?:our|the) .{1,30}\bapp\b",
    re.IGNORECASE,
)
"""Credits, copyright and prompts that mark a whole caption or promo line as furniture."""

_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.IGNORECASE)
_BREADCRUMB = re.compile(r"^[^.!?]{1,200}(?:\s[»›>/|]\s[^.!?]{1,60}){2,}$")
_COUNTER = re.compile(
    r"^(?:\d+\s*(?:of|/)\s*\d+|\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:min(?:ute)?s?|mins?)\s+read"
    r"|\d[\d,.]*[km]?\s*(?:comments?|shares?|views?|likes?|reads?))$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'’-]*"
_NOT_A_NAME = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Febr)uary\b|March\b|April\b"
    r"|May\b|June\b|July\b|August\b|(?:Septem|Octo|Novem|Decem)ber\b"
    r"|(?:Mid|Early|Late|Next|Last|This|Then|Now)\b)"
)
_BYLINE = re.compile(
    rf"^[Bb][Yy]:?\s+{_NOT_A_NAME}(?P<name>{_NAME}"
    rf"(?:\s+(?:{_NAME}|de|van|von|da|al|bin|la|le)){{1,4}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+{_NAME}){{1,4}})*)"
    r"(?:\s*(?:,|\||\s[–—-]\s)\s*[^.!?]{0,40})?$"
)
"""A byline: "By" and two to five capitalised names, then perhaps ", Reuters" or "| 3 hours ago"."""
_TAG_SUFFIX = re.compile(
    r"\[(?:VIDEOS?|PICS|PICTURES|PHOTOS|GALLERY|INSIGHT|REACTION|REVEAL|ANALYSIS|LATEST|POLL"
    r"|LIVE|WATCH|LISTEN|UPDATE|OPINION|EXCLUSIVE|COMMENT|MAP|QUIZ)\]\W*$"
)
"""Promo links to other stories end with a bracketed kind ("... jibe [INSIGHT]")."""
_TRAILING_CREDIT = re.compile(
    r"\s*(?P<credit>\((?:images?|photos?|pictures?|photograph|credit|source|video)\s*:"
    r"[^()]{1,80}\)\W*)$",
    re.IGNORECASE,
)
"""A credit glued to the end of a paragraph: "... 12 points to 10. (Image: Jane Doe)"."""
MIN_PARAGRAPH_WORDS = 8
_BULLET = re.compile(r"^\s*(?:[-–—•·*▪►]|\d+[.)])\s+")
_EDGE = re.compile(r"^[\s\W_]+|[\s\W_]+$")
_WORD = re.compile(r"[\w'’-]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True)
class Leftovers:
    """What the line rules found in one text.

    Attributes:
        spans: (start, end) character spans of leftover lines, stripped of surrounding blanks.
        published: ISO date of the first dateline, preferring a publication over an update line.
        author: the name in the first byline ("By Jane Doe"), if any.
    """

    spans: tuple[tuple[int, int], ...]
    published: str | None = None
    author: str | None = None


def lines_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's content without its surrounding blanks; empty lines skipped."""
    spans = []
    position = 0
    for raw in text.splitlines(keepends=True):
        content = raw.strip()
        if content:
            start = position + raw.index(content[0])
            spans.append((start, start + len(content)))
        position += len(raw)
    return spans


def _normalise(line: str) -> str:
    return " ".join(_EDGE.sub("", line).lower().split())


def is_leftover(line: str) -> bool:
    """True when a single stripped line is web furniture rather than article prose."""
    if len(line) > MAX_LEFTOVER_CHARS:
        return False  # cheap bound first: a huge paragraph is never tokenised here
    words = _WORD.findall(line)
    if len(words) > MAX_LEFTOVER_WORDS:
        return False
    norm = _normalise(line)
    if not norm:
        return True  # bullets, rules, lone punctuation
    if norm in _PHRASES or _URL_ONLY.match(line) or _COUNTER.match(norm):
        return True
    lowered = [w.lower() for w in words]
    if len(lowered) <= 12 and set(lowered) <= _SHARE_WORDS and set(lowered) & _SHARE_CORE:
        return True
    if _STRONG_PREFIX.match(norm) or _LABEL_PREFIX.match(line.lstrip("-–—•·*▪►[( ")):
        return True
    if _CONTAINS.search(line):
        return True
    if _BREADCRUMB.match(line) and len(words) <= 20 and not line.startswith("|"):
        return True
    return bool(len(words) <= 20 and _TAG_SUFFIX.search(line))


_LINKS_HEADING = re.compile(
    r"^(?:related(?: \w+)?|read more|more from .{1,40}|more on .{1,40}|most (?:read|popular|viewed)"
    r"(?: .{1,40})?|recommended(?: for you)?|you (?:may|might) also like|don'?t miss|see also"
    r"|also read|read also|more stories|top stories|latest (?:news|stories)|trending(?: now)?"
    r"|editor'?s picks|what to read next|further reading)$"
    r"|^(?:related|read more|see also|more|also read|read also|recommended)\s*:"
)
"""A heading over a list of links to other stories; the titles under it are not the story."""


def _is_link(line: str) -> bool:
    """Under a links heading, a bulleted or short line without sentence punctuation is the
    headline of another story. (Lists elsewhere, after an advertisement say, are the story's.)"""
    if _SENTENCE_END.search(line):
        return False
    return bool(_BULLET.match(line)) or len(_WORD.findall(line)) <= 20


def _is_tiny(line: str) -> bool:
    return len(line) <= 40 and len(_WORD.findall(line)) <= 4 and not _SENTENCE_END.search(line)


def find_leftovers(text: str) -> Leftovers:
    """Find leftover lines in ``text``; the text itself is never changed."""
    lines = lines_of(text)
    flags = [False] * len(lines)
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    links = False  # inside a list of links under "Related", "Most read", ...
    credits: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        dated = dateline_date(line)
        if dated is not None:
            flags[i] = True
            if dated[1] in ("updated", "last updated", "last modified"):
                updated = updated or dated[0]
            else:
                published = published or dated[0]
            continue
        byline = _BYLINE.match(line)
        if byline and len(line) <= 100:
            flags[i] = True
            author = author or byline.group("name")
            continue
        credit = _TRAILING_CREDIT.search(line)
        if credit and len(_WORD.findall(line[: credit.start()])) >= MIN_PARAGRAPH_WORDS:
            # A paragraph followed by a photo credit: only the credit is furniture.
            credits.append((start + credit.start("credit"), end))
            links = False
            continue
        if is_leftover(line):
            flags[i] = True
            links = links or bool(_LINKS_HEADING.match(_normalise(line)))
            continue
        if links and _is_link(line):
            flags[i] = True
            continue
        links = False
    _flag_menu_runs(text, lines, flags)
    spans = tuple(
        sorted([*credits, *(span for span, flag in zip(lines, flags, strict=True) if flag)])
    )
    return Leftovers(spans=spans, published=published or updated, author=author)


def _flag_menu_runs(text: str, lines: list[tuple[int, int]], flags: list[bool]) -> None:
    """Flag every run of at least MENU_RUN consecutive tiny lines."""
    run: list[int] = []
    for i, (start, end) in enumerate([*lines, (0, 0)]):
        if i < len(lines) and _is_tiny(text[start:end]):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            for j in run:
                flags[j] = True
        run = []
