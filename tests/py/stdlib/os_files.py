# os: creating, listing, renaming, removing and walking files in a scratch
# directory (under /tmp, named with the pid so parallel runs never collide)
import os

base = os.path.join("/tmp", "coil_os_files_%d" % os.getpid())


def rel(p):
    return os.path.relpath(p, base)


os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))

os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b", "c"), exist_ok=True)
os.makedirs(os.path.join(base, "a", "x"), mode=0o755)
for name, text in [("a/one.txt", "1"), ("a/b/two.txt", "22"), ("a/b/c/three.txt", "333"), ("top.txt", "top")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(text)

print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
print(sorted(os.listdir(os.fsencode(os.path.join(base, "a")))))
st = os.stat(os.path.join(base, "a/b/two.txt"))
print(st.st_size, st[6], len(st), type(st).__name__, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mode & 0o170000 == 0o100000, os.stat(base).st_mode & 0o170000 == 0o040000)
print(os.path.getsize(os.path.join(base, "a/b/c/three.txt")), os.path.getmtime(base) > 0)
print(os.path.exists(os.path.join(base, "top.txt")), os.path.isfile(os.path.join(base, "top.txt")),
      os.path.isdir(os.path.join(base, "top.txt")), os.path.exists(os.path.join(base, "nope")))

for dirpath, dirnames, filenames in os.walk(base):
    dirnames.sort()
    print("walk", rel(dirpath), dirnames, sorted(filenames))
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    print("up", rel(dirpath), sorted(dirnames), sorted(filenames))
for dirpath, dirnames, filenames in os.walk(base):
    if "b" in dirnames:
        dirnames.remove("b")
    print("pruned", rel(dirpath), sorted(dirnames))
errors = []
print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)), [type(e).__name__ for e in errors])

os.rename(os.path.join(base, "top.txt"), os.path.join(base, "moved.txt"))
os.replace(os.path.join(base, "moved.txt"), os.path.join(base, "a", "moved.txt"))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
with open(os.path.join(base, "a", "moved.txt")) as f:
    print(f.read())

os.symlink(os.path.join(base, "a", "one.txt"), os.path.join(base, "link"))
print(os.path.islink(os.path.join(base, "link")), rel(os.readlink(os.path.join(base, "link"))),
      os.lstat(os.path.join(base, "link")).st_mode & 0o170000 == 0o120000,
      rel(os.path.realpath(os.path.join(base, "link"))))
os.unlink(os.path.join(base, "link"))

old = os.getcwd()
os.chdir(base)
print(rel(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")), os.path.exists("a/one.txt"))
print(rel(os.path.abspath("a/../a/b")), os.path.relpath(os.path.join(base, "a", "b")))
os.chdir(old)
print(os.getcwd() == old)

# tear down
os.remove(os.path.join(base, "a", "one.txt"))
os.unlink(os.path.join(base, "a", "moved.txt"))
os.remove(os.path.join(base, "a/b/two.txt"))
os.remove(os.path.join(base, "a/b/c/three.txt"))
os.removedirs(os.path.join(base, "a", "b", "c"))
print(sorted(os.listdir(base)))
os.rmdir(os.path.join(base, "a", "x"))
os.rmdir(os.path.join(base, "a"))
os.rmdir(base)
print(os.path.exists(base))
