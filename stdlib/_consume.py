"""sum(), any() and all() of a generator, in Python.

The eval loop resumes a generator in place when Python code iterates it
(src/vm/generator.rs), while a native builtin has to drive it through a
nested run of the loop for every item. So when one of these builtins gets
a generator, the call runs these instead (src/vm/eval.rs, call_from_stack);
for every other iterable the native builtin runs. They compute exactly what
CPython 3.11's builtins do: sum adds left to right (CPython's int and float
fast paths give the same results as `+`), any and all stop at the first
deciding item. Their frames are hidden from tracebacks, like C code's.
"""


def sum(iterable, start=0):
    for x in iterable:
        start = start + x
    return start


def any(iterable):
    for x in iterable:
        if x:
            return True
    return False


def all(iterable):
    for x in iterable:
        if not x:
            return False
    return True
