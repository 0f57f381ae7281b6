# str(SyntaxError) adds the location; traceback's exception-only lines for
# SyntaxErrors (File line, source line, caret, message).
import traceback
print(repr(str(SyntaxError())), repr(str(SyntaxError('m'))), repr(str(SyntaxError('m', ('/a/b.py', 3, 1, 'x')))), repr(str(SyntaxError('m', (None, 3, 1, 'x')))), repr(str(SyntaxError('m', ('f.py', None, 1, 'x')))))
print(traceback.format_exception_only(SyntaxError('m', ('f.py', None, 1, 'x'))))
print(traceback.format_exception_only(SyntaxError('')))
print(traceback.format_exception_only(SyntaxError()))
print(traceback.format_exception_only(IndentationError('bad', ('f.py', 2, 3, '  x = 1\n'))))
print(traceback.format_exception_only(SyntaxError('bad', ('f.py', 2, 6, '\tif x  y:\n'))))
try:
    compile("x = (1,\n  2 +* 3)", "<src>", "exec")
except SyntaxError as e:
    print(str(e), e.msg, e.lineno, e.filename)
    print(traceback.format_exception_only(e))
