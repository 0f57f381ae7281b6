# Arguments reach the target; _thread.start_new_thread's errors.
import threading
import _thread

out = []
done = threading.Event()

def f(*args, **kw):
    out.append((args, sorted(kw.items())))
    done.set()

t = threading.Thread(target=f, args=[1, 2], kwargs={"x": 3})
t.start()
t.join()
print(out)

out.clear()
done.clear()
ident = _thread.start_new_thread(f, (4,), {"y": 5})
done.wait()
print(out, type(ident).__name__)

for args in [(f,), (f, [1]), (1, ()), (f, (), 5)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(f, (), kw=1)
except TypeError as e:
    print("TypeError:", e)

print(_thread.stack_size())
for bad in [100, -1, 32767, True]:
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    _thread.stack_size(2**70)
except OverflowError as e:
    print("OverflowError:", e)
try:
    _thread.stack_size(1.5)
except TypeError as e:
    print("TypeError:", e)
print(_thread.stack_size(0))
print(threading.stack_size(1 << 20), threading.stack_size())
t = threading.Thread(target=lambda: out.append("big stack"))
t.start()
t.join()
print(out[-1])
print(threading.stack_size(0), threading.stack_size())
print(_thread._count() >= 0)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
