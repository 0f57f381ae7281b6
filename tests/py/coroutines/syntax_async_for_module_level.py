# SyntaxError: 'async for' outside async function (module level)
# check: stderr
print("never printed")
async for x in []:
    pass
