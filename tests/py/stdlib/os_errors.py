# os: OSError subclasses with CPython's messages, and argument errors
import os

scratch = "/tmp/coil_os_errors_%d" % os.getpid()
os.mkdir(scratch)
open(os.path.join(scratch, "f"), "w").close()
os.mkdir(os.path.join(scratch, "d"))
open(os.path.join(scratch, "d", "inner"), "w").close()


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        msg = str(e).replace(scratch, "<scratch>")
        print(expr, "!!", type(e).__name__, msg, getattr(e, "errno", "-"))


for expr in [
    "os.listdir('/nonexistent_coil')", "os.stat('nonexistent_coil')", "os.stat('')", "os.lstat('nonexistent_coil')",
    "os.mkdir(scratch)", "os.makedirs(scratch)", "os.makedirs(scratch, exist_ok=True)",
    "os.makedirs(os.path.join(scratch, 'f'), exist_ok=True)", "os.makedirs(os.path.join(scratch, 'f', 'sub'))",
    "os.rmdir(os.path.join(scratch, 'd'))", "os.rmdir(os.path.join(scratch, 'f'))", "os.rmdir('nonexistent_coil')",
    "os.remove(os.path.join(scratch, 'd'))", "os.remove('nonexistent_coil')", "os.unlink('nonexistent_coil')",
    "os.rename('nonexistent_coil', 'other_coil')", "os.rename(scratch, os.path.join(scratch, 'd'))",
    "os.replace(os.path.join(scratch, 'f'), os.path.join(scratch, 'd'))",
    "os.chdir('nonexistent_coil')", "os.chdir(os.path.join(scratch, 'f'))", "os.listdir(os.path.join(scratch, 'f'))",
    "os.mkdir(os.path.join(scratch, 'no', 'deeper'))", "os.readlink(os.path.join(scratch, 'f'))",
    "os.path.getsize('nonexistent_coil')", "os.path.getmtime('nonexistent_coil')",
    "os.stat(5.5)", "os.mkdir(5.5)", "os.listdir(5.5)", "os.rmdir(None)", "os.rename('a', 5.5)", "os.remove(1)",
    "os.chdir(5.5)", "os.mkdir('x', 'a')", "os.getcwd(1)", "os.mkdir()", "os.remove()", "os.rename('a')",
    "os.chdir()", "os.makedirs()", "os.getenv()", "os.walk(5)", "os.fspath(5)", "os.fspath(None)",
    "os.environ['COIL_NOPE_X']", "os.environ.get(5)", "os.environ.__setitem__('A', 5)",
    "os.environ.__setitem__(5, 'A')", "os.putenv('A', 5)", "os.putenv('', 'x')", "os.putenv('A=B', 'x')",
    "os.urandom(-1)", "os.urandom('a')", "os.stat('a\\0b')", "os.environ.pop('COIL_NOPE_X')",
    "os.path.join('a', 5)", "os.path.join(5)", "os.path.join('a', b'b')", "os.path.exists(5)",
    "os.path.exists('a\\0b')", "os.path.relpath('')", "os.path.commonpath([])", "os.path.commonpath(['/a', 'b'])",
    "os.path.split(5)", "os.path.isdir(None)",
]:
    show(expr)

e = None
try:
    os.rename("nonexistent_coil", "other_coil")
except FileNotFoundError as err:
    e = err
print(e.errno, e.strerror, e.filename, e.filename2, e.args, isinstance(e, OSError))

os.remove(os.path.join(scratch, "d", "inner"))
os.rmdir(os.path.join(scratch, "d"))
os.remove(os.path.join(scratch, "f"))
os.rmdir(scratch)
print(os.path.exists(scratch))
