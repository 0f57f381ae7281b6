"""Generic (shallow and deep) copying operations (pure-Python version for coil)."""

import types


class Error(Exception):
    pass


error = Error

__all__ = ['Error', 'copy', 'deepcopy']

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           types.FunctionType, property)


def _is_atomic(x, cls):
    if cls in _atomic:
        return True
    if isinstance(x, type):
        return True
    return False


def copy(x):
    cls = type(x)
    if _is_atomic(x, cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and cls.__module__ not in ('builtins',):
        try:
            rv = reductor(x, 4)
        except TypeError:
            rv = None
        if isinstance(rv, tuple):
            return _reconstruct(x, None, *rv)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_inst(x, cls, None)


def _instance_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        try:
            return getstate(), True
        except TypeError:
            pass
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    return d, False


def _new_instance(cls, x, memo=None):
    if isinstance(x, dict):
        return cls.__new__(cls)
    if isinstance(x, list):
        return cls.__new__(cls)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
        if memo is not None:
            # like copyreg.__newobj__ under deepcopy: the arguments are copied too
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    return object.__new__(cls)


def _copy_inst(x, cls, memo):
    deep = memo is not None
    y = _new_instance(cls, x, memo)
    if deep:
        memo[id(x)] = y
    state, custom = _instance_state(x)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        elif isinstance(state, dict):
            for k, v in state.items():
                object.__setattr__(y, k, v)
    if isinstance(x, dict):
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, list):
        for v in list.__iter__(x):
            if deep:
                v = deepcopy(v, memo)
            list.append(y, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x, cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            reductor = getattr(cls, '__reduce__', None)
            if reductor is not None and '__reduce__' in _class_dicts(cls):
                rv = reductor(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_inst(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _class_dicts(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        names.update(klass.__dict__.keys())
    return names


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
