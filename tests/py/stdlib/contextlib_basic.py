from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator, redirect_stdout
import sys

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('p') as t:
    print('inside', t)

try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError('converted')
try:
    with reraise():
        1 / 0
except ValueError as e:
    print('ValueError', e, type(e.__context__).__name__)

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(5))
print(decorated(6))

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed', e)

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closing', self.n)
with closing(Res(1)) as r:
    print('using', r.n)

with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

class CMx:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n, a[0].__name__ if a[0] else None)
        return False

with ExitStack() as stack:
    vals = [stack.enter_context(CMx(i)) for i in range(3)]
    stack.callback(print, 'callback', 'arg', sep='-')
    print('vals', vals)

def exit_fn(t, v, tb):
    print('push exit', t.__name__ if t else None)
    return True
with ExitStack() as stack:
    stack.push(exit_fn)
    stack.enter_context(CMx('x'))
    raise KeyError('suppressed by push')
print('after stack')

stack = ExitStack()
stack.callback(print, 'closed explicitly')
stack.enter_context(CMx('y'))
stack.close()
stack.close()

with ExitStack() as outer:
    outer.callback(print, 'moved')
    inner = outer.pop_all()
print('outer done')
inner.close()

try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print('TypeError', e)

try:
    with ExitStack() as st:
        st.callback(print, 'cleanup runs')
        raise IndexError('from body')
except IndexError as e:
    print('IndexError', e)

class mydeco(ContextDecorator):
    def __enter__(self):
        print('deco enter')
        return self
    def __exit__(self, *exc):
        print('deco exit')
        return False
@mydeco()
def g():
    print('in g')
g()

@contextmanager
def gen_state():
    state = []
    yield state
    print('state', state)
with gen_state() as s:
    s.append(1)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
b = Buf()
with redirect_stdout(b):
    print('hidden')
print('captured', repr(''.join(b.parts)))
