# helper module imported by import_*.py tests (not a test itself)
print('helper module executing, __name__ =', __name__)
CONSTANT = 42
greeting = 'hello from helper'
counter = 0
def add(a, b):
    return a + b
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Thing({self.v!r})'
_private = 'underscore'
if __name__ == '__main__':
    print('helper run as main')
