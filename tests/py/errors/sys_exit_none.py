# sys.exit() and sys.exit(None) exit with status 0; SystemExit can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
print('continuing')
sys.exit(None)
