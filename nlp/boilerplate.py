"""Lines of a news page that are not the report: credits, teasers, sign-up calls, captions.

Article extraction keeps some of a page's furniture in the text: a wire story's closing
"Reporting by … in Beijing; Editing by …", a "Read more: China tightens export rules" link
between paragraphs, "Sign up here.", a photo caption with its agency credit, a copyright
line. Read as report text, they give the document countries it is not about (the reporters'
cities) and events nobody reported (a linked headline). They are blanked with spaces, so every
offset into the text still points at the same character and the evidence of an event is
unchanged.
"""

from __future__ import annotations

import itertools
import re

# the rest of a credit line after its first capital: names, their joining words, more
# credits ("Jane Doe in Beijing; Editing by Sam Lee and Ann Park")
_NAMES = (
    r"[\w.'\u2019-]*(?:[ \t,;]+(?:[A-Z][\w.'\u2019-]*|and|in|at|from|for|by|de|da|van|von|del|al|bin"
    r"|the|of|with|&|staff|reporters|correspondents|team|desk|bureau|newsroom))*"
)

# the headings of a page's link lists and of a release's contact block
_TEASERS = r"""(?:(?:[Rr]ead|READ|[Ss]ee|SEE)\ (?:[Mm]ore|MORE|[Aa]lso|ALSO)|[Aa]lso\ read|ALSO\ READ
    |[Rr]elated|RELATED|[Rr]ecommended|RECOMMENDED|[Mm]ore\ on\ this|[Mm]ore\ (?:from|in)\ [^\n]{1,40}
    |[Mm]ost\ (?:[Rr]ead|[Pp]opular|[Vv]iewed)|MOST\ (?:READ|POPULAR)|[Tt]rending(?:\ [Nn]ow)?|TRENDING
    |[Tt]op\ [Ss]tories|[Pp]opular|[Ll]atest(?:\ [Nn]ews)?|[Ee]ditor'?s'?\ (?:[Pp]icks?|[Cc]hoice)
    |[Ff]urther\ [Rr]eading|[Yy]ou\ (?:[Mm]ay|[Mm]ight)\ (?:[Aa]lso\ )?(?:[Ll]ike|[Ee]njoy|[Bb]e\ interested\ in)
    |YOU\ MAY\ ALSO\ LIKE)"""
_CONTACTS = r"""(?:(?:[Ff]or\ )?(?:[Mm]edia|[Pp]ress)\ (?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|[Oo]ffice)
    |[Cc]ontacts?|CONTACTS?|MEDIA\ CONTACTS?)"""

# where a company release's legal text begins, which runs to its end: "Cautionary Note
# Regarding Forward-Looking Information", "Safe Harbor Statement", "This news release
# contains forward-looking statements …". Its "export bans, tariffs on Chinese lithium and
# the ability to obtain permits" are risks, not steps
_TAIL = r"""(?:
        (?i:(?:cautionary\ (?:note|statements?)\ (?:regarding|concerning|about|on|with\ respect\ to)\ )?
            forward[- ]looking\ (?:statements?|information)(?:\ and\ [a-z]+(?:\ [a-z]+)?)?
            |safe\ harbou?r(?:\ statement)?)\s*(?:[:.\-\u2013\u2014]|$)
        # headings alone: "Disclaimer: this notice replaces …" opens a notice, not legal text
      | (?i:disclaimer|risk\ factors|legal\ notice)\s*:?[ \t]*$
      | (?:This|The)\ (?:news|press|media)\ release\ (?:contains|includes|may\ contain)
            \ (?:certain\ )?["\u201c]?forward[- ]looking
    )"""

# a line that is page furniture, recognised by how it opens (matched at each line start)
_OPENING = re.compile(
    r"""(?x)[ \t]*(?:
        (?P<tail>{_TAIL})
      |
        # credits: "Reporting by …", "Additional reporting by …", "Writing by …; Editing by …"
        # (names only: "Reporting by Reuters showed that …" is a sentence)
        \(?(?:[Aa]dditional\ |[Ee]xtra\ )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|
            [Gg]raphics|[Rr]esearch|[Ff]act[ -]checking)\ by\ [A-Z]{_NAMES}[ \t.;)]*$
      | (?:Our\ Standards|Recommended\ Topics|Topics|Tags|Filed\ under)\s*:
        # teasers and navigation: "Read more: …", "See also - …", "Related coverage: …"
      | (?:[Rr]ead|READ|[Ss]ee|SEE)\ (?:[Mm]ore|MORE|[Aa]lso|ALSO)\b\s*(?:[:\-\u2013\u2014|>]|$)
      | (?:[Aa]lso\ read|ALSO\ READ|[Rr]elated|RELATED)(?:\ [a-z]+)?\s*[:\-\u2013\u2014|>]
      | {_TEASERS}(?:\ (?:[Cc]overage|[Aa]rticles?|[Ss]tor(?:y|ies)|[Nn]ews|[Rr]eading|[Cc]ontent
            |[Pp]ress\ [Rr]eleases|[Ll]inks|[Tt]opics))?\s*[:\-\u2013\u2014|>]?\s*$
        # a sponsor's label, not "Sponsored by Senator Jane Cole, the bill would …"
      | (?:[Ss]ponsored|SPONSORED|[Pp]aid\ (?:[Cc]ontent|[Pp]ost)|[Pp]artner\ [Cc]ontent)
            (?:\ (?:[Cc]ontent|[Pp]ost|[Ss]tory))?\s*(?:[:|\-\u2013\u2014][^\n]{0,200})?$
      | [Ss]ponsored\ by\ [A-Z][^\n.,;]{0,60}$
        # calls to act, not news: "Sign up here.", "Subscribe to our newsletter …"
      | (?:[Ss]ign\ up|SIGN\ UP|[Ss]ubscribe|SUBSCRIBE|[Cc]lick\ here|[Ff]ollow\ us|
            [Ss]hare\ this\ (?:article|story)|[Dd]ownload\ (?:our|the)\ app)\b[^\n]{0,200}$
        # the page's own time stamps, which are no date of the report's steps: "Published
        # March 1, 2026 10:15 GMT | Updated 3 hours ago", "Last updated: 28 February 2026"
      | (?:(?:[Ll]ast\ |[Ff]irst\ )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified)|Date)
            (?:\ on|\ at)?\s*:?\s*(?:\d|[A-Z][a-z]{2,8}\.?\ \d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)
            [^\n]{0,100}$
      | \d{1,2}[ -]min(?:ute)?s?\ read\s*$
        # a legal act's citations, each a paragraph closed by a comma ("Having regard to the
        # Treaty on the Functioning of the European Union,"): its legal basis, no step of its own
      | (?:Having\ regard\ to|HAVING\ REGARD\ TO|After\ (?:consulting|having\ consulted|transmission)
            |Acting\ in\ accordance\ with)\b[^\n]*,[ \t]*$
        # a rule's notice in the US Federal Register: where to send comments, whom to call
      | (?:ADDRESSES|FOR\ FURTHER\ INFORMATION\ CONTACT)\s*:[^\n]*$
        # whom to call, and a release's end mark: "Media contact: …", "For more information,
        # please contact the Embassy … in Washington, D.C.", "Ends", "###"
      | {_CONTACTS}\s*(?::[^\n]{0,300})?$
      | (?:[Ff]or\ (?:more|further)\ information|[Ff]urther\ information)\b[^\n]{0,200}
            (?:[Cc]ontact|[Vv]isit|[Cc]all|[Ee]mail|[Ww]rite\ to|[Ss]ee)\b[^\n]{0,200}$
      | (?:-?\s*(?:[Ee]nds|ENDS)\s*-?\.?|\#{3}|-\ ?30\ ?-)\s*$
      | (?:[Aa]dvertisement|ADVERTISEMENT|[Ss]tory\ continues\ below(?:\ advertisement)?)\s*$
        # rights: "© 2026 Mining Weekly. All rights reserved.", "Copyright 2025 …"
      | \u00a9\s*(?:\d{4}|[A-Z]) | \([Cc]\)\s*\d{4}
      | (?:[Cc]opyright|COPYRIGHT)\s*(?:\u00a9|\([Cc]\)\s*\d{4}|\d{4})
    )""".replace("{_TAIL}", _TAIL)
    .replace("{_NAMES}", _NAMES)
    .replace("{_TEASERS}", _TEASERS)
    .replace("{_CONTACTS}", _CONTACTS)
)

# a teaser or contact heading alone on its line ("Read more:", "You may also like", "Media
# contacts"): the short lines after it, blank lines between them included, are the links or
# the contact details it heads, up to the first line of prose
_LIST_HEAD = re.compile(
    r"""(?x)[ \t]*(?:{_TEASERS}|{_CONTACTS})(?:\ [A-Za-z]+){0,3}[ \t]*[:\-\u2013\u2014|>]?[ \t]*$""".replace(
        "{_TEASERS}", _TEASERS
    ).replace("{_CONTACTS}", _CONTACTS)
)
# a linked headline: no closing stop, at most this many words
_HEADLINE_WORDS = 25
_STOPS = (".", "!", "?", '"', "\u201d", ":")
_PROSE_ENDS = (".", "!", "?", '."', ".\u201d")

# lines that are furniture by how they end, each tried only on a line holding its trigger:
# a photo caption with its agency's credit ("… in Chile, May 3, 2024. REUTERS/Ivan Alvarado"),
# a credited image ("Photo: Jane Doe"), a rights line ("… All rights reserved.")
_ENDINGS = (
    # the credit closes the line and holds names only ("a Reuters/Ipsos poll showed" is text)
    (
        "/",
        re.compile(
            r"\b(?:REUTERS|AFP|Getty Images|AP Photo|EPA-EFE|Xinhua|Bloomberg|Photographer: [^/\n]+)"
            r"/[A-Z][\w.'\u2019-]*(?:[ /]+[A-Z][\w.'\u2019-]*)*(?: Purchase Licensing Rights.*)?[ \t]*$"
        ),
    ),
    (": ", re.compile(r"\b(?:[Pp]hoto|[Ii]mage|[Pp]icture) ?(?:[Cc]redit)?: [A-Z][^\n]{0,80}$")),
    ("rights reserved", re.compile(r"\b[Aa]ll rights reserved\.?[ \t]*$")),
)

_ENDING_TRIGGERS = tuple(trigger for trigger, _ in _ENDINGS)

# furniture inside a line: a closing parenthetical credit ("… the ministry said. (Reporting by
# …)"), the marker a wire site puts after a link's words, and the footers a blog's feed puts
# after a summary ("The post China curbs gallium appeared first on Mining Weekly.", "Continue
# reading …", "[…]"), which name the story a second time
_INLINE = re.compile(
    r"\((?:[Aa]dditional |[Ee]xtra )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^()\n]{1,300}\)"
    r"|, opens new tab"
    r"|\bThe post [^\n]{1,300}? appeared first on [^\n]{1,120}?(?:\.|$)"
    r"|\b(?:Continue reading|Read the full (?:story|article))\b[^\n.]{0,80}(?:\.{3}|\u2026|\.)?[ \t]*$"
    r"|\[(?:\u2026|\.\.\.)\][ \t]*$",
    re.MULTILINE,
)
# what a text must hold for _INLINE to be tried: each a scan of the whole text, so as few
# as cover its cases ("ing by" for the three credits, "[" for both ellipses)
_INLINE_TRIGGERS = (
    "ing by", "opens new tab", "appeared first on", "ontinue reading", "ead the full", "[",
)  # fmt: skip


def blank_boilerplate(text: str) -> str:
    """`text` with its page furniture replaced by spaces of the same length."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    start = 0
    links = False
    told = False  # a line of prose met before (ending with a stop)
    # the line-end patterns whose trigger the text holds at all (most hold none or one)
    endings = list(itertools.compress(_ENDINGS, map(text.__contains__, _ENDING_TRIGGERS)))
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if links:
            line = text[start:end].strip()
            if not line:
                start = end + 1
                continue
            links = not line.endswith(_STOPS) and len(line.split()) <= _HEADLINE_WORDS
            if links:
                spans.append((start, end))
                start = end + 1
                continue
        if end > start:
            opening = _OPENING.match(text, start, end)
            if opening is not None:
                if opening.group("tail") is not None:
                    if told:  # a release's legal text follows its news, never opens it
                        spans.append((start, size))
                        break
                    start = end + 1
                    continue
                spans.append((start, end))
                links = _LIST_HEAD.match(text, start, end) is not None
            else:
                told = told or text[start:end].rstrip().endswith(_PROSE_ENDS)
                for trigger, ending in endings:
                    if text.find(trigger, start, end) >= 0 and ending.search(text, start, end):
                        spans.append((start, end))
                        break
        start = end + 1
    if any(map(text.__contains__, _INLINE_TRIGGERS)):  # no Python frame per trigger
        spans += [m.span() for m in _INLINE.finditer(text)]
    if not spans:
        return text
    pieces = []
    last = 0
    for begin, finish in sorted(spans):
        if finish <= last:
            continue
        begin = max(begin, last)
        pieces += [text[last:begin], " " * (finish - begin)]
        last = finish
    pieces.append(text[last:])
    return "".join(pieces)


def blank_title_line(text: str, title: str) -> str:
    """`text` with its first line blanked when that line is the title again: a page's headline
    kept by article extraction would otherwise open the lead's sentence, lending it the
    headline's parties a second time (the title is read as the title anyway)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return text  # the text is one line: never the title alone
    line = text[start:end]
    if not line.strip() or _normal(line) != _normal(title):
        return text
    return text[:start] + " " * len(line) + text[end:]


def _normal(words: str) -> str:
    return " ".join(words.split()).casefold()
