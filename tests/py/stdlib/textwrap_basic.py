# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


text = ("The quick brown fox jumps over the lazy dog. Look, goof-ball -- use the -b option! "
        "Pack my box with five dozen liquor jugs; how vexingly quick daft zebras jump.")
for width in (10, 25, 40, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 30, initial_indent=">>>>>>>>>>", subsequent_indent="."))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12, break_on_hyphens=False))
print(textwrap.wrap("  leading and trailing   spaces  ", 10))
print(textwrap.wrap("  leading and trailing   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there\tand\tthere", 40, tabsize=4))
print(textwrap.wrap("tabs\there\tand\tthere", 40, expand_tabs=False))
print(textwrap.wrap("tabs\there\nnewline", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine!  Ok.", 80, fix_sentence_endings=True))
print(textwrap.wrap("Mr. Smith went to Washington. He said \"hi.\" Then left.", 80, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.fill("", 10) == "")
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("one two three four", 9, max_lines=1))
print(textwrap.wrap("one two three", 13, max_lines=1))
print(textwrap.wrap("Hello world how are you", 12, max_lines=2, placeholder="~~"))
print(textwrap.wrap("abcdefghijklmnop qrstuv", 8, max_lines=2))

# shorten
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten("  lots   of\n\twhitespace  here ", 40))
print(textwrap.shorten(text, 50))
print(textwrap.shorten(text, 50, placeholder=" (more)"))
print(textwrap.shorten("Supercalifragilistic", 10))

# dedent
print(repr(textwrap.dedent("    line one\n      line two\n    line three\n")))
print(repr(textwrap.dedent("  a\n\n  b\n    \n  c")))
print(repr(textwrap.dedent("\tx\n\ty\n")))
print(repr(textwrap.dedent("  x\n\ty\n")))
print(repr(textwrap.dedent("  \t x\n  \t\ty\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("   \n  \t \n")))
print(repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.dedent('''
    def f():
        return 1
''')))

# indent
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n\nc\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc\n", "| ")))
print(repr(textwrap.indent("keep\nskip\nkeep", "# ", predicate=lambda line: line.startswith("k"))))
print(repr(textwrap.indent("", "> ")))

# TextWrapper objects
w = textwrap.TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ")
print(w.wrap("A TextWrapper can be reused for several paragraphs of text."))
w.width = 12
print(w.fill("Changing attributes changes the result."))
print(w.width, w.initial_indent, w.break_long_words, w.max_lines, repr(w.placeholder), w.tabsize)
print(textwrap.TextWrapper()._split("Look, goof-ball -- use the -b option!"))

# Errors
attempt("width 0", lambda: textwrap.wrap("text", 0))
attempt("width -1", lambda: textwrap.fill("text", width=-1))
attempt("width 0 empty", lambda: textwrap.wrap("", 0))
attempt("placeholder", lambda: textwrap.wrap("some text here", 5, max_lines=1, placeholder=" [......]"))
attempt("shorten placeholder", lambda: textwrap.shorten("some text", 3))
attempt("wrap int", lambda: textwrap.wrap(5))
attempt("wrap None", lambda: textwrap.fill(None))
attempt("width str", lambda: textwrap.wrap("abc", "10"))
attempt("bad kw", lambda: textwrap.wrap("abc", 10, bogus=1))
attempt("dedent int", lambda: textwrap.dedent(5))
attempt("dedent bytes", lambda: textwrap.dedent(b"  x"))
attempt("indent int", lambda: textwrap.indent(5, "> "))
attempt("indent prefix int", lambda: textwrap.indent("a", 5))
attempt("shorten int", lambda: textwrap.shorten(5, 10))
