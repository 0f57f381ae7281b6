# input() with stdin at EOF raises EOFError
try:
    input()
except EOFError:
    print('eof')
try:
    line = input('prompt> ')
except EOFError as e:
    print('eof again', type(e).__name__, repr(str(e)))
import sys
print(repr(sys.stdin.read()))
print(sys.stdin.readline() == '')
print('done')
count = 0
while True:
    try:
        input()
        count += 1
    except EOFError:
        break
print('lines read:', count)
print(sys.stdin.read() == '', sys.stdin.readlines())
try:
    input('another prompt: ')
except EOFError:
    print('still eof')
