# print(): sep, end, file=sys.stderr, flush, multiple args, no args
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('a', 'b', sep='\n')
print('no newline', end='')
print(' <- continued')
print('x', end='!\n')
print()
print(1, 2.5, None, True, [1], sep='|')
print('to stderr', file=sys.stderr)
print('after stderr')
print('flushed', flush=True)
print('sep none', 'end none', sep=None, end=None)
print(*[1, 2, 3])
print(*'abc', sep='-')
print(*[], sep='x')
print('', end='')
print('multi', 'end', end='***\n')
sys.stdout.write('direct write\n')
n = sys.stdout.write('abc')
print()
print(n)
print('tab\tsep', 'x', sep='\t')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
print('unicode: é 日本 😀')
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('into', 'object', file=w)
print(w.parts)
print(end='only end\n')
