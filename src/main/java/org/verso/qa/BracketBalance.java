package org.verso.qa;

/** How the brackets of one kind stand in a text. */
final class BracketBalance {

    private BracketBalance() {
    }

    /** Opening count, closing count, and the lowest depth reached (negative when one closes before it opens). */
    static int[] of(String text, String opening, String closing) {
        int opened = 0;
        int closed = 0;
        int lowest = 0;
        for (int i = 0; i < text.length(); i++) {
            if (opening.indexOf(text.charAt(i)) >= 0) {
                opened++;
            } else if (closing.indexOf(text.charAt(i)) >= 0) {
                closed++;
                lowest = Math.min(lowest, opened - closed);
            }
        }
        return new int[] {opened, closed, lowest};
    }
}
