# importing a module from the frozen stdlib (stdlib/string.py)
import string
from string import digits as d, capwords
print(string.ascii_letters, d)
print(repr(string.punctuation), len(string.printable))
print(capwords('hello   wide world'), capwords('a-b-c', '-'))
print(string.__name__, 'hexdigits' in string.__all__)
import string as s2
print(s2 is string)
