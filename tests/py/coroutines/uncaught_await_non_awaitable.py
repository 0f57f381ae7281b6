# awaiting something that is not awaitable, uncaught
# check: stderr
async def f():
    print("about to await an int")
    await 42

f().send(None)
