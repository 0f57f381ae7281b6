"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the
TextWrapper class, with CPython's results.

CPython splits text into chunks with a regular expression; coil has no `re`
module, so _split_words() below scans the text by hand and accepts exactly
the chunks that expression does (whitespace runs, em-dashes between words,
words ending at whitespace, before an em-dash, or after a hyphen between
letters).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only the ASCII whitespace characters separate words (U+00A0 does not).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    """A regular-expression word character (\\w)."""
    return c.isalnum() or c == '_'


def _is_letter(c):
    """\\w without the decimal digits ([^\\d\\W])."""
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _dash_run_end(text, i):
    """Index after the run of '-' starting at text[i]."""
    n = len(text)
    while i < n and text[i] == '-':
        i += 1
    return i


def _em_dash_at(text, i):
    """End of an em-dash ('--' or longer, followed by a word character)
    starting at text[i], or -1."""
    n = len(text)
    if i + 1 < n and text[i] == '-' and text[i + 1] == '-':
        j = _dash_run_end(text, i)
        if j < n and _is_word(text[j]):
            return j
    return -1


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _word_end(text, start):
    """End of the word chunk starting at text[start] (a non-space)."""
    n = len(text)
    ws = _whitespace
    k = start + 1
    while True:
        if k >= n or text[k] in ws:
            return k
        c = text[k]
        if c == '-':
            # A hyphen between letters ends the chunk after the hyphen:
            # two letters before it (or letter-hyphen-letter), and a letter,
            # optional hyphen and letter after it.
            before = (_letter_at(text, k - 2) and _letter_at(text, k - 1)) or (
                _letter_at(text, k - 3) and text[k - 2] == '-' and _letter_at(text, k - 1))
            if before and _letter_at(text, k + 1) and (
                    _letter_at(text, k + 2) or (k + 2 < n and text[k + 2] == '-' and _letter_at(text, k + 3))):
                return k + 1
            # An em-dash follows a word-ish character: end the chunk before it.
            if _is_word_punct(text[k - 1]) and _em_dash_at(text, k) >= 0:
                return k
        k += 1


def _split_words(text):
    """The chunks of text for wrapping with break_on_hyphens."""
    chunks = []
    n = len(text)
    ws = _whitespace
    i = 0
    while i < n:
        if text[i] in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
        else:
            j = -1
            if i > 0 and _is_word_punct(text[i - 1]):
                j = _em_dash_at(text, i)
            if j < 0:
                j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_spaces(text):
    """Chunks that alternate between words and whitespace runs."""
    chunks = []
    n = len(text)
    ws = _whitespace
    i = 0
    while i < n:
        space = text[i] in ws
        j = i + 1
        while j < n and (text[j] in ws) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then an optional quote, at the end."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills text; the options are the attributes set by __init__
    (width, initial_indent, subsequent_indent, expand_tabs,
    replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder).
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks (words and whitespace runs)."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_spaces(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that has non-hyphens before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay chunks out into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Leading whitespace is dropped except at the very start.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines or
                            (not chunks or
                             self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                            and cur_len <= width)
            if last_allowed:
                lines.append(indent + ''.join(cur_line))
                continue
            # Out of lines: end this one (or the previous) with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The single paragraph text as a list of lines of at most width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The single paragraph text wrapped into one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text into a list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a single paragraph of text into one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit in width,
    ending with the placeholder when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _check_text(text):
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(text, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)


def dedent(text):
    """Remove the whitespace common to the start of every line of text.

    Lines of only spaces and tabs become empty and do not count; tabs and
    spaces are different characters ("  x" and "\\tx" share nothing).
    """
    _check_text(text)
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for j, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:j]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (by default: the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
