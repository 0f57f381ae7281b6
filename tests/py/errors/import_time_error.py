# runtime error while importing a helper module
# check: stderr
print('main before import')
import _raising_helper
