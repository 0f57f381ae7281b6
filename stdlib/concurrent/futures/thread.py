"""ThreadPoolExecutor: runs submitted calls on a pool of reusable threads.

Work items go through one SimpleQueue shared by the pool's workers. A
worker is started only when a call is submitted and no worker is idle, up
to max_workers. A None in the queue tells a worker to check whether the
executor (or the interpreter) is shutting down; a worker that leaves puts
the None back for the next one. At interpreter exit, before the
non-daemon threads are joined, every pool gets a None, so the workers
finish the queued calls and leave.

coil has no weak references yet, so a worker holds its executor strongly:
an executor dropped without shutdown() keeps its idle workers until the
interpreter exits (CPython wakes them when it collects the executor).
"""

import itertools
import queue
import threading

from concurrent.futures import _base

try:
    import os as _os
    _cpu_count = _os.cpu_count
except (ImportError, AttributeError):
    def _cpu_count():
        return None

# Each worker thread -> its pool's work queue (threads leave on exit).
_threads_queues = {}
_shutdown = False
# Keeps submit() from adding work while _python_exit() runs.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs before threading joins the non-daemon threads at exit.
threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and its Future."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Don't keep the exception's frames alive through self.
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    try:
        _work(executor, work_queue, initializer, initargs)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


def _work(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                # This worker is idle again.
                executor._idle_semaphore.release()
                continue
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                # Pass the wake-up on to the next worker.
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed: the pool cannot run calls."""


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls in up to max_workers threads."""

    # Numbers the pools whose threads get no thread_name_prefix (under a
    # lock: coil's itertools.count is Python code, not one atomic call).
    _numbers = itertools.count()
    _numbers_lock = threading.Lock()

    @classmethod
    def _counter(cls):
        with cls._numbers_lock:
            return next(cls._numbers)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers defaults to min(32, cpu_count + 4); each worker runs
        initializer(*initargs) first. Threads are named
        "<thread_name_prefix>_<n>"."""
        if max_workers is None:
            # At least 5 workers for I/O-bound calls, at most 32.
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            _threads_queues[t] = self._work_queue
            try:
                t.start()
            except BaseException:
                _threads_queues.pop(t, None)
                raise
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every queued call.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel the calls no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake the workers blocked in get().
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
