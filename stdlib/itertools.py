"""Functional tools for creating and using iterators (pure-Python version for coil)."""

_MAXSIZE = 9223372036854775807


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._cur = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return 'count(%r)' % (self._cur,)
        return 'count(%r, %r)' % (self._cur, self._step)


def cycle(iterable):
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    if func is None:
        func = _add

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = func(total, element)
            yield total
    return gen()


class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    data = iter(data)
    selectors = iter(selectors)
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable):
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


def filterfalse(predicate, iterable):
    it = iter(iterable)
    if predicate is None:
        predicate = bool

    def gen():
        for x in it:
            if not predicate(x):
                yield x
    return gen()


class groupby:
    def __init__(self, iterable, key=None):
        if key is None:
            key = lambda x: x
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()
        self._marker = self.tgtkey
        self.id = None

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def _check_index(v, msg):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        raise ValueError(msg) from None
    if not (0 <= v <= _MAXSIZE):
        raise ValueError(msg)
    return v


def islice(iterable, *args):
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    if nargs == 1:
        start = 0
        stop = _check_index(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        step = 1
    else:
        msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = args[0]
        stop = args[1]
        b = _check_index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        a = _check_index(start, msg)
        start = 0 if a is None else a
        stop = b
        step = 1
        if nargs == 3:
            st = args[2]
            if st is not None:
                try:
                    st = st.__index__()
                except AttributeError:
                    raise ValueError('Step for islice() must be a positive integer or None.') from None
                if st <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
                step = st
    it = iter(iterable)

    def gen():
        cnt = 0
        nxt = start
        while True:
            if stop is not None and cnt >= stop:
                return
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
                if stop is not None and cnt >= stop:
                    return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item
    return gen()


def starmap(function, iterable):
    it = iter(iterable)

    def gen():
        for args in it:
            yield function(*args)
    return gen()


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _Tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _Tee(self._it, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iterable
    if isinstance(it, _Tee):
        first = it.__copy__()
    else:
        first = _Tee(iter(iterable), _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]

    def gen():
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


def product(*args, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat

    def gen():
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)
    return gen()


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        _check_r(r)

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return gen()


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return gen()


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return gen()


def pairwise(iterable):
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()
