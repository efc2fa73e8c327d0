package org.verso.interchange.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.ParseErrorList;
import org.verso.interchange.Repair;

/**
 * What jsoup repaired while it parsed a page as a browser does, in words a translator reads, at the place in the
 * source: the start of the tag it is about (jsoup's cursor stands after it).
 */
final class HtmlRepairs {

    private static final Pattern TOKEN = Pattern.compile("Unexpected (EndTag|StartTag|EOF) token \\[([^\\]]*)\\]");

    private HtmlRepairs() {
    }

    static List<Repair> of(ParseErrorList errors, String html) {
        List<Repair> repairs = new ArrayList<>();
        for (ParseError error : errors) {
            Matcher token = TOKEN.matcher(error.getErrorMessage());
            String what = describe(token.lookingAt() ? token : null, error.getErrorMessage());
            int at = error.getPosition();
            String tag = token.lookingAt() ? token.group(2) : "";
            if (!tag.isEmpty() && at >= tag.length() && html.regionMatches(true, at - tag.length(), tag, 0,
                    tag.length())) {
                at -= tag.length();
            }
            repairs.add(new Repair(line(html, at), column(html, at), what));
        }
        return repairs;
    }

    private static String describe(Matcher token, String message) {
        if (token == null) {
            return "Repaired as a browser does: " + message + ".";
        }
        return switch (token.group(1)) {
            case "EndTag" -> "The end tag " + token.group(2) + " came while elements opened inside it were still "
                    + "open (or it closes nothing): they were closed there, as a browser does.";
            case "StartTag" -> "The start tag " + token.group(2) + " is not allowed here: placed or dropped as a "
                    + "browser does.";
            default -> "The file ends with elements still open: they were closed at the end, as a browser does.";
        };
    }

    private static int line(String html, int at) {
        int line = 1;
        for (int i = 0; i < at && i < html.length(); i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String html, int at) {
        int lineStart = html.lastIndexOf('\n', Math.min(at, html.length()) - 1) + 1;
        return at - lineStart + 1;
    }
}
