# sys.exit('message'): message printed to stderr, exit status 1
# check: stderr
import sys
print('exiting with message')
sys.exit('fatal: something went wrong')
