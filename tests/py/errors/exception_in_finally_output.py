# finally blocks run and print before an uncaught exception terminates the script
# check: stderr
def work():
    try:
        print('working')
        raise LookupError('nothing found')
    finally:
        print('cleanup in finally')
work()
