"""The awaitables returned by an async generator's __anext__/asend (one
class) and athrow/aclose (another), written over the generator's native
one-step methods `_coil_step(value)` and `_coil_throw(exc)` (see
src/objects/methods/asyncgen.rs): a value the generator yields arrives as
StopIteration(value), an inner await's yield is returned to our driver."""


class _Awaitable:
    """An awaitable that is its own iterator, driven by send()."""

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)


class async_generator_asend(_Awaitable):
    def __init__(self, agen, value):
        self._agen = agen
        self._value = value
        self._state = 0  # 0 not started, 1 running, 2 done

    def send(self, value):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if self._state == 0:
            self._state = 1
            value = self._value
        try:
            return self._agen._coil_step(value)
        except BaseException:
            self._state = 2
            raise

    def throw(self, typ, val=None, tb=None):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        self._state = 1
        exc = typ if val is None else typ(val)
        try:
            return self._agen._coil_throw(exc)
        except BaseException:
            self._state = 2
            raise

    def close(self):
        self._state = 2


class async_generator_athrow(_Awaitable):
    def __init__(self, agen, exc, closing):
        self._agen = agen
        self._exc = exc
        self._closing = closing
        self._state = 0

    def _finish(self, step, arg):
        try:
            result = step(arg)
        except StopIteration:
            self._state = 2
            if self._closing:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise
        except (StopAsyncIteration, GeneratorExit):
            self._state = 2
            if self._closing:
                raise StopIteration
            raise
        except BaseException:
            self._state = 2
            raise
        return result

    def send(self, value):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if self._state == 0:
            self._state = 1
            if self._agen.ag_frame is None:
                # Already finished: nothing to throw into.
                self._state = 2
                raise StopIteration
            return self._finish(self._agen._coil_throw, self._exc)
        return self._finish(self._agen._coil_step, value)

    def throw(self, typ, val=None, tb=None):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        self._state = 1
        exc = typ if val is None else typ(val)
        return self._finish(self._agen._coil_throw, exc)

    def close(self):
        self._state = 2


class anext_awaitable(_Awaitable):
    """anext(aiterator, default): StopAsyncIteration becomes the default."""

    def __init__(self, awaitable, default):
        self._it = awaitable.__await__()
        self._default = default

    def send(self, value):
        try:
            return self._it.send(value)
        except StopAsyncIteration:
            raise StopIteration(self._default)

    def throw(self, typ, val=None, tb=None):
        try:
            return self._it.throw(typ if val is None else typ(val))
        except StopAsyncIteration:
            raise StopIteration(self._default)

    def close(self):
        self._it.close()
