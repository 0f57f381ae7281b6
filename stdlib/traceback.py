"""Extract, format and print exceptions and their tracebacks, as CPython's
traceback module does.

Whole tracebacks (print_exc, format_exc, print_exception, format_exception
without a limit) come from the interpreter's own formatter through _coil,
so they read exactly like the traceback of an uncaught exception; the
per-frame API (extract_tb, format_tb, StackSummary, FrameSummary, limits)
walks the traceback objects of exc.__traceback__.
"""

import sys
import _coil

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()


def _source_line(filename, lineno):
    """The source line the interpreter shows in tracebacks ('' if none)."""
    return _coil.source_line(filename, lineno) or ''


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """(frame, line number) for each traceback entry, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(items, limit):
    """items cut to limit like CPython: the first `limit` entries, or with a
    negative limit the last -limit ones."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """From (frame, lineno) pairs (walk_tb)."""
        result = klass()
        for frame, lineno in _limited(list(frame_gen), limit):
            code = frame.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one frame: its File line and its source line."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """One string per frame, runs of identical frames collapsed."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    more = count - _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        more, 's' if more > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame))
        if count > _RECURSIVE_CUTOFF:
            more = count - _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                more, 's' if more > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback object."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    """Strings ready for printing from FrameSummary objects or tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    """The frames of a traceback as strings."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the frames of a traceback object."""
    print_list(extract_tb(tb, limit=limit), file=file)


def _current_stack(skip, limit):
    """StackSummary of the running code, outermost first, leaving out the
    `skip` innermost frames (the traceback module's own)."""
    frames = []
    depth = skip
    while True:
        try:
            filename, lineno, _globals, name = _coil.frame_info(depth)
        except ValueError:
            break
        frames.append(FrameSummary(filename, lineno, name))
        depth += 1
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    frames.reverse()
    return StackSummary(frames)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (f must be None in coil)."""
    if f is not None:
        raise TypeError("extract_stack() only supports f=None in coil")
    return _current_stack(2, limit)


def format_stack(f=None, limit=None):
    if f is not None:
        raise TypeError("format_stack() only supports f=None in coil")
    return _current_stack(2, limit).format()


def print_stack(f=None, limit=None, file=None):
    if f is not None:
        raise TypeError("print_stack() only supports f=None in coil")
    print_list(_current_stack(2, limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def _exception_name(etype):
    name = etype.__qualname__
    module = etype.__module__
    if module not in ("__main__", "builtins"):
        if not isinstance(module, str):
            module = "<unknown>"
        name = module + '.' + name
    return name


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def format_exception_only(exc, /, value=_sentinel):
    """The lines describing the exception itself (no traceback)."""
    if value is _sentinel:
        value = exc
    if isinstance(value, BaseException):
        return _coil.format_exception_only(value)
    text = _safe_str(value)
    name = _exception_name(type(value))
    return ['%s: %s\n' % (name, text) if text else name + '\n']


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a traceback for exc (what print_exception prints)."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print a traceback for exc to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (like an uncaught one)."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    """Frames are snapshots in coil: nothing to clear."""
    pass


def walk_stack(f):
    raise TypeError("walk_stack() needs frame objects, which coil does not have")


class TracebackException:
    """An exception captured for later formatting: its type, message, stack
    (a StackSummary) and its __cause__ / __context__ chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._str = _safe_str(exc_value)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, lookup_lines=lookup_lines,
                                                    _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen and
                    not (compact and (self.__cause__ is not None or self.__suppress_context__))):
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, lookup_lines=lookup_lines,
                                                      _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The lines describing the exception itself."""
        if self.exc_type is None:
            yield _exception_name(type(None)) + '\n'
            return
        if isinstance(self._exc, BaseException):
            yield from _coil.format_exception_only(self._exc)
            return
        name = _exception_name(self.exc_type)
        yield '%s: %s\n' % (name, self._str) if self._str else name + '\n'

    def _own_lines(self):
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole traceback, causes and contexts first."""
        if (self._limit is None and getattr(sys, 'tracebacklimit', None) is None and
                isinstance(self._exc, BaseException) and self._matches_exception()):
            # The interpreter's own formatter: the same text as the traceback
            # of an uncaught exception.
            yield from _coil.format_exception(self._exc, chain)
            return
        parts = []
        te = self
        while te is not None:
            if te.__cause__ is not None and chain:
                msg = "\nThe above exception was the direct cause of the following exception:\n\n"
                nxt = te.__cause__
            elif te.__context__ is not None and not te.__suppress_context__ and chain:
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n"
                nxt = te.__context__
            else:
                msg = None
                nxt = None
            parts.append((msg, te))
            te = nxt
        for msg, te in reversed(parts):
            if msg is not None:
                yield msg
            yield from te._own_lines()

    def _matches_exception(self):
        """Whether this still describes its exception as it is now (so the
        interpreter can format the exception itself)."""
        exc = self._exc
        tb = exc.__traceback__
        if (tb is None) != (self._tb is None):
            return False
        if tb is not None and [(f.f_code.co_filename, n) for f, n in walk_tb(tb)] != \
                [(f.f_code.co_filename, n) for f, n in walk_tb(self._tb)]:
            return False
        return True
