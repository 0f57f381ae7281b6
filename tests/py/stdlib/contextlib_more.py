from contextlib import ExitStack, contextmanager, suppress
import functools
def bad():
    raise KeyError('from callback')
try:
    with ExitStack() as st:
        st.callback(bad)
        raise ValueError('body')
except KeyError as e:
    print('KeyError', e, repr(e.__context__))
try:
    with ExitStack() as st:
        st.callback(print, 'second')
        st.callback(bad)
except KeyError as e:
    print('KeyError', e, e.__context__)
@contextmanager
def cm():
    try:
        yield
    except StopIteration:
        print('saw StopIteration')
        raise
try:
    with cm():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration', e)
with suppress(Exception):
    with cm():
        raise StopIteration
print('ok')
@contextmanager
def gen_exit():
    yield
try:
    with gen_exit():
        raise GeneratorExit
except GeneratorExit:
    print('GeneratorExit propagated')
c = cm()
print(type(c).__name__)
