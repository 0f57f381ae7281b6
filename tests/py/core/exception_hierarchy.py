# the builtin exception hierarchy: what catches what
def catches(exc, handler):
    try:
        raise exc
    except handler:
        return True
    except BaseException:
        return False
print(catches(IndexError(), LookupError), catches(KeyError(), LookupError), catches(ValueError(), LookupError))
print(catches(ZeroDivisionError(), ArithmeticError), catches(OverflowError(), ArithmeticError))
print(catches(FileNotFoundError(), OSError), catches(PermissionError(), OSError), catches(OSError(), IOError))
print(catches(KeyboardInterrupt(), Exception), catches(KeyboardInterrupt(), BaseException))
print(catches(SystemExit(), Exception), catches(GeneratorExit(), Exception))
print(catches(StopIteration(), Exception), catches(RecursionError(), RuntimeError))
print(catches(NotImplementedError(), RuntimeError), catches(UnboundLocalError(), NameError))
print(catches(UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), ValueError), catches(ModuleNotFoundError(), ImportError))
print(catches(IndentationError(), SyntaxError), catches(TabError(), IndentationError))
print(catches(AssertionError(), Exception), catches(AttributeError(), Exception))
print(catches(TimeoutError(), OSError), catches(EOFError(), Exception))
for cls in [IndexError, KeyError, ZeroDivisionError, FileNotFoundError, UnboundLocalError,
            RecursionError, ModuleNotFoundError, TabError, KeyboardInterrupt, StopIteration]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
try:
    open('/definitely/not/here')
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError))
