"""Operating system services: the native calls of _os, the os.environ
mapping, stat results, makedirs/removedirs, walk, and os.path (posixpath).
"""

import sys
import _os
from _os import (getpid, getppid, getuid, getgid, getcwd, getcwdb, chdir, listdir,
                 mkdir, rmdir, remove, unlink, rename, replace, access, chmod,
                 readlink, symlink, cpu_count, urandom, strerror, fspath,
                 F_OK, R_OK, W_OK, X_OK)

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
curdir = '.'
pardir = '..'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

import posixpath as path
sys.modules['os.path'] = path

error = OSError

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath",
           "name", "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "fsencode", "fsdecode", "get_exec_path", "makedirs", "removedirs",
           "renames", "walk", "environ", "getenv", "putenv", "unsetenv"]


class stat_result(tuple):
    """The result of stat(): a 10-tuple (mode, ino, dev, nlink, uid, gid,
    size, atime, mtime, ctime with whole-second times) whose attributes
    also give the float and nanosecond times, st_blksize, st_blocks and
    st_rdev."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, fields):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:10])
        self._extra = fields[10:]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])

    def __repr__(self):
        names = self._names + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))




def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Status of a path (or an open file descriptor)."""
    return stat_result(_os.stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Status of a path, not following a final symbolic link."""
    return stat_result(_os.lstat(path, dir_fd=dir_fd))


def fsencode(filename):
    """A path as bytes (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _Environ:
    """os.environ: a mapping of the process environment; assignments and
    deletions change the real environment too."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        _os.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self:
            return key, self.pop(key)
        raise KeyError('popitem(): dictionary is empty')

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwds):
        pairs = other.items() if hasattr(other, 'keys') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % item for item in self._data.items())

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ)


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def putenv(name, value):
    """Set an environment variable (os.environ is not updated)."""
    _os.putenv(name, value)


def unsetenv(name):
    """Remove an environment variable (os.environ is not updated)."""
    _os.unsetenv(name)


def get_exec_path(env=None):
    """The directories searched for executables, from PATH."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents; with exist_ok, an
    existing directory is not an error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then each empty parent."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating the new parents and pruning the old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for top and every directory
    below it; top-down, the caller may prune dirnames in place."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for entry in names:
        full = path.join(top, entry)
        try:
            is_dir = path.isdir(full)
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry)
        else:
            nondirs.append(entry)
        if not topdown and is_dir:
            if followlinks or not path.islink(full):
                walk_dirs.append(full)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
