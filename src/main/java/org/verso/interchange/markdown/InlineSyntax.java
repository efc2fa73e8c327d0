package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.MarkupCode;

/**
 * Markdown's inline syntax as inline codes: a link's text stays translatable between a paired code ({@code [} …
 * {@code ](url)}), strong and emphasis likewise ({@code **} … {@code **}); a code span, an image, an autolink and
 * a hard line break are standalone codes whose literal is never translated. A subset of CommonMark: delimiters
 * must hug their text (no space inside), {@code _} never works inside a word; anything it does not recognise,
 * including backslash escapes, stays text, so nothing is ever lost.
 */
final class InlineSyntax {

    /** A paragraph's text with codes, and what each code (1, 2, …) stands for. */
    record Result(String text, List<MarkupCode> codes) {
    }

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private final List<MarkupCode> codes = new ArrayList<>();

    private InlineSyntax(String source) {
        this.source = source;
    }

    static Result parse(String text) {
        InlineSyntax syntax = new InlineSyntax(text);
        syntax.inline(0, text.length(), 0);
        return new Result(syntax.out.toString(), List.copyOf(syntax.codes));
    }

    private void inline(int from, int to, int depth) {
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            int next = depth > 20 ? -1 : switch (c) {
                case '\\' -> escape(i, to);
                case '`' -> codeSpan(i, to);
                case '!' -> image(i, to);
                case '[' -> link(i, to, depth);
                case '<' -> autolink(i, to);
                case '*', '_' -> emphasis(i, to, depth);
                default -> -1;
            };
            if (next < 0) {
                out.append(c);
                i++;
            } else {
                i = next;
            }
        }
    }

    /** A backslash and the punctuation it escapes stay text as they are. */
    private int escape(int at, int to) {
        if (at + 1 < to && isAsciiPunctuation(source.charAt(at + 1))) {
            out.append(source, at, at + 2);
            return at + 2;
        }
        return -1;
    }

    private int codeSpan(int at, int to) {
        int ticks = run(at, to, '`');
        int search = at + ticks;
        while (search < to) {
            int close = source.indexOf('`', search);
            if (close < 0 || close >= to) {
                return -1;
            }
            int closeTicks = run(close, to, '`');
            if (closeTicks == ticks) {
                return standalone(at, close + ticks);
            }
            search = close + closeTicks;
        }
        return -1;
    }

    private int image(int at, int to) {
        if (at + 1 >= to || source.charAt(at + 1) != '[') {
            return -1;
        }
        int textEnd = closingBracket(at + 1, to);
        int end = textEnd < 0 ? -1 : destination(textEnd + 1, to);
        return end < 0 ? -1 : standalone(at, end);
    }

    private int link(int at, int to, int depth) {
        int textEnd = closingBracket(at, to);
        if (textEnd < 0 || textEnd == at + 1) {
            return -1;
        }
        int end = destination(textEnd + 1, to);
        if (end < 0) {
            return -1;
        }
        return paired("[", source.substring(textEnd, end), at + 1, textEnd, end, depth);
    }

    private int autolink(int at, int to) {
        int close = source.indexOf('>', at);
        if (close < 0 || close >= to) {
            return -1;
        }
        String inside = source.substring(at + 1, close);
        boolean uri = inside.matches("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*");
        boolean email = inside.matches("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*");
        return uri || email ? standalone(at, close + 1) : -1;
    }

    private int emphasis(int at, int to, int depth) {
        char mark = source.charAt(at);
        int length = Math.min(run(at, to, mark), 2);
        String delimiter = String.valueOf(mark).repeat(length);
        int inner = at + length;
        if (inner >= to || Character.isWhitespace(source.charAt(inner)) || mark == '_' && at > 0
                && Character.isLetterOrDigit(source.charAt(at - 1))) {
            return -1;
        }
        int search = inner + 1;
        while (search < to) {
            int close = source.indexOf(delimiter, search);
            if (close < 0 || close + length > to) {
                return -1;
            }
            boolean hugs = !Character.isWhitespace(source.charAt(close - 1));
            boolean exact = run(close, to, mark) == length || length == 2;
            boolean wordEnd = mark != '_' || close + length >= source.length()
                    || !Character.isLetterOrDigit(source.charAt(close + length));
            if (hugs && exact && wordEnd) {
                return paired(delimiter, delimiter, inner, close, close + length, depth);
            }
            search = close + 1;
        }
        return -1;
    }

    private int paired(String open, String close, int innerFrom, int innerTo, int end, int depth) {
        codes.add(new MarkupCode(open, close));
        int number = codes.size();
        out.append('<').append(number).append('>');
        inline(innerFrom, innerTo, depth + 1);
        out.append("</").append(number).append('>');
        return end;
    }

    private int standalone(int from, int to) {
        codes.add(MarkupCode.standalone(source.substring(from, to)));
        out.append('<').append(codes.size()).append("/>");
        return to;
    }

    /** The index of the ']' closing the '[' at {@code at}, brackets nested and escapes skipped; -1 if none. */
    private int closingBracket(int at, int to) {
        int level = 0;
        for (int i = at; i < to; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                level++;
            } else if (c == ']' && --level == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The end of a "(url "title")" or "[ref]" right at {@code at}; -1 if there is none. */
    private int destination(int at, int to) {
        if (at >= to) {
            return -1;
        }
        char open = source.charAt(at);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        if (close == 0) {
            return -1;
        }
        int level = 0;
        for (int i = at; i < to; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == open) {
                level++;
            } else if (c == close && --level == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private int run(int at, int to, char c) {
        int end = at;
        while (end < to && source.charAt(end) == c) {
            end++;
        }
        return end - at;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }
}
