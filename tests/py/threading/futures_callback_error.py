# An exception in a done-callback is logged to stderr ("exception calling
# callback for <Future ...>" and its traceback); the program goes on.
# check: stderr
from concurrent.futures import Future

f = Future()
def bad(fut):
    raise LookupError("callback failed")
f.add_done_callback(bad)
f.set_result(1)
print("after set_result")
g = Future()
g.set_result(2)
g.add_done_callback(bad)
print("after add_done_callback")
