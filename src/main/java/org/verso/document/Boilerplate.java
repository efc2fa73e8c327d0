package org.verso.document;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Web-page boilerplate that comes along when an article is copied from its page: the lines a newsroom's site puts
 * around every story ("Accessibility links", "Share", "Advertisement", cookie notices). The importer proposes them
 * as skipped and left out of the export; one click on the document page brings one back.
 *
 * <p>Conservative on purpose: a paragraph is boilerplate only when all of it is one of the phrases below (case,
 * surrounding space and a trailing colon or arrow aside), or a short paragraph that opens like a cookie notice. A
 * sentence that merely contains or starts with such a word ("Share prices fell", "Print edition sales rose") is
 * never caught. This class is the one list; add a phrase here with a case in its test.
 */
public final class Boilerplate {

    private static final Set<String> PHRASES = Set.of(
            "accessibility links", "skip to content", "skip to main content", "skip to navigation",
            "breaking news", "advertisement", "advertisements", "sponsored content",
            "share", "share this", "share this article", "share this story", "share this page", "share page",
            "share on facebook", "share on twitter", "share on x", "share via email", "copy link", "email", "print",
            "print this article", "print this page", "related topics", "related stories", "related articles",
            "related content", "more on this story", "more on this topic", "read more", "most read", "most popular",
            "top stories", "comments", "back to top", "subscribe", "sign up", "sign in", "log in", "menu",
            "cookie settings", "manage cookies", "accept cookies", "accept all cookies", "accept all");
    /** How a cookie notice opens; it then explains, so it may run to a few sentences, but not to an article. */
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "^(we|this (web)?site|our (web)?site) uses? cookies\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MAX_COOKIE_NOTICE_WORDS = 60;
    /** Decorations a page puts after a label: "Share:", "Related Topics ›", "Read more »". */
    private static final String TRAILING_MARKS = ":|›»>·•";
    /** Longer than any cookie notice of {@link #MAX_COOKIE_NOTICE_WORDS} words: article text, never looked into. */
    private static final int MAX_CHARS = 600;

    private Boilerplate() {
    }

    /** Whether a whole paragraph's text (inline codes stripped) is web-page boilerplate. */
    public static boolean is(String paragraph) {
        // Checked before any pattern runs, so a hostile paragraph (a 70 kB run of "> > >") costs nothing.
        if (paragraph == null || paragraph.isBlank() || paragraph.length() > MAX_CHARS) {
            return false;
        }
        String text = paragraph.strip().replaceAll("\\s+", " ");
        if (PHRASES.contains(withoutTrailingMarks(text).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return COOKIE_NOTICE.matcher(text).matches() && text.split(" ").length <= MAX_COOKIE_NOTICE_WORDS;
    }

    private static String withoutTrailingMarks(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
                || TRAILING_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
