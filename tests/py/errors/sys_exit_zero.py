# sys.exit(0): clean exit, code after it does not run
# check: stderr
import sys
print('clean exit')
sys.exit(0)
print('unreachable')
