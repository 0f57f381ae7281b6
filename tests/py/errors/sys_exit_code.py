# sys.exit(2) inside nested calls and try/finally: finally runs, status 2
import sys
def inner():
    try:
        sys.exit(2)
    finally:
        print('finally runs during SystemExit')
try:
    inner()
except Exception:
    print('SystemExit is not an Exception')
print('unreachable')
