package org.verso.segmentation;

/**
 * A text read from its end, for {@link ReversedRegex}: index {@code i} is the character
 * {@code length - 1 - i} of the original, except that a surrogate pair keeps its order, so a
 * character outside the Basic Multilingual Plane stays one character. A view: nothing is copied.
 * Not thread-safe: it can be turned to another text ({@link #read}).
 */
final class ReversedText implements CharSequence {

    private String text;

    ReversedText(String text) {
        this.text = text;
    }

    /** Turns the view to another text, so one view serves paragraph after paragraph. */
    void read(String other) {
        this.text = other;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        int j = text.length() - 1 - index;
        char c = text.charAt(j);
        if (Character.isLowSurrogate(c) && j > 0 && Character.isHighSurrogate(text.charAt(j - 1))) {
            return text.charAt(j - 1);
        }
        if (Character.isHighSurrogate(c) && j + 1 < text.length() && Character.isLowSurrogate(text.charAt(j + 1))) {
            return text.charAt(j + 1);
        }
        return c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new StringBuilder(end - start).append(this, start, end).toString();
    }

    @Override
    public String toString() {
        return subSequence(0, length()).toString();
    }
}
