package org.verso.comment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The @username mentions in a comment, and the comment cut into plain runs and mentions for display. */
public final class Mentions {

    /** Usernames as accounts allow them; a mention starts after a space or at the start (so e-mails are not). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([a-z0-9][a-z0-9._-]{1,63})");

    /** A run of a comment's text; {@code user} is set when the run is a mention of that user. */
    public record Piece(String text, String user) {
    }

    private Mentions() {
    }

    /** The usernames written as @name, in order, once each; trailing dots belong to the sentence, not the name. */
    public static Set<String> candidates(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            names.add(trimDots(m.group(1)));
        }
        return names;
    }

    /** The text cut at the mentions of {@code known} users; other @words stay plain text. */
    public static List<Piece> pieces(String text, Set<String> known) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        int at = 0;
        while (m.find()) {
            String name = trimDots(m.group(1));
            if (!known.contains(name)) {
                continue;
            }
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), null));
            }
            pieces.add(new Piece("@" + name, name));
            at = m.start() + 1 + name.length();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }

    private static String trimDots(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == '.') {
            end--;
        }
        return name.substring(0, end);
    }
}
