"""Abstract Base Classes (pure-Python version for coil).

coil ignores the metaclass when it instantiates classes, so the check that
refuses to instantiate classes with abstract methods is installed as a
``__new__`` on the class itself (by ABCMeta.__new__ and ABC.__init_subclass__).
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('__func__', 'fget', 'fset', 'fdel'):
        f = getattr(value, attr, None)
        if f is not None and getattr(f, '__isabstractmethod__', False):
            return True
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _abc_new(cls, *args, **kwargs):
    abstracts = cls.__dict__.get('__abstractmethods__', None)
    if abstracts is None:
        abstracts = update_abstractmethods(cls).__abstractmethods__
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, '' if len(names) == 1 else 's', ', '.join(names)))
    for klass in cls.__mro__[1:]:
        new = klass.__dict__.get('__new__')
        if new is None or new is _abc_new_sm:
            continue
        if isinstance(new, staticmethod):
            new = new.__func__
        if klass is object:
            return object.__new__(cls)
        return new(cls, *args, **kwargs)
    return object.__new__(cls)


_abc_new_sm = staticmethod(_abc_new)


def _setup(cls):
    cls.__abstractmethods__ = _compute_abstracts(cls)
    cls._abc_registry = set()
    if '__new__' not in cls.__dict__:
        cls.__new__ = _abc_new_sm


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _setup(cls)
        return cls

    def register(cls, subclass):
        cls._abc_registry.add(subclass)
        return subclass

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__') and '__new__' not in cls.__dict__:
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        _setup(cls)

    @classmethod
    def register(cls, subclass):
        if '_abc_registry' not in cls.__dict__:
            cls._abc_registry = set()
        cls._abc_registry.add(subclass)
        return subclass


_setup(ABC)


def get_cache_token():
    return 0
