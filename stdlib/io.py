"""In-memory streams (StringIO, BytesIO) and io.open for coil.

Both streams keep their committed contents plus a list of pieces appended at
the end, so a long run of writes (print(..., file=buf)) costs linear time.
Error messages follow CPython 3.11's C implementation, including where it
writes "closed file" with and without a final period.
"""

open = open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _size_arg(size):
    """A read/readline/truncate size: an int (via __index__) or None -> -1."""
    if size is None:
        return -1
    if isinstance(size, int):
        return int(size)
    index = getattr(type(size), '__index__', None)
    if index is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return index(size)


def _index_arg(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


_NL_CR, _NL_LF, _NL_CRLF = 1, 2, 4


class _MemoryIO:
    """What StringIO and BytesIO share. `_check_closed(period)` picks
    CPython's message: with or without the final period, which differs
    between methods of StringIO (BytesIO always has it)."""

    def readlines(self, hint=-1):
        self._check_closed(True)
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self._readline(-1)
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed(True)
        for line in lines:
            self.write(line)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed(True)
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __next__(self):
        self._check_closed()
        line = self._readline(-1)
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_closed(True)
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    """A text stream kept in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._value = ''
        self._tail = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    # -- internal helpers --

    def _check_closed(self, period=False):
        if self._closed:
            raise ValueError("I/O operation on closed file." if period else "I/O operation on closed file")

    def _flat(self):
        if self._tail:
            self._value = self._value + ''.join(self._tail)
            self._tail = []
        return self._value

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen |= _NL_CRLF
                if s.replace('\r\n', '').find('\r') >= 0:
                    self._seen |= _NL_CR
                if s.replace('\r\n', '').find('\n') >= 0:
                    self._seen |= _NL_LF
                return s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s:
                self._seen |= _NL_LF
            return s
        if nl in ('\r', '\r\n') and '\n' in s:
            return s.replace('\n', nl)
        return s

    def _write(self, s):
        s = self._translate(s)
        n = len(s)
        if not n:
            return
        end = self._len
        pos = self._pos
        if pos == end:
            self._tail.append(s)
        else:
            value = self._flat()
            if pos > end:
                self._value = value + '\0' * (pos - end) + s
            else:
                self._value = value[:pos] + s + value[pos + n:]
        self._pos = pos + n
        if self._pos > end:
            self._len = self._pos

    def _line_end(self, value, start, limit):
        """Index just past the line starting at `start` (at most `limit`)."""
        nl = self._newline
        if nl == '':
            i = start
            while i < limit:
                c = value[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < limit and value[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return limit
        sep = '\n' if nl is None else nl
        i = value.find(sep, start, limit)
        if i < 0:
            return limit
        return i + len(sep)

    def _readline(self, size):
        value = self._flat()
        start = self._pos
        if start >= len(value):
            return ''
        limit = len(value) if size < 0 else min(len(value), start + size)
        end = self._line_end(value, start, limit)
        self._pos = end
        return value[start:end]

    # -- public API --

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None or not self._seen:
            return None
        kinds = [k for bit, k in ((_NL_CR, '\r'), (_NL_LF, '\n'), (_NL_CRLF, '\r\n')) if self._seen & bit]
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    encoding = None
    errors = None

    def getvalue(self):
        self._check_closed()
        return self._flat()

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        value = self._flat()
        start = self._pos
        if start >= len(value):
            return ''
        end = len(value) if size < 0 else min(len(value), start + size)
        self._pos = end
        return value[start:end]

    def readline(self, size=-1):
        self._check_closed()
        return self._readline(_size_arg(size))

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._write(s)
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index_arg(pos)
        whence = _index_arg(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._flat())
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        value = self._flat()
        if size < len(value):
            self._value = value[:size]
            self._len = size
        return size

    def close(self):
        self._closed = True
        self._value = ''
        self._tail = []
        self._len = 0

    def flush(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")

    def __iter__(self):
        self._check_closed(True)
        return self



def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, bytearray):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_MemoryIO):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b''):
        data = b'' if initial_bytes is None else _as_bytes(initial_bytes)
        self._buf = bytearray(data)
        self._pos = 0
        self._closed = False

    def _check_closed(self, period=True):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _readline(self, size):
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        limit = len(buf) if size < 0 else min(len(buf), start + size)
        i = buf.find(b'\n', start, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(buf[start:end])

    @property
    def closed(self):
        return self._closed

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = end
        return bytes(buf[start:end])

    read1 = read

    def readinto(self, b):
        if not isinstance(b, bytearray):
            raise TypeError("readinto() argument must be read-write bytes-like object, not %s" % type(b).__name__)
        self._check_closed()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check_closed()
        return self._readline(_size_arg(size))

    def write(self, b):
        self._check_closed()
        data = _as_bytes(b)
        n = len(data)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf.extend(b'\0' * (pos - len(buf)))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index_arg(pos)
        whence = _index_arg(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self._closed = True
        self._buf = bytearray()

    def flush(self):
        self._check_closed()

    def __iter__(self):
        return self


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
