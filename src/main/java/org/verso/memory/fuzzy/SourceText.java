package org.verso.memory.fuzzy;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A unit's source text as kept by {@link PairIndex}: UTF-8 in which every word written as its key (lower case)
 * is one byte {@value #LOWER}, and every word written as its key with a capital first letter one byte
 * {@value #CAPITAL} — the key ids the pair keeps anyway give the words back. "Could not open the file" keeps
 * "\u0002 \u0001 \u0001 \u0001 \u0001" (9 bytes, not 23). Exact by construction: {@link #encode} decodes what
 * it made and keeps the plain UTF-8 (first byte {@value #PLAIN}) whenever that does not give the text back
 * (a text holding the marker characters itself, a tokenizer surprise).
 */
final class SourceText {

    private static final byte PLAIN = 0;
    private static final byte PACKED = 1;
    private static final char LOWER = '\u0001';
    private static final char CAPITAL = '\u0002';

    private SourceText() {
    }

    /** @param keys the text's match keys ({@code tokens.matchKeys()}) */
    static byte[] encode(WordTokens tokens, List<String> keys) {
        String text = tokens.text();
        StringBuilder packed = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String original = tokens.original(i);
            int at = text.indexOf(original, from);
            if (at < 0) {
                return tagged(PLAIN, text);
            }
            packed.append(text, from, at);
            String key = tokens.kind(i) == WordTokens.Kind.WORD ? tokens.key(i) : null;
            if (key != null && original.equals(key)) {
                packed.append(LOWER);
            } else if (key != null && original.equals(capitalized(key))) {
                packed.append(CAPITAL);
            } else {
                packed.append(original);
            }
            from = at + original.length();
        }
        packed.append(text, from, text.length());
        String candidate = packed.toString();
        return text.equals(unpack(candidate, words(keys))) ? tagged(PACKED, candidate) : tagged(PLAIN, text);
    }

    /** The text {@link #encode} kept in {@code data[from, to)}; {@code keys}: the text's match keys. */
    static String decode(byte[] data, int from, int to, List<String> keys) {
        String stored = new String(data, from + 1, to - from - 1, StandardCharsets.UTF_8);
        return data[from] == PLAIN ? stored : unpack(stored, words(keys));
    }

    /** The match keys the markers stand for, in order: every key but the numbers' (decode sees the same list). */
    private static List<String> words(List<String> keys) {
        return keys.stream().filter(k -> !k.equals(WordTokens.NUMBER_KEY)).toList();
    }

    private static String unpack(String packed, List<String> words) {
        StringBuilder out = new StringBuilder(packed.length() * 2);
        int next = 0;
        for (int i = 0; i < packed.length(); i++) {
            char c = packed.charAt(i);
            if ((c == LOWER || c == CAPITAL) && next < words.size()) {
                String word = words.get(next++);
                out.append(c == LOWER ? word : capitalized(word));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String capitalized(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static byte[] tagged(byte tag, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 1];
        out[0] = tag;
        System.arraycopy(utf8, 0, out, 1, utf8.length);
        return out;
    }
}
