# with statement: multiple items, exceptions inside, exit order, return values
log = []
class Res:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError('enter failed: ' + self.name)
        log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else None}')
        return False
with Res('a') as a, Res('b') as b, Res('c'):
    log.append(f'body {a.name}{b.name}')
print(log)
log.clear()
try:
    with Res('a'), Res('b', fail_enter=True), Res('c'):
        log.append('body')
except RuntimeError as e:
    log.append(str(e))
print(log)
log.clear()
try:
    with Res('outer'):
        with Res('inner'):
            raise ValueError('deep')
except ValueError:
    log.append('caught')
print(log)
log.clear()
def gen_value():
    with Res('r') as r:
        return r.name
print(gen_value(), log)
log.clear()
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print('IndexError suppressed')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
with Res('x') as (one):
    print(one.name)
class TupleCM:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with TupleCM() as (p, q):
    print(p, q)
