"""Reading and writing gzip files (RFC 1952): GzipFile over a binary file
and zlib's raw deflate streams, gzip.open (binary and text modes), and
one-shot compress/decompress. Multi-member files are read as one stream.
"""

import builtins
import os
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024
_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"
_EBADF = 9


class BadGzipFile(OSError):
    """Raised for data that is not a valid gzip file."""


def _unsupported_operation():
    # io.UnsupportedOperation, as the builtin file objects raise it.
    with builtins.open(os.devnull, 'wb') as f:
        try:
            f.read()
        except OSError as e:
            return type(e)
    return OSError


_UnsupportedOperation = _unsupported_operation()


def _is_pathlike(obj):
    return isinstance(obj, (str, bytes)) or hasattr(type(obj), '__fspath__')


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary ('r', 'w', 'x', 'a', with or without 'b')
    or text ('rt', 'wt', 'xt', 'at') mode; filename may be a path or a
    file object."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if _is_pathlike(filename):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding, errors, newline)
    return binary_file


def _write32u(output, value):
    output.write((value & 0xffffffff).to_bytes(4, 'little'))


def _header_bytes(compresslevel, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = b'\002'
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = b'\004'
    else:
        xfl = b'\000'
    flags = FNAME if fname else 0
    header = b'\037\213\010' + bytes([flags]) + (int(mtime) & 0xffffffff).to_bytes(4, 'little') + xfl + b'\377'
    if fname:
        header += fname + b'\000'
    return header


class _Reader:
    """Decompresses the members of a gzip stream read from a file object,
    checking each member's CRC and length."""

    def __init__(self, fp, short_errors=False):
        self._short_errors = short_errors
        self._fp = fp
        self._raw = b''
        self._decomp = None
        self._eof = False
        self._crc = 0
        self._size = 0
        self.last_mtime = None

    def _raw_read(self, n):
        while len(self._raw) < n:
            chunk = self._fp.read(max(n - len(self._raw), READ_BUFFER_SIZE))
            if not chunk:
                break
            self._raw += chunk
        data, self._raw = self._raw[:n], self._raw[n:]
        return data

    def _read_exact(self, n):
        data = self._raw_read(n)
        if len(data) < n:
            raise EOFError(_EOF_MESSAGE)
        return data

    def _read_header(self):
        magic = self._raw_read(2)
        if magic == b'':
            return False
        if magic != b'\037\213':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        header = self._read_exact(8)
        method, flag = header[0], header[1]
        self.last_mtime = int.from_bytes(header[2:6], 'little')
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flag & FEXTRA:
            extra_len = int.from_bytes(self._read_exact(2), 'little')
            self._read_exact(extra_len)
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while True:
                    s = self._raw_read(1)
                    if not s or s == b'\000':
                        break
        if flag & FHCRC:
            self._read_exact(2)
        return True

    def _read_trailer(self):
        trailer = self._read_exact(8)
        crc32 = int.from_bytes(trailer[:4], 'little')
        isize = int.from_bytes(trailer[4:], 'little')
        if crc32 != self._crc:
            if self._short_errors:
                raise BadGzipFile("CRC check failed")
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
        if isize != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        # Zero padding may follow a member.
        c = b'\x00'
        while c == b'\x00':
            c = self._raw_read(1)
        if c:
            self._raw = c + self._raw

    def read_chunk(self):
        """The next piece of decompressed data; b'' at the end."""
        while not self._eof:
            if self._decomp is None:
                if not self._read_header():
                    self._eof = True
                    return b''
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = 0
                self._size = 0
            if self._raw:
                data, self._raw = self._raw, b''
            else:
                data = self._fp.read(READ_BUFFER_SIZE)
            out = self._decomp.decompress(data)
            self._crc = zlib.crc32(out, self._crc)
            self._size += len(out)
            if self._decomp.eof:
                self._raw = self._decomp.unused_data + self._raw
                self._decomp = None
                self._read_trailer()
            elif data == b'':
                raise EOFError(_EOF_MESSAGE)
            if out:
                return out
        return b''

    def rewind(self):
        self._fp.seek(0)
        self._raw = b''
        self._decomp = None
        self._eof = False


class GzipFile:
    """A file object whose data is gzip-compressed in an underlying binary
    file; reading decompresses, writing compresses."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self._buf = b''
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.offset = 0
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """The modification time in the last member's header, once read."""
        return self._reader.last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        self.fileobj.write(_header_bytes(compresslevel, self._write_mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_EBADF, what + "() on write-only GzipFile object")

    @property
    def closed(self):
        return self.fileobj is None

    def write(self, data):
        """Compress and write bytes; returns the number of bytes taken."""
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(_EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, bytearray):
            data = bytes(data)
        elif not isinstance(data, bytes):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        length = len(data)
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _fill(self):
        chunk = self._reader.read_chunk()
        if not chunk:
            return False
        self._buf = self._buf[self._pos:] + chunk
        self._pos = 0
        return True

    def _take(self, n):
        data = self._buf[self._pos:self._pos + n]
        self._pos += len(data)
        self.offset += len(data)
        return data

    def read(self, size=-1):
        """Up to size decompressed bytes (all the rest if size < 0)."""
        self._check_read("read")
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(len(self._buf) - self._pos)
        while len(self._buf) - self._pos < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        """Decompressed bytes with at most one read of the file."""
        self._check_read("read1")
        if self._pos >= len(self._buf):
            self._fill()
        available = len(self._buf) - self._pos
        if size is None or size < 0 or size > available:
            size = available
        return self._take(size)

    def peek(self, n):
        """Buffered bytes from the current position, without consuming them."""
        self._check_read("peek")
        if self._pos >= len(self._buf):
            self._fill()
        return self._buf[self._pos:]

    def readline(self, size=-1):
        """One line of bytes, ending with b'\\n' unless at the end."""
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_EBADF, "read() on write-only GzipFile object")
        if size is None:
            size = -1
        start = self._pos
        while True:
            i = self._buf.find(b'\n', start)
            if i >= 0:
                n = i + 1 - self._pos
                break
            if 0 <= size <= len(self._buf) - self._pos:
                n = size
                break
            start = len(self._buf)
            keep = self._pos
            if not self._fill():
                n = len(self._buf) - self._pos
                break
            start -= keep
        if 0 <= size < n:
            n = size
        return self._take(n)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        """Finish the stream (writing the trailer) and close the file."""
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                _write32u(fileobj, self.crc)
                _write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Restart reading from the beginning of the file."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()
        self._buf = b''
        self._pos = 0
        self.offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self.offset

    def seek(self, offset, whence=0):
        if self.mode == WRITE:
            if whence != 0:
                if whence == 1:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
        elif self.mode == READ:
            self._check_not_closed()
            if whence == 1:
                offset = self.offset + offset
            elif whence == 2:
                while self.read(READ_BUFFER_SIZE):
                    pass
                offset = self.offset + offset
            if offset < self.offset:
                self.rewind()
            while self.offset < offset:
                if not self.read(min(offset - self.offset, READ_BUFFER_SIZE)):
                    break
        return self.offset

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, 'myfileobj', None) is not None and getattr(self, 'fileobj', None) is not None:
            self.close()


def _utf8_cut(data):
    """The length of the longest prefix of data that ends on a UTF-8
    character boundary (at most 3 bytes are held back)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b & 0x80 == 0:
            return n
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4
        return n if back >= need else n - back
    return n


class _TextFile:
    """Text I/O over a GzipFile: decodes on reading and encodes on writing,
    with the newline handling of open()'s text files."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = encoding if encoding is not None else 'UTF-8'
        self.errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._utf8 = self.encoding.lower().replace('_', '-') in ('utf-8', 'utf8', 'u8')
        ''.encode(self.encoding)
        self._pending = b''
        self._text = ''
        self._text_tail = ''
        self._eof = False

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _fill(self):
        if self._eof:
            return False
        raw = self.buffer.read1(8192) if self.buffer.mode == READ else b''
        if not raw:
            self._eof = True
            data = self._pending
            self._pending = b''
        else:
            data = self._pending + raw
            cut = _utf8_cut(data) if self._utf8 else len(data)
            data, self._pending = data[:cut], data[cut:]
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = self._text_tail + text
            if not self._eof and text.endswith('\r'):
                self._text_tail = '\r'
                text = text[:-1]
            else:
                self._text_tail = ''
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._text += text
        return True

    def _check_readable(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if self.buffer.mode != READ:
            raise _UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            while self._fill():
                pass
            text, self._text = self._text, ''
            return text
        while len(self._text) < size and self._fill():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def _line_end(self, start):
        """The index just past the first line ending in self._text at or
        after start, or -1."""
        nl = self._newline
        if nl is None or nl == '\n':
            i = self._text.find('\n', start)
            return i + 1 if i >= 0 else -1
        if nl == '':
            for i in range(start, len(self._text)):
                c = self._text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(self._text):
                        return i + 2 if self._text[i + 1] == '\n' else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = self._text.find(nl, start)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0:
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            start = max(0, len(self._text) - 1)
            if not self._fill():
                end = len(self._text)
                break
        if 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self.buffer.mode != WRITE:
            raise _UnsupportedOperation("not writable")
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def __enter__(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self.encoding)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip file bytes of data (one member, no file name)."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _header_bytes(compresslevel, mtime)
    trailer = zlib.crc32(data).to_bytes(4, 'little') + (len(data) & 0xffffffff).to_bytes(4, 'little')
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


class _BytesReader:
    """A read-only file over bytes, for decompress()."""

    def __init__(self, data):
        self._data = data
        self._pos = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self._data) - self._pos
        chunk = self._data[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk


def decompress(data):
    """The data of every member of the gzip bytes, concatenated."""
    reader = _Reader(_BytesReader(bytes(data)), short_errors=True)
    chunks = []
    while True:
        chunk = reader.read_chunk()
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)
