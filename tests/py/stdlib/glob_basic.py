# glob: wildcards, hidden files, '**' with recursive=True, root_dir,
# patterns ending in '/', escape(). Needs the os module.
import glob
import os

base = '/tmp/coil_glob_test_%d' % os.getpid()
files = ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'x1', 'x2', 'x10', 'sub/d.txt', 'sub/e.py',
         'sub/.h/f.txt', 'sub/deep/g.txt', 'sub/deep/h.py', 'other/i.txt', '[x]/j.txt', 'we*rd/k.txt']
for f in files:
    path = os.path.join(base, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as fh:
        fh.write(f)
os.makedirs(os.path.join(base, 'emptydir'), exist_ok=True)

def show(pattern, **kw):
    got = sorted(glob.glob(pattern, root_dir=base, **kw))
    print(repr(pattern), kw, got)

for p in ['*', '*.txt', '?.py', 'x?', 'x[0-9]*', 'x[!1]', '.*', '*/', 'sub/*', 'sub/*/*', '*/*.py',
          '**', '**/*.py', 'sub/**', 'sub/**/', '**/', 'nosuch*', 'a.txt', 'nosuch', 'sub/', 'emptydir/*',
          '[[]x]/*', glob.escape('[x]') + '/*', glob.escape('we*rd') + '/*', '*/[jk].txt', '']:
    show(p)
for p in ['**', '**/*.txt', 'sub/**/*.py', '**/', 'sub/**', '**/*', '**/.h/*']:
    show(p, recursive=True)
show('*', include_hidden=True)
show('**/*.txt', recursive=True, include_hidden=True)
show('sub/.*')

# absolute patterns, iglob, bytes
print(sorted(glob.glob(os.path.join(base, 'sub', '*.py'))) == [os.path.join(base, 'sub', 'e.py')])
it = glob.iglob('*.py', root_dir=base)
print(type(it).__name__, sorted(it))
print(sorted(glob.glob(b'*.txt', root_dir=base.encode())))
print(glob.escape('a*b?c[d]'), glob.escape(b'x[y]'), glob.has_magic('a[b'), glob.has_magic('abc'))
print(sorted(glob.glob1(os.path.join(base, 'sub'), '*.txt')), glob.glob0(base, 'a.txt'), glob.glob0(base, 'zz'))

# clean up
for root, dirs, names in os.walk(base, topdown=False):
    for n in names:
        os.remove(os.path.join(root, n))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
