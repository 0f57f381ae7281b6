# user-defined exception classes: hierarchy, extra attributes, custom __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where='db'):
        super().__init__(f'{key} not found in {where}')
        self.key = key
        self.where = where
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f'invalid {self.field}={self.value!r}'
class Fatal(AppError, RuntimeError):
    pass
def raise_it(kind):
    if kind == 'nf':
        raise NotFound('user42')
    if kind == 'inv':
        raise Invalid('age', -1)
    if kind == 'fatal':
        raise Fatal('boom')
    raise AppError('generic', 'extra')
for kind in ['nf', 'inv', 'fatal', 'other']:
    try:
        raise_it(kind)
    except NotFound as e:
        print('NotFound:', e, e.key, e.where, e.args)
    except Invalid as e:
        print('Invalid:', e, e.field, e.value, e.args, repr(e))
    except AppError as e:
        print(type(e).__name__, e, e.args, isinstance(e, RuntimeError))
print(issubclass(NotFound, AppError), issubclass(Fatal, RuntimeError), [c.__name__ for c in Fatal.__mro__])
print(repr(NotFound('k')), str(AppError()), repr(AppError()))
try:
    raise Fatal('x')
except RuntimeError as e:
    print('caught as RuntimeError:', type(e).__name__)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuper(5)
print(e.code, e.args, repr(str(e)))
