# print() to a replaced sys.stdout writes each piece separately, like CPython.
import sys
from contextlib import redirect_stdout
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
b = Buf()
with redirect_stdout(b):
    print("a", 1, None, sep="-", end="!\n")
    print()
    print("x", flush=True)
print(b.parts)
saved = sys.stdout
sys.stdout = None
print("goes nowhere")
sys.stdout = saved
print("back")
