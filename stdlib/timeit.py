"""Timing small pieces of code: timeit(), repeat(), default_timer and the
Timer class (timeit, repeat, autorange, print_exc).

A statement (and setup) given as a string is compiled into a function that
runs it in a loop, like CPython's timeit does, so the loop itself costs as
little as possible; a callable is called in that loop instead.
"""

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indented(src, indent):
    """src with every line after the first indented by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _loop_source(init, setup, stmt):
    return ("\n"
            "def inner(_it, _timer%s):\n"
            "    %s\n"
            "    _t0 = _timer()\n"
            "    for _i in _it:\n"
            "        %s\n"
            "        pass\n"
            "    _t1 = _timer()\n"
            "    return _t1 - _t0\n") % (init, setup, stmt)


class Timer:
    """Times a statement: Timer(stmt='pass', setup='pass', timer=default_timer,
    globals=None). stmt and setup are source strings or callables; string
    code runs in `globals` (by default this module's namespace)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # It must also compile on its own, outside the function.
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = _indented(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = _indented(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _loop_source(init, setup, stmt)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, showing the
        generated source for lines of the timed code."""
        import traceback
        lines = []
        src_lines = self.src.split("\n")
        exc = sys.exception()
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename == dummy_src_name and 0 < frame.lineno <= len(src_lines):
                frame = traceback.FrameSummary(frame.filename, frame.lineno, frame.name,
                                               line=src_lines[frame.lineno - 1])
            lines.append(frame)
        out = ['Traceback (most recent call last):\n']
        out.extend(traceback.StackSummary.from_list(lines).format())
        out.extend(traceback.format_exception_only(exc))
        if file is None:
            file = sys.stderr
        file.write(''.join(out))

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times (after setup)."""
        it = itertools.repeat(None, number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20, 50,
        ... whose total time is at least 0.2 seconds; callback(number,
        time_taken) is called after each try."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Seconds to run stmt `number` times."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """A list of `repeat` timings of stmt run `number` times."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
