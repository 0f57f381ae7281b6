# SyntaxError in an imported helper module propagates as uncaught SyntaxError
# check: stderr
print('importing a broken module')
import _bad_syntax_helper
print('unreachable')
