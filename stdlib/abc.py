"""Abstract Base Classes (pure-Python version for coil).

The check that refuses to instantiate classes with abstract methods is
installed as a ``__new__`` on each class ABCMeta creates; isinstance() and
issubclass() consult ABCMeta for classes registered as virtual subclasses.
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
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        return False

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__') and '__new__' not in cls.__dict__:
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base class: class C(ABC) makes C an abstract base class."""
    __slots__ = ()


def get_cache_token():
    return 0
