# textwrap against CPython on many generated paragraphs: the hand-written
# chunk splitter must agree with CPython's regular expression everywhere.
import textwrap

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


pieces = ["word", "goof-ball", "--", "-b", "a-b-c", "x--y", "well---done", "e-mail",
          "1-2", "ab-12", "re-re-read", "hi!", "end.", "\"quoted\"", "it's", "--option",
          "a", "tab\there", "naïve-café", "über-long-compound-word", "x", "---", "-",
          "word-", "-word", "q?--r", "3.5", "under_score-thing", "Ab-Cd", "'single'--x"]
spaces = [" ", " ", " ", "  ", "\n", "\t", " \n "]

for case in range(120):
    words = []
    for _ in range(3 + rand(14)):
        words.append(pieces[rand(len(pieces))])
        words.append(spaces[rand(len(spaces))])
    text = "".join(words)
    width = 1 + rand(25)
    w = textwrap.TextWrapper(width=width, break_on_hyphens=rand(4) != 0,
                             break_long_words=rand(3) != 0, drop_whitespace=rand(5) != 0,
                             fix_sentence_endings=rand(3) == 0)
    print(case, width, w.wrap(text))
    print("   ", w._split(w._munge_whitespace(text)))
