# Warnings go to the real stderr; the interpreter's own "never awaited"
# RuntimeWarning goes through the warnings module once it is imported.
# check: stderr
import warnings

warnings.warn("to real stderr")


async def job():
    return 1


job()
print("after the unawaited coroutine")
